"""The ``junit`` format: JUnit XML, for CI systems that only understand test reports.

Jenkins, GitLab, Azure Pipelines and many dashboards chart JUnit XML and
nothing else, so the run is mapped onto tests: a suite per file, a test case
per rule that reported something, a failure when the rule's findings reach the
run's ``fail_on`` severity (so the report agrees with the exit code), an error
for a file that could not be read or a rule that raised, and one passing test
case for a clean file so it still counts as checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import IO, ClassVar

from factcheck.contract.findings import Finding
from factcheck.contract.reporter import Reporter
from factcheck.contract.results import FileResult, RuleFailure, RunResult

# Characters XML 1.0 cannot carry at all, even escaped; garbled copy can contain them.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by U+FFFD.

    ElementTree escapes markup characters but passes these through, which would
    make the whole report unparseable.
    """
    return _NOT_XML.sub("\ufffd", text)


def _describe(finding: Finding) -> str:
    lines = [
        f"{finding.path}:{finding.line}:{finding.column}: "
        f"{finding.severity.label}: {finding.message}"
    ]
    lines += [f'  = {ev.kind}: "{ev.text}" ({ev.line}:{ev.column})' for ev in finding.evidence]
    if finding.fix is not None:
        lines.append(f'  help: {finding.fix.title}: "{finding.fix.replacement}"')
    return "\n".join(lines)


class JunitReporter(Reporter):
    """A JUnit XML ``<testsuites>`` document."""

    name: ClassVar[str] = "junit"
    description: ClassVar[str] = "JUnit XML: one test suite per file, one test case per rule."

    def render(self, result: RunResult, out: IO[str]) -> None:
        """Write the XML document with its declaration."""
        root = self.tree(result)
        ET.indent(root)
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")

    def tree(self, result: RunResult) -> ET.Element:
        """The ``<testsuites>`` element, with totals summed over the suites."""
        root = ET.Element("testsuites", {"name": xml_safe(result.tool.name)})
        totals = {"tests": 0, "failures": 0, "errors": 0}
        for file in result.files:
            suite = self._suite(file, result)
            root.append(suite)
            for key in totals:
                totals[key] += int(suite.get(key, "0"))
        for key, value in totals.items():
            root.set(key, str(value))
        return root

    def _suite(self, file: FileResult, result: RunResult) -> ET.Element:
        path = xml_safe(file.path)
        suite = ET.Element("testsuite", {"name": path})
        cases: list[ET.Element] = []
        if file.error:
            case = self._case(path, "read file")
            self._child(case, "error", file.error, message=file.error, type="file-error")
            cases.append(case)
        by_rule: dict[str, list[Finding]] = {}
        for finding in file.findings:
            by_rule.setdefault(finding.rule, []).append(finding)
        crashed: dict[str, RuleFailure] = {r.rule: r for r in file.failures}
        for code in sorted(set(by_rule) | set(crashed)):
            findings = by_rule.get(code, [])
            name = findings[0].name if findings else str(result.rules.get(code, {}).get("name", ""))
            case = self._case(path, f"{code} {name}".strip())
            report = "\n\n".join(_describe(f) for f in findings)
            failing = [
                f for f in findings if result.fail_on is not None and f.severity >= result.fail_on
            ]
            if code in crashed:
                failure = crashed[code]
                text = f"{code} ({failure.plugin}) raised {failure.error}"
                self._child(case, "error", text, message=failure.error, type="rule-failure")
                if report:
                    self._child(case, "system-out", report)
            elif failing:
                message = failing[0].message if len(findings) == 1 else f"{len(findings)} findings"
                worst = max(f.severity for f in findings).label
                self._child(case, "failure", report, message=message, type=worst)
            else:
                # Below the fail_on threshold: listed, but the test passes like the run does.
                self._child(case, "system-out", report)
            cases.append(case)
        if not cases:
            cases.append(self._case(path, "all rules"))
        suite.extend(cases)
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
        suite.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
        suite.set("skipped", "0")
        return suite

    @staticmethod
    def _case(path: str, name: str) -> ET.Element:
        return ET.Element("testcase", {"classname": path, "name": xml_safe(name), "file": path})

    @staticmethod
    def _child(parent: ET.Element, tag: str, text: str, **attrs: str) -> None:
        child = ET.SubElement(parent, tag, {k: xml_safe(v) for k, v in attrs.items()})
        child.text = xml_safe(text)
