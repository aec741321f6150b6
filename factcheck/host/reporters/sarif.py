"""The ``sarif`` format: SARIF 2.1.0, for GitHub code scanning and IDE viewers.

SARIF is the one format code hosts ingest natively: uploaded to GitHub code
scanning, findings become alerts that persist across pushes (matched by the
``partialFingerprints`` we give them) and show the rule's documentation. So
this writes every rule's metadata, exact regions with code-point columns
(``columnKind``), the evidence as related locations and fixes as replacements.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import IO, Any, ClassVar
from urllib.parse import quote

from factcheck.contract.findings import Evidence, Finding, Severity
from factcheck.contract.reporter import Reporter
from factcheck.contract.results import FileResult, RunResult
from factcheck.host.reporters._common import (
    WHOLE_LINE,
    WINDOW_CONTEXT,
    SourceText,
    failure_subject,
    level_of,
)

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: The key of our fingerprint in ``partialFingerprints``; bump with the algorithm.
FINGERPRINT_KEY = "factcheck/v1"

LEVELS: dict[Severity, str] = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
}

_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:/")


def artifact_location(path: str, root: str | None = None) -> dict[str, str]:
    """A SARIF ``artifactLocation`` for ``path``: relative, forward slashes, URI-escaped.

    Code scanning matches results to files by a path relative to the
    repository, so absolute paths under ``root`` (default: the working
    directory) are made relative; anything else becomes a ``file:`` URI.
    """
    posix = path.replace("\\", "/")
    if posix.startswith("/") or _WINDOWS_DRIVE.match(posix):
        base = Path(root or os.getcwd()).resolve()
        try:
            posix = Path(path).resolve().relative_to(base).as_posix()
        except ValueError:
            if _WINDOWS_DRIVE.match(posix):
                return {"uri": "file:///" + quote(posix, safe="/:")}
            return {"uri": Path(path).as_uri()}
    while posix.startswith("./"):
        posix = posix[2:]
    return {"uri": quote(posix, safe="/"), "uriBaseId": "%SRCROOT%"}


def rule_descriptor(code: str, meta: dict[str, Any]) -> dict[str, Any]:
    """A ``reportingDescriptor`` built from the host's rule metadata."""
    name = str(meta.get("name") or code)
    summary = str(meta.get("summary") or name)
    docs = str(meta.get("docs") or summary)
    category = str(meta.get("category") or "")
    properties: dict[str, Any] = {"category": category, "tags": [category] if category else []}
    if meta.get("plugin"):
        properties["plugin"] = str(meta["plugin"])
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": docs},
        "help": {"text": docs, "markdown": docs},
        "defaultConfiguration": {"level": LEVELS[level_of(meta.get("severity", "warning"))]},
        "properties": properties,
    }


def _region(source: SourceText, start: int, end: int) -> dict[str, Any]:
    """A region computed from offsets (for evidence and fixes, which carry no end position)."""
    line, column = source.position(start)
    end_line, end_column = source.position(end)
    return {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": start,
        "charLength": max(0, end - start),
    }


def _context(source: SourceText, start: int, end: int) -> dict[str, Any]:
    """The ``contextRegion`` of a span: its whole lines, or a window of a long line.

    A one-line web page repeated whole under each of its findings made an 18 MB
    log of a 600 KB page; past :data:`WHOLE_LINE` characters the context is the
    span with :data:`WINDOW_CONTEXT` characters either side, and its snippet is
    left out when even that is long (the span itself is).
    """
    first, _ = source.line_bounds(start)
    _, last = source.line_bounds(end)
    if last - first > WHOLE_LINE:
        first, last = max(first, start - WINDOW_CONTEXT), min(last, end + WINDOW_CONTEXT)
    context = _region(source, first, last)
    if last - first <= WHOLE_LINE + 2 * WINDOW_CONTEXT:
        context["snippet"] = {"text": source.text[first:last]}
    return context


class SarifReporter(Reporter):
    """A SARIF 2.1.0 log with one run."""

    name: ClassVar[str] = "sarif"
    description: ClassVar[str] = "SARIF 2.1.0 (GitHub code scanning, IDE SARIF viewers)."

    def render(self, result: RunResult, out: IO[str]) -> None:
        """Write the log as indented JSON."""
        json.dump(self.document(result), out, indent=2, ensure_ascii=False)
        out.write("\n")

    def document(self, result: RunResult) -> dict[str, Any]:
        """The SARIF log as plain JSON types."""
        metas: dict[str, dict[str, Any]] = {code: dict(m) for code, m in result.rules.items()}
        for finding in result.findings:
            # A finding from a rule the host did not describe still needs a descriptor.
            metas.setdefault(
                finding.rule,
                {
                    "name": finding.name,
                    "category": finding.category,
                    "severity": finding.severity,
                    "plugin": finding.plugin,
                },
            )
        codes = sorted(metas)
        index = {code: i for i, code in enumerate(codes)}
        results: list[dict[str, Any]] = []
        notifications: list[dict[str, Any]] = []
        for file in result.files:
            location = artifact_location(file.path)
            source = SourceText(file.text)
            results.extend(self._result(f, index, location, source) for f in file.findings)
            notifications.extend(self._notifications(file, index, location))
        failed = any(n["level"] == "error" for n in notifications)
        invocation: dict[str, Any] = {"executionSuccessful": not failed}
        if notifications:
            invocation["toolExecutionNotifications"] = notifications
        driver: dict[str, Any] = {
            "name": result.tool.name,
            "version": result.tool.version,
            "rules": [rule_descriptor(code, metas[code]) for code in codes],
        }
        run: dict[str, Any] = {
            "tool": {
                "driver": driver,
                # Plugins contribute rules and reporters: SARIF calls them extensions.
                "extensions": [
                    {k: str(p[k]) for k in ("name", "version") if p.get(k)}
                    for p in result.tool.plugins
                    if p.get("name")
                ],
            },
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {"model": result.tool.model},
        }
        if not run["tool"]["extensions"]:
            del run["tool"]["extensions"]
        return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}

    def _result(
        self,
        finding: Finding,
        index: dict[str, int],
        location: dict[str, str],
        source: SourceText,
    ) -> dict[str, Any]:
        region: dict[str, Any] = {
            "startLine": finding.line,
            "startColumn": finding.column,
            "endLine": finding.end_line,
            "endColumn": finding.end_column,
            "charOffset": finding.start,
            "charLength": finding.end - finding.start,
        }
        physical: dict[str, Any] = {"artifactLocation": location, "region": region}
        if source:
            if finding.end - finding.start <= WHOLE_LINE:
                region["snippet"] = {"text": source.text[finding.start : finding.end]}
            physical["contextRegion"] = _context(source, finding.start, finding.end)
        elif finding.excerpt:
            region["snippet"] = {"text": finding.excerpt}
        entry: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": physical}],
        }
        related = [
            self._related(i, ev, location, source) for i, ev in enumerate(finding.evidence, 1)
        ]
        if related:
            entry["relatedLocations"] = related
        if finding.fix is not None:
            entry["fixes"] = [
                {
                    "description": {"text": finding.fix.title},
                    "artifactChanges": [
                        {
                            "artifactLocation": location,
                            "replacements": [
                                {
                                    "deletedRegion": {
                                        k: v for k, v in region.items() if k != "snippet"
                                    },
                                    "insertedContent": {"text": finding.fix.replacement},
                                }
                            ],
                        }
                    ],
                    # SARIF has no word for it; a property bag keeps ruff's distinction.
                    "properties": {"applicability": finding.fix.applicability.value},
                }
            ]
        if finding.fingerprint:
            entry["partialFingerprints"] = {FINGERPRINT_KEY: finding.fingerprint}
        properties: dict[str, Any] = {
            "category": finding.category,
            "confidence": round(finding.confidence, 3),
        }
        data = finding.to_dict()["data"]
        if data:
            properties["data"] = data
        entry["properties"] = properties
        return entry

    def _related(
        self, id_: int, ev: Evidence, location: dict[str, str], source: SourceText
    ) -> dict[str, Any]:
        text = ev.text or (source.text[ev.start : ev.end][:WHOLE_LINE] if source else "")
        if source:
            region = _region(source, ev.start, ev.end)
        else:
            region = {
                "startLine": ev.line,
                "startColumn": ev.column,
                "charOffset": ev.start,
                "charLength": ev.end - ev.start,
            }
            if "\n" not in text:
                region["endLine"] = ev.line
                region["endColumn"] = ev.column + len(text)
        region["snippet"] = {"text": text}
        return {
            "id": id_,
            "physicalLocation": {"artifactLocation": location, "region": region},
            "message": {"text": f"{ev.kind}: {text}"},
        }

    def _notifications(
        self, file: FileResult, index: dict[str, int], location: dict[str, str]
    ) -> list[dict[str, Any]]:
        """File errors and rule failures: why this run's results are incomplete."""
        where = [{"physicalLocation": {"artifactLocation": location}}]
        notes: list[dict[str, Any]] = []
        if file.error:
            notes.append(
                {
                    "level": "error",
                    "message": {"text": f"{file.path}: could not be checked: {file.error}"},
                    "locations": where,
                }
            )
        for note in file.notes:
            text = f"{file.path}: {note}"
            notes.append({"level": "warning", "message": {"text": text}, "locations": where})
        for failure in file.failures:
            rule: dict[str, Any] = {"id": failure.rule}
            if failure.rule in index:
                rule["index"] = index[failure.rule]
            notes.append(
                {
                    "level": "error",
                    "message": {
                        "text": f"{failure_subject(failure)} failed on {file.path}: {failure.error}"
                    },
                    "locations": where,
                    "associatedRule": rule,
                    "properties": {"plugin": failure.plugin, "hook": failure.hook},
                }
            )
        return notes
