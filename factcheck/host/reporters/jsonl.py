"""The ``jsonl`` format: one JSON object per line, for streaming and grep.

Log shippers, ``jq -c`` pipelines and spreadsheets want one record per finding
with no nesting to unwrap; each line carries its ``path`` so it stands alone.
A line is one of three shapes, told apart by its keys:

* a finding: ``path`` followed by every key of the ``json`` format's finding;
* a file that could not be checked: ``{"path", "error"}``;
* a rule or hook that raised: ``{"path", "rule_failure": {"rule", "plugin", "error", "hook"}}``.
"""

from __future__ import annotations

import json
from typing import IO, Any, ClassVar

from factcheck.contract.reporter import Reporter
from factcheck.contract.results import RunResult


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


class JsonLinesReporter(Reporter):
    """One finding (or file error, or rule failure) per line."""

    name: ClassVar[str] = "jsonl"
    description: ClassVar[str] = "JSON Lines: one finding per line, each with its path."

    def render(self, result: RunResult, out: IO[str]) -> None:
        """Write the records in report order: per file, error, findings, rule failures."""
        for file in result.files:
            if file.error:
                out.write(_line({"path": file.path, "error": file.error}))
            for note in file.notes:
                out.write(_line({"path": file.path, "note": note}))
            for finding in file.findings:
                out.write(_line({"path": finding.path, **finding.to_dict()}))
            for failure in file.failures:
                out.write(
                    _line(
                        {
                            "path": file.path,
                            "rule_failure": {
                                "rule": failure.rule,
                                "plugin": failure.plugin,
                                "error": failure.error,
                                "hook": failure.hook,
                            },
                        }
                    )
                )
