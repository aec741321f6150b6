"""Inline suppressions: HTML-comment markers that silence findings where an editor decided.

A checker that cannot be told "this one is fine" gets switched off, so an
editor needs a way to accept a finding next to the copy it concerns, visible to
the next editor and reviewed with the text. The markers are HTML comments,
as in Vale and markdownlint, because the Markdown and HTML readers blank
comments out of the prose: the markers never end up in what the rules check.

::

    <!-- factcheck: ignore FC201 -->             the next block (or this one, when trailing)
    <!-- factcheck: ignore-file FC1 -->          the whole file
    <!-- factcheck: off quote-balance -->  ...  <!-- factcheck: on -->   a range

Selectors are codes, code prefixes or rule names, matched exactly as
``--select`` matches them (:mod:`factcheck.engine.selection`); no selector means every
rule. Text after `` -- `` is a reason, kept for the reader and ignored here.

A marker that suppresses nothing is dead weight that may hide a future problem,
and a misspelt marker silently suppresses nothing; with
``report-unused-suppressions`` both are reported (the misspelt ones with kind
``malformed``) in the file's results (``FileResult.unused_suppressions``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from factcheck import hookimpl
from factcheck.contract.article import Article, DerivedKey
from factcheck.contract.findings import Finding
from factcheck.contract.results import FileResult
from factcheck.contract.selectors import matches
from factcheck.contract.settings import Settings

#: The ``article.derived`` key of the parsed markers.
MARKERS_KEY: DerivedKey[list[Marker]] = DerivedKey("factcheck.suppression-markers")
#: What :func:`factcheck_ignore_finding` returns for a suppressed finding.
REASON = "inline"

VERBS = ("ignore", "ignore-file", "off", "on")
_ALL = "*"  # the used-selector token of a marker without selectors

_COMMENT = re.compile(r"<!--(?P<body>.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(r"\s*factcheck\b(?P<rest>.*)\Z", re.DOTALL | re.IGNORECASE)
_SELECTOR = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_BACKTICKS = re.compile(r"`+")
_SPLIT = re.compile(r"[\s,\[\]]+")  # brackets too: "ignore[FC101]", as in noqa


def selector_matches(selector: str, code: str, name: str) -> bool:
    """True when ``selector`` names the rule: the same meaning as ``--ignore`` gives it."""
    return matches(selector, code, name)


@dataclass(frozen=True)
class Scope:
    """Where a marker applies: ``[start, end)`` for ``selectors`` (empty: every rule)."""

    start: int
    end: int
    selectors: tuple[str, ...]


@dataclass
class Marker:
    """One ``<!-- factcheck: ... -->`` comment and what it has suppressed so far."""

    kind: str  # a verb of VERBS, or "malformed"
    start: int
    end: int
    raw: str
    selectors: tuple[str, ...] = ()
    reason: str = ""
    message: str = ""
    scopes: list[Scope] = field(default_factory=list)
    #: Selectors that suppressed at least one finding (``"*"`` for a marker without any).
    used: set[str] = field(default_factory=set)
    #: For ``on``: whether it closed an open ``off`` range.
    closed_something: bool = False

    def unused_selectors(self) -> tuple[str, ...] | None:
        """The selectors that suppressed nothing; None when the marker was used in full."""
        if self.kind == "malformed":
            return ()
        if self.kind == "on":
            return None if self.closed_something else self.selectors
        if not self.selectors:
            return None if self.used else ()
        left = tuple(s for s in self.selectors if s not in self.used)
        return left or None


# -- parsing ---------------------------------------------------------------------


def _parse_comment(start: int, end: int, body: str) -> Marker | None:
    """A marker for a comment that starts with ``factcheck``; None for any other comment."""
    m = _DIRECTIVE.match(body)
    if m is None:
        return None
    raw = " ".join(body.split())
    rest = m.group("rest")
    if not rest.lstrip().startswith(":"):
        return Marker("malformed", start, end, raw, message="expected 'factcheck: VERB [CODES]'")
    directive, _, reason = rest.lstrip()[1:].partition(" -- ")
    tokens = [t for t in _SPLIT.split(directive) if t]
    if not tokens:
        return Marker("malformed", start, end, raw, message="missing VERB after 'factcheck:'")
    verb, selectors = tokens[0].lower(), tuple(tokens[1:])
    if verb not in VERBS:
        return Marker(
            "malformed",
            start,
            end,
            raw,
            message=f"unknown verb {tokens[0]!r} (expected one of: {', '.join(VERBS)})",
        )
    bad = [s for s in selectors if not _SELECTOR.match(s)]
    if bad:
        return Marker(
            "malformed",
            start,
            end,
            raw,
            message=f"not a rule code, prefix or name: {', '.join(map(repr, bad))}",
        )
    return Marker(verb, start, end, raw, selectors=selectors, reason=reason.strip())


def _in_code_span(text: str, offset: int) -> bool:
    """True when ``offset`` lies inside a Markdown code span of its paragraph.

    The Markdown reader blanks code spans as well as comments, so the prose
    alone cannot tell a documented example (`` `<!-- factcheck: off -->` ``)
    from a marker. Pairs backtick runs of equal length as CommonMark does.
    """
    para_start = text.rfind("\n\n", 0, offset)
    para_end = text.find("\n\n", offset)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = len(text) if para_end < 0 else para_end
    runs = [
        m
        for m in _BACKTICKS.finditer(text, para_start, para_end)
        if m.start() == 0 or text[m.start() - 1] != "\\"
    ]
    i = 0
    while i < len(runs):
        opener = runs[i]
        closer = next(
            (j for j in range(i + 1, len(runs)) if len(runs[j].group()) == len(opener.group())),
            None,
        )
        if closer is None:
            i += 1
            continue
        if opener.end() <= offset < runs[closer].start():
            return True
        i = closer + 1
    return False


def _honoured(article: Article, marker: Marker) -> bool:
    """False for a marker the reader kept as text: an example in a code block or span.

    The Markdown and HTML readers blank real comments out of the prose; a
    comment still present in the prose of a marked-up file is literal text.
    A plain-text article (prose identical to text) honours every marker.
    """
    for block in article.blocks:
        if block.kind == "code" and block.contains(marker.start):
            return False
    if article.format == "md" and _in_code_span(article.text, marker.start):
        return False
    if article.prose == article.text:
        return True
    return article.prose[marker.start : marker.end] != article.text[marker.start : marker.end]


def _masked_prose(article: Article, spans: Sequence[tuple[int, int]]) -> str:
    """The prose with every comment blanked too (the plain-text reader leaves them in)."""
    chars = list(article.prose)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start of the line holding ``start`` and the end of the line holding ``end``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _paragraph_from(masked: str, pos: int) -> tuple[int, int]:
    """From the first non-blank line at or after ``pos`` up to the next blank line."""
    n = len(masked)
    while pos < n:
        line_start, line_end = _line_bounds(masked, pos, pos)
        if masked[line_start:line_end].strip():
            break
        pos = line_end + 1
    else:
        return n, n
    start = pos
    while pos < n:
        line_start, line_end = _line_bounds(masked, pos, pos)
        if not masked[line_start:line_end].strip():
            return start, line_start
        pos = line_end + 1
    return start, n


def _paragraph_around(masked: str, start: int, end: int) -> tuple[int, int]:
    """The blank-line-delimited paragraph holding ``[start, end)``."""
    first, last = _line_bounds(masked, start, end)
    while first > 0:
        prev_start, _ = _line_bounds(masked, first - 1, first - 1)
        if not masked[prev_start : first - 1].strip():
            break
        first = prev_start
    _, para_end = _paragraph_from(masked, first)
    return first, max(para_end, last)


def _block_scope(article: Article, masked: str, marker: Marker) -> tuple[int, int]:
    """The block an ``ignore`` marker governs: its own line's block when trailing, else the next.

    The reader's blocks are used when there are any, because HTML paragraphs
    are often not separated by blank lines; otherwise blank lines delimit.
    """
    line_start, line_end = _line_bounds(masked, marker.start, marker.end)
    blocks = sorted(article.blocks, key=lambda b: b.start)
    if masked[line_start:line_end].strip():  # trailing: text on the marker's own line
        hits = [b for b in blocks if b.start < line_end and line_start < b.end]
        if hits:
            return min(b.start for b in hits), max(b.end for b in hits)
        return _paragraph_around(masked, marker.start, marker.end)
    if not blocks:
        return _paragraph_from(masked, line_end)
    for block in blocks:
        if block.start <= marker.start < block.end and block.end > marker.end:
            return marker.end, block.end  # on its own line inside a paragraph: the rest of it
        if block.start >= marker.end:
            return block.start, block.end
    return len(masked), len(masked)


def _same(a: str, b: str) -> bool:
    return a == b or a.upper() == b.upper()


def parse_markers(article: Article) -> list[Marker]:
    """Every marker in ``article.text``, in order, with its scopes resolved."""
    markers: list[Marker] = []
    for m in _COMMENT.finditer(article.text):
        marker = _parse_comment(m.start(), m.end(), m.group("body"))
        if marker is not None and _honoured(article, marker):
            markers.append(marker)
    masked = _masked_prose(article, [(mk.start, mk.end) for mk in markers])
    eof = len(article.text) + 1  # past the end, so a finding at the very end is covered
    # Open ``off`` ranges: the marker, one of its selectors ("" for all), where it started.
    open_ranges: list[tuple[Marker, str]] = []
    for marker in markers:
        if marker.kind == "ignore":
            start, end = _block_scope(article, masked, marker)
            marker.scopes.append(Scope(start, end, marker.selectors))
        elif marker.kind == "ignore-file":
            marker.scopes.append(Scope(0, eof, marker.selectors))
        elif marker.kind == "off":
            open_ranges.extend((marker, s) for s in marker.selectors or ("",))
        elif marker.kind == "on":
            still_open: list[tuple[Marker, str]] = []
            for off, sel in open_ranges:
                if not marker.selectors or any(_same(sel, s) for s in marker.selectors):
                    off.scopes.append(Scope(off.end, marker.start, (sel,) if sel else ()))
                    marker.closed_something = True
                else:
                    still_open.append((off, sel))
            open_ranges = still_open
    for off, sel in open_ranges:  # an ``off`` never turned back on runs to the end
        off.scopes.append(Scope(off.end, eof, (sel,) if sel else ()))
    return markers


def markers_of(article: Article) -> list[Marker]:
    """The article's markers, parsed once and shared through ``article.derived``."""
    return article.derived(MARKERS_KEY, parse_markers)


# -- matching ---------------------------------------------------------------------


def match(markers: Sequence[Marker], finding: Finding) -> tuple[Marker, tuple[str, ...]] | None:
    """The narrowest marker that covers ``finding`` and the selectors that matched it.

    Only one marker is credited, the narrowest (a block before a range before
    the whole file), so that a redundant wider marker shows up as unused.
    """
    best: tuple[int, int, Marker, tuple[str, ...]] | None = None
    for order, marker in enumerate(markers):
        for scope in marker.scopes:
            if not scope.start <= finding.start < scope.end:
                continue
            if scope.selectors:
                hit = tuple(
                    s for s in scope.selectors if selector_matches(s, finding.rule, finding.name)
                )
            else:
                hit = (_ALL,)
            if hit and (best is None or (scope.end - scope.start, order) < best[:2]):
                best = (scope.end - scope.start, order, marker, hit)
    return None if best is None else (best[2], best[3])


def unused_records(article: Article, markers: Sequence[Marker]) -> list[dict[str, Any]]:
    """One JSON-ready record per marker (or its selectors) that suppressed nothing."""
    out: list[dict[str, Any]] = []
    for marker in markers:
        left = marker.unused_selectors()
        if left is None:
            continue
        if marker.kind == "malformed":
            codes, message = [marker.raw], marker.message
        elif marker.kind == "on":
            codes, message = list(left), "turns nothing back on: no matching 'off' is open"
        else:
            codes, message = list(left), "suppressed no finding"
        line, column = article.position(marker.start)
        out.append(
            {
                "line": line,
                "column": column,
                "kind": marker.kind,
                "codes": codes,
                "start": marker.start,
                "end": marker.end,
                "marker": marker.raw,
                "message": message,
            }
        )
    return out


# -- hook implementations ------------------------------------------------------------


@hookimpl
def factcheck_article_start(article: Article, settings: Settings) -> None:
    """Parse the markers up front, so malformed ones are seen even with no findings."""
    markers_of(article)


@hookimpl(tryfirst=True)
def factcheck_ignore_finding(finding: Finding, article: Article, settings: Settings) -> str | None:
    """Drop a finding an inline marker covers, and credit that marker.

    A finding inside a marker is dropped too: the plain-text reader leaves
    comments in the prose, and a rule has no business checking a marker.

    ``tryfirst`` so that an editor's explicit marker, not the baseline, gets
    the credit for a finding both would drop: otherwise the marker would be
    reported as unused while it is doing its job.
    """
    markers = markers_of(article)
    if any(m.start <= finding.start and finding.end <= m.end for m in markers):
        return REASON  # about the marker itself: plain text leaves markers in the prose
    hit = match(markers, finding)
    if hit is None:
        return None
    marker, selectors = hit
    marker.used.update(selectors)
    return REASON


@hookimpl
def factcheck_article_finish(
    article: Article, findings: Sequence[Finding], settings: Settings, result: FileResult
) -> None:
    """Publish the unused and malformed markers when the run asks for them."""
    if not settings.report_unused_suppressions:
        return
    records = unused_records(article, markers_of(article))
    result.unused_suppressions.extend(records)
