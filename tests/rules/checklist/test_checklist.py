"""The short claims-to-verify checklist (issue 12): ranked, merged, at most five items."""

from __future__ import annotations

import datetime as dt

from factcheck.testing import check_text

PUB = dt.date(2024, 5, 10)
CLAIMS = ("FC301", "FC306", "FC404")


def _items(text: str, **kwargs: object) -> list[str]:
    found = check_text(text, select=list(CLAIMS), **kwargs)  # type: ignore[arg-type]
    return [f.excerpt for f in found if f.rule in CLAIMS and f.severity.name == "INFO"]


LONG = "Harbour tax plan approved\n\n" + "".join(
    f"The port handled {n} million tonnes of cargo in {1990 + n}, up {n}% on the year "
    f"before, because exports of steel grew.\n\n"
    for n in range(1, 10)
)


def test_at_most_five_claims_by_default_and_all_on_request() -> None:
    short = _items(LONG, published=PUB)
    every = _items(LONG, published=PUB, settings={"checklist": "all"})
    assert 0 < len(short) <= 5
    assert len(every) > len(short)


def test_one_sentence_with_a_date_and_a_figure_is_one_item() -> None:
    text = (
        "Harbour tax plan approved\n\n"
        "The port handled 9 million tonnes of cargo in 1998, up 40% since 1990, because "
        "exports of steel grew.\n"
    )
    every = _items(text, published=PUB, settings={"checklist": "all"})
    short = check_text(text, select=list(CLAIMS), published=PUB)
    assert len(every) >= 2
    assert len([f for f in short if f.rule in CLAIMS]) == 1
    assert "Same sentence" in short[0].message


def test_relative_dates_without_a_publication_date_are_one_note() -> None:
    text = (
        "Harbour tax plan approved\n\n"
        "The board met on Friday and again on Monday.\n\n"
        "It will vote next week, and the mayor will sign the plan the day after.\n"
    )
    found = [f for f in check_text(text, select=["FC306"]) if f.rule == "FC306"]
    assert len(found) == 1
    assert "--published" in found[0].message
    assert found[0].data["relative_dates"] >= 3


def test_dates_inside_quotations_hypotheticals_and_named_sources_are_left_out() -> None:
    text = (
        "Harbour tax plan approved\n\n"
        '"We opened the second dock in 1998 and it paid for itself," the harbour master said.\n\n'
        "If the tax had passed in 2019, the port would have lost 40% of its trade.\n\n"
        "Trade rose 12% in 2003, according to the Harbour Board.\n\n"
        "The port handled 9 million tonnes of cargo in 1998, up 40% on 1990.\n"
    )
    short = _items(text, published=PUB)
    every = _items(text, published=PUB, settings={"checklist": "all"})
    joined = " ".join(short)
    assert "2019" not in joined and "2003" not in joined and "in 1998 and" not in joined
    assert any("1998" in e or "9 million" in e or "1990" in e for e in short)
    assert len(every) > len(short)


def test_a_named_sources_account_running_on_in_its_paragraph_is_left_out() -> None:
    text = (
        "Harbour tax plan approved\n\n"
        "Finance minister Ana Reyes said the port had lost money for years. Trade fell 12% "
        "in 2003 because steel exports collapsed.\n"
    )
    short = _items(text, published=PUB)
    every = _items(text, published=PUB, settings={"checklist": "all"})
    assert not [e for e in short if "2003" in e or "Trade fell" in e]
    assert [e for e in every if "2003" in e or "Trade fell" in e]
