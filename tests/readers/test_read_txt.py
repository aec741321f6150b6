"""The plain-text reader: headline, standfirst, paragraphs and offsets."""

from __future__ import annotations

from collections.abc import Callable

from factcheck import Article

Read = Callable[..., Article]
Blocks = Callable[[Article], list[tuple[str, str]]]

STORY = """Harbour bridge to close for six weeks of repairs

Commuters face longer journeys as engineers replace corroded cables.

The city's main harbour crossing will shut to traffic from Monday while crews replace \
cables that inspectors found badly corroded last year, transport officials said.

“We cannot put this off any longer,” said Dana Whitlock, who leads the repair programme.

Buses will be diverted over the inland bridge, adding about 20 minutes to most journeys.
"""


def test_headline_standfirst_and_paragraphs(read: Read, blocks: Blocks) -> None:
    article = read(STORY)
    assert article.prose == article.text
    assert blocks(article) == [
        ("headline", "Harbour bridge to close for six weeks of repairs"),
        ("standfirst", "Commuters face longer journeys as engineers replace corroded cables."),
        ("paragraph", STORY.split("\n\n")[2]),
        ("paragraph", STORY.split("\n\n")[3]),
        ("paragraph", STORY.split("\n\n")[4].rstrip("\n")),
    ]
    assert article.headline is article.blocks[0]
    assert article.standfirst is article.blocks[1]
    assert len(article.paragraphs) == 3


def test_lead_paragraph_is_not_taken_for_a_standfirst(read: Read, blocks: Blocks) -> None:
    text = (
        "Storm closes schools\n\n"
        "Schools across the region closed on Thursday as the storm brought down power lines.\n\n"
        "Forecasters expect the wind to ease by the weekend.\n"
    )
    kinds = [kind for kind, _ in blocks(read(text))]
    assert kinds == ["headline", "paragraph", "paragraph"]


def test_quoted_or_attributed_second_paragraph_is_body(read: Read) -> None:
    text = (
        "Port strike ends\n\n"
        "Dock workers voted to return, the union said.\n\n"
        "The vote came after three days of talks between the union and the port authority.\n"
    )
    assert read(text).standfirst is None


def test_long_first_line_with_full_stop_is_not_a_headline(read: Read) -> None:
    text = (
        "The regional assembly approved the budget on Wednesday after a debate that ran late.\n\n"
        "Opposition members walked out before the vote.\n"
    )
    article = read(text)
    assert article.headline is None
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]


def test_single_paragraph_has_no_headline(read: Read) -> None:
    assert read("Polls close at 10pm\n").headline is None


def test_wire_style_one_paragraph_per_line(read: Read, blocks: Blocks) -> None:
    text = (
        "Rail fares to rise by 4 percent\n"
        "Rail fares will rise by 4 percent in March, the operator announced.\n"
        "Passenger groups called the increase unfair.\n"
        "The operator said costs had risen sharply.\n"
    )
    assert blocks(read(text)) == [
        ("headline", "Rail fares to rise by 4 percent"),
        ("paragraph", "Rail fares will rise by 4 percent in March, the operator announced."),
        ("paragraph", "Passenger groups called the increase unfair."),
        ("paragraph", "The operator said costs had risen sharply."),
    ]


def test_hard_wrapped_paragraphs_stay_whole(read: Read, blocks: Blocks) -> None:
    text = (
        "Museum reopens after flood\n\n"
        "The museum reopened its ground floor on Saturday, nearly a year\n"
        "after floodwater damaged part of its collection of maritime\n"
        "paintings.\n\n"
        "Curators said most works had been restored.\n"
    )
    got = blocks(read(text))
    assert got[1] == ("paragraph", text.split("\n\n")[1])
    assert len(got) == 3


def test_headline_directly_above_wrapped_body(read: Read, blocks: Blocks) -> None:
    text = (
        "Museum reopens after flood\n"
        "The museum reopened its ground floor on Saturday, nearly a year\n"
        "after floodwater damaged part of its collection.\n\n"
        "Curators said most works had been restored.\n"
    )
    got = blocks(read(text))
    assert got[0] == ("headline", "Museum reopens after flood")
    assert got[1][0] == "paragraph" and got[1][1].startswith("The museum")


def test_wrapped_first_line_is_not_split_off(read: Read) -> None:
    text = (
        "The museum reopened its ground floor on Saturday, nearly a\n"
        "year after floodwater damaged part of its collection.\n\n"
        "Curators said most works had been restored.\n"
    )
    assert read(text).headline is None


def test_bulleted_lines_become_list_items(read: Read, blocks: Blocks) -> None:
    text = "Key points\n\n- Fares rise in March.\n- Season tickets are frozen.\n"
    assert [k for k, _ in blocks(read(text))] == ["headline", "list-item", "list-item"]


def test_crlf_and_offsets(read: Read, blocks: Blocks) -> None:
    text = (
        "Council backs plan\r\n\r\nThe council backed the plan on Monday.\r\nIt starts in May.\r\n"
    )
    got = blocks(read(text))
    assert got == [
        ("headline", "Council backs plan"),
        ("paragraph", "The council backed the plan on Monday."),
        ("paragraph", "It starts in May."),
    ]


def test_leading_blank_lines_and_unicode_offsets(read: Read) -> None:
    text = "\n\n  Zürich vote on tram line 🚋\n\nVoters in Zürich approved the tram extension.\n"
    article = read(text)
    assert article.headline is not None
    assert article.slice(article.headline) == "Zürich vote on tram line 🚋"
    assert article.position(article.blocks[1].start) == (5, 1)
