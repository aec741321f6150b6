"""Helpers over ``article.quotations`` and ``article.blocks`` for the attribution family.

The reader (:mod:`factcheck.analysis.quotations`) pairs the marks; this module only
answers the questions the attribution rules ask of its result: which block
holds an offset, which quotations are top-level, and whether a quotation is
a full clause or a quoted term.
"""

from __future__ import annotations

import bisect
import re

from factcheck import Article, Block, DerivedKey, Quotation


def words(text: str) -> frozenset[str]:
    """A closed word set written as one space-separated string."""
    return frozenset(text.split())


class _BlockIndex:
    """Block starts and ends for bisection, when the blocks are in order and disjoint.

    The helpers below are asked once per quotation; scanning every block each
    time made a long article (a 2,000-row table, thousands of quotations)
    quadratic. Readers emit blocks in document order, so bisection answers
    the same question; should a plugin's reader not, the helpers scan.
    """

    def __init__(self, article: Article) -> None:
        blocks = article.blocks
        self.starts = [b.start for b in blocks]
        self.ends = [b.end for b in blocks]
        self.ordered = all(
            blocks[i].end <= blocks[i + 1].start for i in range(len(blocks) - 1)
        )


_BLOCK_INDEX: DerivedKey[_BlockIndex] = DerivedKey("attribution-block-index")


def _index(article: Article) -> _BlockIndex:
    return article.derived(_BLOCK_INDEX, _BlockIndex)


def paragraph_of(article: Article, offset: int) -> Block | None:
    """The block holding ``offset`` (headline and standfirst included)."""
    index = _index(article)
    if index.ordered:
        i = bisect.bisect_right(index.starts, offset) - 1
        block = article.blocks[i] if i >= 0 else None
        return block if block is not None and offset < block.end else None
    for block in article.blocks:
        if block.start <= offset < block.end:
            return block
    return None


def top_level(article: Article) -> list[Quotation]:
    """Quotations not nested inside another quotation's content.

    A sweep in order of position instead of comparing every pair: ``q`` is
    nested when some other quotation whose content starts at or before
    ``q.start`` has content reaching ``q.end``, so it suffices to track the
    two furthest-reaching contents seen so far (two, so that ``q`` itself
    never counts). 165 KB of quotation marks took minutes pairwise.
    """
    quotes = list(article.quotations)
    by_content = sorted(range(len(quotes)), key=lambda i: quotes[i].content.start)
    nested = [False] * len(quotes)
    best: list[tuple[int, int]] = []  # (content end, index), the two largest, largest first
    pointer = 0
    for i in sorted(range(len(quotes)), key=lambda i: quotes[i].start):
        q = quotes[i]
        while pointer < len(by_content) and quotes[by_content[pointer]].content.start <= q.start:
            j = by_content[pointer]
            best = sorted([*best, (quotes[j].content.end, j)], reverse=True)[:2]
            pointer += 1
        reach = next((end for end, j in best if j != i), -1)
        nested[i] = q.end <= reach
    return [q for q, inside in zip(quotes, nested, strict=True) if not inside]


def next_block(article: Article, block: Block) -> Block | None:
    """The block just after ``block`` (None for the last)."""
    index = _index(article)
    if index.ordered:
        i = bisect.bisect_left(index.starts, block.end)
        return article.blocks[i] if i < len(article.blocks) else None
    after = [b for b in article.blocks if b.start >= block.end]
    return after[0] if after else None


def previous_block(article: Article, block: Block) -> Block | None:
    """The body block just before ``block`` (None for the first)."""
    index = _index(article)
    if index.ordered:
        i = bisect.bisect_right(index.ends, block.start) - 1
        return article.blocks[i] if i >= 0 else None
    before = [b for b in article.blocks if b.end <= block.start]
    return before[-1] if before else None


_SENTENCE_END = ".?!…"
_THIRD_PERSON = re.compile(
    r"[,.]\s*(?:(?:he|she|they|it)\s+(?:said|says|added|told|explained)|"
    r"(?:said|says|added|according\s+to)\s+[A-Z])"
)


def run_on(article: Article, q: Quotation) -> bool:
    """True for the news convention of copy whose paragraph breaks were lost.

    One speaker's quotation runs over several (former) paragraphs; each
    leaves its closing mark off and the next opens with a fresh mark, now on
    the same line: '"... first point. "Second point," he said.' The quotation
    ends a sentence and the next character is an opening mark of the same
    kind. A reporting clause inside the run ('..., said Mr Smith.') shows that
    a closing mark was lost instead.
    """
    content = article.text[q.content.start : q.content.end].rstrip()
    if not content or (content[-1] not in _SENTENCE_END and content[-2:-1] not in ('"', "”")):
        return False
    i = q.end
    while i < len(article.text) and article.text[i] in " \t":
        i += 1
    if i >= len(article.text) or article.text[i] != q.open_mark:
        return False
    return not _THIRD_PERSON.search(content)
