"""The default format: compiler-style lines an editor can read and click.

The first line of each finding has the ``path:line:col:`` prefix that editors
and terminals turn into links (as ruff, flake8 and gcc do); the excerpt below it
shows the sentence with the span underlined, because a message about "he" is
useless without seeing which "he".
"""

from __future__ import annotations

import json
from typing import IO, Any, ClassVar

from factcheck.contract.findings import Finding, Severity
from factcheck.contract.reporter import Reporter
from factcheck.contract.results import FileResult, RunResult
from factcheck.host.reporters._common import (
    WHOLE_LINE,
    SourceText,
    describe_suppression,
    display_width,
    failure_subject,
    sanitize,
    summary_sentences,
    window,
)

RESET = "\x1b[0m"
BOLD = "\x1b[1m"
DIM = "\x1b[2m"
RED = "\x1b[31m"
GREEN = "\x1b[32m"
YELLOW = "\x1b[33m"
BLUE = "\x1b[34m"
CYAN = "\x1b[36m"

SEVERITY_COLORS: dict[Severity, str] = {
    Severity.ERROR: RED,
    Severity.WARNING: YELLOW,
    Severity.INFO: BLUE,
}


def _quote(text: str) -> str:
    """Quote a span so empty and whitespace-only text stays visible."""
    return json.dumps(text, ensure_ascii=False)


def fix_hint(result: RunResult) -> str:
    """How many findings ``--fix`` (and ``--unsafe-fixes``) would fix, as ruff says it."""
    safe = sum(1 for f in result.findings if f.fix is not None and f.fix.safe)
    unsafe = sum(1 for f in result.findings if f.fix is not None and not f.fix.safe)
    if safe and unsafe:
        return f"{safe} fixable with --fix ({unsafe} more with --unsafe-fixes)."
    if safe:
        return f"{safe} fixable with --fix."
    if unsafe:
        return f"{unsafe} fixable with --fix --unsafe-fixes."
    return ""


class TextReporter(Reporter):
    """One ``path:line:col: CODE severity: message [name]`` line per finding, with context."""

    name: ClassVar[str] = "text"
    description: ClassVar[str] = (
        "Human-readable lines with the source excerpt underlined (the default)."
    )

    def _paint(self, text: str, *codes: str) -> str:
        if not self.color or not codes:
            return text
        return "".join(codes) + text + RESET

    def render(self, result: RunResult, out: IO[str]) -> None:
        """Write every file's findings, errors and notes, then the summary."""
        wrote = False
        for file in result.files:
            lines = self._file_lines(file)
            if lines:
                out.write("\n".join(lines) + "\n")
                wrote = True
        if wrote:
            out.write("\n")
        sentences = summary_sentences(result)
        all_clear = sentences[0].startswith("All clear")
        first = self._paint(sentences[0], BOLD, GREEN if all_clear else "")
        out.write("\n".join([first, *sentences[1:]]) + "\n")
        hint = fix_hint(result)
        if hint:
            out.write(self._paint(hint, DIM) + "\n")

    # -- per file -----------------------------------------------------------

    def _file_lines(self, file: FileResult) -> list[str]:
        lines: list[str] = []
        path = self._paint(file.path, BOLD)
        if file.error:
            lines.append(f"{path}: {self._paint('error', BOLD, RED)}: {sanitize(file.error)}")
        source = SourceText(file.text)
        for finding in file.findings:
            lines.extend(self._finding_lines(finding, source))
        for failure in file.failures:
            plugin = f" (plugin {failure.plugin})" if failure.plugin else ""
            label = "rule failure" if failure.hook is None else "plugin failure"
            lines.append(
                f"{path}: {self._paint(label, BOLD, RED)}: "
                f"{failure_subject(failure)}{plugin} raised {sanitize(failure.error)}"
            )
        for note in file.unused_suppressions:
            lines.append(self._suppression_line(path, note))
        for text in file.notes:
            lines.append(f"{path}: {self._paint('note', BOLD, YELLOW)}: {sanitize(text)}")
        return lines

    def _suppression_line(self, path: str, note: dict[str, Any]) -> str:
        label, detail = describe_suppression(note)
        where = f"{path}:{note.get('line', 0)}"
        if note.get("column"):
            where += f":{note['column']}"
        return f"{where}: {self._paint(label, YELLOW)}: {sanitize(detail)}"

    # -- per finding -----------------------------------------------------------

    def _finding_lines(self, finding: Finding, source: SourceText) -> list[str]:
        color = SEVERITY_COLORS[finding.severity]
        head = (
            f"{self._paint(finding.path, BOLD)}:{finding.line}:{finding.column}: "
            f"{self._paint(finding.rule, BOLD, color)} "
            f"{self._paint(finding.severity.label, color)}: {sanitize(finding.message)} "
            f"{self._paint('[' + finding.name + ']', DIM)}"
        )
        lines = [head, *self._excerpt(finding, source)]
        for ev in finding.evidence:
            text = ev.text or (source.text[ev.start : ev.end][:WHOLE_LINE] if source else "")
            line, column = ev.line, ev.column
            if not line and source:
                line, column = source.position(ev.start)
            lines.append(f"  = {ev.kind}: {sanitize(_quote(text))} ({line}:{column})")
        if finding.fix is not None:
            help_ = self._paint("help", BOLD, CYAN)
            lines.append(
                f"  {help_}: {sanitize(finding.fix.title)}: "
                f"{sanitize(_quote(finding.fix.replacement))}"
            )
        lines.append("")
        return lines

    def _excerpt(self, finding: Finding, source: SourceText) -> list[str]:
        """The finding's first source line with its span underlined.

        Works from the offsets and the file text rather than the stored
        columns, so tabs, wide characters and control characters line up. A
        line longer than :data:`WHOLE_LINE` is shown as a window around the span.
        Without the text (a result read back from elsewhere) it shows the
        finding's excerpt, which is the flagged text itself, underlined whole.
        """
        if source and finding.start <= len(source.text):
            line_start, line_end = source.line_bounds(finding.start)
            line_no, _ = source.position(finding.start)
            line_text = source.text[line_start:line_end]
            a = min(finding.start, line_end) - line_start
            b = max(a, min(finding.end, line_end) - line_start)
            end_line, end_col = source.position(finding.end)
        elif finding.excerpt:
            line_text = finding.excerpt.splitlines()[0] if finding.excerpt.strip() else ""
            line_no, a, b = finding.line, 0, len(line_text)
            end_line, end_col = finding.end_line, finding.end_column
        else:
            return []
        line_text, a, b = window(line_text, a, b)
        shown = sanitize(line_text)
        pad = "".join(ch if ch == "\t" else " " * display_width(ch) for ch in shown[:a])
        carets = "^" * max(1, display_width(shown[a:b]))
        last_line = end_line if end_col > 1 else end_line - 1
        tail = f" continues to line {last_line}" if last_line > line_no else ""
        number = str(line_no)
        gutter = self._paint(" " * (len(number) + 1) + "|", CYAN)
        color = SEVERITY_COLORS[finding.severity]
        return [
            gutter,
            f"{self._paint(number + ' |', CYAN)} {shown}".rstrip(),
            f"{gutter} {pad}{self._paint(carets + tail, BOLD, color)}",
        ]
