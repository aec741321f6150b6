"""Direct quotations: where each one opens and closes, across paragraphs.

Quote rules need exact spans, and news copy breaks the naive "pair the marks"
approach in three ways this module handles:

* apostrophes share a glyph with the single closing mark (don't, North
  Korea’s, the countries’ leaders, the ’90s);
* a quotation running over several paragraphs leaves the closing mark off
  every paragraph but the last, and each continued paragraph reopens with an
  opening mark: that is one quotation with one part per paragraph;
* straight quotes (" and ') must be told apart as opening or closing from
  the characters around them.

Scanning is per block, on ``prose`` (markup already blanked). Nothing here
raises on unbalanced marks: a mark that cannot be paired is ignored, an
opening mark that never closes gives a quotation with ``closed=False``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.article import Block, Quotation, Span

_KIND = {"“": "double", "”": "double", '"': "double", "‘": "single", "’": "single", "'": "single"}
_OPEN_CONTEXT = "([{—–-/“‘\"'"
_CLOSE_CONTEXT = ".,;:!?)]}—–-…”’\"'"
#: Elisions written with a leading apostrophe: ’90s, ’em, rock ’n’ roll, ’til, ’tis.
_ELISION = re.compile(r"(?:\d\d(?!\d)|(?:em|til|tis|twas|n)(?![^\W\d_]))", re.IGNORECASE)
_ENTITY = re.compile(r"&#?\w+;?")
#: Block kinds a quotation may continue across (never a headline, heading or code).
_CONTINUABLE = frozenset({"paragraph", "quote-block", "list-item"})


@dataclass
class _Open:
    kind: str
    mark: str
    start: int
    content_start: int
    part_start: int
    parts: list[Span] = field(default_factory=list)


def find_quotations(text: str, prose: str, blocks: Sequence[Block]) -> tuple[Quotation, ...]:
    """Every direct quotation in the scannable blocks, ordered by start (outer first).

    ``text`` is only consulted to widen a mark written as an HTML entity
    (``&rdquo;``) so the quotation's span covers the whole entity.
    """
    found: list[Quotation] = []
    carry: _Open | None = None
    for index, block in enumerate(blocks):
        if block.kind == "code":
            continue
        stack = _scan_block(text, prose, block, carry, found)
        carry = None
        if not stack:
            continue
        end = _trim_end(prose, block.start, block.end)
        for inner in reversed(stack[1:]):
            found.append(_finish(prose, inner, end))
        bottom = stack[0]
        nxt = blocks[index + 1] if index + 1 < len(blocks) else None
        if nxt is not None and _reopens(prose, block, nxt, bottom.kind):
            bottom.parts.append(Span(bottom.part_start, end))
            carry = bottom
        else:
            found.append(_finish(prose, bottom, end))
    found.sort(key=lambda q: (q.start, -q.end))
    return tuple(found)


def _scan_block(
    text: str, prose: str, block: Block, carry: _Open | None, found: list[Quotation]
) -> list[_Open]:
    """Pair the marks of one block; return what is still open at its end."""
    stack: list[_Open] = []
    lo, hi = block.start, block.end
    skip = -1
    if carry is not None:
        skip = _first_char(prose, lo, hi)
        carry.part_start = skip
        stack.append(carry)
    for i in range(lo, hi):
        char = prose[i]
        if char not in _KIND or i == skip:
            continue
        kind = _KIND[char]
        action = _classify(prose, i, lo, hi)
        if action == "possessive":
            action = "close" if _is_closing_possessive(prose, i, lo, hi, stack) else None
        elif action == "either":
            action = "close" if any(o.kind == kind for o in stack) else "open"
        if action == "open":
            same = _topmost(stack, kind)
            if same is not None:  # the earlier quotation lost its closing mark
                end = _trim_end(prose, lo, i)
                for opened in reversed(stack[same:]):
                    found.append(_finish(prose, opened, max(end, opened.part_start + 1)))
                del stack[same:]
            content = mark_end(text, prose, i)
            stack.append(_Open(kind, char, i, content, i))
        elif action == "close":
            same = _topmost(stack, kind)
            if same is None:
                continue  # a stray closing mark
            for inner in reversed(stack[same + 1 :]):
                found.append(_finish(prose, inner, _trim_end(prose, lo, i)))
            found.append(_finish(prose, stack[same], mark_end(text, prose, i), i))
            del stack[same:]
    return stack


def _classify(prose: str, i: int, lo: int, hi: int) -> str | None:
    """``open``, ``close``, ``either``, ``possessive`` or None (an apostrophe or noise)."""
    char = prose[i]
    before = prose[i - 1] if i > lo else " "
    after = prose[i + 1] if i + 1 < hi else " "
    if char == "“":
        return "open"
    if char == "”":
        return "close"
    if char in "‘’'":
        if before.isalnum() and after.isalnum():
            return None  # don't, North Korea’s, 5'10
        if not before.isalnum() and _ELISION.match(prose, i + 1, hi):
            return None  # the ’90s, rock ’n’ roll
        if char != "‘" and before in "sSzZ" and not after.isalnum():
            return "possessive"  # the countries’ leaders, or the end of a quotation
        if char == "‘":
            return "open"
        if char == "’":
            return "close" if not before.isspace() else None
    opening = (before.isspace() or before in _OPEN_CONTEXT) and not after.isspace()
    closing = not before.isspace() and (after.isspace() or after in _CLOSE_CONTEXT)
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    if before.isspace() and after.isspace():
        return None
    return "either"


def _is_closing_possessive(prose: str, i: int, lo: int, hi: int, stack: list[_Open]) -> bool:
    """Decide "s’ " between a plural possessive and the end of a single quotation.

    It closes the open single quotation unless a later mark in the block
    closes it instead (‘the countries’ leaders met’).
    """
    if _topmost(stack, "single") is None:
        return False
    for j in range(i + 1, hi):
        if prose[j] in "‘’'":
            action = _classify(prose, j, lo, hi)
            if action == "open":
                return True
            if action in ("close", "possessive"):
                return False
    return True


def _reopens(prose: str, block: Block, nxt: Block, kind: str) -> bool:
    """True when ``nxt`` continues a quotation left open at the end of ``block``."""
    if block.kind not in _CONTINUABLE or nxt.kind not in _CONTINUABLE:
        return False
    pos = _first_char(prose, nxt.start, nxt.end)
    if pos >= nxt.end or _KIND.get(prose[pos]) != kind:
        return False
    return _classify(prose, pos, nxt.start, nxt.end) in ("open", "either")


def _finish(prose: str, opened: _Open, end: int, close_at: int | None = None) -> Quotation:
    """Build the Quotation; ``close_at`` is the closing mark's offset (None: unclosed)."""
    parts = (*opened.parts, Span(opened.part_start, end))
    content_end = end if close_at is None else close_at
    return Quotation(
        start=opened.start,
        end=end,
        content=Span(opened.content_start, max(opened.content_start, content_end)),
        open_mark=prose[opened.start],
        close_mark=None if close_at is None else prose[close_at],
        closed=close_at is not None,
        continued=len(parts) > 1,
        parts=parts,
    )


def mark_end(text: str, prose: str, i: int) -> int:
    """The offset just after the mark at ``i``, covering an HTML entity if it is one."""
    if text[i] == prose[i]:
        return i + 1
    match = _ENTITY.match(text, i)
    return match.end() if match else i + 1


def _topmost(stack: list[_Open], kind: str) -> int | None:
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].kind == kind:
            return index
    return None


def _first_char(prose: str, lo: int, hi: int) -> int:
    while lo < hi and prose[lo].isspace():
        lo += 1
    return lo


def _trim_end(prose: str, lo: int, hi: int) -> int:
    while hi > lo and prose[hi - 1].isspace():
        hi -= 1
    return hi
