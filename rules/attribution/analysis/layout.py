"""Layouts in which a quotation's speaker is given by position rather than by a clause.

FC401 reports a quotation with no attribution near it. A few layouts of
real copy give the speaker some other way, and a warning there would cry
wolf; the rule reports them as info instead:

* a title line: a quotation in the first line of a plain-text file that the
  reader did not take for a headline (a short block at the top);
* a labelled quotation: a bracketed note right after the closing mark
  ('"..." (2008)', '"..." (AP)'), the style of slogans, pull-quotes and
  newsletter digests;
* a quotation introduced by a speech noun and a colon or dash ('A tweet last
  February: "..."'): the noun is the attribution, its author is usually in
  the paragraph before;
* a scene: a quotation paragraph in a run of quotation paragraphs and short
  narrative beats ('She pauses.') after a quotation whose speaker is given,
  the way features tell a dialogue.
"""

from __future__ import annotations

import re

from factcheck import Article, Block, Quotation
from factcheck.analysis.attribution.paragraphs import paragraph_of, previous_block
from factcheck.language.reporting import SPEECH_NOUNS

#: Longest first line that is read as a title.
TITLE_WORDS = 20
#: Longest paragraph that is a narrative beat in a scene ('She pauses.').
BEAT_WORDS = 12
#: Paragraphs to look back through for the scene's last named speaker.
SCENE_REACH = 4

_NOTE = re.compile(r"[ \t]*[(\[]")
_OPENERS = ('"', "“", "''", "``", "‘", "'")


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def title_line(article: Article, quote: Quotation) -> bool:
    """A quotation in a short first block of a multi-paragraph article."""
    body = [b for b in article.blocks if b.kind != "code"]
    if len(body) < 3 or not (body[0].start <= quote.start < body[0].end):
        return False
    return _words(article.text[body[0].start : body[0].end]) <= TITLE_WORDS


def labelled(article: Article, quote: Quotation) -> bool:
    """A bracketed note right after the closing mark: a slogan's year, a wire tag."""
    return quote.closed and _NOTE.match(article.text, quote.end) is not None


def noun_introduced(article: Article, quote: Quotation) -> bool:
    """'A tweet last February, about ... - "..."': a speech noun, then a colon or dash."""
    doc = article.doc
    if doc is None:
        return False
    before = article.text[max(0, quote.start - 4) : quote.start].rstrip()
    if not before.endswith((":", "—", "–", "-")):
        return False
    sentence = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if sentence is None:
        return False
    sent = sentence[0].sent
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in SPEECH_NOUNS and t.idx < quote.start for t in sent
    )


def _opens_with_quote(article: Article, block: Block) -> bool:
    return article.text[block.start : block.end].lstrip().startswith(_OPENERS)


def scene(article: Article, quote: Quotation, attributed: list[Quotation]) -> bool:
    """A closed quotation paragraph in a dialogue whose speaker was given shortly before.

    Walking back up to :data:`SCENE_REACH` paragraphs, every paragraph in
    between must be a short narrative beat or itself open with a quotation,
    and the walk must reach a paragraph holding a quotation with a speaker.
    """
    if not quote.closed:
        return False
    block = paragraph_of(article, quote.start)
    if block is None or article.text[block.start : quote.start].strip():
        return False
    for _ in range(SCENE_REACH):
        block = previous_block(article, block) if block is not None else None
        if block is None:
            return False
        if any(block.start <= q.start < block.end for q in attributed):
            return True
        text = article.text[block.start : block.end]
        if not (_opens_with_quote(article, block) or _words(text) <= BEAT_WORDS):
            return False
    return False
