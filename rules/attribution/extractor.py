"""The attribution extractor: for each claim in the copy, who says so.

An :class:`Attribution` has a cue (the reporting verb, "according to", an
attributing adverb), a source (who says so; may be missing for impersonal
passives and adverbs) and a content (what is said). It is read off the
dependency parse, in the manner of BBC's Citron: a cue verb is a word of the
reporting lexicon (:mod:`.cues`) or any verb that governs a clausal complement
and has a subject; its source is the subject (or the ``by`` agent of a
passive), inherited from the governing verb for participles and
coordinations ("..., adding that"); its content is the clausal complement, or
the quotation next to it.

Other rules and plugins call :func:`attributions`; the result is computed once
per article (``article.derived("factcheck.attributions", extract)``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck_rules.attribution.cues import (
    ATTITUDE_VERBS,
    ATTRIBUTING_ADVERBS,
    CUE_VERBS,
    HEARER_VERBS,
    NON_CUE_CCOMP_HEADS,
    SPEECH_VERBS,
)
from factcheck_rules.attribution.quotes import top_level, words

from factcheck.article import Article, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DERIVED_KEY = "factcheck.attributions"

# Dependency labels of both schemes a pipeline may use: UD (the shipped model) and
# ClearNLP (the spaCy English models).
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_PASSIVE = frozenset({"nsubjpass", "nsubj:pass", "auxpass", "aux:pass", "csubj:pass"})
_OBJECTS = frozenset({"dobj", "obj"})
_COMPLEMENTS = frozenset({"ccomp", "parataxis"})
_INHERIT = frozenset({"conj", "advcl", "xcomp", "acl", "relcl", "acl:relcl", "pcomp"})
_RELATIVE = frozenset({"relcl", "acl:relcl", "acl"})
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_PERSONAL_PRONOUNS = words("i you he she we they it who which that one")
_NAMED_LABELS = frozenset({"PER", "PERSON", "ORG", "LOC", "GPE", "NORP", "FAC"})


@dataclass(frozen=True)
class Attribution:
    """One attribution: ``source`` ``cue`` ``content`` (spans into ``article.text``).

    ``kind`` is ``verb``, ``preposition`` ("according to"), ``adverb``
    ("reportedly") or ``colon``. ``source_type`` says what the source is:
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
    #: True for a participle modifying a noun ("messages posted online"): no speaker.
    modifier: bool = False

    @property
    def attributes_claim(self) -> bool:
        """True when this attributes some content: a speech verb, "according to", or a
        stance verb with a complement (not a bare "agree" or "want")."""
        if self.kind != "verb" or self.lemma in _BARE_CUES:
            return True
        return self.content is not None and self.confidence >= 0.75

    @property
    def has_source(self) -> bool:
        """True when a source other than a vague one is given."""
        return self.source_type in ("named", "pronoun", "described")


# -- sources -------------------------------------------------------------------


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return child
    return None


def _agent(verb: Token) -> Token | None:
    """The ``by`` phrase of a passive: ClearNLP ``agent``/``pobj``, UD ``obl`` + ``case``."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
        if child.dep_ in ("obl", "obl:agent") and any(
            c.dep_ == "case" and c.lower_ == "by" for c in child.children
        ):
            return child
    return None


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in _PASSIVE for c in verb.children):
        return True
    # "it is widely thought that": a past participle after "be", whatever the label.
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "cop") and c.lower_ in _BE for c in verb.children
    )


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker after the verb in '"...," said coach Andy Robinson.'"""
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or not (prev.is_punct or prev.tag_ in ("''", "``", ",")):
        return None
    last: Token | None = None
    for j in range(verb.i + 1, min(len(doc), verb.i + 6)):
        t = doc[j]
        if t.pos_ in ("PROPN", "NOUN") or t.tag_ in ("NNP", "NN"):
            last = t
        elif t.tag_ == "DT" and last is None:
            continue
        else:
            break
    return last


def _left_subject(verb: Token) -> Token | None:
    """The speaker just before the verb when the parse gave none ('," Smith later said')."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART"):
        j -= 1
    if j < 0:
        return None
    t = doc[j]
    if t.pos_ in ("PROPN", "NOUN", "PRON") and not (t.is_punct or t.lower_ in ("that", "which")):
        k = j - 1
        while k >= 0 and doc[k].pos_ == "PROPN":
            k -= 1
        if k >= 0 and doc[k].is_punct:
            return t
    return None


def _is_modifier(verb: Token) -> bool:
    """A participle modifying the noun just before it: "messages posted online"."""
    return (
        verb.dep_ in ("acl", "amod")
        and verb.tag_ in ("VBN", "VBG", "JJ")
        and 0 < verb.i - verb.head.i <= 2
    )


def _find_source(verb: Token) -> tuple[Token | None, bool]:
    """The source token of a cue verb, and whether the clause is an impersonal passive."""
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted, False
    if _is_passive(verb):
        return _agent(verb), _agent(verb) is None
    subj = _subject(verb)
    if subj is None:
        subj = _left_subject(verb)
    if subj is not None:
        if subj.lower_ in ("who", "that", "which") and verb.dep_ in _RELATIVE | {"conj"}:
            head = verb.head
            return (head if head.pos_ in ("NOUN", "PROPN", "PRON") else subj), False
        return subj, False
    current = verb
    for _ in range(3):
        if current.dep_ not in _INHERIT or current.head is current:
            break
        head = current.head
        if current.dep_ in _RELATIVE and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head, False
        subj = _subject(head)
        if subj is not None:
            return subj, False
        current = head
    return None, False


#: Reporting verbs with no noun homograph: safe to read as verbs when the tagger says noun.
_VERB_ONLY = words(
    "say tell add argue explain indicate suggest insist believe think write announce "
    "reveal warn acknowledge admit concede confirm deny declare assert allege predict "
    "conclude find show describe criticise criticize accuse urge"
)

#: Cues that attribute even with no complement found ("..., he said.").
_BARE_CUES = words("say tell add write tweet report announce claim state insist")

_GENERIC_WORDS = words(
    "some many others few most several critics experts analysts observers commentators "
    "sources officials people insiders diplomats economists scientists researchers "
    "campaigners activists residents locals witnesses reports studies"
)


def _is_named(tok: Token) -> bool:
    if tok.ent_type_ in _NAMED_LABELS:
        return True
    # A sentence-initial capital is no evidence of a name ("Critics say ...").
    return tok.pos_ == "PROPN" and not (tok.is_sent_start and tok.lower_ in _GENERIC_WORDS)


def source_type(tok: Token | None, impersonal: bool = False) -> str:
    """Classify a source: named, pronoun, described, generic, impersonal or none."""
    if tok is None:
        return "impersonal" if impersonal else "none"
    lower = tok.lower_
    if lower in ("some", "many", "others", "few", "most", "several"):
        of = any(c.dep_ in ("prep", "nmod") for c in tok.children)
        return "described" if of else "generic"
    if _is_named(tok):
        return "named"
    if tok.pos_ == "PRON" or lower in _PERSONAL_PRONOUNS:
        return "pronoun"
    subtree = [t for t in tok.subtree if t is not tok]
    if any(_is_named(t) for t in subtree):
        return "described"
    dets = [c for c in tok.children if c.dep_ in ("det", "poss", "nmod:poss")]
    vague_det = all(c.lower_ in ("some", "many", "several", "most") for c in dets)
    modifiers = [
        c
        for c in tok.children
        if c.dep_ in ("amod", "compound", "prep", "nmod", "appos", "nummod", *_RELATIVE)
    ]
    plural = tok.tag_ in ("NNS", "NNPS") or (tok.pos_ == "PROPN" and lower.endswith("s"))
    if plural and vague_det and not modifiers:
        return "generic"
    if plural and vague_det and all(c.dep_ == "amod" for c in modifiers) and len(modifiers) == 1:
        return "generic"  # "some senior officials" / "many economists"
    return "described"


def _span_of(tokens: Iterable[Token]) -> Span | None:
    toks = list(tokens)
    if not toks:
        return None
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return Span(first.idx, last.idx + len(last.text))


def _source_span(tok: Token) -> Span | None:
    """The source noun phrase with its appositions, without a relative clause."""
    dropped: set[int] = set()
    for child in tok.children:
        if child.dep_ in _RELATIVE:
            dropped.update(t.i for t in child.subtree)
    toks = [t for t in tok.subtree if t.i not in dropped]
    while toks and (toks[0].is_punct or toks[0].is_space) and toks[0] is not tok:
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1] is not tok:
        toks.pop()
    return _span_of(toks)


# -- cues ------------------------------------------------------------------------


def _content_of(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in _COMPLEMENTS:
            return _span_of(child.subtree)
    for child in verb.children:
        if child.dep_ in _OBJECTS and verb.lemma_ not in HEARER_VERBS:
            return _span_of(child.subtree)
    return None


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ in _COMPLEMENTS for c in verb.children)


def _stem(word: str) -> str | None:
    """The lexicon lemma of an inflected reporting verb ("indicates", "found", "argued")."""
    irregular = {
        "said": "say",
        "says": "say",
        "told": "tell",
        "found": "find",
        "wrote": "write",
        "thought": "think",
        "felt": "feel",
        "knew": "know",
        "saw": "see",
    }
    if word in irregular:
        return irregular[word]
    for suffix, repl in (
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in CUE_VERBS:
            return word[: -len(suffix)] + repl
    return None


def _cue_lemma(tok: Token) -> str | None:
    """The verb lemma of ``tok``, also for a reporting verb mis-tagged ("a poll indicates")."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "ADJ", "PROPN") and not tok.is_sent_start:
        prev = tok.doc[tok.i - 1]
        if prev.pos_ in ("DET", "ADJ", "ADP", "NUM") or prev.dep_ in ("nmod:poss", "poss"):
            return None  # a noun after all: "the claims", "her report"
        stem = _stem(tok.lower_)
        if stem is not None and stem in _VERB_ONLY and tok.lower_ != stem:
            return stem
    return None


def _is_cue_verb(tok: Token) -> tuple[bool, float]:
    lemma = _cue_lemma(tok)
    if lemma is None:
        return False, 0.0
    if lemma in SPEECH_VERBS:
        return True, 0.9
    if lemma in ATTITUDE_VERBS:
        if _has_clause(tok) or tok.dep_ in ("ROOT", "parataxis"):
            return True, 0.75
        return False, 0.0
    if lemma in CUE_VERBS:
        return True, 0.7
    if lemma in NON_CUE_CCOMP_HEADS or tok.pos_ == "AUX":
        return False, 0.0
    if _has_clause(tok) and _subject(tok) is not None:
        return True, 0.5
    return False, 0.0


def extract_doc(doc: Doc, quotations: Sequence[Span] = ()) -> list[Attribution]:
    """Every attribution in a parsed document (offsets are the doc's char offsets)."""
    found: list[Attribution] = []
    quote_spans = sorted(quotations, key=lambda q: q.start)
    for sent in doc.sents:
        sentence = Span(sent.start_char, sent.end_char)
        for tok in sent:
            lower = tok.lower_
            if lower == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
                objs = [c for c in to.children if c.dep_ == "pobj"]
                src = objs[0] if objs else None
                if src is None and to.dep_ == "case" and to.head.i > to.i:
                    src = to.head  # UD: "to" is the case marker of the source noun
                found.append(
                    Attribution(
                        cue=Span(tok.idx, to.idx + len(to.text)),
                        source=_source_span(src) if src is not None else None,
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
            is_cue, conf = _is_cue_verb(tok)
            if not is_cue:
                continue
            cue_tokens = [tok, *(c for c in tok.children if c.dep_ == "prt")]
            src, impersonal = _find_source(tok)
            content = _content_of(tok)
            if content is None:
                content = _adjacent_quote(tok, sentence, quote_spans)
            found.append(
                Attribution(
                    cue=_span_of(cue_tokens) or Span(tok.idx, tok.idx + len(tok.text)),
                    source=_source_span(src) if src is not None else None,
                    content=content,
                    sentence=sentence,
                    kind="verb",
                    lemma=_cue_lemma(tok) or tok.lemma_.lower(),
                    source_type=source_type(src, impersonal),
                    source_head=Span(src.idx, src.idx + len(src.text)) if src is not None else None,
                    confidence=conf,
                    modifier=_is_modifier(tok),
                )
            )
    return found


def _adjacent_quote(tok: Token, sentence: Span, quotes: Sequence[Span]) -> Span | None:
    """The quotation in the cue's sentence nearest to the cue (before or after it)."""
    best: Span | None = None
    best_gap = 1 << 30
    for q in quotes:
        if q.end < sentence.start - 2 or q.start > sentence.end:
            continue
        if q.start <= tok.idx < q.end:
            return None  # the verb is inside the quotation: the speaker's own words
        gap = tok.idx - q.end if q.end <= tok.idx else q.start - tok.idx
        if gap < best_gap:
            best, best_gap = q, gap
    return best


def extract(article: Article) -> list[Attribution]:
    """The attributions of an article, cues inside quotations excluded."""
    doc = article.require_doc()
    quotations = article.quotations
    found = extract_doc(doc, [Span(q.start, q.end) for q in top_level(article)])
    return [
        a
        for a in found
        if not article.in_quotation(a.cue.start, a.cue.end) and not _inside(quotations, a.cue)
    ]


def _inside(quotations: Sequence[Span], span: Span) -> bool:
    for q in quotations:
        content = getattr(q, "content", q)
        if content.start <= span.start and span.end <= content.end:
            return True
    return False


def attributions(article: Article) -> list[Attribution]:
    """The shared, once-per-article list of attributions (for rules and plugins)."""
    return article.derived(DERIVED_KEY, extract)
