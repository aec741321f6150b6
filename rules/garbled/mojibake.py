"""FC105 mojibake: text decoded with the wrong encoding, lost characters, control codes."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Iterator

from factcheck_rules.garbled.analysis.layout import lines

from factcheck import Applicability, Article, Diagnostic, Fix, Rule, RuleContext, Severity

_REPLACEMENT = "\ufffd"
#: Characters that are invisible damage even though Unicode calls them "format":
#: a byte-order mark in mid-text.
_STRAY_FORMAT = frozenset({"\ufeff"})
_ALLOWED_CONTROLS = frozenset("\t\n\r")


def _is_stray(ch: str) -> bool:
    if ch == _REPLACEMENT or ch in _STRAY_FORMAT:
        return True
    return ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"


def _describe(ch: str) -> str:
    name = unicodedata.name(ch, "") or ("control character" if ch < "\xa0" else "character")
    return f"U+{ord(ch):04X} {name}".rstrip()


class Mojibake(Rule):
    """Text decoded with the wrong encoding ("â€™", "Â£"), lost characters and control codes.

    ## What it does
    Finds mojibake, the garbage left when UTF-8 text is read as Windows-1252
    or Latin-1 ("Parkâ€™s" for "Park’s", "Â£5" for "£5", "cafÃ©" for "café"),
    confirms it by repairing it with ftfy, and offers the repaired text as
    the fix. It also reports U+FFFD replacement characters (a character was
    lost in a conversion and cannot be recovered), control characters and a
    byte-order mark in the middle of the text.

    ## Why it matters
    Copy moves between a wire feed, a word processor, a CMS and a web page,
    and each hop may re-encode it. Mojibake in a price or a name is a
    factual error as well as an eyesore: "Â£2.1bn" is not a sum of money a
    reader can trust.

    ## Example
    ```text
    The firm said it had saved Â£75m, the chairmanâ€™s best result.
    ```

    ## Use instead
    ```text
    The firm said it had saved £75m, the chairman’s best result.
    ```

    ## Limitations
    Only damage that ftfy can explain as a wrong decoding is reported as
    mojibake, so a garble that happens to spell a real accented word is
    left alone. A replacement character cannot be repaired: the lost
    character must be restored from the source. Characters that were turned
    into question marks by a lossy conversion look like ordinary text and
    are not detected.
    """

    code = "FC105"
    name = "mojibake"
    category = "garbled"
    severity = Severity.ERROR
    needs_parse = False

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        return list(self._find(article))

    def _find(self, article: Article) -> Iterator[Diagnostic]:
        import ftfy

        text = article.prose
        for lo, hi in lines(article):
            line = text[lo:hi]
            if line.isascii() and line.isprintable():
                continue
            repaired_spans: list[tuple[int, int]] = []
            fixed = ftfy.fix_encoding(line)
            if fixed != line:
                for start, end, replacement in _changes(line, fixed):
                    if _REPLACEMENT in replacement and not replacement.strip(_REPLACEMENT):
                        continue
                    repaired_spans.append((lo + start, lo + end))
                    yield self._mojibake(text, lo + start, lo + end, replacement)
            for i, ch in enumerate(line):
                pos = lo + i
                if not _is_stray(ch) or any(a <= pos < b for a, b in repaired_spans):
                    continue
                yield self._stray(text, pos, ch)

    @staticmethod
    def _mojibake(text: str, start: int, end: int, replacement: str) -> Diagnostic:
        garbled = text[start:end]
        context = _context(text, start, end)
        return Diagnostic(
            start=start,
            end=end,
            message=(
                f"Mojibake: {garbled!r} in {context!r} is text decoded with the wrong "
                f"encoding; it should read {replacement!r}. Replace it, and check the rest "
                "of the copy that came through the same conversion."
            ),
            confidence=0.95,
            fix=Fix(
                title=f"Replace with {replacement!r}",
                replacement=replacement,
                applicability=Applicability.SAFE,
            ),
            data={"garbled": garbled, "repaired": replacement},
        )

    @staticmethod
    def _stray(text: str, pos: int, ch: str) -> Diagnostic:
        context = _context(text, pos, pos + 1)
        if ch == _REPLACEMENT:
            message = (
                f"Lost character: U+FFFD REPLACEMENT CHARACTER in {context!r} marks a "
                "character destroyed by an encoding conversion. Restore it from the source."
            )
            fix = None
        else:
            message = (
                f"Stray {_describe(ch)} in {context!r}: an invisible control code left by a "
                "copy or conversion. Delete it."
            )
            fix = Fix(
                title="Delete the character", replacement="", applicability=Applicability.SAFE
            )
        return Diagnostic(
            start=pos,
            end=pos + 1,
            message=message,
            confidence=0.9,
            fix=fix,
            data={"character": f"U+{ord(ch):04X}"},
        )


def _changes(original: str, fixed: str) -> Iterator[tuple[int, int, str]]:
    """The edits that turn ``original`` into ``fixed``: (start, end, replacement).

    A minimal diff of "Â£5" against "£5" deletes only the "Â"; each edit is
    widened to the whole run of non-ASCII characters around it, so the finding
    shows the garbled sequence and its repair ("Â£" -> "£").
    """
    matcher = difflib.SequenceMatcher(None, original, fixed, autojunk=False)
    regions: list[list[int]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        while (
            i1 > 0
            and j1 > 0
            and _garble_char(original[i1 - 1])
            and fixed[j1 - 1] == original[i1 - 1]
        ):
            i1, j1 = i1 - 1, j1 - 1
        while (
            i2 < len(original)
            and j2 < len(fixed)
            and _garble_char(original[i2])
            and fixed[j2] == original[i2]
        ):
            i2, j2 = i2 + 1, j2 + 1
        if regions and i1 <= regions[-1][1]:
            regions[-1][1], regions[-1][3] = max(regions[-1][1], i2), max(regions[-1][3], j2)
        else:
            regions.append([i1, i2, j1, j2])
    for i1, i2, j1, j2 in regions:
        yield i1, i2, fixed[j1:j2]


def _garble_char(ch: str) -> bool:
    """Characters that make up mojibake sequences: anything non-ASCII but spaces."""
    return not ch.isascii() and not ch.isspace()


def _context(text: str, start: int, end: int, width: int = 20) -> str:
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    return text[lo:hi].replace("\n", " ").strip()
