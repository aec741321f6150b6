"""A realistic run, built by hand, that every reporter test renders.

``world/korea.md`` is a short wire story with four problems an editor would
want flagged: a weekday that does not match its date, "he" pointing at a
country, an unsourced statistic and a quotation that never closes (a span over
two lines). Its dateline dash and curly apostrophe make code-point and UTF-8
columns differ. ``world/tunnel.txt`` could not be decoded. A rule also
crashed, and one inline suppression went unused.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcheck import (
    Article,
    Evidence,
    FileResult,
    Finding,
    Fix,
    RuleFailure,
    RunResult,
    Severity,
    ToolInfo,
)

KOREA_PATH = "world/korea.md"
KOREA_TEXT = (
    "# North Korea skips Seoul summit\n"
    "\n"
    "SEOUL — North Korea will not attend next week’s regional summit, its foreign "
    "ministry said on Monday, 14 March 2023.\n"
    "\n"
    "After two days of talks, North Korea said he would not send a delegation.\n"
    "\n"
    "Exports to the region rose 40%, the highest in a decade. <!-- factcheck: ignore[FC101] -->\n"
    "\n"
    "\u201cWe remain open to dialogue, a spokesperson said.\n"
    "The ministry did not respond to requests for comment.\n"
)
TUNNEL_PATH = "world/tunnel.txt"
TUNNEL_ERROR = "cannot decode as UTF-8: invalid start byte 0xff at offset 212"

RULES: dict[str, dict[str, Any]] = {
    "FC201": {
        "name": "personal-pronoun-for-non-person",
        "category": "pronoun",
        "severity": "error",
        "summary": "A personal pronoun refers to a country or organisation.",
        "docs": "A personal pronoun refers to a country or organisation.\n\n"
        "## What it does\n\nFlags he/she whose antecedent is a country.\n",
        "plugin": "factcheck-rules",
    },
    "FC301": {
        "name": "weekday-date-mismatch",
        "category": "date",
        "severity": "warning",
        "summary": "A weekday does not match the date it is given with.",
        "docs": "A weekday does not match the date it is given with.\n",
        "plugin": "factcheck-rules",
    },
    "FC402": {
        "name": "unclosed-quotation",
        "category": "quote",
        "severity": "warning",
        "summary": "A quotation is opened but never closed.",
        "docs": "A quotation is opened but never closed.\n",
        "plugin": "factcheck-rules",
    },
    "FC410": {
        "name": "unsourced-statistic",
        "category": "attribution",
        "severity": "info",
        "summary": "A statistic is given without a source.",
        "docs": "A statistic is given without a source.\n",
        "plugin": "factcheck-rules",
    },
    "FC501": {
        "name": "role-consistency",
        "category": "consistency",
        "severity": "warning",
        "summary": "A person's role differs between mentions.",
        "docs": "A person's role differs between mentions.\n",
        "plugin": "factcheck-rules",
    },
}


def make_finding(
    article: Article,
    rule: str,
    target: str,
    message: str,
    *,
    after: str = "",
    until: str | None = None,
    severity: Severity | None = None,
    confidence: float = 0.9,
    fix: Fix | None = None,
    evidence: tuple[tuple[str, str, str], ...] = (),
    data: dict[str, Any] | None = None,
    fingerprint: str = "",
) -> Finding:
    """Resolve a finding the way ``factcheck.host.resolve`` does: lines, columns, excerpt.

    ``target`` is located in the text (right after ``after``, to pick one
    occurrence); with ``until`` the span runs to the end of that later string. Evidence is given
    as (kind, text) pairs, each located at its first appearance.
    """
    text = article.text
    start = text.index(after + target) + len(after)
    end = text.index(until, start) + len(until) if until else start + len(target)
    line, column = article.position(start)
    end_line, end_column = article.position(end)
    meta = RULES[rule]
    evidences = []
    for kind, ev_text, context in evidence:
        ev_start = text.index(context) + context.index(ev_text)
        ev_line, ev_column = article.position(ev_start)
        evidences.append(
            Evidence(kind, ev_start, ev_start + len(ev_text), ev_text, ev_line, ev_column)
        )
    return Finding(
        path=article.path,
        rule=rule,
        name=meta["name"],
        category=meta["category"],
        severity=severity or Severity.parse(meta["severity"]),
        message=message,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        excerpt=text[start:end],  # as factcheck.host.resolve does (it also caps the length)
        confidence=confidence,
        fix=fix,
        evidence=tuple(evidences),
        data=data or {},
        fingerprint=fingerprint,
        plugin=meta["plugin"],
    )


def korea_findings() -> list[Finding]:
    """The four findings of the story, in the host's order (by position)."""
    article = Article(path=KOREA_PATH, text=KOREA_TEXT)
    return [
        make_finding(
            article,
            "FC301",
            "Monday",
            "14 March 2023 was a Tuesday, not a Monday",
            fix=Fix("Use the weekday of the date", "Tuesday"),
            evidence=(("date", "14 March 2023", "14 March 2023"),),
            data={"date": "2023-03-14", "expected": "Tuesday", "found": "Monday"},
            fingerprint="9c1e04a7d2b35f10",
        ),
        make_finding(
            article,
            "FC201",
            "he",
            '"he" refers to North Korea, a country: use "it"',
            after="said ",
            fix=Fix('Replace "he" with "it"', "it"),
            evidence=(("antecedent", "North Korea", "North Korea said he"),),
            data={"antecedent": "North Korea", "entity_type": "GPE"},
            confidence=0.82,
            fingerprint="5b7a0f3e91c2d846",
        ),
        make_finding(
            article,
            "FC410",
            "rose 40%",
            'Statistic "rose 40%" has no source: say who reported it, and when',
            confidence=0.6,
            data={"value": "40%"},
            fingerprint="e04d6c2a8f1b7395",
        ),
        make_finding(
            article,
            "FC402",
            "\u201cWe remain",
            "Quotation opened here is never closed",
            until="for comment.",
            evidence=(("opening mark", "\u201c", "\u201cWe remain"),),
            fingerprint="27fa90c4b1d3e568",
        ),
    ]


def build_run() -> RunResult:
    """The full run: the story, the undecodable file, a crashed rule."""
    korea = FileResult(
        path=KOREA_PATH,
        words=len(KOREA_TEXT.split()),
        findings=korea_findings(),
        text=KOREA_TEXT,
        failures=[
            RuleFailure(KOREA_PATH, "FC501", "factcheck-rules", "KeyError: 'dateline'"),
        ],
        unused_suppressions=[
            {
                "line": 7,
                "column": 58,
                "kind": "line",
                "codes": ["FC101"],
                "start": 284,
                "end": 317,
                "marker": "<!-- factcheck: ignore[FC101] -->",
                "message": "suppressed no finding",
            }
        ],
    )
    tunnel = FileResult(path=TUNNEL_PATH, error=TUNNEL_ERROR)
    return RunResult(
        tool=ToolInfo(
            name="factcheck",
            version="0.2.0",
            model="en_factcheck_news-0.1.0",
            plugins=[
                {"name": "factcheck-rules", "version": "0.2.0"},
                {"name": "factcheck.reporters", "version": "0.2.0"},
            ],
        ),
        files=[korea, tunnel],
        rules=dict(RULES),
    )


@pytest.fixture
def run_result() -> RunResult:
    """A fresh copy per test, so a test may change it."""
    return build_run()


@pytest.fixture
def clean_result() -> RunResult:
    """One file checked with nothing to report."""
    text = "Parliament approved the budget on Tuesday, the Speaker said.\n"
    return RunResult(
        tool=ToolInfo(name="factcheck", version="0.2.0", model="en_factcheck_news-0.1.0"),
        files=[FileResult(path="politics/budget.txt", words=9, text=text)],
        rules=dict(RULES),
    )


@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run in GitHub Actions too: never append to the real job summary."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
