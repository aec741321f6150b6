"""Quotation spans: marks, apostrophes, nesting and the multi-paragraph convention."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from factcheck import Article, Block
from factcheck.analysis.quotations import find_quotations

Read = Callable[..., Article]
Quotes = Callable[[Article], list[str]]


def test_simple_curly_quotation_and_content(read: Read, quotes: Quotes) -> None:
    article = read("“The bridge is safe,” the engineer said.\n")
    (q,) = article.quotations
    assert quotes(article) == ["“The bridge is safe,”"]
    assert article.slice(q.content) == "The bridge is safe,"
    assert (q.open_mark, q.close_mark, q.closed, q.continued) == ("“", "”", True, False)
    assert article.in_quotation(q.content.start, q.content.end)


def test_multi_paragraph_quotation_is_one_quotation(read: Read) -> None:
    text = (
        "The mayor spoke for twenty minutes.\n\n"
        "“We have waited too long for this road. Families here deserve better.\n\n"
        "“Every delay costs money, and every winter the potholes get worse.\n\n"
        "“Work starts in April,” she said.\n\n"
        "Residents applauded.\n"
    )
    article = read(text)
    (q,) = article.quotations
    assert q.continued and q.closed and len(q.parts) == 3
    assert [article.slice(p) for p in q.parts] == [
        "“We have waited too long for this road. Families here deserve better.",
        "“Every delay costs money, and every winter the potholes get worse.",
        "“Work starts in April,”",
    ]
    assert article.slice(q).startswith("“We have") and article.slice(q).endswith("April,”")
    assert article.slice(q.content).endswith("Work starts in April,")


def test_continued_quotation_that_never_closes(read: Read) -> None:
    text = "“First part of the statement.\n\n“Second part, also unclosed.\n\nThe end.\n"
    (q,) = read(text).quotations
    assert q.continued and not q.closed and q.close_mark is None
    assert len(q.parts) == 2


def test_unclosed_quotation_runs_to_end_of_paragraph(read: Read, quotes: Quotes) -> None:
    text = (
        "“The regime hides what it does from the world. But it has failed,\n\n"
        "The council meets again on Monday.\n"
    )
    article = read(text)
    (q,) = article.quotations
    assert not q.closed and not q.continued
    assert quotes(article) == ["“The regime hides what it does from the world. But it has failed,"]
    assert article.slice(q.content) == quotes(article)[0][1:]


def test_new_opening_mark_ends_an_unclosed_quotation(read: Read, quotes: Quotes) -> None:
    article = read("“We will appeal, he said. “The ruling is wrong.”\n")
    assert quotes(article) == ["“We will appeal, he said.", "“The ruling is wrong.”"]
    assert [q.closed for q in article.quotations] == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea’s envoy didn’t attend, and the ministers’ statement was brief.\n",
        "North Korea's envoy didn't attend, and the ministers' statement was brief.\n",
        "Sales peaked in the ’90s and again in the '00s, rock ’n’ roll fans said.\n",
        "The player is 6'2\" tall and O’Brien’s deputy.\n",
        "The two countries’ leaders met; the ships' crews waited.\n",
    ],
)
def test_apostrophes_are_not_quotations(read: Read, text: str) -> None:
    assert read(text).quotations == ()


def test_single_quotes_in_a_headline(read: Read, quotes: Quotes) -> None:
    text = (
        "US accuses rivals of trying to ‘shield’ ally at summit\n\nThe row escalated on Friday.\n"
    )
    article = read(text)
    assert quotes(article) == ["‘shield’"]
    assert article.headline is not None and article.headline.contains(article.quotations[0].start)


def test_nested_single_inside_double_are_separate(read: Read, quotes: Quotes) -> None:
    article = read("“They called it ‘a historic mistake’ on Monday,” the aide said.\n")
    assert quotes(article) == [
        "“They called it ‘a historic mistake’ on Monday,”",
        "‘a historic mistake’",
    ]
    inner = article.quotations[1]
    assert article.quotation_at(inner.start + 2) is inner


def test_possessive_inside_a_single_quotation(read: Read, quotes: Quotes) -> None:
    article = read("He called it ‘the countries’ shared burden’ in his speech.\n")
    assert quotes(article) == ["‘the countries’ shared burden’"]


def test_single_quotation_ending_in_s(read: Read, quotes: Quotes) -> None:
    article = read("Officials described the talks as ‘useful but without results’ on Friday.\n")
    assert quotes(article) == ["‘useful but without results’"]
    article = read("She said the plan would ‘help families’.\n")
    assert quotes(article) == ["‘help families’"]


def test_straight_double_quotes(read: Read, quotes: Quotes) -> None:
    article = read(
        '"Rates will stay high," the governor said, adding that "inflation is sticky".\n'
    )
    assert quotes(article) == ['"Rates will stay high,"', '"inflation is sticky"']


def test_straight_quotes_nested_and_continued(read: Read, quotes: Quotes) -> None:
    text = (
        "\"The chairman told us 'no exceptions' and meant it.\n\n"
        '"We followed the rules," the coach said.\n'
    )
    article = read(text)
    outer = article.quotations[0]
    assert outer.continued and outer.closed
    assert "'no exceptions'" in quotes(article)


def test_quotes_never_cross_a_headline(read: Read) -> None:
    text = "Minister says “enough\n\n“We will act now,” she said.\n"
    article = read(text)
    first, second = article.quotations
    assert not first.closed and not first.continued
    assert second.closed and article.headline is not None
    assert not article.headline.overlaps(second)


def test_stray_closing_marks_are_ignored(read: Read) -> None:
    assert read("The vote passed” narrowly, officials said’.\n").quotations == ()


def test_unbalanced_marks_never_raise() -> None:
    rng = random.Random(20240317)
    alphabet = "ab s’'\"“”‘ .,\n(—"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        blocks = [Block(0, len(text))] if text else []
        for q in find_quotations(text, text, blocks):
            assert 0 <= q.start < q.end <= len(text)
