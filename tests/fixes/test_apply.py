"""The pure core of --fix: narrowing, overlaps, markup, tidy deletions, determinism."""

from __future__ import annotations

import itertools

import pytest

from factcheck import Applicability, Finding, Fix, Severity
from factcheck.engine.fixes import (
    SKIP_MARKUP,
    SKIP_NOOP,
    SKIP_OVERLAP,
    apply_fixes,
    narrow,
)

SAFE, UNSAFE = Applicability.SAFE, Applicability.UNSAFE


def finding(
    text: str,
    needle: str,
    replacement: str,
    *,
    rule: str = "FC101",
    applicability: Applicability = SAFE,
    occurrence: int = 0,
) -> Finding:
    """A finding on the ``occurrence``-th ``needle`` of ``text`` with a fix."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Finding(
        path="story.txt",
        rule=rule,
        name="some-rule",
        category="garbled",
        severity=Severity.ERROR,
        message="m",
        start=start,
        end=start + len(needle),
        line=1,
        column=start + 1,
        end_line=1,
        end_column=start + len(needle) + 1,
        excerpt=needle,
        fix=Fix("fix it", replacement, applicability),
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("the the", "the", (3, 7, "")),
        ("Friday 14 May", "Thursday 14 May", (0, 3, "Thurs")),
        ("the", "The", (0, 1, "T")),
        ("he", "it", (0, 2, "it")),
        ("| Valley Post", "", (0, 13, "")),
        ("same", "same", (4, 4, "")),
    ],
)
def test_an_edit_is_narrowed_to_what_changes(
    old: str, new: str, expected: tuple[int, int, str]
) -> None:
    assert narrow(old, new) == expected


def test_safe_fixes_only_unless_unsafe_is_asked() -> None:
    text = "Spain said he would sign the the treaty.\n"
    found = [
        finding(text, "he", "it", rule="FC201", applicability=UNSAFE),
        finding(text, "the the", "the"),
    ]
    assert apply_fixes(text, found).text == "Spain said he would sign the treaty.\n"
    both = apply_fixes(text, found, unsafe=True)
    assert both.text == "Spain said it would sign the treaty.\n"
    assert [f.rule for f in both.applied] == ["FC201", "FC101"]


def test_overlapping_fixes_first_by_position_wins_whatever_the_order() -> None:
    text = "The mayor spoke. the the crowd cheered.\n"
    doubled = finding(text, "the the", "the")
    capital = finding(text, "the", "The", rule="FC103")
    results = {
        apply_fixes(text, order).text for order in itertools.permutations([doubled, capital])
    }
    # Same start: the shorter claim sorts first, the doubled word waits for the next pass.
    assert results == {"The mayor spoke. The the crowd cheered.\n"}
    step = apply_fixes(text, [doubled, capital])
    assert step.skipped == ((doubled, SKIP_OVERLAP),)


def test_adjacent_fixes_both_apply() -> None:
    text = "he he\n"
    first = finding(text, "he", "it", rule="FC201", applicability=SAFE)
    second = finding(text, "he", "it", rule="FC201", applicability=SAFE, occurrence=1)
    assert apply_fixes(text, [second, first]).text == "it it\n"


def test_one_identical_edit_from_two_rules_is_applied_once() -> None:
    text = "A storm hit the the coast.\n"
    one = finding(text, "the the", "the", rule="FC101")
    two = finding(text, "the the", "the", rule="HS101")
    step = apply_fixes(text, [two, one])
    assert step.text == "A storm hit the coast.\n"
    assert len(step.applied) == 2 and not step.skipped


def test_a_fix_that_changes_nothing_is_not_applied() -> None:
    text = "The harbour opened.\n"
    step = apply_fixes(text, [finding(text, "The", "The")])
    assert not step.changed and step.skipped[0][1] == SKIP_NOOP


def test_deleting_a_line_takes_its_break_and_one_blank_line() -> None:
    text = "Ferry returns\n\nThe ferry sailed.\n\nShare this story\n\nIt was full.\n"
    step = apply_fixes(text, [finding(text, "Share this story", "")])
    assert step.text == "Ferry returns\n\nThe ferry sailed.\n\nIt was full.\n"


def test_deleting_the_last_line_leaves_one_final_newline() -> None:
    text = "Ferry returns\n\nThe ferry sailed.\n\nShare this story\n"
    step = apply_fixes(text, [finding(text, "Share this story", "")])
    assert step.text == "Ferry returns\n\nThe ferry sailed.\n"


def test_deleting_a_line_keeps_crlf_line_ends() -> None:
    text = "Ferry returns\r\n\r\nShare this story\r\n\r\nThe ferry sailed.\r\n"
    step = apply_fixes(text, [finding(text, "Share this story", "")])
    assert step.text == "Ferry returns\r\n\r\nThe ferry sailed.\r\n"


def test_deleting_the_end_of_a_line_takes_the_space_before_it() -> None:
    text = "Ferry returns to the island | Valley Post\n\nThe ferry sailed.\n"
    step = apply_fixes(text, [finding(text, "| Valley Post", "")])
    assert step.text == "Ferry returns to the island\n\nThe ferry sailed.\n"


def test_deleting_a_word_leaves_one_space() -> None:
    text = "The vote was 9 to \x07 2.\n"
    step = apply_fixes(text, [finding(text, "\x07", "")])
    assert step.text == "The vote was 9 to 2.\n"


HTML = (
    "<article><h1>Ferry returns</h1>\n"
    "<p>The ferry sailed the the old route.</p>\n"
    "<p>It took the <em>the</em> long way.</p>\n"
    "<p>Fares &amp; times</p>\n"
    "</article>\n"
)


def html_prose(text: str) -> str:
    """Markup blanked to spaces, as the HTML reader does (no entities in these tests)."""
    out = list(text)
    inside = False
    for i, ch in enumerate(text):
        if ch == "<":
            inside = True
        if inside and ch != "\n":
            out[i] = " "
        if ch == ">":
            inside = False
    return "".join(out)


def test_a_fix_inside_plain_html_text_keeps_every_tag() -> None:
    found = [finding(HTML, "the the", "the")]
    step = apply_fixes(HTML, found, prose=html_prose(HTML), fmt="html")
    assert step.text == HTML.replace("sailed the the old", "sailed the old")


def test_a_fix_across_a_tag_is_skipped() -> None:
    text = HTML
    found = [finding(text, "the <em>the", "the")]
    step = apply_fixes(text, found, prose=html_prose(text), fmt="html")
    assert step.text == text and step.skipped[0][1] == SKIP_MARKUP


def test_text_inserted_into_html_is_escaped() -> None:
    text = HTML
    found = [finding(text, "old route", "<b>new</b> & old route")]
    step = apply_fixes(text, found, prose=html_prose(text), fmt="html")
    assert "sailed the the &lt;b&gt;new&lt;/b&gt; &amp; old route." in step.text


def test_deleting_a_whole_html_paragraph_text_keeps_its_tags() -> None:
    text = "<p>The ferry sailed.</p>\n<p>Share this story</p>\n"
    step = apply_fixes(
        text, [finding(text, "Share this story", "")], prose=html_prose(text), fmt="html"
    )
    assert step.text == "<p>The ferry sailed.</p>\n<p></p>\n"


def test_applying_the_result_again_changes_nothing() -> None:
    text = "Spain said he would sign the the treaty. the port is ready.\n"
    found = [finding(text, "the the", "the"), finding(text, "the", "The", occurrence=2)]
    once = apply_fixes(text, found).text
    assert once == "Spain said he would sign the treaty. The port is ready.\n"
    # The re-check finds nothing to fix in the new text: no findings, no change.
    assert apply_fixes(once, []).text == once
