"""Assertions on findings whose failure messages show what was found instead.

A bare ``assert any(f.rule == "FC101" for f in findings)`` fails with
``assert False``; a rule author then reruns with prints. These helpers fail
with the expectation and a table of every finding, so the fix is usually
obvious from the test report alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from factcheck import Finding

_PREFIX = re.compile(r"^[A-Z]{2,4}[0-9]{0,3}$")


def rule_matches(finding: Finding, code: str) -> bool:
    """True when ``code`` names the finding's rule: its code, its name, or a code prefix."""
    if code in (finding.rule, finding.name):
        return True
    upper = code.upper()
    return bool(_PREFIX.match(upper)) and finding.rule.startswith(upper)


def describe_findings(findings: Iterable[Finding]) -> str:
    """One line per finding: position, rule, severity, excerpt and message."""
    lines = [
        f"  {f.line}:{f.column} {f.rule} {f.name} [{f.severity.label}] {f.excerpt!r}: {f.message}"
        for f in findings
    ]
    return "\n".join(lines) if lines else "  (no findings)"


def _wanted(code: str, excerpt: str | None, message: str | None) -> str:
    parts = [code]
    if excerpt is not None:
        parts.append(f"with excerpt {excerpt!r}")
    if message is not None:
        parts.append(f"with a message matching /{message}/")
    return " ".join(parts)


def assert_finds(
    findings: Sequence[Finding],
    code: str,
    excerpt: str | None = None,
    *,
    count: int | None = None,
    message: str | None = None,
) -> list[Finding]:
    """Assert that ``findings`` hold a finding of ``code`` and return the matching ones.

    ``excerpt`` must equal the finding's excerpt exactly (the text it points
    at); ``message`` is a regular expression searched in the message. With
    ``count`` exactly that many findings must match; without it, at least one.
    """
    matching = [f for f in findings if rule_matches(f, code)]
    if excerpt is not None:
        matching = [f for f in matching if f.excerpt == excerpt]
    if message is not None:
        pattern = re.compile(message)
        matching = [f for f in matching if pattern.search(f.message)]
    ok = len(matching) == count if count is not None else bool(matching)
    if not ok:
        expected = f"exactly {count}" if count is not None else "at least one"
        raise AssertionError(
            f"expected {expected} finding(s) of {_wanted(code, excerpt, message)}, "
            f"found {len(matching)}. All findings:\n{describe_findings(findings)}"
        )
    return matching


def assert_no_finding(findings: Sequence[Finding], code: str | None = None) -> None:
    """Assert that ``findings`` hold nothing of ``code`` (or nothing at all when None)."""
    matching = [f for f in findings if code is None or rule_matches(f, code)]
    if matching:
        what = "no findings" if code is None else f"no finding of {code}"
        raise AssertionError(
            f"expected {what}, found {len(matching)}:\n{describe_findings(matching)}"
        )


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with every finding's fix applied; overlapping fixes after the first are skipped.

    This is what an editor accepting every suggestion would end up with, which
    is the easiest thing to review in a test.
    """
    fixes = sorted((f for f in findings if f.fix is not None), key=lambda f: (f.start, f.end))
    out: list[str] = []
    pos = 0
    for f in fixes:
        if f.start < pos or f.fix is None:
            continue
        out.append(text[pos : f.start])
        out.append(f.fix.replacement)
        pos = f.end
    out.append(text[pos:])
    return "".join(out)
