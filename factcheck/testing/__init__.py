"""The testing kit for rule authors: run the real host on a text, assert on findings.

Rule tests run the whole host, exactly as ``factcheck run`` does (plugin
manager, reader, the spaCy parse, selection, resolution), so a test that
passes here passes for users::

    from factcheck.testing import assert_finds, assert_no_finding, check_text

    def test_doubled_word() -> None:
        findings = check_text("The the minister resigned.", select=["FC101"])
        assert_finds(findings, "FC101", "The the")

Tables of valid and invalid texts: :class:`RuleTester` (see
:mod:`factcheck.testing.tables`). Under pytest the fixtures ``factcheck_check``
and ``factcheck_model`` and the option ``--factcheck-model NAME`` come from
:mod:`factcheck.testing.pytest_plugin`. Full guide: docs/writing-plugins.md.

This package is imported when pytest starts, so it stays light: spaCy and
the runner are imported only when a text is checked.
"""

from __future__ import annotations

from factcheck.testing.assertions import (
    apply_fixes,
    assert_finds,
    assert_no_finding,
    describe_findings,
)
from factcheck.testing.check import (
    Checker,
    CheckError,
    check_text,
    default_model,
    run_text,
    set_default_model,
)
from factcheck.testing.tables import Case, RuleTester, cases

__all__ = [
    "Case",
    "CheckError",
    "Checker",
    "RuleTester",
    "apply_fixes",
    "assert_finds",
    "assert_no_finding",
    "cases",
    "check_text",
    "default_model",
    "describe_findings",
    "run_text",
    "set_default_model",
]
