"""Blank Markdown inline markup in place: emphasis, links, images, code, HTML.

markdown-it-py parses the blocks but gives no character positions for
inline markup (its inline tokens hold decoded text), so this small scanner
finds the markup in the source itself. It follows CommonMark where news copy
needs it (delimiter flanking, so "f***" and "5 * 3" stay literal; backslash
escapes; code spans) and keeps bare brackets literal, because an editorial
insertion such as "[sic]" or "[the minister]" is prose, not a link.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from factcheck.host.readers.blanking import ENTITY as _ENTITY
from factcheck.host.readers.blanking import blank, decode_entity

_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_HTML = re.compile(
    r"<!--.*?-->"
    r"|<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*>"
    r"|<[^\s@<>]+@[^\s@<>]+>"
    r"|</?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>",
    re.DOTALL,
)
_BACKTICKS = re.compile(r"`+")


def blank_inline(chars: list[str], start: int, end: int) -> None:
    """Blank the inline markup of one leaf block occupying ``chars[start:end]``."""
    source = "".join(chars[start:end])
    protected: set[int] = set()
    _escapes(chars, source, start, protected)
    _code_spans(chars, source, start, protected)
    for match in _HTML.finditer(source):
        if not protected & set(range(match.start(), match.end())):
            blank(chars, start + match.start(), start + match.end())
    _links(chars, source, start, protected)
    for match in _ENTITY.finditer(source):
        visible = chars[start + match.start()] == "&" and match.group().endswith(";")
        if visible and match.start() not in protected:
            decode_entity(chars, source, match.start(), match.end() - match.start(), start)
    _emphasis(chars, source, start, protected)


def _escapes(chars: list[str], source: str, base: int, protected: set[int]) -> None:
    i = 0
    while i < len(source) - 1:
        if source[i] == "\\" and (source[i + 1] in _ASCII_PUNCT or source[i + 1] == "\n"):
            chars[base + i] = " "
            protected.add(i)
            protected.add(i + 1)
            i += 2
        else:
            i += 1


def _code_spans(chars: list[str], source: str, base: int, protected: set[int]) -> None:
    runs = [m for m in _BACKTICKS.finditer(source) if m.start() not in protected]
    index = 0
    while index < len(runs):
        opener = runs[index]
        width = opener.end() - opener.start()
        closer = next(
            (j for j in range(index + 1, len(runs)) if runs[j].end() - runs[j].start() == width),
            None,
        )
        if closer is None:
            index += 1
            continue
        stop = runs[closer].end()
        blank(chars, base + opener.start(), base + stop)
        protected.update(range(opener.start(), stop))
        index = closer + 1


def _links(chars: list[str], source: str, base: int, protected: set[int]) -> None:
    """Images vanish; links keep their text; bare ``[brackets]`` stay."""
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for i, char in enumerate(source):
        if i in protected or chars[base + i] != char:
            continue
        if char == "[":
            stack.append(i)
        elif char == "]" and stack:
            pairs.append((stack.pop(), i))
    done = -1
    for open_at, close_at in sorted(pairs):
        if open_at < done:
            continue
        after = close_at + 1
        is_image = open_at > 0 and source[open_at - 1] == "!" and open_at - 1 not in protected
        if source.startswith("^", open_at + 1):  # a footnote reference [^1]
            blank(chars, base + open_at, base + after)
            continue
        if source.startswith("(", after):
            tail = _matching_paren(source, after)
        elif source.startswith("[", after):
            tail = source.find("]", after) + 1 or -1
        else:
            continue
        if tail < 0:
            continue
        if is_image:
            blank(chars, base + open_at - 1, base + tail)
            done = tail
        else:
            blank(chars, base + open_at, base + open_at + 1)
            blank(chars, base + close_at, base + tail)


def _matching_paren(source: str, open_at: int) -> int:
    """Offset just after the ``)`` matching ``source[open_at]``, or -1."""
    depth = 0
    for i in range(open_at, len(source)):
        if source[i] == "\\":
            continue
        if source[i] == "(":
            depth += 1
        elif source[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        elif source[i] == "\n" and source[i + 1 : i + 2] == "\n":
            return -1
    return -1


@dataclass
class _Run:
    char: str
    start: int
    length: int
    remaining: int
    can_open: bool
    can_close: bool


def _emphasis(chars: list[str], source: str, base: int, protected: set[int]) -> None:
    """Pair ``*`` and ``_`` delimiter runs the CommonMark way and blank the pairs."""
    runs: list[_Run] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char not in "*_" or i in protected or chars[base + i] != char:
            i += 1
            continue
        j = i
        while j < len(source) and source[j] == char and chars[base + j] == char:
            j += 1
        runs.append(_delimiter(source, i, j))
        i = j
    openers: list[_Run] = []
    for run in runs:
        if run.can_close:
            while run.remaining:
                found = _find_opener(openers, run)
                if found is None:
                    break
                opener = openers[found]
                use = 2 if opener.remaining >= 2 and run.remaining >= 2 else 1
                tail = opener.start + opener.remaining
                blank(chars, base + tail - use, base + tail)
                head = run.start + run.length - run.remaining
                blank(chars, base + head, base + head + use)
                opener.remaining -= use
                run.remaining -= use
                del openers[found + (1 if opener.remaining else 0) :]
        if run.remaining and run.can_open:
            openers.append(run)


def _find_opener(openers: list[_Run], closer: _Run) -> int | None:
    for index in range(len(openers) - 1, -1, -1):
        opener = openers[index]
        if opener.char != closer.char:
            continue
        either = opener.can_close or closer.can_open
        total = opener.length + closer.length
        if either and total % 3 == 0 and not (opener.length % 3 == 0 and closer.length % 3 == 0):
            continue
        return index
    return None


def _delimiter(source: str, start: int, end: int) -> _Run:
    before = source[start - 1] if start > 0 else " "
    after = source[end] if end < len(source) else " "
    left = not after.isspace() and (not _punct(after) or before.isspace() or _punct(before))
    right = not before.isspace() and (not _punct(before) or after.isspace() or _punct(after))
    char = source[start]
    if char == "_":
        can_open = left and (not right or _punct(before))
        can_close = right and (not left or _punct(after))
    else:
        can_open, can_close = left, right
    return _Run(char, start, end - start, end - start, can_open, can_close)


def _punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"
