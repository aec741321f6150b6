"""Paragraph and line layout shared by the text-integrity rules.

The reader segments an article into blocks (headline, standfirst, paragraphs,
list items...). The rules trust those blocks when the reader provided them and
fall back to blank-line paragraphs otherwise, so that a rule never depends on
one reader's heuristics to find a paragraph's first or last word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck import Article, DerivedKey

#: Kinds of block that hold running prose (sentences that end in punctuation).
PROSE_KINDS = frozenset({"paragraph", "standfirst", "quote-block"})

_BLANK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_BULLET = re.compile(r"[ \t]*(?:[-*•–—+·▪►]|\d{1,3}[.)]|[a-z][.)])[ \t]+")
#: Marks that end a sentence, with any closing quotes or brackets after them.
TERMINAL = re.compile(r"(?:[.!?…]|\.\.\.)[\"'”’»)\]]*$")
#: Opening quotes and brackets that may precede a sentence's first word.
OPENERS = "\"'“‘«([‹"


@dataclass(frozen=True)
class Para:
    """A paragraph-level stretch of text: ``kind`` as in :class:`factcheck.Block`."""

    start: int
    end: int
    kind: str

    @property
    def is_prose(self) -> bool:
        """True for blocks of running prose (not headlines, headings, list items)."""
        return self.kind in PROSE_KINDS


PARAGRAPHS_KEY: DerivedKey[list[Para]] = DerivedKey("factcheck.garbled.paragraphs")
LINES_KEY: DerivedKey[list[tuple[int, int]]] = DerivedKey("factcheck.garbled.lines")


def paragraphs(article: Article) -> list[Para]:
    """The article's blocks in order; blank-line paragraphs when the reader gave none."""
    return article.derived(PARAGRAPHS_KEY, _compute_paragraphs)


def _compute_paragraphs(article: Article) -> list[Para]:
    if article.blocks:
        out: list[Para] = []
        for b in sorted(article.blocks, key=lambda b: b.start):
            kind = b.kind
            if kind == "paragraph" and is_bulleted(article.text, b.start):
                kind = "list-item"
            out.append(Para(b.start, b.end, kind))
        return out
    text = article.prose
    paras: list[Para] = []
    pos = 0
    for m in [*_BLANK.finditer(text), None]:
        end = m.start() if m else len(text)
        lo, hi = _trim(text, pos, end)
        if lo < hi:
            kind = "paragraph"
            if not paras and "\n" not in text[lo:hi] and not TERMINAL.search(text[lo:hi]):
                kind = "headline"
            elif is_bulleted(text, lo):
                kind = "list-item"
            paras.append(Para(lo, hi, kind))
        pos = m.end() if m else len(text)
    return paras


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def is_bulleted(text: str, start: int) -> bool:
    """True when the line holding ``start`` opens with a list bullet or number."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_BULLET.match(text, line_start))


def lines(article: Article) -> list[tuple[int, int]]:
    """Every non-blank line as a trimmed ``(start, end)`` range."""
    return article.derived(LINES_KEY, _compute_lines)


def _compute_lines(article: Article) -> list[tuple[int, int]]:
    text = article.prose
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl
        lo, hi = _trim(text, pos, stop)
        if lo < hi:
            out.append((lo, hi))
        if nl < 0:
            break
        pos = nl + 1
    return out


def para_at(article: Article, offset: int) -> Para | None:
    """The paragraph holding ``offset``, if any."""
    for p in paragraphs(article):
        if p.start <= offset < p.end:
            return p
    return None


def word_at_start(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first word of ``text[start:end]`` after bullets and opening quotes."""
    m = _BULLET.match(text, start, end)
    pos = m.end() if m else start
    while pos < end and (text[pos] in OPENERS or text[pos].isspace()):
        pos += 1
    w = pos
    while w < end and (text[w].isalnum() or text[w] in "'’-"):
        w += 1
    return (pos, w) if w > pos else None


def quoted_opening(text: str, start: int) -> bool:
    """True when the word at ``start`` directly follows an opening quotation mark."""
    return start > 0 and text[start - 1] in "\"'“‘«"
