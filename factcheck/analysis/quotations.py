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

Wire and archive copy adds four more, handled here too:

* two apostrophes (``''``) and two backticks (````` `` `````) stand for a double
  mark (NYT and old wire style): they pair like ``"``, and the quotation's
  ``open_mark``/``close_mark`` are the two characters;
* a straight mark with spaces on both sides (``year. " Hayes said``) is
  misspaced: it closes the quotation open before it, or else opens one.
  :func:`find_marks` reports such marks, and closing marks that close nothing
  (stray), so that a rule can point at them;
* a quotation reopened in the same block after a sentence end
  (``...point. "Next...``) is the multi-paragraph convention with the paragraph
  break lost: one quotation, one more part, not an unclosed one;
* a hard-wrapped paragraph that a reader split into one block per line: a
  quotation still open at the end of a line continues onto the next line
  (single newline, no blank line) when that line closes it.

Scanning is per block, on ``prose`` (markup already blanked). Nothing here
raises on unbalanced marks: a mark that cannot be paired is ignored, an
opening mark that never closes gives a quotation with ``closed=False``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.contract.article import Block, Quotation, Span
from factcheck.language.reporting import CLOSING_TAG_FORMS
from factcheck.language.words import alternation

_KIND = {"“": "double", "”": "double", '"': "double", "‘": "single", "’": "single", "'": "single"}
#: Two-character marks that stand for a double quotation mark (NYT/wire and TeX style).
_PAIRS = {"''": "double", "``": "double"}
#: Straight marks: their direction comes from the characters around them.
_STRAIGHT = frozenset({'"', "''"})
_SENTENCE_END = frozenset(".!?…")
#: '..., he said.' at the end of an unclosed part: the closing mark was lost, not a
#: paragraph break (a comma, a few words with a reporting verb, the sentence end).
_TRAILING_ATTRIBUTION = re.compile(
    rf",[^,.!?…]{{0,60}}\b(?:{alternation(CLOSING_TAG_FORMS)}|according to)\b"
    r"[^,.!?…]{0,60}[.!?…]$",
    re.IGNORECASE,
)
#: Longest reporting clause read as a quotation's own attribution ('..., said the director').
_TAG_WORDS = 8
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_OPEN_CONTEXT = "([{—–-/“‘\"'"
_CLOSE_CONTEXT = ".,;:!?)]}—–-…”’\"'"
#: Elisions written with a leading apostrophe: ’90s, ’em, rock ’n’ roll, ’til, ’tis, ’bout.
_ELISION = re.compile(r"(?:\d\d(?!\d)|(?:em|til|tis|twas|n|bout|cause)(?![^\W\d_]))", re.IGNORECASE)
#: An apostrophe after an abbreviation's full stop: "the U.N.'s", "the I.R.S.’s".
_ABBREVIATION_POSSESSIVE = re.compile(r"[A-Za-z]\.['’]s(?![^\W\d_])")
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


@dataclass(frozen=True)
class Mark:
    """A quotation mark the pairing had to guess about: ``misspaced`` (spaces on both
    sides, read as closing or opening) or ``stray`` (a closing mark that closes nothing)."""

    start: int
    end: int
    mark: str
    problem: str


def find_quotations(text: str, prose: str, blocks: Sequence[Block]) -> tuple[Quotation, ...]:
    """Every direct quotation in the scannable blocks, ordered by start (outer first).

    ``text`` is only consulted to widen a mark written as an HTML entity
    (``&rdquo;``) so the quotation's span covers the whole entity.
    """
    return _scan(text, prose, blocks, [])


def find_marks(text: str, prose: str, blocks: Sequence[Block]) -> tuple[Mark, ...]:
    """The misspaced and stray quotation marks of the scannable blocks, in order."""
    notes: list[Mark] = []
    _scan(text, prose, blocks, notes)
    return tuple(sorted(notes, key=lambda m: m.start))


def _scan(
    text: str, prose: str, blocks: Sequence[Block], notes: list[Mark]
) -> tuple[Quotation, ...]:
    found: list[Quotation] = []
    carry: _Open | None = None
    reopened = True
    for index, block in enumerate(blocks):
        if block.kind == "code":
            continue
        stack = _scan_block(text, prose, block, carry, reopened, found, notes)
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
            carry, reopened = bottom, True
        elif nxt is not None and len(stack) == 1 and _wrapped(prose, block, nxt, bottom.kind):
            carry, reopened = bottom, False
        else:
            found.append(_finish(prose, bottom, end))
    found.sort(key=lambda q: (q.start, -q.end))
    return tuple(found)


def _scan_block(
    text: str,
    prose: str,
    block: Block,
    carry: _Open | None,
    reopened: bool,
    found: list[Quotation],
    notes: list[Mark],
) -> list[_Open]:
    """Pair the marks of one block; return what is still open at its end.

    ``carry`` is a quotation left open by the block before: ``reopened`` when
    this block opens with its reopening mark (a new part), else a hard-wrapped
    line that continues the same part.
    """
    stack: list[_Open] = []
    lo, hi = block.start, block.end
    skip = -1
    if carry is not None:
        if reopened:
            skip = _first_char(prose, lo, hi)
            carry.part_start = skip
        stack.append(carry)
    i = lo
    while i < hi:
        found_mark = _mark_at(prose, i, hi)
        if found_mark is None or i == skip:
            i += len(found_mark[0]) if found_mark is not None else 1
            continue
        if prose.startswith("'''", i) and stack and stack[-1].kind == "single":
            found_mark = ("'", "single")  # "'...of us,'''": the inner single closes first
        mark, kind = found_mark
        width = len(mark)
        action = _classify(prose, i, lo, hi, mark)
        if action == "possessive":
            action = "close" if _is_closing_possessive(prose, i, lo, hi, stack) else None
            if action == "close" and stack and stack[-1].kind != "single":
                action = None  # residents’ inside an open inner double: an apostrophe
        elif action == "either":
            action = "close" if any(o.kind == kind for o in stack) else "open"
        elif action == "misspaced":
            action = "close" if any(o.kind == kind for o in stack) else "open"
            notes.append(Mark(i, i + width, mark, "misspaced"))
        if action == "open":
            same = _topmost(stack, kind)
            if same is not None and _continues(prose, lo, i, stack, same):
                # '...point. "Next...': the paragraph break before this part was lost
                opened = stack[same]
                opened.parts.append(Span(opened.part_start, _trim_end(prose, lo, i)))
                opened.part_start = i
                i += width
                continue
            if same is not None and _nested(prose, i, width, hi, kind, stack[same].mark):
                same = None  # 'he told me "go away" and left," she said': a quotation inside
            if same is not None:  # the earlier quotation lost its closing mark
                end = _trim_end(prose, lo, i)
                for opened in reversed(stack[same:]):
                    found.append(_finish(prose, opened, max(end, opened.part_start + 1)))
                del stack[same:]
            content = _mark_stop(text, prose, i, width)
            stack.append(_Open(kind, mark, i, content, i))
        elif action == "close":
            same = _topmost(stack, kind)
            if same is None:
                notes.append(Mark(i, i + width, mark, "stray"))
                i += width
                continue  # a stray closing mark
            for inner in reversed(stack[same + 1 :]):
                found.append(_finish(prose, inner, _trim_end(prose, lo, i)))
            found.append(_finish(prose, stack[same], _mark_stop(text, prose, i, width), i, mark))
            del stack[same:]
        i += width
    return stack


def _mark_at(prose: str, i: int, hi: int) -> tuple[str, str] | None:
    """The quotation mark starting at ``i`` and its kind (``''`` and ```` `` ```` are double)."""
    pair = prose[i : min(i + 2, hi)]
    if pair in _PAIRS:
        return pair, _PAIRS[pair]
    char = prose[i]
    if char in _KIND:
        return char, _KIND[char]
    return None


def _nested(prose: str, i: int, width: int, hi: int, kind: str, outer: str) -> bool:
    """True when an opening mark at ``i``, inside an open quotation of the same kind,
    starts a quotation within it rather than a new one after a lost closing mark.

    Walking the later marks of that kind in the block as a stack: it is nested
    when the outer quotation closes after the inner one ('"He said "go" and
    left," she said'), or, for an inner mark of the other typographic style
    (curly inside straight, or straight inside curly), when the inner one
    closes at all: a writer who switches style is opening a quotation inside.
    """
    other_style = _curly(prose[i : i + width]) != _curly(outer)
    depth = 1
    j = i + width
    while j < hi:
        found_mark = _mark_at(prose, j, hi)
        if found_mark is None or found_mark[1] != kind:
            j += 1 if found_mark is None else len(found_mark[0])
            continue
        action = _classify(prose, j, i, hi, found_mark[0])
        if action in ("close", "possessive"):
            depth -= 1
            if depth < 0 or (depth == 0 and other_style):
                return True
        elif action in ("open", "misspaced"):
            depth += 1
        j += len(found_mark[0])
    return False


def _curly(mark: str) -> bool:
    return mark[:1] in "“”‘’"


def trailing_attribution(prose: str, start: int, end: int) -> bool:
    """True when ``prose[start:end]`` ends with its own attribution ('..., said the
    director.'): inside a quotation, the sign that its closing mark was lost.

    The clause after the comma must be short and in the third person: '..., I
    should have told the truth.' is the speaker talking, not an attribution.
    """
    match = _TRAILING_ATTRIBUTION.search(prose, start, _trim_end(prose, start, end))
    if match is None:
        return False
    words = match.group(0).lower().strip(",.!?… ").split()
    return len(words) <= _TAG_WORDS and not _FIRST_PERSON.intersection(words)


def _continues(prose: str, lo: int, i: int, stack: list[_Open], same: int) -> bool:
    """True when an opening mark at ``i`` reopens the quotation ``stack[same]`` after a
    sentence end, the multi-paragraph convention with the paragraph break lost.

    Only a double quotation at the bottom of the stack, with words of its own in
    the current part, continues; a part that ends with an attribution
    ('"We will appeal, he said. "The ...') lost its closing mark instead.
    """
    if same != 0 or len(stack) != 1 or stack[0].kind != "double":
        return False
    end = _trim_end(prose, lo, i)
    if end == i or end <= stack[0].part_start + 1 or prose[end - 1] not in _SENTENCE_END:
        return False
    return not _TRAILING_ATTRIBUTION.search(prose, stack[0].part_start, end)


def _wrapped(prose: str, block: Block, nxt: Block, kind: str) -> bool:
    """True when ``nxt`` is the next line of a hard-wrapped paragraph that closes the
    quotation left open at the end of ``block``.

    The two blocks are separated by a single line break (no blank line), and
    the first mark of the quotation's kind in ``nxt`` closes rather than opens.
    """
    if block.kind not in _CONTINUABLE or nxt.kind not in _CONTINUABLE:
        return False
    if prose[block.end : nxt.start].count("\n") != 1 or prose[block.end : nxt.start].strip():
        return False
    i = nxt.start
    while i < nxt.end:
        found_mark = _mark_at(prose, i, nxt.end)
        if found_mark is None or found_mark[1] != kind:
            i += 1 if found_mark is None else len(found_mark[0])
            continue
        action = _classify(prose, i, nxt.start, nxt.end, found_mark[0])
        if action in ("close", "possessive"):
            return True
        if action in ("open", "either", "misspaced"):
            return False
        i += len(found_mark[0])
    return False


def _classify(prose: str, i: int, lo: int, hi: int, mark: str | None = None) -> str | None:
    """``open``, ``close``, ``either``, ``possessive``, ``misspaced`` or None (an
    apostrophe or noise)."""
    mark = mark or prose[i]
    char = mark[0]
    before = prose[i - 1] if i > lo else " "
    after = prose[i + len(mark)] if i + len(mark) < hi else " "
    if char == "“":
        return "open"
    if char == "”":
        return "close"
    if mark == "``":
        return "open"
    if mark not in _STRAIGHT and char in "‘’'":
        if before.isalnum() and after.isalnum():
            return None  # don't, North Korea’s, 5'10
        if before == "." and _ABBREVIATION_POSSESSIVE.match(prose, i - 2, hi):
            return None  # the U.N.'s review, the I.R.S.’s
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
        # 'year. " Hayes said': a straight double mark adrift between words
        return "misspaced" if mark in _STRAIGHT and i > lo and i + len(mark) < hi else None
    return "either"


def _is_closing_possessive(prose: str, i: int, lo: int, hi: int, stack: list[_Open]) -> bool:
    """Decide "s’ " between a plural possessive and the end of a single quotation.

    It closes the open single quotation unless a later mark in the block
    closes it instead (‘the countries’ leaders met’).
    """
    if _topmost(stack, "single") is None:
        return False
    for j in range(i + 1, hi):
        if prose[j] in "‘’'" and prose[j : j + 2] != "''" and prose[j - 1 : j + 1] != "''":
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
    found_mark = _mark_at(prose, pos, nxt.end) if pos < nxt.end else None
    if found_mark is None or found_mark[1] != kind:
        return False
    return _classify(prose, pos, nxt.start, nxt.end, found_mark[0]) in ("open", "either")


def _finish(
    prose: str, opened: _Open, end: int, close_at: int | None = None, close_mark: str = ""
) -> Quotation:
    """Build the Quotation; ``close_at`` is the closing mark's offset (None: unclosed)."""
    parts = (*opened.parts, Span(opened.part_start, end))
    content_end = end if close_at is None else close_at
    if close_at is not None and prose[opened.content_start : close_at].endswith(" "):
        content_end = max(opened.content_start, _trim_end(prose, opened.content_start, close_at))
    return Quotation(
        start=opened.start,
        end=end,
        content=Span(opened.content_start, max(opened.content_start, content_end)),
        open_mark=opened.mark,
        close_mark=None if close_at is None else (close_mark or prose[close_at]),
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


def _mark_stop(text: str, prose: str, i: int, width: int) -> int:
    """The offset just after a mark of ``width`` characters at ``i``."""
    return i + width if width > 1 else mark_end(text, prose, i)


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
