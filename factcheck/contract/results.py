"""The outcome of one run: what reporters render and what sets the exit code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from factcheck.contract.article import Block
from factcheck.contract.findings import Finding, Severity


@dataclass(frozen=True)
class RuleFailure:
    """A rule or plugin that raised while checking a file.

    ``rule`` is the code of the rule that raised; for a failure outside any rule
    it is the stage in parentheses (``(reader)``, ``(pipeline)``, ``(hook)``)
    and ``hook`` names the hook whose implementation raised.
    """

    path: str
    rule: str
    plugin: str
    error: str
    hook: str | None = None


@dataclass
class FileResult:
    """One input file: its findings, or the error that kept it from being checked."""

    path: str
    words: int = 0
    error: str | None = None
    findings: list[Finding] = field(default_factory=list)
    #: The text as read (for excerpts and context in reporters); empty on error.
    text: str = ""
    #: ``text`` with markup blanked to spaces (Article.prose), and its blocks: what a
    #: reader sees, for the HTML report and for fixes that must not touch markup.
    prose: str = ""
    blocks: tuple[Block, ...] = ()
    failures: list[RuleFailure] = field(default_factory=list)
    unused_suppressions: list[dict[str, Any]] = field(default_factory=list)
    #: Things the reader should know about the check of this file that are neither
    #: findings nor errors (the article does not look English, say).
    notes: list[str] = field(default_factory=list)


@dataclass
class ToolInfo:
    """Identifies the tool, model and plugins that produced a report."""

    name: str
    version: str
    model: str
    plugins: list[dict[str, str]] = field(default_factory=list)


@dataclass
class RunResult:
    """Everything one ``factcheck run`` produced."""

    tool: ToolInfo
    files: list[FileResult] = field(default_factory=list)
    #: Rule metadata keyed by code, for reporters that describe rules (SARIF).
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_on: Severity | None = Severity.ERROR

    @property
    def findings(self) -> list[Finding]:
        """All findings of all files, in report order."""
        return [f for fr in self.files for f in fr.findings]

    @property
    def failures(self) -> list[RuleFailure]:
        """All rule failures of all files."""
        return [f for fr in self.files for f in fr.failures]

    def summary(self) -> dict[str, Any]:
        """Counts for the report footer and the JSON ``summary`` object."""
        by_sev = Counter(f.severity.label for f in self.findings)
        by_rule = Counter(f.rule for f in self.findings)
        return {
            "files": len(self.files),
            "files_with_errors": sum(1 for f in self.files if f.error),
            "words": sum(f.words for f in self.files),
            "findings": len(self.findings),
            "by_severity": {
                s.label: by_sev.get(s.label, 0) for s in sorted(Severity, reverse=True)
            },
            "by_rule": dict(sorted(by_rule.items())),
            "rule_failures": len(self.failures),
        }
