"""Converting factcheck's code-point offsets into the units editors and clients count in.

factcheck counts Unicode code points (Python string indices). The clients of
the two servers count differently: LanguageTool's HTTP API reports ``offset``
and ``length`` as Java string indices, that is UTF-16 code units (its clients,
the browser extension included, work in JavaScript string indices, also UTF-16),
and the Language Server Protocol counts ``character`` in the position encoding
negotiated at start-up, UTF-16 unless the client offers UTF-8 or UTF-32. An
emoji before a finding is one code point but two UTF-16 units and four UTF-8
bytes; a combining mark is one code point and one unit in all three. Every
conversion lives here so that both servers get it right the same way.
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

#: The position encodings of LSP 3.17 (``PositionEncodingKind``).
Encoding = Literal["utf-8", "utf-16", "utf-32"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: Encoding = "utf-16") -> int:
    """The length of ``text`` in code units of ``encoding``."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-16":
        return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
    return len(text.encode("utf-8", "surrogatepass"))


class TextIndex:
    """One text's line starts and astral characters, for fast offset conversion.

    Built once per checked text and asked once per finding, so a long article
    with many findings is not rescanned for each one.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        #: Code-point offsets of characters outside the Basic Multilingual Plane.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        #: Offsets where each line starts; LSP counts CR LF, CR and LF as line breaks.
        self._line_starts = [0, *(m.end() for m in _LINE_BREAK.finditer(text))]

    def utf16(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """The code-point offset of UTF-16 ``offset``; inside a surrogate pair, its start."""
        low, high = 0, len(self.text)
        while low < high:  # the largest code-point offset whose UTF-16 offset is <= offset
            mid = (low + high + 1) // 2
            if self.utf16(mid) <= offset:
                low = mid
            else:
                high = mid - 1
        return low

    def position(self, offset: int, encoding: Encoding = "utf-16") -> tuple[int, int]:
        """0-based (line, character) of code-point ``offset``, as LSP counts them."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        start = self._line_starts[line]
        if encoding == "utf-32":
            return line, offset - start
        if encoding == "utf-16":
            return line, self.utf16(offset) - self.utf16(start)
        return line, units(self.text[start:offset], encoding)

    def offset(self, line: int, character: int, encoding: Encoding = "utf-16") -> int:
        """The code-point offset of an LSP position (clamped to the line)."""
        if line < 0:
            return 0
        if line >= len(self._line_starts):
            return len(self.text)
        start = self._line_starts[line]
        end = self._line_starts[line + 1] if line + 1 < len(self._line_starts) else len(self.text)
        line_text = _LINE_BREAK.sub("", self.text[start:end])
        counted = 0
        for i, ch in enumerate(line_text):
            if counted >= character:
                return start + i
            counted += units(ch, encoding)
        return start + len(line_text)

    @property
    def line_count(self) -> int:
        """How many lines the text has (a final line break starts an empty line)."""
        return len(self._line_starts)
