"""Who speaks each direct quotation: the quote-speaker pairing of news copy.

News convention puts the speaker of a quotation in the same sentence ("...,"
she said), elsewhere in the same paragraph, in a lead-in that ends with a
colon ("He added:"), or in the first paragraph of a quotation that runs over
several paragraphs. :func:`speakers` applies these conventions in that order
and records where it looked, so that a rule can say so when it finds nothing.
Quoted terms ("called it “unconstructive”") are not quotations that need a
speaker: :func:`is_full_quotation` tells the two apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.analysis.attribution.extractor import Attribution, attributions
from factcheck.analysis.attribution.paragraphs import (
    next_block,
    paragraph_of,
    previous_block,
    run_on,
    top_level,
)
from factcheck.analysis.spans import SpanIndex
from factcheck.contract.article import Article, DerivedKey, Quotation, Span
from factcheck.language.labels import FINITE_VERB_TAGS

DERIVED_KEY: DerivedKey[list[QuoteSpeaker]] = DerivedKey("factcheck.attribution.speakers")


@dataclass(frozen=True)
class QuoteSpeaker:
    """A quotation and the attribution that gives its speaker (None if none was found).

    ``how`` is ``sentence``, ``paragraph``, ``lead-in``, ``continued`` or
    ``none``; ``looked`` are the spans searched, in order.
    """

    quotation: Quotation
    attribution: Attribution | None
    how: str
    looked: tuple[tuple[str, Span], ...]


def is_full_quotation(article: Article, quote: Quotation) -> bool:
    """True for a quoted clause or sentence, False for a quoted word or phrase.

    A full quotation has a finite verb with a subject inside it, or opens its
    sentence with a capital letter and runs to at least four words.
    """
    content = article.text[quote.content.start : quote.content.end]
    words = [w for w in content.split() if any(c.isalnum() for c in w)]
    if len(words) < 3:
        return False
    doc = article.doc
    if doc is not None:
        span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
        if span is not None:
            for tok in span:
                if tok.tag_ in FINITE_VERB_TAGS and any(
                    c.dep_.startswith("nsubj") and c.i >= span.start for c in tok.children
                ):
                    return True
    stripped = content.lstrip()
    starts_sentence = _starts_sentence(article, quote.start)
    return bool(stripped[:1].isupper() and starts_sentence and len(words) >= 4)


def is_title(article: Article, quote: Quotation) -> bool:
    """A quoted title or slogan ('the podcast "So, That Happened"'): most words capitalised."""
    words = [w for w in article.text[quote.content.start : quote.content.end].split()[1:]]
    alpha = [w.strip("“”\"'‘’,.?!:;()") for w in words]
    alpha = [w for w in alpha if w[:1].isalpha() and len(w) > 3]
    if not alpha or len(words) > 12:
        return False
    return sum(w[0].isupper() for w in alpha) / len(alpha) >= 0.6


def _starts_sentence(article: Article, offset: int) -> bool:
    i = offset - 1
    while i >= 0 and article.text[i] in " \t":
        i -= 1
    return i < 0 or article.text[i] in ".!?:\n”\"’'"


class _Lookups:
    """The article's attributions, sentences and quotations, indexed once per article.

    Each quotation asks for the attributions in a sentence or paragraph, the
    first or last sentence of a block and whether a sentence quotes anyone;
    scanning every attribution, sentence and quotation for each made a long
    article quadratic. The indexes return the scans' own matches in the
    scans' own order (see :class:`~factcheck.contract.spans.SpanIndex`).
    """

    def __init__(self, article: Article, found: list[Attribution]) -> None:
        self.found = found
        self.cues = SpanIndex((a.cue.start, a.cue.end) for a in found)
        doc = article.doc
        self.sentences = [] if doc is None else [(s.start_char, s.end_char) for s in doc.sents]
        self.sentence_index = SpanIndex(self.sentences)
        quotes = article.quotations
        self.quote_starts = SpanIndex((q.start, q.end) for q in quotes)
        self.quote_ends = SpanIndex((q.end, q.end) for q in quotes)

    def starting_in(self, lo: int, hi: int) -> list[Attribution]:
        """The attributions whose cue starts in ``[lo, hi)``, in the list's order."""
        return [self.found[i] for i in self.cues.starting_in(lo, hi)]


def _sentences_over(article: Article, quote: Quotation, lookups: _Lookups) -> list[Span]:
    doc = article.doc
    if doc is None:
        return []
    spans: list[Span] = []
    covered = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    # From the quotation's first token on, not over every sentence of the article:
    # thousands of quotations must not cost quadratic time.
    i = covered.start if covered is not None and len(covered) else len(doc)
    while i < len(doc):
        sent = doc[i].sent
        if sent.start_char >= quote.end:
            break
        if quote.start < sent.end_char:
            spans.append(Span(sent.start_char, sent.end_char))
        i = sent.end
    if covered is None or not len(covered):
        # sentences with start < quote.end and quote.start < end
        for k in lookups.sentence_index.touching(quote.start + 1, quote.end - 1):
            spans.append(Span(*lookups.sentences[k]))
    return spans


def _speaker_in(lookups: _Lookups, quote: Quotation, area: Span) -> Attribution | None:
    best: Attribution | None = None
    for a in lookups.starting_in(area.start, area.end + 1):
        if a.cue.end > area.end:
            continue
        if quote.closed and quote.content.start <= a.cue.start < quote.content.end:
            continue
        if a.kind not in ("verb", "preposition", "colon", "noun"):
            continue
        if a.source is None or a.modifier:
            continue
        if not a.attributes_claim and a.source_type not in ("named", "pronoun"):
            continue  # "comments posted online criticised the plan" names no speaker
        if best is None or abs(a.cue.start - quote.end) < abs(best.cue.start - quote.end):
            best = a
    return best


def _find(article: Article, quote: Quotation, lookups: _Lookups) -> QuoteSpeaker:
    looked: list[tuple[str, Span]] = []
    sentences = _sentences_over(article, quote, lookups)
    if sentences:
        area = Span(sentences[0].start, sentences[-1].end)
        looked.append(("sentence", area))
        hit = _speaker_in(lookups, quote, area)
        if hit is not None:
            return QuoteSpeaker(quote, hit, "sentence", tuple(looked))
    before = article.text[max(0, quote.start - 3) : quote.start].rstrip()
    if before.endswith(":"):
        # 'Mr Dean is confident: "..."' - the clause before the colon introduces the speaker.
        return QuoteSpeaker(quote, None, "colon", tuple(looked))
    signed = _signature(article, quote)
    if signed is not None:
        return QuoteSpeaker(quote, None, signed, tuple(looked))
    parts = quote.parts or (Span(quote.start, quote.end),)
    first_block = None
    for part in parts:
        block = paragraph_of(article, part.start)
        if block is None:
            continue
        first_block = first_block or block
        looked.append(("paragraph", Span(block.start, block.end)))
        hit = _speaker_in(lookups, quote, Span(block.start, block.end))
        if hit is not None:
            how = "paragraph" if block is first_block else "continued"
            return QuoteSpeaker(quote, hit, how, tuple(looked))
    if first_block is not None:
        prev = previous_block(article, first_block)
        if prev is not None:
            tail = article.text[prev.start : prev.end].rstrip()
            looked.append(("previous paragraph", Span(prev.start, prev.end)))
            if tail.endswith(":"):
                hit = _speaker_in(lookups, quote, Span(prev.start, prev.end))
                if hit is not None:
                    return QuoteSpeaker(quote, hit, "lead-in", tuple(looked))
        opens_paragraph = not article.text[first_block.start : quote.start].strip()
        well_formed = quote.closed or run_on(article, quote)
        if prev is not None and well_formed and opens_paragraph:
            carried = _closing_speaker(article, prev, lookups)
            if carried is not None:
                return QuoteSpeaker(quote, carried, "previous-paragraph", tuple(looked))
        nxt = next_block(article, first_block)
        if nxt is not None and well_formed and opens_paragraph:
            looked.append(("next paragraph", Span(nxt.start, nxt.end)))
            ahead = _chained_speaker(article, nxt, lookups) or _delayed_speaker(
                article, nxt, lookups
            )
            if ahead is not None:
                return QuoteSpeaker(quote, ahead, "next-paragraph", tuple(looked))
    return QuoteSpeaker(quote, None, "none", tuple(looked))


def _chained_speaker(article: Article, block: Span, lookups: _Lookups) -> Attribution | None:
    """The speaker of a chain of quotation paragraphs attributed at the end of the next one.

    '"First point."' / '"Second point," Smith said.' - common in features and
    in American copy. Only a next paragraph that itself opens with a
    quotation counts.
    """
    if not article.text[block.start : block.start + 2].startswith(('"', "“", "''", "``")):
        return None
    for a in lookups.starting_in(block.start, block.end):
        if (
            a.source is not None
            and a.source_type in ("named", "pronoun", "described")
            and not a.modifier
            and a.attributes_claim
        ):
            return a
    return None


def _delayed_speaker(article: Article, block: Span, lookups: _Lookups) -> Attribution | None:
    """Delayed attribution: the next paragraph opens by pointing back at the quotation
    ('That was how the chief executive described the merger.') and names its speaker.

    The demonstrative subject stands for the quoted words, so the attribution in
    that first sentence is the quotation's own.
    """
    if not article.text[block.start : block.start + 8].lower().startswith(_DELAYED_OPENERS):
        return None
    first_end = block.end
    first = lookups.sentence_index.first_starting_from(block.start)
    if first is not None:
        first_end = min(block.end, lookups.sentences[first][1])
    for a in lookups.starting_in(block.start, first_end):
        if (
            a.source is not None
            and a.source_type in ("named", "pronoun", "described")
            and not a.modifier
        ):
            return a
    return None


def _closing_speaker(article: Article, block: Span, lookups: _Lookups) -> Attribution | None:
    """The speaker attribution that ends ``block`` ('"...," said Ms Jones.'), if any.

    A paragraph of quotation after a paragraph that ends with its speaker is the
    same speaker continuing. Only closed quotations are carried over: an
    unclosed one may be a fragment pasted out of place. The closing sentence
    must quote the speaker or name them without reported content ('Ms Jones
    spoke to reporters.'): indirect speech ('She noted that the filing was
    late.') says what she meant, not that the next words are hers.
    """
    last_sentence_start = block.start
    last = lookups.sentence_index.last_starting_in(block.start, block.end)
    if last is not None:
        last_sentence_start = lookups.sentences[last][0]
    # some quotation with last_sentence_start <= start < block.end, or
    # last_sentence_start < end <= block.end
    quoting = lookups.quote_starts.any_starting_in(
        last_sentence_start, block.end
    ) or lookups.quote_ends.any_starting_in(last_sentence_start + 1, block.end + 1)
    for a in reversed(lookups.starting_in(last_sentence_start, block.end)):
        if (
            a.source is not None
            and a.source_type in ("named", "pronoun", "described")
            and not a.modifier
            and (quoting or a.content is None)
        ):
            return a
    return None


#: '"..." ― Jane Doe' / '"..." — Jane Doe, Ohio': a dash and a capitalised name
#: (with an optional place or title after a comma) ending the quotation's line.
_DASH_SIGNATURE = re.compile(
    r"[ \t]*[-–—―]{1,2}[ \t]*(?:[A-Z][\w.'’-]*[ \t]*){1,5}(?:,[^\n]{1,60})?[ \t]*$",
    re.MULTILINE,
)
#: A demonstrative opening a paragraph that names who said the quotation before it:
#: 'That was how the chief executive described the merger.'
_DELAYED_OPENERS = ("that ", "this ", "those ", "these ", "such ", "so ", "thus ")

_SOURCE_TAG = re.compile(r"\s*[\[(]\s*[A-Z][\w.&' -]{1,40}[\])]")


def _signature(article: Article, quote: Quotation) -> str | None:
    """A source written as a tag or a signature line rather than a clause.

    '"..." [Reuters.]' / '"..." (AP)' - a bracketed source right after the quotation;
    a pull-quote whose last line, inside the marks, is the speaker's name.
    """
    if _SOURCE_TAG.match(article.text, quote.end):
        return "source-tag"
    if quote.closed and _DASH_SIGNATURE.match(article.text, quote.end):
        return "signature"  # '"..." ― Jane Doe, Ohio'
    block = paragraph_of(article, quote.start)
    after = next_block(article, block) if block is not None else None
    if after is not None:
        line = article.text[after.start : after.end].strip()
        if re.match(r"[-–—]\s*[A-Z]", line):
            return "signature"  # '"..."' / '-Michelle Marks, Philadelphia.'
        if not quote.closed and len(line.split()) <= 12 and line[-1:] in ('"', "”"):
            return "signature"  # a pull-quote whose last line names the speaker
    content = article.text[quote.content.start : quote.content.end].rstrip()
    if "\n" in content:
        last = content.rsplit("\n", 1)[1].strip()
        words = last.split()
        if 1 <= len(words) <= 12 and words[0][:1].isupper():
            return "signature"
    return None


def _compute(article: Article) -> list[QuoteSpeaker]:
    lookups = _Lookups(article, attributions(article))
    body = [q for q in top_level(article) if _in_body(article, q)]
    out: list[QuoteSpeaker] = []
    for q in body:
        pairing = _find(article, q, lookups)
        prev = out[-1] if out else None
        if (
            pairing.how == "none"
            and prev is not None
            and not prev.quotation.closed
            and prev.how != "none"
            and not article.text[prev.quotation.end : q.start].strip()
        ):
            # '"First point. "Second point."': the quotation before ran on into this one.
            pairing = QuoteSpeaker(q, prev.attribution, "run-on", pairing.looked)
        elif pairing.how == "none" and prev is not None and _chained(article, prev, q):
            # A third paragraph of quotation from the speaker of the paragraphs before.
            pairing = QuoteSpeaker(q, prev.attribution, "chain", pairing.looked)
        out.append(pairing)
    return out


def _chained(article: Article, prev: QuoteSpeaker, q: Quotation) -> bool:
    """True when ``q`` opens the paragraph right after one that opened with ``prev``,
    whose speaker came from the paragraph before or after it."""
    if prev.how not in ("previous-paragraph", "next-paragraph", "chain", "lead-in"):
        return False
    if not (q.closed or run_on(article, q)):
        return False
    here = paragraph_of(article, q.start)
    there = paragraph_of(article, prev.quotation.start)
    if here is None or there is None or previous_block(article, here) != there:
        return False
    return not article.text[here.start : q.start].strip()


def _in_body(article: Article, quote: Quotation) -> bool:
    for block in (article.headline, article.standfirst):
        if block is not None and block.start <= quote.start < block.end:
            return False
    return True


def speakers(article: Article) -> list[QuoteSpeaker]:
    """Every top-level body quotation with its speaker (shared per article)."""
    return article.derived(DERIVED_KEY, _compute)
