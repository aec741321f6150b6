"""The default, human-readable format."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

from factcheck import FileResult, RunResult
from factcheck.host.reporters.text import TextReporter

ANSI = re.compile(r"\x1b\[[0-9;]*m")

EXPECTED = """\
world/korea.md:3:95: FC301 warning: 14 March 2023 was a Tuesday, not a Monday [weekday-date-mismatch]
  |
3 | SEOUL — North Korea will not attend next week’s regional summit, its foreign ministry said on Monday, 14 March 2023.
  |                                                                                               ^^^^^^
  = date: "14 March 2023" (3:103)
  help: Use the weekday of the date: "Tuesday"

world/korea.md:5:43: FC201 error: "he" refers to North Korea, a country: use "it" [personal-pronoun-for-non-person]
  |
5 | After two days of talks, North Korea said he would not send a delegation.
  |                                           ^^
  = antecedent: "North Korea" (5:26)
  help: Replace "he" with "it": "it"

world/korea.md:7:23: FC410 info: Statistic "rose 40%" has no source: say who reported it, and when [unsourced-statistic]
  |
7 | Exports to the region rose 40%, the highest in a decade. <!-- factcheck: ignore[FC101] -->
  |                       ^^^^^^^^

world/korea.md:9:1: FC402 warning: Quotation opened here is never closed [unclosed-quotation]
  |
9 | “We remain open to dialogue, a spokesperson said.
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ continues to line 10
  = opening mark: "“" (9:1)

world/korea.md: rule failure: FC501 (plugin factcheck-rules) raised KeyError: 'dateline'
world/korea.md:7:58: unused suppression (line): FC101: suppressed no finding
world/tunnel.txt: error: cannot decode as UTF-8: invalid start byte 0xff at offset 212

Found 4 findings (1 error, 2 warnings, 1 info) in 1 file.
1 file could not be checked.
1 rule failure: results may be incomplete.
2 fixable with --fix --unsafe-fixes.
"""  # noqa: E501 (source lines are long in news copy)


def render(result: RunResult, *, color: bool = False) -> str:
    out = io.StringIO()
    TextReporter(color=color).render(result, out)
    return out.getvalue()


def test_full_report_matches_expected_layout(run_result: RunResult) -> None:
    assert render(run_result) == EXPECTED


def test_plain_output_has_no_escape_codes(run_result: RunResult) -> None:
    assert "\x1b" not in render(run_result)


def test_colour_output_is_the_plain_output_plus_ansi_codes(run_result: RunResult) -> None:
    coloured = render(run_result, color=True)
    assert "\x1b[31m" in coloured  # the error finding is red
    assert "\x1b[33m" in coloured  # warnings are yellow
    assert ANSI.sub("", coloured) == EXPECTED


def test_all_clear_when_nothing_is_found(clean_result: RunResult) -> None:
    assert render(clean_result) == "All clear: checked 1 file, 9 words.\n"


def test_no_all_clear_when_a_file_could_not_be_read(run_result: RunResult) -> None:
    run_result.files = [f for f in run_result.files if f.error]
    text = render(run_result)
    assert "All clear" not in text
    assert text.splitlines()[-2:] == [
        "No findings: checked 0 files, 0 words.",
        "1 file could not be checked.",
    ]


def one_finding(result: RunResult, text: str, start: int, end: int) -> RunResult:
    """``result`` reduced to one single-line finding at ``[start, end)`` of ``text``."""
    finding = dataclasses.replace(
        result.findings[1],
        start=start,
        end=end,
        line=1,
        column=start + 1,
        end_line=1,
        end_column=end + 1,
        evidence=(),
        fix=None,
    )
    result.files = [FileResult(path=finding.path, words=8, text=text, findings=[finding])]
    return result


def test_underline_counts_wide_characters_and_keeps_tabs(run_result: RunResult) -> None:
    # Two CJK characters take four terminal columns; the tab is copied through.
    text = "東京\tSony said she would cut 5,000 jobs.\n"
    start = text.index("she")
    lines = render(one_finding(run_result, text, start, start + 3)).splitlines()
    assert lines[2] == "1 | 東京\tSony said she would cut 5,000 jobs."
    assert lines[3] == "  |     \t          ^^^"


def test_control_characters_in_garbled_copy_are_made_visible(run_result: RunResult) -> None:
    text = "The minister\x1b[2J said\x00 it.\n"
    start = text.index("said")
    output = render(one_finding(run_result, text, start, start + 4))
    assert "\x1b" not in output and "\x00" not in output
    lines = output.splitlines()
    assert lines[2] == "1 | The minister\u241b[2J said\u2400 it."
    assert lines[3].index("^") == lines[2].index("said")


def test_zero_width_span_gets_one_caret(run_result: RunResult) -> None:
    text = "The talks ended Monday\n"
    end = len("The talks ended Monday")
    lines = render(one_finding(run_result, text, end, end)).splitlines()
    assert lines[3] == "  | " + " " * end + "^"


def test_falls_back_to_the_excerpt_without_the_file_text(run_result: RunResult) -> None:
    # A result read back without its text: the excerpt is the flagged span itself.
    run_result.files[0].text = ""
    lines = render(run_result).splitlines()
    at = lines.index("5 | he")
    assert lines[at - 1 : at + 3] == [
        "  |",
        "5 | he",
        "  | ^^",
        '  = antecedent: "North Korea" (5:26)',
    ]
    quote = lines.index("9 | “We remain open to dialogue, a spokesperson said.")
    assert lines[quote + 1] == "  | " + "^" * 49 + " continues to line 10"


def test_suppression_without_codes_names_all_rules(run_result: RunResult) -> None:
    run_result.files[0].unused_suppressions = [{"line": 9, "codes": [], "kind": "block"}]
    assert "world/korea.md:9: unused suppression (block): all rules" in render(run_result)


def test_malformed_suppression_is_labelled_as_such(run_result: RunResult) -> None:
    marker = "<!-- factcheck: ignore[FC10] -->"
    run_result.files[0].unused_suppressions = [
        {
            "line": 7,
            "column": 58,
            "kind": "malformed",
            "codes": [marker],
            "message": "FC10 is not a rule code or prefix",
        }
    ]
    expected = f"world/korea.md:7:58: malformed suppression: {marker}: FC10 is not a rule code"
    assert expected in render(run_result)


def test_documented_example_is_real_output(run_result: RunResult) -> None:
    # docs/formats.md shows the pronoun and quotation findings of the fixture.
    doc = Path(__file__).resolve().parents[2] / "docs" / "formats.md"
    example = re.search(r"## `text`.*?```text\n(.*?)```", doc.read_text("utf-8"), re.DOTALL)
    assert example is not None
    korea = run_result.files[0]
    korea.findings = [f for f in korea.findings if f.rule in ("FC201", "FC402")]
    assert render(run_result) == example.group(1)
