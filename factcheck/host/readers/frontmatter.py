"""Front matter at the top of a Markdown file: ``---`` YAML or ``+++`` TOML.

Parsed with PyYAML's ``safe_load`` (never the full loader: a draft must not be
able to construct Python objects) and the stdlib ``tomllib``. A hand-written
``key: value`` parser would misread the lists, quoted strings and multi-line
values that CMS exports put in front matter, so PyYAML is worth the
dependency. Broken front matter is an :class:`InputError`: checking the copy
with a silently wrong publication date would be worse than stopping.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from typing import Any

from factcheck.contract.source import InputError

_OPEN = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n")


def split_front_matter(text: str) -> tuple[dict[str, Any], int]:
    """Parse front matter; return the metadata and the offset where the body starts.

    The offset is 0 when there is no front matter. A ``---`` line with no
    closing line is not front matter (it is a Markdown rule or setext line).
    """
    opened = _OPEN.match(text)
    if opened is None:
        return {}, 0
    fence = opened.group(1)
    closers = ("---", "...") if fence == "---" else ("+++",)
    closing = re.compile(
        r"^(?:" + "|".join(re.escape(c) for c in closers) + r")[ \t]*\r?$", re.MULTILINE
    )
    end_match = closing.search(text, opened.end())
    if end_match is None:
        return {}, 0
    raw = text[opened.end() : end_match.start()]
    body_start = end_match.end() + (1 if text.startswith("\n", end_match.end()) else 0)
    data = _parse_toml(raw) if fence == "+++" else _parse_yaml(raw)
    return data, body_start


def _parse_yaml(raw: str) -> dict[str, Any]:
    import yaml  # imported here: only Markdown files with front matter need it

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        raise InputError(f"front matter is not valid YAML{line}: {_problem(exc)}") from None
    return _as_mapping(data, "YAML")


def _parse_toml(raw: str) -> dict[str, Any]:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        # tomllib counts lines from the first line after "+++"; report file lines
        message = re.sub(r"at line (\d+)", lambda m: f"at line {int(m[1]) + 1}", str(exc))
        raise InputError(f"front matter is not valid TOML: {message}") from None
    return _as_mapping(data, "TOML")


def _as_mapping(data: object, language: str) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise InputError(f"front matter must be {language} key-value pairs")
    return {str(key): value for key, value in data.items()}


def _problem(exc: Exception) -> str:
    problem = getattr(exc, "problem", None)
    return str(problem) if problem else str(exc).splitlines()[0]
