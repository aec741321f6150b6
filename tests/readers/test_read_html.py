"""The HTML reader: body selection, blanking, entities, blocks and page metadata."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from factcheck import Article

Read = Callable[..., Article]
Blocks = Callable[[Article], list[tuple[str, str]]]
Quotes = Callable[[Article], list[str]]

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <title>Wildfire forces evacuation of hill villages | Valley Herald</title>
  <meta name="description" content="Hundreds leave their homes as wind drives the fire east.">
  <meta property="article:published_time" content="2024-08-12T06:45:00+02:00">
  <style>p { color: "red"; }</style>
  <script>var headline = "“not prose”";</script>
</head>
<body>
  <header class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="brand">Valley Herald</div></header>
  <article>
    <header>
      <h1>Wildfire forces evacuation of hill villages</h1>
      <p class="standfirst">Hundreds leave their homes as wind drives the fire east.</p>
      <p class="byline">By Tomas Ferreira</p>
    </header>
    <p>SANTAREM, Aug. 12 (Lusa) &ndash; Firefighters were battling a blaze that forced \
the evacuation of four villages overnight, the civil protection agency said.</p>
    <p>&ldquo;The wind changed direction at about midnight and the fire jumped the road,
    &rdquo; said Rui Matos, the mayor of one of the villages.</p>
    <figure><img src="fire.jpg" alt="Smoke over the hills"><figcaption>Smoke rises.</figcaption>
    </figure>
    <blockquote><p>&ldquo;We left with nothing but the car.</p>
    <p>&ldquo;Our neighbours are still up there,&rdquo; one resident said.</p></blockquote>
    <ul><li>Four villages evacuated</li><li>Two roads closed</li></ul>
    <!-- factcheck: ignore FC301 -->
    <aside>Read more: <a href="/x">Last year's fires</a></aside>
    <p>Schools in the area will stay closed on Tuesday.<br>Updates follow.</p>
    <pre>raw “feed” data</pre>
  </article>
  <footer>&copy; Valley Herald</footer>
</body>
</html>
"""


def test_blocks_come_from_the_article_only(read: Read, blocks: Blocks) -> None:
    got = blocks(read(PAGE, "html"))
    kinds = [kind for kind, _ in got]
    assert kinds == [
        "headline",
        "standfirst",
        "paragraph",
        "paragraph",
        "paragraph",
        "quote-block",
        "quote-block",
        "list-item",
        "list-item",
        "paragraph",
        "paragraph",
        "code",
    ]
    assert got[0][1] == "Wildfire forces evacuation of hill villages"
    assert got[2][1] == "By Tomas Ferreira"
    assert got[3][1].startswith("SANTAREM, Aug. 12 (Lusa) &ndash; Firefighters")
    assert got[9][1] == "Schools in the area will stay closed on Tuesday."
    assert got[10][1] == "Updates follow."
    assert got[11][1] == "<pre>raw “feed” data</pre>"


def test_everything_outside_the_body_is_blank(read: Read) -> None:
    prose = read(PAGE, "html").prose
    for hidden in ("Home", "Valley Herald", "not prose", "color", "Smoke", "Read more", "feed"):
        assert hidden not in prose, hidden
    assert "<" not in prose and ">" not in prose
    assert "factcheck: ignore" not in prose


def test_entities_decoded_in_place(read: Read) -> None:
    article = read(PAGE, "html")
    lead = article.blocks[3]
    assert article.prose[lead.start : lead.start + 34] == "SANTAREM, Aug. 12 (Lusa) –       F"


def test_quotations_with_entities_cover_the_whole_entity(read: Read, quotes: Quotes) -> None:
    article = read(PAGE, "html")
    got = quotes(article)
    assert got[0].startswith("&ldquo;The wind changed") and got[0].endswith("road,\n    &rdquo;")
    first = article.quotations[0]
    assert article.slice(first.content).startswith("The wind") and first.close_mark == "”"
    continued = article.quotations[1]
    assert continued.continued and continued.closed and len(continued.parts) == 2
    assert article.slice(continued.parts[1]) == "&ldquo;Our neighbours are still up there,&rdquo;"


def test_metadata_and_published(read: Read) -> None:
    article = read(PAGE, "html")
    assert (
        article.metadata["title"] == "Wildfire forces evacuation of hill villages | Valley Herald"
    )
    assert article.metadata["description"].startswith("Hundreds leave")
    assert (article.published, article.published_source) == (dt.date(2024, 8, 12), "html-meta")
    assert article.dateline is not None
    assert article.slice(article.dateline) == "SANTAREM, Aug. 12 (Lusa) &ndash;"


def test_main_then_body_fallback_and_blocks_get_newlines(read: Read, blocks: Blocks) -> None:
    page = "<body><nav>Menu</nav><main><h1>Title here</h1><p>One.</p><p>Two.</p></main></body>"
    article = read(page, "html")
    assert blocks(article) == [
        ("headline", "Title here"),
        ("paragraph", "One."),
        ("paragraph", "Two."),
    ]
    assert "Title here\n" in article.prose and "One.\n" in article.prose
    fragment = "<p>First fragment paragraph.</p><p>Second one.</p>"
    assert [t for _, t in blocks(read(fragment, "html"))] == [
        "First fragment paragraph.",
        "Second one.",
    ]


def test_time_element_gives_the_date_when_there_is_no_meta(read: Read) -> None:
    page = (
        "<html><body><aside><time datetime='2020-01-01'>old</time></aside><article>"
        "<h1>Title here</h1><time datetime='2024-03-05T10:00'>5 March</time>"
        "<p>Body text of the story.</p></article></body></html>"
    )
    article = read(page, "html")
    assert (article.published, article.published_source) == (dt.date(2024, 3, 5), "html-meta")


def test_json_ld_date(read: Read) -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
        ' "datePublished": "2023-10-09"}]}</script></head><body><p>Text.</p></body></html>'
    )
    assert read(page, "html").published == dt.date(2023, 10, 9)


def test_site_header_with_the_h1_is_kept(read: Read) -> None:
    page = "<body><header><h1>Title in header</h1></header><p>Body paragraph.</p></body>"
    article = read(page, "html")
    assert article.headline is not None and article.slice(article.headline) == "Title in header"


def test_title_as_headline_without_h1(read: Read) -> None:
    page = (
        "<html><head><title>Dam repairs finish early | Herald</title></head><body>"
        "<p>Dam repairs finish early</p><p>Engineers finished the work a month early.</p>"
        "</body></html>"
    )
    article = read(page, "html")
    assert article.headline is not None
    assert article.slice(article.headline) == "Dam repairs finish early"


def test_broken_markup_does_not_raise(read: Read) -> None:
    for page in ("<p>Unclosed <b>bold", "</div></p>Text<p", "<article><p>a &amp b</article>", "<"):
        read(page, "html")


def test_hidden_elements_are_blanked(read: Read) -> None:
    page = '<p>Visible.</p><div hidden>Secret.</div><span aria-hidden="true">Icon</span>'
    prose = read(page, "html").prose
    assert "Visible." in prose and "Secret" not in prose and "Icon" not in prose


def test_longest_article_is_the_story(read: Read, blocks: Blocks) -> None:
    page = (
        "<body><article><h2>Related: Dam opens</h2></article>"
        "<article><h1>Bridge reopens</h1><p>The bridge reopened on Sunday after a month of work "
        "on its deck and railings.</p></article>"
        "<article><p>Teaser text.</p></article></body>"
    )
    got = blocks(read(page, "html"))
    assert got[0] == ("headline", "Bridge reopens") and len(got) == 2
