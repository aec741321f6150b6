"""Datelines, date parsing and the publication-date precedence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factcheck import Article, Settings
from factcheck.analysis.dateline import parse_date

Read = Callable[..., Article]

BODY = " Ministers agreed a new fisheries deal on Friday after talks ran overnight.\n"


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("LONDON (Reuters) -", None),
        ("WASHINGTON, March 17 (AP) —", None),
        ("Pyongyang, 17 March 2023 –", dt.date(2023, 3, 17)),
        ("NEW YORK, Sept. 4, 2022 (Reuters) --", dt.date(2022, 9, 4)),
        ("KYIV, Ukraine (AP) —", None),
        ("Geneva (AFP) -", None),
        ("ST. LOUIS —", None),
        ("BRUSSELS, Friday (dpa) -", None),
    ],
)
def test_datelines(read: Read, opening: str, date: dt.date | None) -> None:
    article = read("Fisheries deal agreed\n\n" + opening + BODY)
    assert article.dateline is not None
    assert article.slice(article.dateline) == opening
    assert article.published == date
    assert article.published_source == ("dateline" if date else None)


@pytest.mark.parametrize(
    "first",
    [
        "Ministers agreed a new deal - the first in a decade - on Friday.",
        "Officials said - without giving details - that talks would resume.",
        "UN - the body said on Friday it would send monitors.",
        "In London - and in Paris - protesters gathered.",
    ],
)
def test_ordinary_openings_are_not_datelines(read: Read, first: str) -> None:
    assert read("Talks resume\n\n" + first + "\n").dateline is None


def test_dateline_only_near_the_start(read: Read) -> None:
    text = (
        "Deal agreed\n\nThe deal was agreed on Friday.\n\nTalks had lasted a week.\n\n"
        "LONDON (Reuters) - More follows.\n"
    )
    assert read(text).dateline is None


def test_dateline_after_an_unrecognised_standfirst_needs_agency_or_date(read: Read) -> None:
    lead = "Deal agreed\n\nFishing fleets win a reprieve in late-night talks.\n\n"
    article = read(lead + "LONDON (Reuters) - Ministers agreed the deal on Friday.\n")
    assert article.dateline is not None
    assert article.slice(article.dateline) == "LONDON (Reuters) -"
    assert read(lead + "LONDON - Ministers agreed the deal on Friday.\n").dateline is None


def test_byline_is_stepped_over(read: Read) -> None:
    text = "Deal agreed\n\nBy Mara Lindqvist\n\nOSLO, 3 May 2024 (NTB) - The deal was agreed.\n"
    article = read(text)
    assert article.dateline is not None
    assert article.slice(article.dateline) == "OSLO, 3 May 2024 (NTB) -"
    assert article.published == dt.date(2024, 5, 3)


def test_month_and_day_without_year_gives_no_date(read: Read) -> None:
    article = read("Deal agreed\n\nOSLO, May 3 (NTB) - The deal was agreed.\n")
    assert article.dateline is not None and article.published is None


def test_cli_setting_wins_over_everything(read: Read) -> None:
    text = "---\ndate: 2023-01-05\n---\n# Deal agreed\n\nOSLO, 3 May 2024 (NTB) - Agreed.\n"
    article = read(text, "md", Settings(published=dt.date(2025, 2, 1)))
    assert (article.published, article.published_source) == (dt.date(2025, 2, 1), "cli")
    article = read(text, "md", Settings(published=None))
    assert (article.published, article.published_source) == (dt.date(2023, 1, 5), "front-matter")


def test_front_matter_wins_over_dateline_and_html_meta_over_dateline(read: Read) -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2024-05-02T22:10:00Z">'
        "</head><body><h1>Deal agreed</h1><p>OSLO, 3 May 2024 (NTB) - Agreed.</p></body></html>"
    )
    article = read(html, "html")
    assert (article.published, article.published_source) == (dt.date(2024, 5, 2), "html-meta")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("date", "2023-03-17", dt.date(2023, 3, 17)),
        ("published", '"2023-03-17T09:30:00+01:00"', dt.date(2023, 3, 17)),
        ("pubDate", '"Fri, 17 Mar 2023 09:30:00 GMT"', dt.date(2023, 3, 17)),
        ("date", '"17 March 2023"', dt.date(2023, 3, 17)),
        ("date", '"March 17, 2023"', dt.date(2023, 3, 17)),
        ("date", '"03/04/2023"', None),
        ("date", '"last Tuesday"', None),
    ],
)
def test_front_matter_date_formats(
    read: Read, key: str, value: str, expected: dt.date | None
) -> None:
    article = read(f"---\n{key}: {value}\n---\n\nBody text here.\n", "md")
    assert article.published == expected
    assert article.published_source == ("front-matter" if expected else None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2023, 3, 17, 8, 0), dt.date(2023, 3, 17)),
        ("2023-03-17T09:30:00Z", dt.date(2023, 3, 17)),
        ("2023/3/7", dt.date(2023, 3, 7)),
        ("Sept 4th, 2022", dt.date(2022, 9, 4)),
        ("Friday, 17 March 2023", dt.date(2023, 3, 17)),
        ("31 February 2023", None),
        ("March 17", None),
        ("", None),
        (20230317, None),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected
