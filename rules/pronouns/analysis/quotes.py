"""Quotations as the pronoun rules see them: who speaks, and how far a quote runs.

Inside a quotation "he" and "she" are the speaker's words: they never mean
the speaker (who says "I"), and they may mean someone the article never
names. The rules therefore judge a pronoun in a quotation only against
antecedents inside the same stretch of quoted speech: the quotation itself
plus the quotations just before it by the same speaker ("..., she said. "...").
Speakers come from the shared attribution analysis
(:mod:`factcheck.analysis.attribution.speakers`), else, should it fail, from
a light look at the sentence for "<subject> said".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck import Article, Span
from factcheck.analysis.attribution.speakers import speakers
from factcheck.language.reporting import SPEAKER_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_CHAIN = 3  # quotations a stretch of speech may run back over


@dataclass(frozen=True)
class Quote:
    """A top-level quotation: its content span and its speaker's source span."""

    content: Span
    para: int
    speaker: Span | None


def _from_attribution(article: Article) -> list[Quote] | None:
    """Quotations with the speakers the shared attribution analysis pairs them with.

    None when that analysis fails on this article: the pronoun rules then fall
    back to :func:`_light` rather than fail too.
    """
    try:
        found = speakers(article)
    except Exception:
        return None
    quotes = []
    for qs in found:
        source = qs.attribution.source if qs.attribution is not None else None
        head = qs.attribution.source_head if qs.attribution is not None else None
        quotes.append(
            Quote(qs.quotation.content, _para(article, qs.quotation.start), head or source)
        )
    return quotes


def _para(article: Article, offset: int) -> int:
    for n, block in enumerate(article.blocks):
        if block.start <= offset < block.end:
            return n
    return -1


def _light(article: Article, doc: Doc) -> list[Quote]:
    """Fallback: the subject of a speech verb in the sentence that holds the quote."""
    quotes = []
    for q in article.quotations:
        if any(o.contains(q.start) and o is not q for o in article.quotations):
            continue
        speaker: Span | None = None
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is not None:
            sent = span.sent
            for tok in sent:
                if q.content.start <= tok.idx < q.content.end:
                    continue
                if tok.lemma_.lower() in SPEAKER_VERBS and tok.pos_ == "VERB":
                    for c in tok.children:
                        if c.dep_.startswith("nsubj"):
                            speaker = Span(c.idx, c.idx + len(c.text))
                            break
                if speaker is not None:
                    break
        quotes.append(Quote(q.content, _para(article, q.start), speaker))
    return quotes


def _embedded(article: Article, q: Quote) -> bool:
    """True for a quotation woven into the writer's sentence: 'said she "would not ..."'.

    Its pronouns are the writer's, so it is not treated as quoted speech.
    """
    before = article.text[max(0, q.content.start - 40) : q.content.start]
    before = before.rsplit("\n", 1)[-1].rstrip()  # only the same line counts
    before = before[:-1].rstrip() if before[-1:] in "\"“‘'" else before
    return bool(before) and before[-1].isalnum()


def quotes(article: Article) -> list[Quote]:
    """Top-level quotations of speech with speakers, in text order."""
    found = _from_attribution(article)
    if found is None:
        found = _light(article, article.require_doc())
    return sorted((q for q in found if not _embedded(article, q)), key=lambda q: q.content.start)


def stretch(found: list[Quote], offset: int, same: Callable[[Span, Span], bool]) -> list[Quote]:
    """The quotations that form one stretch of speech with the one holding ``offset``.

    ``same(a, b)`` tells whether two speaker spans name the same person.
    """
    idx = next((n for n, q in enumerate(found) if q.content.contains(offset)), -1)
    if idx < 0:
        return []
    run = [found[idx]]
    for n in range(idx - 1, max(-1, idx - 1 - _CHAIN), -1):
        prev, cur = found[n], run[-1]
        if cur.para - prev.para > 1 or cur.para < 0:
            break
        if prev.speaker and cur.speaker and not same(prev.speaker, cur.speaker):
            break
        run.append(prev)
    return run
