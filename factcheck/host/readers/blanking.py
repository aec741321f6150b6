"""Blanking helpers shared by the Markdown and HTML readers.

Both readers build ``prose`` as a list of single characters the length of
the text and blank markup to spaces in place, keeping newlines so that line
numbers and every offset stay valid. Entities are decoded in place: the
decoded character takes the entity's first position and the rest of the
entity becomes spaces (``&amp;`` → ``&`` and four spaces). That keeps offsets
exact at the cost of a gap inside words such as ``AT&amp;T``; spaCy then
sees "AT&    T". It is the price of never shifting an offset.
"""

from __future__ import annotations

import html
import re

ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")


def blank(chars: list[str], start: int, end: int) -> None:
    """Replace ``chars[start:end]`` with spaces, keeping line breaks."""
    for i in range(max(start, 0), min(end, len(chars))):
        if chars[i] not in "\n\r":
            chars[i] = " "


def reveal(chars: list[str], text: str, start: int, end: int) -> None:
    """Copy ``text[start:end]`` into ``chars``: this range is prose."""
    chars[start:end] = text[start:end]


def entity_length(text: str, start: int) -> int:
    """Length of the character reference at ``start``, or 0 when there is none."""
    match = ENTITY.match(text, start)
    return match.end() - start if match else 0


def decode_entity(chars: list[str], text: str, start: int, length: int, base: int = 0) -> None:
    """Write the decoded form of ``text[start:start+length]`` at ``chars[base+start:]``.

    The decoded character is padded with spaces to the entity's length. An
    unknown name (``&bogus;``) is left as written.
    """
    raw = text[start : start + length]
    decoded = html.unescape(raw)
    if decoded == raw or len(decoded) > length:
        return
    chars[base + start : base + start + length] = decoded + " " * (length - len(decoded))
