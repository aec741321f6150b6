"""GitHub Actions workflow commands and the job summary."""

from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path
from unittest import mock

import pytest

from factcheck import RunResult
from factcheck.host.reporters.github import GithubReporter, command, escape_data, escape_property


def render(result: RunResult, step_summary: str | None = None) -> list[str]:
    """The annotations; with ``step_summary``, as if GITHUB_STEP_SUMMARY named that file."""
    out = io.StringIO()
    env = {"GITHUB_STEP_SUMMARY": step_summary} if step_summary else {}
    with mock.patch.dict(os.environ, env):
        GithubReporter().render(result, out)
    return out.getvalue().splitlines()


def test_escaping_follows_the_runner() -> None:
    assert escape_data("rose 40%\r\nsaid: yes, no") == "rose 40%25%0D%0Asaid: yes, no"
    assert escape_property("Seoul, Korea: 40%") == "Seoul%2C Korea%3A 40%25"
    assert (
        command("warning", "a: b, c", file="world/a,b.md", line=3, title="FC301 x:y")
        == "::warning file=world/a%2Cb.md,line=3,title=FC301 x%3Ay::a: b, c"
    )


def test_annotations_most_severe_first(run_result: RunResult) -> None:
    lines = render(run_result)
    kinds = [line.split(" ", 1)[0] for line in lines]
    assert kinds == ["::error"] * 3 + ["::warning"] * 2 + ["::notice"] * 2
    assert lines[1] == (
        "::error file=world/korea.md,line=5,col=43,endLine=5,endColumn=45,"
        "title=FC201 personal-pronoun-for-non-person::"
        '"he" refers to North Korea, a country: use "it"'
        '%0Aantecedent: "North Korea" (5:26)'
        '%0Ahelp: Replace "he" with "it": "it"'
    )
    # Within a severity: file order, then position.
    assert lines[3].startswith("::warning file=world/korea.md,line=3,col=95,")
    assert lines[4].startswith("::warning file=world/korea.md,line=9,endLine=10,title=FC402 ")


def test_percent_in_message_is_escaped(run_result: RunResult) -> None:
    notice = next(line for line in render(run_result) if "FC410" in line)
    assert notice == (
        "::notice file=world/korea.md,line=7,col=23,endLine=7,endColumn=31,"
        "title=FC410 unsourced-statistic::"
        'Statistic "rose 40%25" has no source: say who reported it, and when'
    )


def test_file_errors_and_rule_failures_are_errors(run_result: RunResult) -> None:
    lines = render(run_result)
    assert (
        "::error file=world/tunnel.txt,title=factcheck could not check file::"
        "cannot decode as UTF-8: invalid start byte 0xff at offset 212"
    ) in lines
    assert (
        "::error file=world/korea.md,title=FC501 rule failure::"
        "FC501 (factcheck-rules) raised KeyError: 'dateline'"
    ) in lines


def test_unused_suppression_is_the_last_notice(run_result: RunResult) -> None:
    assert render(run_result)[-1] == (
        "::notice file=world/korea.md,line=7,col=58,title=factcheck unused suppression (line)::"
        "FC101: suppressed no finding"
    )


def test_every_annotation_is_emitted_beyond_githubs_limit(run_result: RunResult) -> None:
    warning = run_result.findings[0]
    run_result.files[0].findings = [
        dataclasses.replace(warning, line=n, end_line=n) for n in range(1, 16)
    ]
    lines = render(run_result)
    assert sum(1 for line in lines if line.startswith("::warning")) == 15


def test_step_summary_is_appended(run_result: RunResult, tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("## Build\n\nok", encoding="utf-8")
    render(run_result, step_summary=str(target))
    text = target.read_text(encoding="utf-8")
    assert text.startswith("## Build\n\nok\n## factcheck\n")
    assert "Found 4 findings (1 error, 2 warnings, 1 info) in 1 file." in text
    rows = [line for line in text.splitlines() if line.startswith("| world/")]
    assert rows == [
        "| world/korea.md | 3 | FC301 weekday-date-mismatch | warning "
        "| 14 March 2023 was a Tuesday, not a Monday |",
        "| world/korea.md | 5 | FC201 personal-pronoun-for-non-person | error "
        '| "he" refers to North '
        'Korea, a country: use "it" |',
        '| world/korea.md | 7 | FC410 unsourced-statistic | info | Statistic "rose 40%" has no '
        "source: say who reported it, and when |",
        "| world/korea.md | 9 | FC402 unclosed-quotation | warning "
        "| Quotation opened here is never closed |",
    ]
    assert "- world/tunnel.txt: could not be checked: cannot decode as UTF-8" in text


def test_step_summary_escapes_table_breakers(run_result: RunResult, tmp_path: Path) -> None:
    first = run_result.files[0].findings[0]
    run_result.files[0].findings[0] = dataclasses.replace(
        first, message="Weekday | date <mismatch>\nsee desk notes"
    )
    target = tmp_path / "summary.md"
    render(run_result, step_summary=str(target))
    row = next(line for line in target.read_text(encoding="utf-8").splitlines() if "FC301" in line)
    assert row.endswith("| Weekday \\| date &lt;mismatch&gt;<br>see desk notes |")


def test_step_summary_read_from_the_environment(
    run_result: RunResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "env-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    render(run_result)
    assert target.read_text(encoding="utf-8").startswith("## factcheck\n")


def test_no_step_summary_without_a_target(
    run_result: RunResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The autouse fixture removed GITHUB_STEP_SUMMARY.
    def forbidden(*args: object) -> None:
        pytest.fail("wrote a step summary without a target")

    monkeypatch.setattr(GithubReporter, "write_step_summary", forbidden)
    assert render(run_result)


def test_clean_run_prints_nothing_and_says_all_clear(
    clean_result: RunResult, tmp_path: Path
) -> None:
    target = tmp_path / "summary.md"
    assert render(clean_result, step_summary=str(target)) == []
    assert "All clear: checked 1 file, 9 words." in target.read_text(encoding="utf-8")
    assert "| File |" not in target.read_text(encoding="utf-8")
