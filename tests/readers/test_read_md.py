"""The Markdown reader: front matter, blanking with offsets kept, blocks and headline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck import Article, InputError

Read = Callable[..., Article]
Blocks = Callable[[Article], list[tuple[str, str]]]
Quotes = Callable[[Article], list[str]]

STORY = """---
title: "Ferry operator cuts winter sailings"
date: 2024-11-04
tags: [transport, islands]
---

# Ferry operator cuts *winter* sailings

*Island residents say the timetable leaves them stranded.*

The operator will run two crossings a day instead of four, **from December**, \
according to [its new timetable](https://example.org/timetable "Timetable").
<!-- factcheck: ignore FC210 -->

> “We were told nothing until the timetable appeared online. People here depend
> on that boat for hospital visits.
>
> “Nobody asked us,” said Ailsa Brodie, who chairs the community council.

## What changes

- Sailings drop to two a day
- Fares stay at £12 &amp; under-16s travel free

![The ferry at the pier](ferry.jpg)

```
internal note: “do not publish
```
"""


def test_front_matter_becomes_metadata_and_is_blanked(read: Read) -> None:
    article = read(STORY, "md")
    assert article.metadata["title"] == "Ferry operator cuts winter sailings"
    assert article.metadata["tags"] == ["transport", "islands"]
    assert article.prose[: STORY.index("# Ferry")].strip() == ""


def test_blocks_and_kinds(read: Read, blocks: Blocks) -> None:
    got = blocks(read(STORY, "md"))
    assert got[0] == ("headline", "Ferry operator cuts *winter* sailings")
    assert got[1] == ("standfirst", "Island residents say the timetable leaves them stranded.")
    assert got[2][0] == "paragraph" and got[2][1].startswith("The operator will run")
    assert got[3] == (
        "quote-block",
        "“We were told nothing until the timetable appeared online. People here depend\n"
        "> on that boat for hospital visits.",
    )
    assert got[4] == (
        "quote-block",
        "“Nobody asked us,” said Ailsa Brodie, who chairs the community council.",
    )
    assert got[5] == ("heading", "What changes")
    assert got[6] == ("list-item", "Sailings drop to two a day")
    assert got[7] == ("list-item", "Fares stay at £12 &amp; under-16s travel free")
    assert got[8][0] == "code" and got[8][1].startswith("```")
    assert len(got) == 9


def test_markup_is_blanked_in_prose(read: Read) -> None:
    article = read(STORY, "md")
    para = article.paragraphs[0]
    prose = " ".join(article.prose[para.start : para.end].split())
    assert prose == (
        "The operator will run two crossings a day instead of four, from December , "
        "according to its new timetable ."
    )
    assert "factcheck: ignore" in article.text and "factcheck" not in article.prose
    assert "Fares stay at £12 &     under-16s" in article.prose
    assert "ferry.jpg" not in article.prose and "internal note" not in article.prose
    assert "#" not in article.prose and ">" not in article.prose


def test_multi_paragraph_quotation_in_a_block_quote(read: Read, quotes: Quotes) -> None:
    article = read(STORY, "md")
    long_quote = next(q for q in article.quotations if q.continued)
    assert long_quote.closed and len(long_quote.parts) == 2
    assert article.slice(long_quote.parts[1]) == "“Nobody asked us,”"
    assert not any("do not publish" in q for q in quotes(article))


def test_published_from_front_matter(read: Read) -> None:
    article = read(STORY, "md")
    assert str(article.published) == "2024-11-04"
    assert article.published_source == "front-matter"


def test_toml_front_matter(read: Read) -> None:
    text = '+++\ntitle = "Budget vote"\npublished = 2024-02-01\n+++\n\nThe budget passed.\n'
    article = read(text, "md")
    assert article.metadata["title"] == "Budget vote"
    assert str(article.published) == "2024-02-01"


def test_front_matter_title_as_headline_when_there_is_no_h1(read: Read, blocks: Blocks) -> None:
    text = "---\ntitle: Budget vote delayed\n---\nBudget vote delayed\n\nThe vote moves to May.\n"
    assert blocks(read(text, "md"))[0] == ("headline", "Budget vote delayed")


def test_only_first_h1_is_the_headline(read: Read) -> None:
    article = read("# One\n\nBody text.\n\n# Two\n\nMore text.\n", "md")
    assert [b.kind for b in article.blocks] == ["headline", "paragraph", "heading", "paragraph"]


def test_setext_heading_and_escapes(read: Read, blocks: Blocks) -> None:
    text = "Water bills to rise\n===================\n\nBills rise by 5\\% \\*on average\\*.\n"
    article = read(text, "md")
    assert blocks(article)[0] == ("headline", "Water bills to rise")
    para = article.paragraphs[0]
    assert article.prose[para.start : para.end] == "Bills rise by 5 %  *on average *."


def blanked(source: str, *parts: str) -> str:
    """``source`` with each of ``parts`` (found left to right) replaced by spaces."""
    pos = 0
    for part in parts:
        at = source.index(part, pos)
        source = source[:at] + " " * len(part) + source[at + len(part) :]
        pos = at + len(part)
    return source


@pytest.mark.parametrize(
    ("source", "markup"),
    [
        ("Use `rm -rf` carefully.", ["`rm -rf`"]),
        ("A **bold** and _light_ claim.", ["**", "**", "_", "_"]),
        ("Censored: f*** and 5 * 3 and snake_case_name.", []),
        ("Editors wrote [sic] and [the minister] here.", []),
        ("See [the report][1] and [^2].", ["[", "][1]", "[^2]"]),
        ("Visit <https://example.org> or <b>now</b>.", ["<https://example.org>", "<b>", "</b>"]),
        ("An ![alt text](x.png) image.", ["![alt text](x.png)"]),
        (
            "Nested [![logo](l.png)](https://example.org) link.",
            ["[![logo](l.png)](https://example.org)"],
        ),
        ("A [link](https://x.org/a_(b)) and *one*.", ["[", "](https://x.org/a_(b))", "*", "*"]),
    ],
)
def test_inline_markup(read: Read, source: str, markup: list[str]) -> None:
    article = read("Intro paragraph here.\n\n" + source + "\n", "md")
    block = article.blocks[-1]
    expected = blanked(source, *markup).strip()
    assert article.prose[block.start : article.text.index("\n", block.start)] == expected


def test_entities_are_decoded_in_place(read: Read) -> None:
    article = read("Dear &lt;name&gt; &amp;c, &bogus; &amp \\&amp; stay.\n", "md")
    assert article.prose.rstrip("\n") == "Dear <   name>    &    c, &bogus; &amp  &amp; stay."


def test_invalid_front_matter_is_an_input_error(read: Read) -> None:
    with pytest.raises(InputError, match=r"front matter is not valid YAML \(line 3\)"):
        read("---\ntitle: ok\ndate: 2024: twice\n---\nBody.\n", "md")
    with pytest.raises(InputError, match="key-value pairs"):
        read("---\n- just\n- a list\n---\nBody.\n", "md")
    with pytest.raises(InputError, match=r"not valid TOML: .*at line 2, column 9"):
        read("+++\ntitle = \n+++\nBody.\n", "md")


def test_unclosed_front_matter_fence_is_not_front_matter(read: Read) -> None:
    article = read("---\nNot front matter after all.\n", "md")
    assert dict(article.metadata) == {}


def test_dateline_in_markdown_with_bold_place(read: Read) -> None:
    article = read("# Deal\n\n**OSLO (NTB) —** The deal was agreed on Friday.\n", "md")
    assert article.dateline is not None
    assert article.slice(article.dateline) == "OSLO (NTB) —"
