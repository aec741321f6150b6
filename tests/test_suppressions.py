"""Inline suppressions through the real host: reader, rules, ignore hook, unused report.

The rules here are tiny word-spotters (no spaCy), registered in-process, so
every test is about where a marker applies, not about what a rule finds.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from factcheck import Article, Rule, RunResult, Severity, hookimpl
from factcheck.engine import selection
from factcheck.engine.registry import RegisteredRule
from factcheck.engine.session import RunOptions, Session
from factcheck.host.suppressions import Marker, parse_markers, selector_matches
from tests.word_rules import word_rule

Banana = word_rule("TS101", "banana-word", "banana", Severity.WARNING)
Cherry = word_rule("TS102", "cherry-word", "cherry", Severity.WARNING)
Durian = word_rule("TS201", "durian-word", "durian", Severity.WARNING)


class TestRules:
    @hookimpl
    def factcheck_register_rules(self) -> Sequence[type[Rule]]:
        return [Banana, Cherry, Durian]


def run(tmp_path: Path, text: str, suffix: str = ".md", **options: Any) -> RunResult:
    path = tmp_path / f"article{suffix}"
    path.write_text(text, encoding="utf-8")
    session = Session(
        RunOptions(
            paths=[str(path)],
            extra_plugins=[("test-rules", TestRules())],
            load_entry_points=False,
            isolated=True,
            **options,
        )
    )
    result = session.run()
    assert not result.failures, result.failures
    assert not [f.error for f in result.files if f.error]
    return result


def found(result: RunResult) -> list[tuple[int, str]]:
    """(line, rule) of every reported finding."""
    return [(f.line, f.rule) for f in result.findings]


def unused(result: RunResult) -> list[tuple[int, str, list[str]]]:
    records = [u for fr in result.files for u in fr.unused_suppressions]
    return [(u["line"], u["kind"], u["codes"]) for u in records]


# -- where a marker applies ------------------------------------------------------------


def test_next_block_in_markdown(tmp_path: Path) -> None:
    text = (
        "# Fruit\n"
        "\n"
        "<!-- factcheck: ignore TS101 -->\n"
        "A banana here and a cherry,\n"
        "and a banana on the next line.\n"
        "\n"
        "Another banana.\n"
    )
    assert found(run(tmp_path, text)) == [(4, "TS102"), (7, "TS101")]


def test_next_block_skips_blank_lines_after_the_marker(tmp_path: Path) -> None:
    text = "Intro banana.\n\n<!-- factcheck: ignore -->\n\n\nA banana.\n\nA banana.\n"
    assert found(run(tmp_path, text)) == [(1, "TS101"), (8, "TS101")]


def test_next_block_in_html(tmp_path: Path) -> None:
    text = (
        "<html><body>\n"
        "<p>A banana first.</p>\n"
        "<!-- factcheck: ignore -->\n"
        "<p>A banana and a cherry.</p>\n"
        "<p>A banana last.</p>\n"
        "</body></html>\n"
    )
    assert found(run(tmp_path, text, ".html")) == [(2, "TS101"), (5, "TS101")]


def test_next_block_in_plain_text(tmp_path: Path) -> None:
    # Plain text keeps the marker in the prose: the "banana" of "banana-word" is not reported.
    text = "A banana.\n\n<!-- factcheck: ignore banana-word -->\nA banana.\n\nA banana.\n"
    assert found(run(tmp_path, text, ".txt")) == [(1, "TS101"), (6, "TS101")]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_trailing_marker_applies_to_its_own_paragraph(tmp_path: Path, suffix: str) -> None:
    text = (
        "A banana first.\n"
        "\n"
        "A banana, wrapped\n"
        "over a line. <!-- factcheck: ignore TS101 -->\n"
        "\n"
        "A banana last.\n"
    )
    assert found(run(tmp_path, text, suffix)) == [(1, "TS101"), (6, "TS101")]


def test_trailing_marker_in_html(tmp_path: Path) -> None:
    text = (
        "<p>A banana first.</p>\n"
        "<p>A banana here.</p> <!-- factcheck: ignore -->\n"
        "<p>A banana last.</p>\n"
    )
    assert found(run(tmp_path, text, ".html")) == [(1, "TS101"), (3, "TS101")]


def test_ignore_file_anywhere(tmp_path: Path) -> None:
    text = "A banana, a cherry, a durian.\n\nA banana.\n\n<!-- factcheck: ignore-file TS1 -->\n"
    assert found(run(tmp_path, text)) == [(1, "TS201")]


def test_ignore_file_without_codes_drops_everything(tmp_path: Path) -> None:
    text = "<!-- factcheck: ignore-file -->\nA banana, a cherry, a durian.\n"
    assert found(run(tmp_path, text)) == []


def test_off_on_range(tmp_path: Path) -> None:
    text = (
        "A banana 1.\n\n"
        "<!-- factcheck: off -->\n\n"
        "A banana 2.\n\nA cherry 3.\n\n"
        "<!-- factcheck: on -->\n\n"
        "A banana 4.\n"
    )
    assert found(run(tmp_path, text)) == [(1, "TS101"), (11, "TS101")]


def test_off_without_on_runs_to_the_end(tmp_path: Path) -> None:
    text = "A banana.\n\n<!-- factcheck: off TS101 -->\n\nA banana.\n\nA cherry."
    assert found(run(tmp_path, text)) == [(1, "TS101"), (7, "TS102")]


def test_on_with_codes_closes_only_those(tmp_path: Path) -> None:
    text = (
        "<!-- factcheck: off banana-word, TS102 -->\n\n"
        "banana cherry\n\n"
        "<!-- factcheck: on banana-word -->\n\n"
        "banana cherry\n\n"
        "<!-- factcheck: on -->\n\n"
        "banana cherry\n"
    )
    assert found(run(tmp_path, text)) == [
        (7, "TS101"),
        (11, "TS101"),
        (11, "TS102"),
    ]


@pytest.mark.parametrize(
    ("selector", "suppressed"),
    [
        ("TS101", True),
        ("ts101", True),  # codes are case-insensitive, as in --select
        ("TS1", True),  # a prefix
        ("TS", True),
        ("banana-word", True),  # a rule name
        ("ALL", True),
        ("TS2", False),
        ("TS102", False),
        ("cherry-word", False),
        ("banana", False),  # not a name: names are matched whole
    ],
)
def test_selectors(tmp_path: Path, selector: str, suppressed: bool) -> None:
    text = f"<!-- factcheck: ignore {selector} -->\nA banana.\n"
    assert found(run(tmp_path, text)) == ([] if suppressed else [(2, "TS101")])


def test_several_selectors_comma_or_space_separated(tmp_path: Path) -> None:
    text = "<!-- factcheck: ignore TS102, durian-word TS101 -->\nbanana cherry durian\n"
    assert found(run(tmp_path, text)) == []


def test_reason_after_double_dash_is_not_a_selector(tmp_path: Path) -> None:
    text = "<!-- factcheck: ignore TS101 -- the minister's own words -->\nA banana.\n"
    assert found(run(tmp_path, text, report_unused_suppressions=True)) == []
    assert unused(run(tmp_path, text, report_unused_suppressions=True)) == []


@pytest.mark.parametrize(
    "selector",
    [
        "TS101",
        "ts1",
        "TS",
        "banana-word",
        "ALL",
        "cherry-word",
        "TS2",
        "FC",
        "banana",
        "durian-word",
    ],
)
def test_selector_matching_agrees_with_selection(selector: str) -> None:
    for cls in (Banana, Cherry, Durian):
        reg = RegisteredRule(cls, "test-rules")
        expected = selection._specificity(selector, reg) > 0
        assert selector_matches(selector, cls.code, cls.name) is expected, (selector, cls.code)


def test_marker_on_its_own_line_inside_a_paragraph_covers_the_rest_of_it(tmp_path: Path) -> None:
    text = "A banana first\n<!-- factcheck: ignore -->\nthen a banana.\n\nA banana.\n"
    assert found(run(tmp_path, text)) == [(1, "TS101"), (5, "TS101")]


def test_marker_in_a_code_span_is_an_example(tmp_path: Path) -> None:
    text = "Write `<!-- factcheck: ignore-file -->` to silence a file.\n\nA banana.\n"
    assert found(run(tmp_path, text)) == [(3, "TS101")]


def test_markers_in_a_code_block_are_examples_not_markers(tmp_path: Path) -> None:
    text = "How to silence a rule:\n\n```\n<!-- factcheck: ignore-file -->\n```\n\nA banana.\n"
    assert found(run(tmp_path, text)) == [(7, "TS101")]


# -- unused and malformed markers --------------------------------------------------------


def test_unused_markers_are_reported(tmp_path: Path) -> None:
    text = (
        "<!-- factcheck: ignore TS101 TS201 -->\n"  # TS201 suppresses nothing
        "A banana.\n"
        "\n"
        "<!-- factcheck: ignore -->\n"  # the paragraph is clean
        "An apple.\n"
        "\n"
        "<!-- factcheck: off cherry-word -->\n"
        "\n"
        "A banana.\n"
        "\n"
        "<!-- factcheck: on durian-word -->\n"  # closes nothing
        "<!-- factcheck: ignore-file TS102 -->\n"
    )
    result = run(tmp_path, text, report_unused_suppressions=True)
    assert found(result) == [(9, "TS101")]
    assert unused(result) == [
        (1, "ignore", ["TS201"]),
        (4, "ignore", []),
        (7, "off", ["cherry-word"]),
        (11, "on", ["durian-word"]),
        (12, "ignore-file", ["TS102"]),
    ]
    record = result.files[0].unused_suppressions[0]
    assert record["start"] == 0 and record["end"] == text.index("\n")
    assert record["column"] == 1 and record["message"]


def test_malformed_markers_are_reported_as_malformed(tmp_path: Path) -> None:
    text = (
        "<!-- factcheck: ignroe TS101 -->\n"
        "A banana.\n"
        "\n"
        "<!-- factcheck ignore TS101 -->\n"
        "<!-- factcheck: -->\n"
        "<!-- factcheck: ignore TS1@1 -->\n"
        "<!-- factcheck-disable -->\n"
        "<!-- an ordinary comment -->\n"
    )
    result = run(tmp_path, text, report_unused_suppressions=True)
    assert found(result) == [(2, "TS101")]  # a malformed marker suppresses nothing
    records = result.files[0].unused_suppressions
    assert [(r["line"], r["kind"]) for r in records] == [
        (1, "malformed"),
        (4, "malformed"),
        (5, "malformed"),
        (6, "malformed"),
        (7, "malformed"),
    ]
    assert records[0]["codes"] == ["factcheck: ignroe TS101"]
    assert "unknown verb 'ignroe'" in records[0]["message"]


def test_nothing_is_reported_unless_asked(tmp_path: Path) -> None:
    text = "<!-- factcheck: ignroe -->\n<!-- factcheck: ignore -->\nAn apple.\n"
    assert unused(run(tmp_path, text)) == []
    assert unused(run(tmp_path, text, report_unused_suppressions=False)) == []


def test_the_narrowest_covering_marker_gets_the_credit(tmp_path: Path) -> None:
    text = "<!-- factcheck: ignore-file TS101 -->\n\n<!-- factcheck: ignore TS101 -->\nA banana.\n"
    result = run(tmp_path, text, report_unused_suppressions=True)
    assert found(result) == []
    assert unused(result) == [(1, "ignore-file", ["TS101"])]


def test_bracket_form_is_accepted(tmp_path: Path) -> None:
    text = "A banana. <!-- factcheck: ignore[TS101] -->\n"
    assert found(run(tmp_path, text, report_unused_suppressions=True)) == []


def test_parse_markers_scopes() -> None:
    text = "<!-- factcheck: off TS1 TS2 -->\nx\n<!-- factcheck: on TS2 -->\ny\n"
    markers: list[Marker] = parse_markers(Article(path="a.txt", text=text))
    off, on = markers
    assert (off.kind, off.selectors, on.kind) == ("off", ("TS1", "TS2"), "on")
    assert [(s.selectors, s.end) for s in off.scopes] == [
        (("TS2",), text.index("<!-- factcheck: on")),
        (("TS1",), len(text) + 1),
    ]
    assert on.closed_something
