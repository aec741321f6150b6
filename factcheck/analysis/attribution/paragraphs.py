"""Helpers over ``article.quotations`` and ``article.blocks`` for the attribution analysis.

The reader (:mod:`factcheck.analysis.quotations`) pairs the marks; this module only
answers the questions attribution asks of its result: which block holds an
offset, which blocks are its neighbours, which quotations are top-level, and
whether a quotation runs on into the next one.
"""

from __future__ import annotations

import bisect
import re

from factcheck.contract.article import Article, Block, DerivedKey, Quotation
from factcheck.language.reporting import INVERTED_TAG_FORMS, PRONOUN_TAG_FORMS
from factcheck.language.words import alternation


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
        self.ordered = all(blocks[i].end <= blocks[i + 1].start for i in range(len(blocks) - 1))


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

    One sweep over the contents sorted by start, keeping the two furthest
    ends seen (a quotation never counts as nested in itself), instead of
    comparing every pair: thousands of quotation marks must cost linear time.
    """
    quotes = list(article.quotations)
    contents = sorted(range(len(quotes)), key=lambda i: quotes[i].content.start)
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].start)
    best: tuple[int, int] = (-1, -1)  # (end, index) of the furthest-reaching content so far
    second = -1  # the furthest end among the others
    nested: set[int] = set()
    k = 0
    for i in order:
        q = quotes[i]
        while k < len(contents) and quotes[contents[k]].content.start <= q.start:
            j = contents[k]
            end = quotes[j].content.end
            if end > best[0]:
                second, best = best[0], (end, j)
            elif end > second:
                second = end
            k += 1
        reach = second if best[1] == i else best[0]
        if reach >= q.end:
            nested.add(i)
    return [q for i, q in enumerate(quotes) if i not in nested]


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
#: '..., he said.' or '..., said Mr Smith.' inside a run: a closing mark was lost.
_THIRD_PERSON = re.compile(
    rf"[,.]\s*(?:(?:he|she|they|it)\s+{alternation(PRONOUN_TAG_FORMS)}|"
    rf"(?:{alternation(INVERTED_TAG_FORMS)}|according\s+to)\s+[A-Z])"
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
