"""What an HTML page says about itself: title, description, author, publication date.

Fed every parser event of the page (not only the article body), because the
``<title>``, ``<meta>`` tags and JSON-LD live in ``<head>``. The publication
date is taken, in order, from a ``<meta>`` date property, JSON-LD
``datePublished``, a ``<time>`` marked as the publication time, then the
first ``<time datetime>`` inside the ``<article>``.
"""

from __future__ import annotations

import contextlib
import html
import json
from typing import Any

_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "date",
)
_TEXT_META = {"description": "description", "og:description": "description", "author": "author"}


class MetaCollector:
    """Accumulates page metadata from a stream of parser events."""

    def __init__(self) -> None:
        self.metadata: dict[str, Any] = {}
        self._meta_dates: dict[str, str] = {}
        self._title: list[str] | None = None
        self._ld_json: list[str] | None = None
        self._ld_dates: list[str] = []
        self._marked_time: str | None = None
        self._article_time: str | None = None
        self._any_time: str | None = None
        self._article_depth = 0
        self._saw_article = False

    def see(self, kind: str, tag: str, attrs: dict[str, str], raw: str) -> None:
        """Take one event: ``raw`` is the event's source text."""
        if kind in ("start", "void"):
            self._start(tag, attrs)
        elif kind == "end":
            self._end(tag)
        elif kind in ("data", "entity"):
            if self._title is not None:
                self._title.append(html.unescape(raw))
            if self._ld_json is not None:
                self._ld_json.append(raw)

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "title" and "title" not in self.metadata:
            self._title = []
        elif tag == "article":
            self._article_depth += 1
            self._saw_article = True
        elif tag == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
            key = key.lower()
            content = attrs.get("content", "").strip()
            if key in _DATE_META and content:
                self._meta_dates.setdefault(key, content)
            if key in _TEXT_META and content:
                self.metadata.setdefault(_TEXT_META[key], content)
        elif tag == "time" and attrs.get("datetime"):
            value = attrs["datetime"]
            marked = "pubdate" in attrs or attrs.get("itemprop", "").lower() == "datepublished"
            if marked or "publish" in attrs.get("class", "").lower():
                self._marked_time = self._marked_time or value
            if self._article_depth:
                self._article_time = self._article_time or value
            self._any_time = self._any_time or value
        elif tag == "script" and attrs.get("type", "").lower() == "application/ld+json":
            self._ld_json = []

    def _end(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self.metadata["title"] = " ".join("".join(self._title).split())
            self._title = None
        elif tag == "article":
            self._article_depth = max(0, self._article_depth - 1)
        elif tag == "script" and self._ld_json is not None:
            with contextlib.suppress(ValueError):
                _find_dates(json.loads("".join(self._ld_json)), self._ld_dates)
            self._ld_json = None

    def finish(self) -> dict[str, Any]:
        """The collected metadata, with ``published`` chosen by precedence."""
        meta = next((self._meta_dates[k] for k in _DATE_META if k in self._meta_dates), None)
        in_body = self._article_time if self._saw_article else self._any_time
        for value in (meta, *self._ld_dates[:1], self._marked_time, in_body):
            if value:
                self.metadata["published"] = value
                break
        return self.metadata


def _find_dates(data: Any, out: list[str]) -> None:
    """Collect ``datePublished`` values from JSON-LD, however deeply nested."""
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            out.append(value)
        for child in data.values():
            _find_dates(child, out)
    elif isinstance(data, list):
        for child in data:
            _find_dates(child, out)
