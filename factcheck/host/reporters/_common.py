"""Helpers shared by the built-in reporters.

Every format needs the same few things the :class:`~factcheck.contract.findings.Finding`
record does not carry directly: positions of arbitrary offsets (evidence ends,
UTF-8 byte columns for reviewdog), the source line of a finding, a severity
mapping, and one wording of the run summary. Keeping them here means the
formats cannot drift apart on, say, what counts as a line.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Mapping
from typing import Any

from factcheck.contract.findings import Severity
from factcheck.contract.results import RuleFailure, RunResult

#: Worst first: the order CI annotations and summaries list severities in.
SEVERITIES_WORST_FIRST: tuple[Severity, ...] = tuple(sorted(Severity, reverse=True))


class SourceText:
    """The text of one file, indexed by line so offsets can be turned into positions.

    Reporters only get offsets for evidence and fixes, and reviewdog wants UTF-8
    byte columns where everything else counts code points; this does both
    conversions the same way :meth:`factcheck.contract.article.Article.position` does.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        pos = text.find("\n")
        while pos >= 0:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self._starts = starts

    def __bool__(self) -> bool:
        return bool(self.text)

    def _line_index(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def clamp(self, offset: int) -> int:
        """``offset`` limited to the text, so stale offsets never raise."""
        return max(0, min(offset, len(self.text)))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``; columns count code points."""
        offset = self.clamp(offset)
        index = self._line_index(offset)
        return index + 1, offset - self._starts[index] + 1

    def utf8_position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset`` with the column in UTF-8 bytes."""
        offset = self.clamp(offset)
        index = self._line_index(offset)
        start = self._starts[index]
        prefix = self.text[start:offset]
        return index + 1, len(prefix.encode("utf-8", "surrogatepass")) + 1

    def line_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end offsets of the line holding ``offset`` (end excludes ``\\r\\n``)."""
        offset = self.clamp(offset)
        start = self._starts[self._line_index(offset)]
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end


#: A source line up to this long is shown whole under a finding; a longer one (a
#: one-line web page, a paragraph with no line breaks) is shown as a window around
#: the span, so 20 findings on a 600 KB line print 20 short windows, not 12 MB.
WHOLE_LINE = 400
#: Characters shown on each side of the span in a window, and of the span itself.
WINDOW_CONTEXT = 120
WINDOW_SPAN = 200


def window(line: str, a: int, b: int) -> tuple[str, int, int]:
    """The part of ``line`` to show for the span ``[a, b)`` of it, and the span's offsets in it.

    Lines up to :data:`WHOLE_LINE` characters come back whole. A longer one is
    cut to :data:`WINDOW_CONTEXT` characters either side of the span (itself cut
    to :data:`WINDOW_SPAN`), with ``…`` where something was left out.
    """
    if len(line) <= WHOLE_LINE:
        return line, a, b
    b = min(b, a + WINDOW_SPAN)
    lo, hi = max(0, a - WINDOW_CONTEXT), min(len(line), b + WINDOW_CONTEXT)
    left = "…" if lo > 0 else ""
    right = "…" if hi < len(line) else ""
    shift = len(left) - lo
    return left + line[lo:hi] + right, a + shift, b + shift


def failure_subject(failure: RuleFailure) -> str:
    """What failed: the rule's code, or ``the factcheck_article_start hook``."""
    return failure.rule if failure.hook is None else f"the {failure.hook} hook"


def level_of(value: Any) -> Severity:
    """A severity from a :class:`Severity` or its label, as rule metadata may hold either."""
    if isinstance(value, Severity):
        return value
    try:
        return Severity.parse(str(value))
    except ValueError:
        return Severity.WARNING


def plural(count: int, word: str, many: str | None = None) -> str:
    """``"1 file"``, ``"2 files"``; ``many`` for irregular plurals (``info``)."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def summary_sentences(result: RunResult) -> list[str]:
    """The closing lines of a human-readable report.

    ``Found N findings (...) in F files.`` counts the files that have findings,
    so the number says how widespread the problems are; ``All clear`` is only
    said when every file was actually checked and every rule ran.
    """
    summary: Mapping[str, Any] = result.summary()
    by_sev: Mapping[str, int] = summary["by_severity"]
    unreadable = int(summary["files_with_errors"])
    checked = int(summary["files"]) - unreadable
    lines: list[str] = []
    if summary["findings"]:
        with_findings = sum(1 for f in result.files if f.findings)
        counts = ", ".join(
            plural(by_sev.get(s.label, 0), s.label, "info" if s is Severity.INFO else None)
            for s in SEVERITIES_WORST_FIRST
        )
        lines.append(
            f"Found {plural(summary['findings'], 'finding')} ({counts}) "
            f"in {plural(with_findings, 'file')}."
        )
    elif not checked and not unreadable:
        lines.append("Nothing checked: no file was given or found (--allow-empty).")
    else:
        # "All clear" would be a false promise when a file or a rule did not run.
        lead = "No findings" if unreadable or summary["rule_failures"] else "All clear"
        words = plural(summary["words"], "word")
        lines.append(f"{lead}: checked {plural(checked, 'file')}, {words}.")
    if unreadable:
        lines.append(f"{plural(unreadable, 'file')} could not be checked.")
    if summary["rule_failures"]:
        lines.append(
            f"{plural(summary['rule_failures'], 'rule failure')}: results may be incomplete."
        )
    return lines


def sanitize(text: str) -> str:
    """Make control characters visible without changing the character count.

    Garbled copy is exactly what factcheck reports on, so excerpts can carry
    escape sequences or NULs; printed raw they would drive the terminal. C0
    controls become their Unicode "control picture" (one column wide, so
    underlines still line up); tabs are kept.
    """
    out: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch == "\t":
            out.append(ch)
        elif code < 0x20:
            out.append(chr(0x2400 + code))
        elif code == 0x7F:
            out.append("\u2421")
        elif 0x80 <= code < 0xA0:
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide East Asian characters count two, marks zero."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def describe_suppression(note: Mapping[str, Any]) -> tuple[str, str]:
    """A label and a detail for one record of ``FileResult.unused_suppressions``.

    Records have at least ``line``, ``codes`` and ``kind``; the host adds
    ``column``, ``marker`` and ``message``. A malformed marker is not "unused"
    but broken, and its ``codes`` hold the raw marker, so it is labelled apart.
    """
    kind = str(note.get("kind") or "")
    codes = ", ".join(str(c) for c in note.get("codes") or []) or "all rules"
    message = str(note.get("message") or "")
    if kind == "malformed":
        label = "malformed suppression"
    else:
        label = f"unused suppression ({kind})" if kind else "unused suppression"
    return label, f"{codes}: {message}" if message else codes
