"""The ``rdjson`` format: reviewdog's Diagnostic Format, for review comments on any forge.

reviewdog turns these diagnostics into review comments on GitHub, GitLab,
Gitea or Bitbucket and filters them to the lines a change touched, so a
newsroom on any forge gets inline comments on the copy a reporter edited, with
the suggested fix as a one-click suggestion. Its columns count UTF-8 bytes,
not characters, so they are recomputed from the file text (curly quotes and
dashes, common in news copy, are three bytes each).
"""

from __future__ import annotations

import json
from typing import IO, Any, ClassVar

from factcheck.contract.findings import Finding, Severity
from factcheck.contract.reporter import Reporter
from factcheck.contract.results import RunResult
from factcheck.host.reporters._common import SourceText, failure_subject

SEVERITIES: dict[Severity, str] = {
    Severity.ERROR: "ERROR",
    Severity.WARNING: "WARNING",
    Severity.INFO: "INFO",
}


def _range(source: SourceText, start: int, end: int) -> dict[str, Any]:
    """A reviewdog range from offsets: 1-based lines, UTF-8 byte columns, end exclusive."""
    line, column = source.utf8_position(start)
    end_line, end_column = source.utf8_position(end)
    return {
        "start": {"line": line, "column": column},
        "end": {"line": end_line, "column": end_column},
    }


def _finding_range(finding: Finding, source: SourceText) -> dict[str, Any]:
    if source:
        return _range(source, finding.start, finding.end)
    # No text to measure bytes with: code-point columns are exact for ASCII lines.
    return {
        "start": {"line": finding.line, "column": finding.column},
        "end": {"line": finding.end_line, "column": finding.end_column},
    }


class RdjsonReporter(Reporter):
    """A reviewdog ``DiagnosticResult`` document."""

    name: ClassVar[str] = "rdjson"
    description: ClassVar[str] = "reviewdog Diagnostic Format (rdjson) for review comments."

    def render(self, result: RunResult, out: IO[str]) -> None:
        """Write the document as indented JSON."""
        json.dump(self.document(result), out, indent=2, ensure_ascii=False)
        out.write("\n")

    def document(self, result: RunResult) -> dict[str, Any]:
        """The ``DiagnosticResult`` as plain JSON types."""
        diagnostics: list[dict[str, Any]] = []
        for file in result.files:
            if file.error:
                diagnostics.append(
                    {
                        "message": f"could not be checked: {file.error}",
                        "location": {"path": file.path},
                        "severity": "ERROR",
                    }
                )
            source = SourceText(file.text)
            diagnostics.extend(self._diagnostic(f, source) for f in file.findings)
            for failure in file.failures:
                diagnostics.append(
                    {
                        "message": (
                            f"{failure_subject(failure)} ({failure.plugin}) raised {failure.error}"
                        ),
                        "location": {"path": file.path},
                        "severity": "ERROR",
                        "code": {"value": failure.rule},
                    }
                )
        doc: dict[str, Any] = {"source": {"name": result.tool.name}}
        findings = result.findings
        if diagnostics:
            # Optional in the format; we give the worst of the run. Every diagnostic
            # that is not a finding is a file error or a rule failure: an error.
            errored = len(diagnostics) > len(findings)
            worst = Severity.ERROR if errored else max(f.severity for f in findings)
            doc["severity"] = SEVERITIES[worst]
        doc["diagnostics"] = diagnostics
        return doc

    def _diagnostic(self, finding: Finding, source: SourceText) -> dict[str, Any]:
        where = _finding_range(finding, source)
        diagnostic: dict[str, Any] = {
            "message": finding.message,
            "location": {"path": finding.path, "range": where},
            "severity": SEVERITIES[finding.severity],
            "code": {"value": finding.rule},
        }
        if finding.fix is not None:
            diagnostic["suggestions"] = [{"range": where, "text": finding.fix.replacement}]
        related = []
        for ev in finding.evidence:
            location: dict[str, Any] = {"path": finding.path}
            if source:
                location["range"] = _range(source, ev.start, ev.end)
            elif ev.line:
                location["range"] = {"start": {"line": ev.line, "column": ev.column}}
            related.append({"message": f"{ev.kind}: {ev.text}", "location": location})
        if related:
            diagnostic["related_locations"] = related
        return diagnostic
