"""JUnit XML for CI dashboards."""

from __future__ import annotations

import dataclasses
import io
import xml.etree.ElementTree as ET

from factcheck import RunResult, Severity
from factcheck.host.reporters.junit import JunitReporter, xml_safe


def render(result: RunResult) -> tuple[str, ET.Element]:
    out = io.StringIO()
    JunitReporter().render(result, out)
    text = out.getvalue()
    return text, ET.fromstring(text.encode("utf-8"))


def cases(suite: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name", ""): case for case in suite.iter("testcase")}


def test_document_shape_and_totals(run_result: RunResult) -> None:
    text, root = render(run_result)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    assert root.tag == "testsuites"
    assert [s.get("name") for s in root] == ["world/korea.md", "world/tunnel.txt"]
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("6", "1", "2")
    korea = root[0]
    assert (korea.get("tests"), korea.get("failures"), korea.get("errors")) == ("5", "1", "1")


def test_one_case_per_rule_failing_at_fail_on(run_result: RunResult) -> None:
    _, root = render(run_result)
    korea = cases(root[0])
    assert list(korea) == [
        "FC201 personal-pronoun-for-non-person",
        "FC301 weekday-date-mismatch",
        "FC402 unclosed-quotation",
        "FC410 unsourced-statistic",
        "FC501 role-consistency",
    ]
    failure = korea["FC201 personal-pronoun-for-non-person"].find("failure")
    assert failure is not None
    assert failure.get("message") == '"he" refers to North Korea, a country: use "it"'
    assert failure.get("type") == "error"
    assert failure.text is not None
    assert failure.text.splitlines() == [
        'world/korea.md:5:43: error: "he" refers to North Korea, a country: use "it"',
        '  = antecedent: "North Korea" (5:26)',
        '  help: Replace "he" with "it": "it"',
    ]
    # Below fail_on (error): reported, but passing, as the exit code would be.
    weekday = korea["FC301 weekday-date-mismatch"]
    assert weekday.find("failure") is None
    out = weekday.find("system-out")
    assert out is not None and out.text is not None
    assert "14 March 2023 was a Tuesday" in out.text


def test_lower_fail_on_turns_warnings_into_failures(run_result: RunResult) -> None:
    run_result.fail_on = Severity.WARNING
    _, root = render(run_result)
    failed = [c.get("name") for c in root[0].iter("testcase") if c.find("failure") is not None]
    assert failed == [
        "FC201 personal-pronoun-for-non-person",
        "FC301 weekday-date-mismatch",
        "FC402 unclosed-quotation",
    ]


def test_no_failures_when_fail_on_is_off(run_result: RunResult) -> None:
    run_result.fail_on = None
    _, root = render(run_result)
    assert root.get("failures") == "0"


def test_errors_for_unreadable_file_and_crashed_rule(run_result: RunResult) -> None:
    _, root = render(run_result)
    crashed = cases(root[0])["FC501 role-consistency"].find("error")
    assert crashed is not None
    assert crashed.get("type") == "rule-failure"
    assert crashed.get("message") == "KeyError: 'dateline'"
    unreadable = cases(root[1])["read file"].find("error")
    assert unreadable is not None
    assert unreadable.get("type") == "file-error"
    assert unreadable.get("message", "").startswith("cannot decode as UTF-8")


def test_clean_file_gets_a_passing_case(clean_result: RunResult) -> None:
    _, root = render(clean_result)
    suite = root[0]
    assert suite.get("name") == "politics/budget.txt"
    (case,) = list(suite)
    assert case.get("name") == "all rules"
    assert list(case) == []
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("1", "0", "0")


def test_markup_and_control_characters_stay_well_formed(run_result: RunResult) -> None:
    pronoun = run_result.files[0].findings[1]
    message = 'Garbled <p class="x"> & \x00\x1b[0m "he" for a country'
    run_result.files[0].findings[1] = dataclasses.replace(pronoun, message=message)
    _, root = render(run_result)  # parsing would fail on a raw NUL or ESC
    failure = cases(root[0])["FC201 personal-pronoun-for-non-person"].find("failure")
    assert failure is not None
    assert failure.get("message") == 'Garbled <p class="x"> & \ufffd\ufffd[0m "he" for a country'


def test_xml_safe_keeps_text_xml_allows() -> None:
    assert (
        xml_safe("tab\tnewline\n“quote” 東京 \U0001f4f0") == "tab\tnewline\n“quote” 東京 \U0001f4f0"
    )
    assert xml_safe("a\x0bb\ufffec") == "a\ufffdb\ufffdc"
