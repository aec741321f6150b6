"""The ``json`` format: factcheck's stable, versioned machine-readable contract.

Other tools (a CMS plug-in, a dashboard, a newsroom bot) parse this, so its
shape is promised: see ``docs/json-format.md`` and the JSON Schema shipped as
``factcheck/schemas/report-v1.json``. Adding a key keeps ``version`` at 1;
renaming, removing or retyping one bumps it.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import IO, Any, ClassVar

from factcheck.contract.reporter import Reporter
from factcheck.contract.results import FileResult, RunResult

#: The ``version`` of the document this module writes.
REPORT_VERSION = 1

#: Where the schema of this version lives, inside the ``factcheck`` package.
SCHEMA_RESOURCE = ("schemas", f"report-v{REPORT_VERSION}.json")


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``json`` report validates against.

    Exposed so that consumers and tests validate against the schema that ships
    with the installed version rather than a copy that may be stale.
    """
    ref = resources.files("factcheck").joinpath(*SCHEMA_RESOURCE)
    schema: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return schema


def file_document(file: FileResult) -> dict[str, Any]:
    """One entry of ``files``: the file, its error or its findings, and failed rules."""
    return {
        "path": file.path,
        "words": file.words,
        "error": file.error,
        "findings": [f.to_dict() for f in file.findings],
        "failures": [
            {"rule": r.rule, "plugin": r.plugin, "error": r.error, "hook": r.hook}
            for r in file.failures
        ],
        "notes": list(file.notes),
    }


def report_document(result: RunResult) -> dict[str, Any]:
    """The whole report as plain JSON types, in the documented key order."""
    return {
        "version": REPORT_VERSION,
        "tool": {
            "name": result.tool.name,
            "version": result.tool.version,
            "model": result.tool.model,
            "plugins": [
                {"name": str(p.get("name", "")), "version": str(p.get("version", ""))}
                for p in result.tool.plugins
            ],
        },
        "files": [file_document(f) for f in result.files],
        "summary": result.summary(),
    }


class JsonReporter(Reporter):
    """The versioned JSON report (``version: 1``)."""

    name: ClassVar[str] = "json"
    description: ClassVar[str] = (
        "Versioned JSON document (schema: factcheck/schemas/report-v1.json)."
    )

    def render(self, result: RunResult, out: IO[str]) -> None:
        """Write the report, indented, with non-ASCII text kept readable."""
        # One write: json.dump would write the document in ~1,000 pieces per article.
        out.write(json.dumps(report_document(result), indent=2, ensure_ascii=False) + "\n")
