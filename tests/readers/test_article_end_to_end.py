"""A whole news story read end to end, checking every span against the text."""

from __future__ import annotations

from collections.abc import Callable

from factcheck import Article

Read = Callable[..., Article]

STORY = """Regulator accuses airline of trying to ‘hide’ delay figures | Business Desk

Aviation watchdog says carrier withheld data on cancelled flights.

LONDON (Reuters) - Britain's aviation regulator on Thursday accused the country's \
second-largest airline of withholding figures on flight delays from passengers.

“Travellers have a right to know how often their flight is likely to be late,” \
the regulator's chief executive, Priya Raman, told reporters.

The airline, which flies to 40 countries, said the figures were being audited. \
“We share the regulator's goals,” a spokesperson said. “The numbers will be \
published once they are checked.”

Raman said the delays had cost passengers’ families “weeks of holiday”.

“We asked three times for the data. Each time we were told it was not ready.

“We will not ask a fourth time,” she said.

“The airline has until Friday to respond.

Shares in the carrier fell 3 percent in London trading.
"""


def test_structure_and_every_quotation(read: Read) -> None:
    article = read(STORY)
    assert article.headline and article.standfirst and article.dateline
    assert article.slice(article.headline) == (
        "Regulator accuses airline of trying to ‘hide’ delay figures | Business Desk"
    )
    assert article.slice(article.standfirst) == (
        "Aviation watchdog says carrier withheld data on cancelled flights."
    )
    assert article.slice(article.dateline) == "LONDON (Reuters) -"
    assert article.published is None
    got = [
        (article.slice(q), q.closed, q.continued, [article.slice(p) for p in q.parts])
        for q in article.quotations
    ]
    assert [text for text, *_ in got] == [
        "‘hide’",
        "“Travellers have a right to know how often their flight is likely to be late,”",
        "“We share the regulator's goals,”",
        "“The numbers will be published once they are checked.”",
        "“weeks of holiday”",
        "“We asked three times for the data. Each time we were told it was not ready.\n\n"
        "“We will not ask a fourth time,”",
        "“The airline has until Friday to respond.",
    ]
    assert [(closed, continued) for _, closed, continued, _ in got] == [
        (True, False),
        (True, False),
        (True, False),
        (True, False),
        (True, False),
        (True, True),
        (False, False),
    ]
    assert got[5][3] == [
        "“We asked three times for the data. Each time we were told it was not ready.",
        "“We will not ask a fourth time,”",
    ]


def test_same_story_in_markdown_and_html_finds_the_same_quotations(read: Read) -> None:
    plain = read(STORY)
    paragraphs = STORY.strip().split("\n\n")
    md = "# " + paragraphs[0] + "\n\n" + "\n\n".join(paragraphs[1:]) + "\n"
    html = (
        "<html><body><article><h1>"
        + paragraphs[0]
        + "</h1>"
        + "".join(f"<p>{p}</p>\n" for p in paragraphs[1:])
        + "</article></body></html>"
    )

    def contents(article: Article) -> list[str]:
        return [
            " ".join(article.prose[q.content.start : q.content.end].split())
            for q in article.quotations
        ]

    expected = contents(plain)
    for fmt, text in (("md", md), ("html", html)):
        article = read(text, fmt)
        assert contents(article) == expected, fmt
        assert [b.kind for b in article.blocks] == [b.kind for b in plain.blocks], fmt
        assert article.dateline is not None
        assert article.slice(article.dateline) == "LONDON (Reuters) -"


def test_wire_style_multi_paragraph_quotation(read: Read) -> None:
    text = (
        "Harbour plan approved\n"
        "“This will change the waterfront. It will bring jobs.\n"
        "“And it will bring visitors back,” the mayor said.\n"
    )
    (q,) = read(text).quotations
    assert q.continued and q.closed and len(q.parts) == 2
