"""Segmentation shared by the readers: headline and standfirst tests, and assembly.

Each reader knows its format's markup and produces ``prose`` plus the block
spans; everything that is about news structure rather than markup lives
here, so a plain-text, Markdown and HTML version of the same story come out
with the same headline, quotations, dateline and publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from factcheck.analysis.dateline import find_dateline, parse_date
from factcheck.analysis.quotations import find_quotations, mark_end
from factcheck.contract.article import Article, Block, Span
from factcheck.contract.settings import Settings
from factcheck.contract.source import Source
from factcheck.language.calendar import MONTH_ABBREVIATIONS
from factcheck.language.reporting import PAST_ATTRIBUTION_FORMS
from factcheck.language.words import alternation

#: Front-matter keys that hold the publication date, in order of preference.
DATE_KEYS = ("published", "date", "pubDate", "publishDate", "published_at", "datePublished")

_TERMINAL = re.compile(r"[.!?…][”’\"')\]]*$")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|No|vs|Inc|Co"
    rf"|Corp|Ltd|{alternation(m.capitalize() for m in MONTH_ABBREVIATIONS)}))\.$"
)
_SENTENCE_BREAK = re.compile(r"[.!?…][”’\"')\]]*\s+[“‘\"'(]?[A-Z0-9]")
_BULLET = re.compile(r"(?:[-*•–+]|\d{1,3}[.)])\s")
_ATTRIBUTION = re.compile(
    rf"\b(?:{alternation(PAST_ATTRIBUTION_FORMS)}|according to)\b", re.IGNORECASE
)


def trim(prose: str, start: int, end: int) -> Span | None:
    """``[start, end)`` without surrounding whitespace (blanked markup included), or None."""
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def words(text: str) -> int:
    """Words as an editor counts them: whitespace-separated tokens with a letter or digit."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def is_single_sentence(text: str) -> bool:
    """True when ``text`` has no sentence break inside (abbreviations such as "U.S." allowed)."""
    for match in _SENTENCE_BREAK.finditer(text):
        if not _ABBREVIATION.search(text[: match.start() + 1]):
            return False
    return True


def looks_like_headline(line: str) -> bool:
    """A first line that reads as a headline: no closing full stop, or very short.

    Long lines and lines that open with a dateline are the story's first
    paragraph; a line ending in a colon or comma introduces what follows. A
    short sentence that opens with a quotation mark is a quoted lead, not a
    headline.
    """
    line = line.strip()
    count = words(line)
    if not 1 <= count <= 30 or len(line) > 250 or line.endswith((":", ",", ";")):
        return False
    if _BULLET.match(line) or find_dateline(line, [Block(0, len(line))])[0] is not None:
        return False
    if not _TERMINAL.search(line):
        return True
    return count <= 8 and line[0] not in "“‘\"'"


def looks_like_standfirst(text: str, following: str | None) -> bool:
    """The paragraph after the headline is a standfirst only on strong evidence.

    A one-sentence summary, clearly shorter than the paragraph after it, with
    no quotation, past-tense attribution ("said", "told") or dateline: the
    lead paragraph of a wire story usually fails one of these, and calling the
    lead a standfirst would hide it from the checks that look at the body.
    """
    text = text.strip()
    if following is None or not text or "\n" in text:
        return False
    count = words(text)
    if not 5 <= count <= 35 or count > 0.8 * words(following):
        return False
    if any(mark in text for mark in '“”"') or _ATTRIBUTION.search(text):
        return False
    if find_dateline(text, [Block(0, len(text))])[0] is not None:
        return False
    return is_single_sentence(text) and not text.endswith((":", ","))


def relabel(blocks: list[Block], index: int, kind: str) -> None:
    """Give ``blocks[index]`` a new kind in place."""
    blocks[index] = replace(blocks[index], kind=kind)


def mark_headline_and_standfirst(
    prose: str, blocks: list[Block], *, standfirst_hint: int | None = None
) -> None:
    """Apply the plain-text tests to the first blocks when the reader found no headline.

    ``standfirst_hint`` is the index of a block the markup marks as a
    standfirst (an emphasised paragraph, a ``class="standfirst"``); it wins
    over the heuristic, which is only tried when there is no hint.
    """
    headline = next((i for i, b in enumerate(blocks) if b.kind == "headline"), None)
    if headline is None and len(blocks) > 1 and blocks[0].kind == "paragraph":
        first = prose[blocks[0].start : blocks[0].end]
        if "\n" not in first.strip() and looks_like_headline(first):
            relabel(blocks, 0, "headline")
            headline = 0
    if headline is None or any(b.kind == "standfirst" for b in blocks):
        return
    after = headline + 1
    if after >= len(blocks) or blocks[after].kind != "paragraph":
        return
    if standfirst_hint is not None:
        if standfirst_hint == after:
            relabel(blocks, after, "standfirst")
        return
    following = next((b for b in blocks[after + 1 :] if b.kind == "paragraph"), None)
    candidate = prose[blocks[after].start : blocks[after].end]
    if looks_like_standfirst(
        candidate, None if following is None else prose[following.start : following.end]
    ):
        relabel(blocks, after, "standfirst")


def build_article(
    source: Source,
    prose: str,
    blocks: Sequence[Block],
    settings: Settings,
    *,
    metadata: Mapping[str, Any] | None = None,
    meta_published: dt.date | None = None,
) -> Article:
    """Assemble the :class:`Article`: quotations, dateline and publication date.

    Publication date precedence: ``settings.published`` (``--published``,
    source ``cli``) > a front-matter date (``front-matter``) > HTML meta or
    ``<time>`` (``html-meta``) > a dateline with a full date (``dateline``).
    """
    metadata = dict(metadata or {})
    ordered = tuple(sorted(blocks, key=lambda b: b.start))
    dateline, dateline_date = find_dateline(prose, ordered)
    if dateline is not None:  # cover a dash written as an entity (&ndash;) entirely
        dateline = Span(dateline.start, mark_end(source.text, prose, dateline.end - 1))
    candidates: list[tuple[dt.date | None, str]] = [
        (settings.published, "cli"),
        (front_matter_date(metadata) if source.format == "md" else None, "front-matter"),
        (meta_published, "html-meta"),
        (dateline_date, "dateline"),
    ]
    published, published_source = next(((d, s) for d, s in candidates if d), (None, None))
    return Article(
        path=source.path,
        text=source.text,
        prose=prose,
        format=source.format,
        metadata=metadata,
        blocks=ordered,
        headline=next((b for b in ordered if b.kind == "headline"), None),
        standfirst=next((b for b in ordered if b.kind == "standfirst"), None),
        quotations=find_quotations(source.text, prose, ordered),
        dateline=dateline,
        published=published,
        published_source=published_source,
    )


def front_matter_date(metadata: Mapping[str, Any]) -> dt.date | None:
    """The first parseable publication date among the usual front-matter keys."""
    lowered = {str(k).lower(): v for k, v in metadata.items()}
    for key in DATE_KEYS:
        value = lowered.get(key.lower())
        date = parse_date(value)
        if date is not None:
            return date
    return None
