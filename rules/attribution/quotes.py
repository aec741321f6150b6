"""Helpers over ``article.quotations`` and ``article.blocks`` for the attribution family.

The reader (:mod:`factcheck.quotations`) pairs the marks; this module only
answers the questions the attribution rules ask of its result: which block
holds an offset, which quotations are top-level, and whether a quotation is
a full clause or a quoted term.
"""

from __future__ import annotations

from factcheck.article import Article, Block, Quotation


def paragraph_of(article: Article, offset: int) -> Block | None:
    """The block holding ``offset`` (headline and standfirst included)."""
    for block in article.blocks:
        if block.start <= offset < block.end:
            return block
    return None


def top_level(article: Article) -> list[Quotation]:
    """Quotations not nested inside another quotation's content."""
    quotes = list(article.quotations)
    return [
        q
        for q in quotes
        if not any(
            o is not q and o.content.start <= q.start and q.end <= o.content.end for o in quotes
        )
    ]


def previous_block(article: Article, block: Block) -> Block | None:
    """The body block just before ``block`` (None for the first)."""
    before = [b for b in article.blocks if b.end <= block.start]
    return before[-1] if before else None
