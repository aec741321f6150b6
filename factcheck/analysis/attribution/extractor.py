"""The attribution extractor: for each claim in the copy, who says so.

An :class:`Attribution` has a cue (a reporting verb, "according to", an
attributing adverb, a colon after a name, a speech noun with its possessor),
a source (who says so; missing for impersonal passives and adverbs) and a
content (what is said). It is read off the dependency parse, in the manner of
BBC's Citron: cue verbs come from :mod:`.cues`, sources from :mod:`.source_finder`;
the content is the clausal complement or object, or the quotation next to
the cue.

Other rules and plugins call :func:`attributions`; the result is computed once
per article (``article.derived(DERIVED_KEY, extract)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.analysis.attribution.cues import (
    COMPLEMENTS,
    LABEL_WORDS,
    QUOTE_CHARS,
    cue_kind,
    cue_lemma,
    cue_span_tokens,
)
from factcheck.analysis.attribution.paragraphs import top_level
from factcheck.analysis.attribution.phrase_cues import bracket_tag, document_phrase, speaker_label
from factcheck.analysis.attribution.source_finder import (
    find_source,
    is_modifier,
    is_object_relative,
    noun_phrase_after,
    source_span,
    source_type,
    span_of,
    subject_of,
)
from factcheck.analysis.spans import SpanIndex
from factcheck.contract.article import Article, DerivedKey, Span
from factcheck.language.labels import DIRECT_OBJECTS
from factcheck.language.reporting import (
    ATTRIBUTING_ADVERBS,
    BARE_REPORTING_VERBS,
    HEARER_VERBS,
    SPEECH_NOUNS,
    STANCE_NOUNS,
)
from factcheck.language.words import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

DERIVED_KEY: DerivedKey[list[Attribution]] = DerivedKey("factcheck.attributions")


@dataclass(frozen=True)
class Attribution:
    """One attribution: ``source`` ``cue`` ``content`` (spans into ``article.text``).

    ``kind`` is ``verb``, ``preposition`` ("according to", "in a poll"), ``adverb``
    ("reportedly"), ``colon``, ``noun`` ("her claim that"), ``stance`` ("endorsed
    Clinton") or ``tag`` (a bracketed source after a sentence: "[Reuters.]").
    ``source_type`` says what the source is:
    ``named`` (a name or organisation), ``pronoun``, ``described`` (a noun
    phrase with a description: "a senior official in the ministry"),
    ``generic`` (a bare plural or vague quantifier: "critics", "some"),
    ``impersonal`` ("it is thought") or ``none``. ``source_head`` is the
    head word of the source.
    """

    cue: Span
    source: Span | None
    content: Span | None
    sentence: Span
    kind: str
    lemma: str
    source_type: str
    source_head: Span | None = None
    confidence: float = 1.0
    #: True for a participle modifying a noun ("messages posted online") or a relative
    #: clause whose object is that noun ("the website it mentions"): no speaker.
    modifier: bool = False

    @property
    def attributes_claim(self) -> bool:
        """True when this attributes some content: a speech verb, "according to", or a
        stance verb with a complement (not a bare "agree" or "want")."""
        if self.kind == "stance":
            return False
        if self.kind != "verb" or self.lemma in BARE_REPORTING_VERBS:
            return True
        return self.content is not None and self.confidence >= 0.75


# -- contents and noun cues -----------------------------------------------------


def _content_of(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in COMPLEMENTS and not (child.is_space or child.is_punct):
            return span_of(child.subtree)
    for child in verb.children:
        if child.dep_ in DIRECT_OBJECTS and verb.lemma_ not in HEARER_VERBS:
            return span_of(child.subtree)
    return None


_NOUN_CUES = SPEECH_NOUNS | STANCE_NOUNS


#: Verbs that deliver a statement ("issued a statement", "gave a speech").
_DELIVERING = word_set("issue release make give deliver publish post send put read")


def _noun_cue(tok: Token, sentence: Span) -> Attribution | None:
    """ "Trump's proposal to ban ...", "her remark that ...": a possessor who said it."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in _NOUN_CUES:
        return None
    owners = [
        c
        for c in tok.children
        if c.dep_ in ("nmod:poss", "poss") and (c.pos_ in ("PROPN", "PRON") or c.ent_type_)
    ]
    if not owners and tok.dep_ in DIRECT_OBJECTS and tok.head.lemma_.lower() in _DELIVERING:
        # "the DNC issued a statement": the subject of the verb that delivers it
        owners = [s for s in (subject_of(tok.head),) if s is not None]
    if not owners:
        return None
    src = owners[0]
    content_toks = [
        t for c in tok.children if c.dep_ in ("acl", "ccomp", "nmod", "prep") for t in c.subtree
    ]
    if not content_toks:
        return None  # "his speech", "her message": an event, not what was said
    return Attribution(
        cue=Span(tok.idx, tok.idx + len(tok.text)),
        source=source_span(src),
        content=span_of(content_toks),
        sentence=sentence,
        kind="stance" if lemma in STANCE_NOUNS else "noun",
        lemma=tok.lemma_.lower(),
        source_type=source_type(src),
        source_head=Span(src.idx, src.idx + len(src.text)),
        confidence=0.6,
    )


def _colon_cue(sent: SpacySpan) -> Attribution | None:
    """'Graham: Trump's rhetoric is hateful' / 'The minister: "We will win."'

    A colon after a bare noun phrase, with no verb before it in the sentence,
    introduces what that source said.
    """
    sentence = Span(sent.start_char, sent.end_char)
    doc = sent.doc
    for tok in sent:
        if tok.text != ":" or tok.i == sent.start or sent.end - tok.i < 3:
            continue
        before = doc[sent.start : tok.i]
        last = doc[tok.i - 1]
        quoted = tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1] in QUOTE_CHARS
        if quoted and last.pos_ in ("PROPN", "PRON"):
            src = last  # '... Republican pollster Daron Shaw: "Historically, ..."'
        else:
            if len(before) > 6 or any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ") for t in before):
                return None
            heads = [t for t in before if t.pos_ in ("PROPN", "NOUN", "PRON")]
            if not heads or heads[-1].lower_ in LABEL_WORDS:
                return None
            src = heads[-1]
        start = src
        while start.i > sent.start and doc[start.i - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            start = doc[start.i - 1]
        return Attribution(
            cue=Span(tok.idx, tok.idx + 1),
            source=Span(start.idx, src.idx + len(src.text)),
            content=Span(sent.doc[tok.i + 1].idx, sent.end_char),
            sentence=sentence,
            kind="colon",
            lemma=":",
            source_type=source_type(src),
            source_head=Span(src.idx, src.idx + len(src.text)),
            confidence=0.6,
        )
    return None


def _label_cue(sent: SpacySpan, following: SpacySpan | None) -> Attribution | None:
    """'TAPPER: And obviously ...': a speaker label the splitter cut off from its words."""
    colon = speaker_label(sent)
    if colon is None or following is None:
        return None
    names = [t for t in sent if not t.is_space and t.i < colon.i]
    src = names[-1]
    return Attribution(
        cue=Span(colon.idx, colon.idx + 1),
        source=Span(names[0].idx, src.idx + len(src.text)),
        content=Span(following.start_char, following.end_char),
        sentence=Span(sent.start_char, following.end_char),
        kind="colon",
        lemma=":",
        source_type="named",
        source_head=Span(src.idx, src.idx + len(src.text)),
        confidence=0.6,
    )


def _tag_cue(sent: SpacySpan, previous: SpacySpan | None) -> Attribution | None:
    """'... of all time. [ESPN.]': a bracketed source naming who reported the sentence."""
    found = bracket_tag(sent)
    if found is None:
        return None
    open_, close = found
    content = sent.doc[sent.start : open_.i] if open_.i > sent.start else previous
    return Attribution(
        cue=Span(open_.idx, close.idx + 1),
        source=Span(open_.idx + 1, close.idx),
        content=None if content is None else Span(content.start_char, content.end_char),
        sentence=Span(sent.start_char, sent.end_char),
        kind="tag",
        lemma="[]",
        source_type="named",
        confidence=0.7,
    )


def extract_doc(doc: Doc, quotations: Sequence[Span] = ()) -> list[Attribution]:
    """Every attribution in a parsed document (offsets are the doc's char offsets)."""
    found: list[Attribution] = []
    quote_spans = sorted(quotations, key=lambda q: q.start)
    quote_index = SpanIndex((q.start, q.end) for q in quote_spans)

    def quoted(offset: int) -> bool:
        # some q with q.start < offset < q.end - 1, that is q.start <= offset - 1
        # and q.end >= offset + 2
        return quote_index.covers(offset - 1, offset + 2)

    sents = list(doc.sents)
    for n, sent in enumerate(sents):
        sentence = Span(sent.start_char, sent.end_char)
        colon = _colon_cue(sent)
        if colon is None:
            colon = _label_cue(sent, sents[n + 1] if n + 1 < len(sents) else None)
        if colon is not None:
            found.append(colon)
        tag = _tag_cue(sent, sents[n - 1] if n else None)
        if tag is not None:
            found.append(tag)
        for tok in sent:
            lower = tok.lower_
            if lower == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
                objs = [c for c in to.children if c.dep_ == "pobj"]
                src = objs[0] if objs else None
                if src is None and to.dep_ == "case" and to.head.i > to.i:
                    src = to.head  # UD: "to" is the case marker of the source noun
                if src is None:
                    src = noun_phrase_after(to)
                found.append(
                    Attribution(
                        cue=Span(tok.idx, to.idx + len(to.text)),
                        source=source_span(src) if src is not None else None,
                        content=sentence,
                        sentence=sentence,
                        kind="preposition",
                        lemma="according to",
                        source_type=source_type(src),
                        source_head=Span(src.idx, src.idx + len(src.text))
                        if src is not None
                        else None,
                        confidence=0.95,
                    )
                )
                continue
            phrase = document_phrase(tok)
            if phrase is not None:
                first, document = phrase
                found.append(
                    Attribution(
                        cue=Span(tok.idx, tok.idx + len(tok.text)),
                        source=Span(first.idx, document.idx + len(document.text)),
                        content=sentence,
                        sentence=sentence,
                        kind="preposition",
                        lemma="in",
                        source_type=source_type(document),
                        source_head=Span(document.idx, document.idx + len(document.text)),
                        confidence=0.6,
                    )
                )
                continue
            if lower in ATTRIBUTING_ADVERBS:
                found.append(
                    Attribution(
                        cue=Span(tok.idx, tok.idx + len(tok.text)),
                        source=None,
                        content=sentence,
                        sentence=sentence,
                        kind="adverb",
                        lemma=lower,
                        source_type="none",
                        confidence=0.8,
                    )
                )
                continue
            kind, conf = cue_kind(tok)
            if kind is None:
                noun = _noun_cue(tok, sentence)
                if noun is not None:
                    found.append(noun)
                continue
            cue_tokens = cue_span_tokens(tok)
            src, who, impersonal = find_source(tok, quoted)
            content = _content_of(tok)
            if content is None:
                content = _adjacent_quote(tok, sentence, quote_spans, quote_index)
            found.append(
                Attribution(
                    cue=span_of(cue_tokens) or Span(tok.idx, tok.idx + len(tok.text)),
                    source=source_span(src) if src is not None else None,
                    content=content,
                    sentence=sentence,
                    kind=kind,
                    lemma=cue_lemma(tok) or tok.lemma_.lower(),
                    source_type=source_type(who, impersonal),
                    source_head=Span(who.idx, who.idx + len(who.text)) if who is not None else None,
                    confidence=conf,
                    modifier=is_modifier(tok) or is_object_relative(tok),
                )
            )
    return found


def _adjacent_quote(
    tok: Token, sentence: Span, quotes: Sequence[Span], index: SpanIndex
) -> Span | None:
    """The quotation in the cue's sentence nearest to the cue (before or after it).

    ``index`` indexes ``quotes``: only those that reach the sentence (ending no
    earlier than two characters before it, starting no later than its end) are
    looked at, in the list's order, so a tie goes to the same quotation.
    """
    best: Span | None = None
    best_gap = 1 << 30
    for i in index.touching(sentence.start - 2, sentence.end):
        q = quotes[i]
        if q.start <= tok.idx < q.end:
            return None  # the verb is inside the quotation: the speaker's own words
        gap = tok.idx - q.end if q.end <= tok.idx else q.start - tok.idx
        if gap < best_gap:
            best, best_gap = q, gap
    return best


def extract(article: Article) -> list[Attribution]:
    """The attributions of an article, cues inside closed quotations excluded.

    The speaker's own "I said" inside a quotation is not an attribution of the
    quotation. An unclosed quotation's extent is a guess (it runs to the end of
    its paragraph), so cues inside it are kept: '"No sign of a slowdown, said Mr
    Smith.' still names its speaker.
    """
    doc = article.require_doc()
    closed = SpanIndex((q.content.start, q.content.end) for q in article.quotations if q.closed)
    found = extract_doc(doc, [Span(q.start, q.end) for q in top_level(article)])
    # inside a closed quotation: some content with start <= cue.start and cue.end <= end
    return [a for a in found if not closed.covers(a.cue.start, a.cue.end)]


def attributions(article: Article) -> list[Attribution]:
    """The shared, once-per-article list of attributions (for rules and plugins)."""
    return article.derived(DERIVED_KEY, extract)
