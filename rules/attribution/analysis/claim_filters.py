"""Which claim candidates an editor need not check separately.

Three kinds of sentence carry claims the paper does not itself assert:

* a hypothetical or a conditional ("if the plant closed in 2026, 300 jobs
  would go"): a subordinator of condition, or a past modal ("would",
  "could", "might") governing the clause, states no fact;
* content a source answers for ("the finance minister said that ...",
  "according to the ONS", the rest of a paragraph that reports a named
  source): the attribution is what an editor checks;
* (dates and durations inside quotations are dropped by the caller:
  quoted words are the speaker's.)

Everything is read off the parse; without one nothing is dropped.
"""

from __future__ import annotations

from factcheck import Article
from factcheck.analysis.attribution.extractor import attributions
from factcheck.analysis.attribution.paragraphs import paragraph_of
from factcheck.language.words import word_set

#: Subordinators that make a clause a condition.
CONDITIONAL = word_set("if unless whether")
#: Modals of a hypothetical: they say what would happen, not what did.
HYPOTHETICAL_MODALS = word_set("would could might")
#: Source types that name who holds the content (a pronoun refers to a named person).
NAMED = frozenset({"named", "pronoun"})
#: Source types that say who holds the content at all.
DESCRIBED = NAMED | {"described"}
#: Source types that hold a claim at all ("critics say that ...": FC405's business).
HOLDERS = DESCRIBED | {"generic", "impersonal"}


def sentence_of(article: Article, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``start`` (its paragraph-free offsets; the span itself without a
    parse)."""
    doc = article.doc
    if doc is None:
        return (start, end)
    span = doc.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None:
        return (start, end)
    sent = span[0].sent
    return (sent.start_char, sent.end_char)


def hypothetical(article: Article, start: int) -> bool:
    """True when the sentence at ``start`` is a conditional or a hypothetical."""
    doc = article.doc
    if doc is None:
        return False
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sent = span[0].sent
    for tok in sent:
        if tok.lower_ in CONDITIONAL and tok.dep_ in ("mark", "advmod", "prep"):
            return True
        if tok.lower_ in HYPOTHETICAL_MODALS and tok.tag_ == "MD" and tok.head.dep_ == "ROOT":
            return True
    return False


def answered_for(article: Article, start: int, end: int) -> bool:
    """True when ``[start, end)`` is content some source answers for.

    That is: inside the content of any attribution (a vague source is FC405's
    business, not a claim of the paper's); after the reporting cue of a source
    that says who it is (a name, a pronoun, "a senior official") in the
    same sentence (before the cue, 'Dahl, who has led the talks since 2021,
    said ...', is the writer's claim about the source); or later in a
    paragraph that opened by reporting a named source, the way news copy runs
    a source's account over several sentences.
    """
    sent_start, sent_end = sentence_of(article, start, end)
    block = paragraph_of(article, start)
    for a in attributions(article):
        if a.modifier or not a.attributes_claim:
            continue
        if a.source is not None and a.source.start <= start < a.source.end:
            continue
        named = a.source_type in NAMED
        if a.source_type not in HOLDERS:
            continue
        if a.content is not None and a.content.start <= start and end <= a.content.end:
            return True  # the source's claim, even a vague one (FC405 reports the vagueness)
        if a.source_type in DESCRIBED and sent_start <= a.cue.start <= start < sent_end:
            return True  # "..., the minister said the plant closed in 2019"
        if (
            named
            and block is not None
            and block.start <= a.cue.start < sent_start
            and a.kind in ("verb", "preposition")
        ):
            return True
    return False
