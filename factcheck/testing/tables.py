"""Valid/invalid tables for one rule, in the spirit of textlint-tester and ESLint's RuleTester.

Most rule tests are "this sentence is fine" and "this sentence is flagged
here, with this message, and the fix gives this". Writing them as a table
keeps a rule's behaviour readable at a glance, and every row becomes its own
pytest test with a readable id::

    from factcheck.testing import RuleTester

    doubled = RuleTester("FC101")

    test_doubled_word = doubled.run(
        valid=["She said she had had enough of the delays."],
        invalid=[
            {
                "text": "The the minister resigned on Tuesday.",
                "excerpt": "The the",
                "output": "The minister resigned on Tuesday.",
            },
        ],
    )

``run`` returns a ready test function; ``parametrize`` returns a decorator
for a test body of your own that receives each :class:`Case`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from factcheck.testing.assertions import apply_fixes, describe_findings, rule_matches
from factcheck.testing.check import check_text

if TYPE_CHECKING:
    from factcheck import Finding

F = TypeVar("F", bound=Callable[..., Any])

#: Keys a row may carry besides ``text``; anything else is a typo and an error.
VALID_KEYS = frozenset({"text", "published", "format", "options", "plugin_options", "id"})
INVALID_KEYS = VALID_KEYS | {"excerpt", "message", "count", "fix", "output", "severity"}

CaseSpec = str | Mapping[str, Any]


@dataclass(frozen=True)
class Case:
    """One row of a table: a text and what ``code`` must (not) find in it.

    For an invalid row: ``excerpts`` are the exact excerpts expected, in
    order (their number is the expected count unless ``count`` is given);
    without either, at least one finding is expected. ``message`` is a regex
    every finding's message must match; ``fix`` the replacement every finding
    suggests; ``output`` the text after applying all the fixes; ``severity``
    the label every finding carries.
    """

    code: str
    text: str
    valid: bool
    id: str
    excerpts: tuple[str, ...] | None = None
    count: int | None = None
    message: str | None = None
    fix: str | None = None
    output: str | None = None
    severity: str | None = None
    published: dt.date | None = None
    format: str = "txt"
    options: Mapping[str, Any] | None = None
    plugin_options: Mapping[str, Mapping[str, Any]] | None = None
    run_kwargs: Mapping[str, Any] = field(default_factory=dict)

    def findings(self) -> list[Finding]:
        """Run the check for this row and return the findings of ``code`` only."""
        kwargs: dict[str, Any] = dict(self.run_kwargs)
        kwargs.setdefault("select", [self.code])
        if self.options is not None:
            kwargs["rule_options"] = {**kwargs.get("rule_options", {}), self.code: self.options}
        if self.plugin_options is not None:
            kwargs["plugin_options"] = {**kwargs.get("plugin_options", {}), **self.plugin_options}
        if self.published is not None:
            kwargs["published"] = self.published
        found = check_text(self.text, format=self.format, **kwargs)
        return [f for f in found if rule_matches(f, self.code)]

    def check(self) -> list[Finding]:
        """Run the row and assert its expectations; returns the findings for more asserts."""
        found = self.findings()
        if self.valid:
            if found:
                self._fail("expected no finding", found)
            return found
        if self.count is not None:
            expected_count: int | None = self.count
        elif self.excerpts is not None:
            expected_count = len(self.excerpts)
        else:
            expected_count = None
        if expected_count is None and not found:
            self._fail("expected at least one finding", found)
        if expected_count is not None and len(found) != expected_count:
            self._fail(f"expected {expected_count} finding(s), got {len(found)}", found)
        if self.excerpts is not None:
            got = tuple(f.excerpt for f in found)
            if got != self.excerpts:
                self._fail(f"expected excerpts {list(self.excerpts)}, got {list(got)}", found)
        for f in found:
            if self.message is not None and not re.search(self.message, f.message):
                self._fail(f"message {f.message!r} does not match /{self.message}/", found)
            if self.severity is not None and f.severity.label != self.severity:
                self._fail(f"expected severity {self.severity}, got {f.severity.label}", found)
            if self.fix is not None:
                got_fix = f.fix.replacement if f.fix else None
                if got_fix != self.fix:
                    self._fail(f"expected the fix {self.fix!r}, got {got_fix!r}", found)
        if self.output is not None:
            fixed = apply_fixes(self.text, found)
            if fixed != self.output:
                self._fail(
                    f"applying the fixes gives\n    {fixed!r}\nexpected\n    {self.output!r}",
                    found,
                )
        return found

    def _fail(self, what: str, found: Sequence[Finding]) -> None:
        kind = "valid" if self.valid else "invalid"
        raise AssertionError(
            f"{self.code}, {kind} case {self.id}: {what}.\n"
            f"Text:\n    {self.text!r}\n"
            f"Findings of {self.code}:\n{describe_findings(found)}"
        )


def _case_id(kind: str, index: int, text: str) -> str:
    words = " ".join(text.split())
    short = words if len(words) <= 40 else words[:37] + "..."
    return f"{kind}{index}-{short}"


def _as_tuple(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Sequence) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise TypeError(f"{key!r} must be a string or a list of strings, not {value!r}")


def make_case(
    code: str, spec: CaseSpec, *, valid: bool, index: int, run_kwargs: Mapping[str, Any]
) -> Case:
    """Turn one table row (a string or a dict) into a :class:`Case`, rejecting unknown keys."""
    row: Mapping[str, Any] = {"text": spec} if isinstance(spec, str) else spec
    allowed = VALID_KEYS if valid else INVALID_KEYS
    unknown = sorted(set(row) - allowed)
    kind = "valid" if valid else "invalid"
    if unknown:
        raise TypeError(
            f"{code} {kind} case {index}: unknown key(s) {', '.join(unknown)} "
            f"(allowed: {', '.join(sorted(allowed))})"
        )
    text = row.get("text")
    if not isinstance(text, str):
        raise TypeError(f"{code} {kind} case {index}: 'text' must be a string")
    excerpt = row.get("excerpt")
    return Case(
        code=code,
        text=text,
        valid=valid,
        id=str(row.get("id") or _case_id(kind, index, text)),
        excerpts=None if excerpt is None else _as_tuple(excerpt, "excerpt"),
        count=row.get("count"),
        message=row.get("message"),
        fix=row.get("fix"),
        output=row.get("output"),
        severity=row.get("severity"),
        published=row.get("published"),
        format=row.get("format", "txt"),
        options=row.get("options"),
        plugin_options=row.get("plugin_options"),
        run_kwargs=run_kwargs,
    )


class RuleTester:
    """Tables of valid and invalid texts for one rule, turned into pytest tests.

    ``code`` is the rule's code or name; only that rule runs. The keyword
    arguments are those of :func:`~factcheck.testing.check_text` and apply to
    every row: ``plugins=[my_plugin]``, ``builtin=False``,
    ``plugin_options={"house-style": {...}}``, ``published=date(...)`` and so on.
    """

    def __init__(
        self,
        code: str,
        *,
        plugins: Sequence[object] = (),
        builtin: bool = True,
        published: dt.date | None = None,
        settings: Mapping[str, object] | None = None,
        rule_options: Mapping[str, Mapping[str, Any]] | None = None,
        plugin_options: Mapping[str, Mapping[str, Any]] | None = None,
        model: str | None = None,
        config_file: str | Path | None = None,
    ) -> None:
        self.code = code
        self.run_kwargs: dict[str, Any] = {
            "plugins": tuple(plugins),
            "builtin": builtin,
            "published": published,
            "settings": settings,
            "rule_options": rule_options,
            "plugin_options": plugin_options,
            "model": model,
            "config_file": config_file,
        }

    def cases(self, valid: Sequence[CaseSpec] = (), invalid: Sequence[CaseSpec] = ()) -> list[Case]:
        """The rows as :class:`Case` objects (valid first), without pytest."""
        kw = {k: v for k, v in self.run_kwargs.items() if v is not None}
        return [
            *(
                make_case(self.code, s, valid=True, index=i, run_kwargs=kw)
                for i, s in enumerate(valid)
            ),
            *(
                make_case(self.code, s, valid=False, index=i, run_kwargs=kw)
                for i, s in enumerate(invalid)
            ),
        ]

    def parametrize(
        self, valid: Sequence[CaseSpec] = (), invalid: Sequence[CaseSpec] = ()
    ) -> Callable[[F], F]:
        """A ``pytest.mark.parametrize`` decorator giving the test a ``case`` argument."""
        import pytest

        params = [pytest.param(c, id=c.id) for c in self.cases(valid, invalid)]
        mark: Callable[[F], F] = pytest.mark.parametrize("case", params)
        return mark

    def run(
        self, valid: Sequence[CaseSpec] = (), invalid: Sequence[CaseSpec] = ()
    ) -> Callable[[Case], None]:
        """A complete parametrized test: assign it to a module-level ``test_...`` name."""

        def test_rule_case(case: Case) -> None:
            case.check()

        test_rule_case.__doc__ = f"Valid and invalid texts for {self.code}."
        return self.parametrize(valid, invalid)(test_rule_case)


def cases(
    code: str,
    valid: Sequence[CaseSpec] = (),
    invalid: Sequence[CaseSpec] = (),
    **kwargs: Any,
) -> Callable[[F], F]:
    """Shorthand for ``RuleTester(code, **kwargs).parametrize(valid, invalid)``."""
    return RuleTester(code, **kwargs).parametrize(valid, invalid)
