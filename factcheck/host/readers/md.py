"""Markdown: front matter, CommonMark blocks, and markup blanked out of the prose.

Block structure comes from markdown-it-py (CommonMark-exact: setext
headings, indented code, lazy continuation lines, HTML blocks), which
reports the source lines of every block. Prose starts fully blank and only
the text of paragraphs and headings is revealed; container markers (``>``,
list bullets, ``#``) are left blank and inline markup is blanked by
:mod:`factcheck.host.readers.mdinline`. Anything markdown-it does not treat as
text (front matter, code, HTML blocks, link definitions, rules) thus stays
blank without a special case for each.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from markdown_it import MarkdownIt

from factcheck.analysis.structure import build_article, mark_headline_and_standfirst, relabel, trim
from factcheck.contract.article import Article, Block
from factcheck.contract.settings import Settings
from factcheck.contract.source import Source
from factcheck.host.readers.blanking import reveal
from factcheck.host.readers.frontmatter import split_front_matter
from factcheck.host.readers.mdinline import blank_inline

_QUOTE_MARKER = re.compile(r"[ \t]{0,3}>[ \t]?")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|(?=\r?$))")
_ATX_OPEN = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|(?=\r?$))")
_ATX_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*\r?$")
_SUMMARY_KEYS = ("standfirst", "dek", "description", "summary", "subtitle", "excerpt")


def read_md(source: Source, settings: Settings) -> Article:
    """Read a Markdown article with optional YAML or TOML front matter."""
    text = source.text
    metadata, body_start = split_front_matter(text)
    chars = [c if c in "\n\r" else " " for c in text]
    starts = _line_starts(text)
    tokens = _block_parser().parse("".join(chars[:body_start]) + text[body_start:])
    blocks: list[Block] = []
    leaves: list[tuple[int, int]] = []
    containers: list[tuple[str, int]] = []
    heading: str | None = None
    for token in tokens:
        kind = token.type
        if kind in ("blockquote_open", "list_item_open"):
            containers.append((kind, token.map[0] if token.map else -1))
        elif kind in ("blockquote_close", "list_item_close") and containers:
            containers.pop()
        elif kind == "heading_open":
            heading = token.tag
        elif kind == "paragraph_open":
            heading = None
        elif kind in ("fence", "code_block") and token.map:
            span = trim(text, starts[token.map[0]], _line_end(text, starts, token.map[1] - 1))
            if span:
                blocks.append(Block(span.start, span.end, kind="code"))
        elif kind == "inline" and token.map:
            lo, hi = _reveal_leaf(chars, text, starts, token.map, containers, heading)
            blank_inline(chars, lo, hi)
            span = trim("".join(chars[lo:hi]), 0, hi - lo)
            if span:
                blocks.append(
                    Block(lo + span.start, lo + span.end, kind=_kind(heading, containers))
                )
                leaves.append((lo, hi))
    prose = "".join(chars)
    _headline_from_title(prose, blocks, metadata)
    hint = _standfirst_hint(text, prose, blocks, leaves, metadata)
    mark_headline_and_standfirst(prose, blocks, standfirst_hint=hint)
    return build_article(source, prose, blocks, settings, metadata=metadata)


@functools.cache
def _block_parser() -> MarkdownIt:
    """A CommonMark parser for block structure only.

    Inline markup is blanked by our own scanner, so skipping markdown-it's
    inline pass loses nothing and makes reading about three times faster.
    """
    return MarkdownIt("commonmark").disable(["inline", "text_join"])


def _reveal_leaf(
    chars: list[str],
    text: str,
    starts: list[int],
    lines: list[int],
    containers: list[tuple[str, int]],
    heading: str | None,
) -> tuple[int, int]:
    """Reveal the text of one paragraph or heading, without container markers."""
    first = last = -1
    for line in range(lines[0], lines[1]):
        pos, end = starts[line], _line_end(text, starts, line)
        for container, first_line in containers:
            marker = _QUOTE_MARKER if container == "blockquote_open" else _LIST_MARKER
            if container == "blockquote_open" or first_line == line:
                match = marker.match(text, pos, end)
                pos = match.end() if match else pos
        if heading is not None and line == lines[0]:
            opener = _ATX_OPEN.match(text, pos, end)
            if opener is not None:
                pos = opener.end()
                closer = _ATX_CLOSE.search(text, pos, end)
                end = closer.start() if closer else end
        reveal(chars, text, pos, end)
        first = pos if first < 0 else first
        last = end
    return first, max(first, last)


def _kind(heading: str | None, containers: list[tuple[str, int]]) -> str:
    if heading == "h1":
        return "headline"
    if heading is not None:
        return "heading"
    if containers and containers[-1][0] == "list_item_open":
        return "list-item"
    if containers:
        return "quote-block"
    return "paragraph"


def _headline_from_title(prose: str, blocks: list[Block], metadata: Mapping[str, Any]) -> None:
    """Only the first h1 is the headline; without one, the front-matter title if it is there."""
    h1s = [i for i, b in enumerate(blocks) if b.kind == "headline"]
    for index in h1s[1:]:
        relabel(blocks, index, "heading")
    title = metadata.get("title")
    if h1s or not isinstance(title, str):
        return
    for index, block in enumerate(blocks[:3]):
        if block.kind in ("paragraph", "heading") and _same(prose[block.start : block.end], title):
            relabel(blocks, index, "headline")
            return


def _standfirst_hint(
    text: str,
    prose: str,
    blocks: list[Block],
    leaves: list[tuple[int, int]],
    metadata: Mapping[str, Any],
) -> int | None:
    """Index of the paragraph after the headline when markup marks it as a standfirst.

    That is a paragraph wholly in emphasis (``*US ambassador slams ...*``)
    or one matching a ``standfirst``/``description``-style front-matter key.
    """
    prose_blocks = [b for b in blocks if b.kind != "code"]
    headline = next((i for i, b in enumerate(prose_blocks) if b.kind == "headline"), None)
    if headline is None or headline + 1 >= len(prose_blocks):
        return None
    block = prose_blocks[headline + 1]
    index = blocks.index(block)
    lo, hi = leaves[headline + 1]
    left, right = text[lo : block.start].strip(), text[block.end : hi].strip()
    if left and left == right and set(left) <= {"*", "_"}:
        return index
    summaries = [metadata.get(k) for k in _SUMMARY_KEYS]
    if any(isinstance(s, str) and _same(prose[block.start : block.end], s) for s in summaries):
        return index
    return None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _line_starts(text: str) -> list[int]:
    """Where each line starts, as markdown-it counts lines: CR, LF and CRLF all end one.

    Counting only LF once made a file with classic Mac (CR-only) line endings
    one line long here but many lines in markdown-it's block map: an IndexError.
    """
    starts = [0]
    for i, c in enumerate(text):
        if c == "\n" or (c == "\r" and text[i + 1 : i + 2] != "\n"):
            starts.append(i + 1)
    return starts


def _line_end(text: str, starts: list[int], line: int) -> int:
    """Offset of the end of 0-based ``line``, before its newline."""
    if line + 1 < len(starts):
        return starts[line + 1] - 1
    return len(text)
