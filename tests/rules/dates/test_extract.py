"""Extraction and normalisation of temporal expressions, on realistic news sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.rules.dates.conftest import Analyse

FRI = dt.date(2023, 3, 17)  # a Friday


def found(analyse: Analyse, text: str, published: dt.date | None = None) -> dict[str, str]:
    return {c.mention.text: c.value.value for c in analyse(text, published).claims}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The treaty was signed on 17 March 2023 in Geneva.", "17 March 2023", "2023-03-17"),
        ("The treaty was signed on March 17, 2023, in Geneva.", "March 17, 2023", "2023-03-17"),
        ("Shares fell sharply on Mar. 17 after the warning.", "Mar. 17", "2023-03-17"),
        ("The factory closed in March 2019 with the loss of 300 jobs.", "March 2019", "2019-03"),
        ("The council has been under review since 2006.", "2006", "2006"),
        ("Unemployment soared in the 1990s across the region.", "the 1990s", "199X"),
        ("The ruling came just three years ago.", "just three years ago", "2020"),
        ("He has run the company for three years.", "three years", "P3Y"),
        ("The 79-year-old was taken to hospital.", "79-year-old", "P79Y"),
        ("Profits rose in the third quarter.", "the third quarter", "2022-Q3"),
        ("Ministers met yesterday to discuss the plan.", "yesterday", "2023-03-16"),
        ("The report was published last week.", "last week", "2023-W10"),
    ],
)
def test_news_formats(analyse: Analyse, text: str, expression: str, value: str) -> None:
    assert found(analyse, text, FRI).get(expression) == value


def test_weekday_follows_tense(analyse: Analyse) -> None:
    text = (
        "The minister told parliament on Friday that the plan had failed. "
        "The committee is due to discuss the report on Monday. "
        "Critics called Friday's vote a disgrace."
    )
    values = {c.mention.text: c.value.value for c in analyse(text, FRI).claims}
    assert values["Friday"] == "2023-03-17"
    assert values["Monday"] == "2023-03-20"
    friday_votes = [c for c in analyse(text, FRI).claims if c.mention.possessive]
    assert friday_votes and friday_votes[0].value.value == "2023-03-17"


def test_anaphoric_day_before_counts_from_last_date(analyse: Analyse) -> None:
    text = "The army said on Friday that the test the day before had gone as planned."
    values = found(analyse, text, FRI)
    assert values["the day before"] == "2023-03-16"


def test_unanchored_values_keep_unknown_digits(analyse: Analyse) -> None:
    claims = analyse("The mayor resigned on Friday.").claims
    assert [c.value.value for c in claims] == ["XXXX-XX-XX"]
    assert claims[0].value.relative and not claims[0].value.anchored


def test_may_the_modal_is_not_a_month(analyse: Analyse) -> None:
    assert found(analyse, "Prices May rise further, May said.", FRI) == {}
    assert found(analyse, "The talks may resume in May.", FRI) == {"May": "2023-05"}


def test_march_the_noun_and_verb_are_not_months(analyse: Analyse) -> None:
    text = "Thousands march through the city. The march ended peacefully in March."
    assert found(analyse, text, FRI) == {"March": "2023-03"}


@pytest.mark.parametrize(
    "text",
    [
        "Some 2006 people signed the petition.",
        "The fund was worth £2006 at the end.",
        "Attendance reached 2,006 on the final day.",
        "United sealed a 1-0 win over Leeds.",
        "Call the helpline on 0800 555 2006 for advice.",
        "The Sunday Times reported the story first.",
        "She came second in the race.",
        "Windows 2000 is no longer supported.",
        "The book sold 1500 copies.",
    ],
)
def test_numbers_and_names_that_are_not_dates(analyse: Analyse, text: str) -> None:
    claims = [c for c in analyse(text, FRI).claims if c.mention.kind != "ref"]
    assert claims == [], [c.mention.text for c in claims]


def test_year_modifying_a_noun_is_a_date(analyse: Analyse) -> None:
    assert found(analyse, "The 2006 resolution imposed an arms embargo.", FRI) == {"2006": "2006"}


def test_impossible_date_is_marked_invalid(analyse: Analyse) -> None:
    claims = analyse("The results were announced on 31 April.", FRI).claims
    assert len(claims) == 1 and not claims[0].value.valid


def test_clause_subject_and_predicate(analyse: Analyse) -> None:
    text = "The company has been listed in London since 1998."
    claim = analyse(text, FRI).claims[0]
    assert claim.mention.signal == "since"
    assert claim.clause is not None and "company" in claim.clause.subject


def test_the_country_resolves_to_the_salient_country(analyse: Analyse) -> None:
    text = (
        "Iran tested a new missile on Friday, officials in Tehran said. "
        "The country has been under an arms embargo since 2007."
    )
    claim = next(c for c in analyse(text, FRI).claims if c.mention.text == "2007")
    assert claim.subject_resolved == "Iran"


def test_derived_analysis_is_shared(nlp: object) -> None:
    from factcheck_rules.dates.analysis.claims import KEY, date_analysis

    from factcheck import Article, Settings

    article = Article(path="t.txt", text="The bridge opened in 1998.")
    article.doc = nlp("The bridge opened in 1998.")  # type: ignore[operator]
    first = date_analysis(article, Settings(published=FRI))
    assert article.derived(KEY, lambda a: None) is first
    assert first.anchor == FRI and first.anchor_source == "settings"
