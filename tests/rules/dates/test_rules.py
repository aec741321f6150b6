"""Each FC3xx rule through the real host: cases that must fire and cases that must not."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Severity
from factcheck.testing import assert_finds, assert_no_finding, check_text

PUB = dt.date(2023, 3, 17)  # a Friday


# -- FC301 date-claim ------------------------------------------------------------


def test_date_claim_reports_since_year_with_value() -> None:
    text = "The country has been under sanctions over its weapons programme since 2006.\n"
    findings = check_text(text, select=["FC301"])
    (f,) = assert_finds(findings, "FC301", "since 2006")
    assert f.severity == Severity.INFO
    assert f.data["value"] == "2006"
    assert f.data["predicate"]
    assert f.data["expression"] == "since 2006"


def test_date_claim_ranks_facts_above_schedule_chatter() -> None:
    text = (
        "The charity was founded in 1998 by two nurses in Leeds.\n\n"
        "On Monday the council meets to discuss its budget.\n"
    )
    findings = check_text(text, select=["FC301"], published=PUB)
    assert_finds(findings, "FC301", "in 1998")
    assert not [f for f in findings if f.excerpt.startswith("On Monday")]


def test_date_claim_skips_now_and_clock_times() -> None:
    text = "The mayor is now at the scene and will speak at 3pm.\n"
    assert_no_finding(check_text(text, select=["FC301"], published=PUB), "FC301")


# -- FC302 impossible-date -------------------------------------------------------


def test_impossible_dates_fire() -> None:
    text = (
        "The festival closed on 31 April after a record run.\n\n"
        "Tickets go on sale on February 30.\n\n"
        "The vote is expected on the 30th of February.\n"
    )
    findings = check_text(text, select=["FC302"])
    assert_finds(findings, "FC302", count=3)
    (f,) = assert_finds(findings, "FC302", "31 April")
    assert f.severity == Severity.ERROR
    assert "30 days" in f.message


def test_leap_day_only_in_leap_years() -> None:
    assert_finds(
        check_text("The deal was signed on 29 February 2023.\n", select=["FC302"]),
        "FC302",
        "29 February 2023",
    )
    assert_no_finding(
        check_text("The deal was signed on 29 February 2024.\n", select=["FC302"]), "FC302"
    )


def test_real_dates_do_not_fire() -> None:
    text = "The festival closed on 30 April, and reopened on 31 May, 2023.\n"
    assert_no_finding(check_text(text, select=["FC302"]), "FC302")


# -- FC303 weekday-date-mismatch -------------------------------------------------


def test_weekday_mismatch_with_written_year() -> None:
    text = "The strike began on Friday, 5 April 1920, and lasted a week.\n"
    (f,) = assert_finds(check_text(text, select=["FC303"]), "FC303")
    assert "Monday" in f.message
    assert f.fix is not None and f.fix.replacement.startswith("Monday, 5 April 1920")


@pytest.mark.parametrize(
    ("text", "excerpt", "fixed"),
    [
        (
            "The vote was held on Thursday, September 11, 2001.",
            "Thursday, September 11, 2001",
            "Tuesday, September 11, 2001",
        ),
        ("The final was played on Fri 5 Feb 2005 in Cardiff.", "Fri 5 Feb 2005", "Sat 5 Feb 2005"),
        (
            "He was sworn in on Sunday 4 February 2005.",
            "Sunday 4 February 2005",
            "Friday 4 February 2005",
        ),
    ],
)
def test_weekday_mismatch_formats(text: str, excerpt: str, fixed: str) -> None:
    (f,) = assert_finds(check_text(text + "\n", select=["FC303"]), "FC303", excerpt)
    assert f.fix is not None and f.fix.replacement == fixed


def test_weekday_mismatch_with_publication_year() -> None:
    text = "The hearing is set for Wednesday, 23 March.\n"
    findings = check_text(text, select=["FC303"], published=PUB)
    assert_finds(findings, "FC303", message="Thursday")


def test_weekday_without_a_year_is_not_checked() -> None:
    text = "The hearing is set for Thursday, 23 March.\n"
    assert_no_finding(check_text(text, select=["FC303"]), "FC303")


def test_correct_weekday_does_not_fire() -> None:
    text = "The attacks happened on Tuesday, 11 September 2001.\n"
    assert_no_finding(check_text(text, select=["FC303"]), "FC303")


# -- FC304 anachronism -----------------------------------------------------------


def test_past_tense_event_after_publication() -> None:
    text = "The bridge, which opened in May 2031, carries 40,000 cars a day.\n"
    findings = check_text(text, select=["FC304"], published=PUB)
    (f,) = assert_finds(findings, "FC304")
    assert f.severity == Severity.WARNING


def test_future_event_before_publication() -> None:
    text = "The new stadium will open in 2019, the club said.\n"
    assert_finds(check_text(text, select=["FC304"], published=PUB), "FC304")


def test_plans_and_targets_in_past_tense_are_fine() -> None:
    text = (
        "The government pledged to cut emissions by 2030.\n\n"
        "The launch was scheduled for 2025.\n\n"
        "The bridge opened in 2021.\n"
    )
    assert_no_finding(check_text(text, select=["FC304"], published=PUB), "FC304")


def test_age_disagrees_with_year_of_birth() -> None:
    text = "Smith, who was born in 1950, said the 60-year-old engine still ran.\n"
    text = "The singer, born in 1950, is now a 60-year-old grandfather of six.\n"
    assert_finds(check_text(text, select=["FC304"], published=PUB), "FC304", "60-year-old")
    good = "The singer, born in 1950, is now a 72-year-old grandfather of six.\n"
    assert_no_finding(check_text(good, select=["FC304"], published=PUB), "FC304")


def test_years_ago_disagrees_with_stated_year() -> None:
    text = "In 1998, 10 years ago, the club won its first title.\n"
    assert_finds(check_text(text, select=["FC304"], published=PUB), "FC304", "10 years ago")


def test_no_anachronism_without_publication_date() -> None:
    text = "The bridge, which opened in May 2031, carries 40,000 cars a day.\n"
    assert_no_finding(check_text(text, select=["FC304"]), "FC304")


# -- FC305 contradictory-dates ---------------------------------------------------


def test_same_founding_given_two_years() -> None:
    text = (
        "Oxfam was founded in 1942 by a group of Quakers.\n\n"
        "Its first shop opened soon after the war.\n\n"
        "Oxfam was founded in 1948, the charity's website says.\n"
    )
    (f,) = assert_finds(check_text(text, select=["FC305"]), "FC305")
    assert f.evidence and f.evidence[0].text == "in 1942"


def test_nested_dates_and_repeatable_events_are_not_contradictions() -> None:
    text = (
        "The club was founded in 1902.\n\n"
        "The club was founded in March 1902 by railway workers.\n\n"
        "Arsenal won the cup in 1998.\n\n"
        "Arsenal won the cup in 2002 as well.\n"
    )
    assert_no_finding(check_text(text, select=["FC305"]), "FC305")


def test_since_state_given_two_start_years() -> None:
    text = (
        "Syria has been suspended from the Arab League since 2011.\n\n"
        "The war began soon afterwards.\n\n"
        "Syria has been suspended from the Arab League since 2013, officials said.\n"
    )
    assert_finds(check_text(text, select=["FC305"]), "FC305", "since 2013")


# -- FC306 unanchored-relative-date ------------------------------------------


def test_relative_dates_without_publication_date() -> None:
    text = (
        "North Korea said on Friday that its launch the day before was a warning.\n\n"
        "The council is due to meet on Monday.\n"
    )
    # every candidate, as the rule reports them (the short checklist makes them one note)
    findings = check_text(text, select=["FC306"], settings={"checklist": "all"})
    assert_finds(findings, "FC306", "on Friday")
    assert_finds(findings, "FC306", "the day before")
    assert_finds(findings, "FC306", "on Monday")


def test_publication_date_anchors_relative_dates() -> None:
    text = "North Korea said on Friday that its launch the day before was a warning.\n"
    assert_no_finding(check_text(text, select=["FC306"], published=PUB), "FC306")


def test_dateline_date_anchors_relative_dates() -> None:
    text = "LONDON, 17 March 2023 (Reuters) - The minister resigned on Friday after a row.\n"
    assert_no_finding(check_text(text, select=["FC306"]), "FC306")


def test_absolute_dates_are_not_unanchored() -> None:
    text = "The minister resigned on 17 March 2023 after a row.\n"
    assert_no_finding(check_text(text, select=["FC306"]), "FC306")


def test_different_objects_of_a_once_verb_are_not_contradictions() -> None:
    text = (
        "In 2008, the party launched its first initiative on citizenship.\n\n"
        "In 2014, the party launched the Ecopop initiative on immigration.\n"
    )
    assert_no_finding(check_text(text, select=["FC305"]), "FC305")


def test_year_range_end_is_not_an_anachronism() -> None:
    text = "The team analysed crop yields over 2000 - 2050 for the study.\n"
    assert_no_finding(check_text(text, select=["FC304"], published=PUB), "FC304")


def test_relative_dates_resolve_in_data_when_anchored() -> None:
    text = (
        "Ministers met in Brussels on Friday to agree the budget.\n\n"
        "The treaty, signed in Lisbon in 2007, was ratified by the parliament in 2009.\n"
    )
    findings = check_text(
        text,
        select=["FC301"],
        published=PUB,
        rule_options={"date-claim": {"min-confidence": 0.2}},
        settings={"checklist": "all"},
    )
    (friday,) = assert_finds(findings, "FC301", "on Friday")
    assert friday.data["value"] == "2023-03-17"
    assert friday.data["anchor"] == "2023-03-17"
    (ratified,) = assert_finds(findings, "FC301", "in 2009")
    assert ratified.confidence > friday.confidence


def test_unresolved_relative_dates_are_left_to_fc306() -> None:
    text = "The minister resigned on Friday after the vote.\n"
    assert_no_finding(check_text(text, select=["FC301"]), "FC301")
    assert_finds(check_text(text, select=["FC306"]), "FC306", "on Friday")
