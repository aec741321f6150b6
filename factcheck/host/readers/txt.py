"""Plain text: paragraphs separated by blank lines, or one paragraph per line.

Plain text has no markup, so ``prose`` is the text itself and every decision
is about layout. Two layouts occur in newsroom copy: paragraphs separated by
blank lines (lines inside a paragraph may be hard-wrapped), and wire style,
where every line is a paragraph and there are no blank lines at all.
"""

from __future__ import annotations

import re

from factcheck.analysis.structure import (
    build_article,
    looks_like_headline,
    mark_headline_and_standfirst,
)
from factcheck.contract.article import Article, Block
from factcheck.contract.settings import Settings
from factcheck.contract.source import Source

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v\u00a0]*(?=\n)")
_LINE_END = re.compile(r"[.!?…:][”’\"')\]]*$")
_BULLET = re.compile(r"[ \t]*(?:[-*•–+]|\d{1,3}[.)])[ \t]+\S")


def read_txt(source: Source, settings: Settings) -> Article:
    """Read a plain-text article; the headline and standfirst are inferred."""
    text = source.text
    chunks = _chunks(text)
    wire_style = len(chunks) == 1
    blocks: list[Block] = []
    for start, end in chunks:
        lines = _lines(text, start, end)
        if not lines:
            continue
        if not blocks and not wire_style and _headline_on_top(text, lines):
            blocks.append(Block(*lines[0], kind="paragraph"))
            lines = lines[1:]
        if wire_style or _one_paragraph_per_line(text, lines):
            for lo, hi in lines:
                kind = "list-item" if _BULLET.match(text, lo, hi) else "paragraph"
                blocks.append(Block(lo, hi, kind=kind))
        else:
            blocks.append(Block(lines[0][0], lines[-1][1], kind="paragraph"))
    mark_headline_and_standfirst(text, blocks)
    return build_article(source, text, blocks, settings)


def _chunks(text: str) -> list[tuple[int, int]]:
    """Ranges of text between blank lines (lines holding only whitespace)."""
    chunks: list[tuple[int, int]] = []
    pos = 0
    for match in _BLANK_LINES.finditer(text):
        chunks.append((pos, match.start()))
        pos = match.end()
    chunks.append((pos, len(text)))
    return chunks


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-empty lines of ``text[start:end]`` as trimmed ranges."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        lo, hi = pos, stop
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
        pos = stop + 1
    return out


def _headline_on_top(text: str, lines: list[tuple[int, int]]) -> bool:
    """True when the first chunk is a headline line directly above the body.

    The first line of a hard-wrapped paragraph is about as long as the lines
    after it and the next line usually continues the sentence in lower case;
    a headline is shorter and the body below it starts a new sentence.
    """
    if len(lines) < 2 or not looks_like_headline(text[lines[0][0] : lines[0][1]]):
        return False
    rest = lines[1:]
    if len(rest) >= 2 and _one_paragraph_per_line(text, rest):
        return True
    first_len = lines[0][1] - lines[0][0]
    longest = max(hi - lo for lo, hi in rest)
    opener = text[rest[0][0]]
    return (
        opener.isupper() or opener.isdigit() or opener in "“‘\"'"
    ) and first_len < 0.75 * longest


def _one_paragraph_per_line(text: str, lines: list[tuple[int, int]]) -> bool:
    """True for a chunk of separate one-line paragraphs rather than a hard-wrapped one.

    Hard-wrapped lines break mid-sentence; separate paragraphs (and list
    items) each end with sentence punctuation.
    """
    if len(lines) < 2:
        return False
    return all(
        _LINE_END.search(text, lo, hi) or _BULLET.match(text, lo, hi) for lo, hi in lines[:-1]
    )
