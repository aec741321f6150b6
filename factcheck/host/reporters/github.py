"""The ``github`` format: GitHub Actions workflow commands, plus a job summary.

Printed in a workflow step, each ``::error file=...::message`` line becomes an
annotation on the pull request's diff. GitHub shows only the first ten
annotations of each type per step, so the most severe come first: an error
must never be hidden behind ten notices. Because annotations get cut off, the
complete list also goes into the job summary (``$GITHUB_STEP_SUMMARY``) as a
Markdown table.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import IO, ClassVar, NamedTuple

from factcheck.contract.findings import Finding, Severity
from factcheck.contract.reporter import Reporter
from factcheck.contract.results import RunResult
from factcheck.host.reporters._common import (
    describe_suppression,
    failure_subject,
    summary_sentences,
)

COMMANDS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
}


def escape_data(value: str) -> str:
    """Escape a command's message the way the Actions runner unescapes it."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value: as a message, plus the ``:`` and ``,`` delimiters."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **properties: str | int) -> str:
    """One workflow command line, properties in the order given."""
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in properties.items())
    head = f"{kind} {props}" if props else kind
    return f"::{head}::{escape_data(message)}"


class Annotation(NamedTuple):
    """A command with what it sorts by: severity (worst first), then file and position."""

    severity: int
    file_index: int
    line: int
    column: int
    text: str


def _finding_message(finding: Finding) -> str:
    """The message with evidence and fix on following lines, as the text format shows them."""
    lines = [finding.message]
    lines += [f'{ev.kind}: "{ev.text}" ({ev.line}:{ev.column})' for ev in finding.evidence]
    if finding.fix is not None:
        lines.append(f'help: {finding.fix.title}: "{finding.fix.replacement}"')
    return "\n".join(lines)


def _cell(value: object) -> str:
    """A Markdown table cell: HTML-escaped, pipes escaped, newlines as line breaks."""
    text = html.escape(str(value), quote=False).replace("|", "\\|")
    return "<br>".join(text.splitlines()) if "\n" in text or "\r" in text else text


class GithubReporter(Reporter):
    """Workflow-command annotations, most severe first; full table in the job summary."""

    name: ClassVar[str] = "github"
    description: ClassVar[str] = (
        "GitHub Actions annotations (and a job summary when GITHUB_STEP_SUMMARY is set)."
    )

    def render(self, result: RunResult, out: IO[str]) -> None:
        """Print every annotation; append the Markdown summary when a step summary file is set."""
        # sorted() is stable: ties keep report order (position, then rule code).
        for annotation in sorted(self.annotations(result), key=lambda a: a[:4]):
            out.write(annotation.text + "\n")
        target = os.environ.get("GITHUB_STEP_SUMMARY")
        if target:
            self.write_step_summary(result, Path(target))

    def annotations(self, result: RunResult) -> list[Annotation]:
        """Every command, unsorted: file errors, rule failures, findings, unused suppressions."""
        worst = -int(Severity.ERROR)
        items: list[Annotation] = []
        for i, file in enumerate(result.files):
            if file.error:
                text = command(
                    "error", file.error, file=file.path, title="factcheck could not check file"
                )
                items.append(Annotation(worst, i, 0, 0, text))
            for remark in file.notes:
                text = command("warning", remark, file=file.path, title="factcheck note")
                items.append(Annotation(-int(Severity.WARNING), i, 0, 0, text))
            for failure in file.failures:
                title = f"{failure.rule if failure.hook is None else failure.hook} " + (
                    "rule failure" if failure.hook is None else "hook failure"
                )
                message = f"{failure_subject(failure)} ({failure.plugin}) raised {failure.error}"
                items.append(
                    Annotation(
                        worst, i, 0, 0, command("error", message, file=file.path, title=title)
                    )
                )
            for finding in file.findings:
                props: dict[str, str | int] = {
                    "file": finding.path,
                    "line": finding.line,
                    "col": finding.column,
                    "endLine": finding.end_line,
                }
                if finding.end_line == finding.line:
                    # Columns only mean something to GitHub within one line.
                    props["endColumn"] = finding.end_column
                else:
                    del props["col"]
                props["title"] = f"{finding.rule} {finding.name}"
                text = command(COMMANDS[finding.severity], _finding_message(finding), **props)
                items.append(
                    Annotation(-int(finding.severity), i, finding.line, finding.column, text)
                )
            for note in file.unused_suppressions:
                label, detail = describe_suppression(note)
                line = int(note.get("line", 0) or 0)
                where: dict[str, str | int] = {"file": file.path}
                if line:
                    where["line"] = line
                    if note.get("column"):
                        where["col"] = int(note["column"])
                text = command("notice", detail, **where, title=f"factcheck {label}")
                # After every finding notice: these are housekeeping.
                items.append(Annotation(-int(Severity.INFO) + 1, i, line, 0, text))
        return items

    def step_summary(self, result: RunResult) -> str:
        """The Markdown appended to the job summary: counts, then every finding."""
        lines = ["## factcheck", "", *summary_sentences(result), ""]
        if result.findings:
            lines += [
                "| File | Line | Code | Severity | Message |",
                "| --- | ---: | --- | --- | --- |",
            ]
            lines += [
                f"| {_cell(f.path)} | {f.line} | {_cell(f.rule)} {_cell(f.name)} "
                f"| {f.severity.label} | {_cell(f.message)} |"
                for f in result.findings
            ]
            lines.append("")
        problems = [
            f"- {_cell(f.path)}: could not be checked: {_cell(f.error)}"
            for f in result.files
            if f.error
        ]
        problems += [
            f"- {_cell(r.path)}: {_cell(r.rule)} ({_cell(r.plugin)}) raised {_cell(r.error)}"
            for r in result.failures
        ]
        if problems:
            lines += ["### Not checked", "", *problems, ""]
        return "\n".join(lines) + "\n"

    def write_step_summary(self, result: RunResult, target: Path) -> None:
        """Append (never overwrite: earlier steps may have written) the summary."""
        text = self.step_summary(result)
        if target.exists() and target.stat().st_size:
            text = "\n" + text
        with target.open("a", encoding="utf-8") as fh:
            fh.write(text)
