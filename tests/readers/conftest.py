"""Shared fixtures for the reader tests: building sources and checking offset invariants."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factcheck import Article, Settings, Source
from factcheck.host.readers import factcheck_read_article


def _check_invariants(article: Article) -> None:
    text, prose = article.text, article.prose
    assert len(prose) == len(text)
    in_html_block = set()
    if article.format == "html":  # a line break inside an HTML paragraph is a space
        for b in article.blocks:
            if b.kind != "code":
                in_html_block.update(range(b.start, b.end))
    for i, char in enumerate(text):
        if char == "\n":
            expected = " " if i in in_html_block else "\n"
            assert prose[i] == expected, f"newline at {i} wrongly kept or lost in prose"
        if prose[i] != char:
            # markup is blanked to whitespace, or an entity is decoded in place
            assert prose[i].isspace() or text[i] == "&", (i, text[i], prose[i])
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(text)
        if block.kind != "code":
            body = prose[block.start : block.end]
            assert body == body.strip() and body, block
    starts = [b.start for b in article.blocks]
    assert starts == sorted(starts)
    for q in article.quotations:
        assert q.start < q.end
        assert q.start < q.content.start <= q.content.end <= q.end
        assert q.parts and q.parts[0].start == q.start and q.parts[-1].end == q.end
        assert q.continued == (len(q.parts) > 1)
        assert (q.close_mark is not None) == q.closed


@pytest.fixture
def read() -> Callable[..., Article]:
    """Read text as a given format through the plugin hook and check the invariants."""

    def _read(
        text: str, fmt: str = "txt", settings: Settings | None = None, path: str = ""
    ) -> Article:
        source = Source(path=path or f"story.{fmt}", text=text, format=fmt)
        article = factcheck_read_article(source=source, settings=settings or Settings())
        assert article is not None
        _check_invariants(article)
        return article

    return _read


@pytest.fixture
def quotes() -> Callable[[Article], list[str]]:
    """The original text of every quotation, in order."""

    def _quotes(article: Article) -> list[str]:
        return [article.text[q.start : q.end] for q in article.quotations]

    return _quotes


@pytest.fixture
def blocks() -> Callable[[Article], list[tuple[str, str]]]:
    """(kind, original text) of every block, in order."""

    def _blocks(article: Article) -> list[tuple[str, str]]:
        return [(b.kind, article.text[b.start : b.end]) for b in article.blocks]

    return _blocks
