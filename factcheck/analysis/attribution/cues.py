"""Attribution cues: which words of a parsed sentence say who says so.

The lexicon is :mod:`factcheck.language.reporting`: reporting verbs in tiers,
because many of them report speech only in some uses ("said" always
attributes, "called" only with a complement, "believes" only with a clause).
:func:`cue_kind` combines the lexicon with the parse; a verb outside the
lexicon that has a subject and a *that*-clause ("she insinuated that ...") is a
cue too, at lower confidence. Lemmas are also recovered from the surface form
when the tagger mistakes a reporting verb for a noun ("..., he adds") or the
lemmatizer slips ("hoped" -> "hop").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.analysis.attribution.source_finder import subject_of
from factcheck.language.labels import AUXILIARIES, DIRECT_OBJECTS, PARTICLES
from factcheck.language.reporting import (
    ATTITUDE_ADJECTIVES,
    ATTITUDE_VERBS,
    DISCLOSURE_VERBS,
    FRAMING_VERBS,
    IRREGULAR_PAST,
    NON_REPORTING_CLAUSE_VERBS,
    NOUNLESS_REPORTING_VERBS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
)
from factcheck.language.words import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions of a verb's oblique that name what a stance or a speech act is about
#: ("called for a ban", "voted against", "agreed with", "spoke about").
TOPIC_CASES = word_set("for against on with about over of to")

#: Words that label a passage rather than name a speaker ("Question: ...").
LABEL_WORDS = word_set(
    "question answer note update editor correction disclosure source photo caption "
    "advertisement related watch read listen follow from via"
)

# -- finding cue verbs in the parse ------------------------------------------

COMPLEMENTS = frozenset({"ccomp", "parataxis"})


QUOTE_CHARS = frozenset("\"“”‘’'`")


def has_clause(verb: Token) -> bool:
    """A clausal complement; a line break or punctuation the parser hung as parataxis
    is none."""
    return any(c.dep_ in COMPLEMENTS and not (c.is_space or c.is_punct) for c in verb.children)


#: Irregular past tenses of reporting verbs -> their lemma ("said" -> "say").
_PAST_LEMMAS = {past: lemma for lemma, past in IRREGULAR_PAST.items()}


def _stem(word: str) -> str | None:
    """The lexicon lemma of an inflected reporting verb ("indicates", "found", "argued")."""
    if word in _PAST_LEMMAS:
        return _PAST_LEMMAS[word]
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
        if word.endswith(suffix) and word[: -len(suffix)] + repl in REPORTING_VERBS:
            return word[: -len(suffix)] + repl
    return None


def near_quote(tok: Token) -> bool:
    """True when a quotation mark is within a few tokens: '"...," Smith notes.'"""
    doc = tok.doc
    lo, hi = max(0, tok.i - 4), min(len(doc), tok.i + 3)
    return any(doc[j].text[:1] in QUOTE_CHARS or doc[j].text == "''" for j in range(lo, hi))


def cue_lemma(tok: Token) -> str | None:
    """The verb lemma of ``tok``, also for a reporting verb mis-tagged ("a poll indicates")."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        lemma = tok.lemma_.lower()
        if lemma not in REPORTING_VERBS:
            stem = _stem(tok.lower_)  # the lemmatizer's slips: "hoped" -> "hop"
            if stem is not None:
                return stem
        return lemma
    if tok.pos_ in ("NOUN", "ADJ", "PROPN") and not tok.is_sent_start:
        prev = tok.doc[tok.i - 1]
        stem = _stem(tok.lower_)
        if stem is None or tok.lower_ == stem:
            return None
        if prev.lemma_.lower() == "be" and tok.lower_.endswith("ed") and stem in REPORTING_VERBS:
            return stem  # "is expected to", "are shocked that": a participle tagged ADJ
        if prev.pos_ in ("DET", "ADJ", "ADP", "NUM") or prev.dep_ in ("nmod:poss", "poss"):
            return None  # a noun after all: "the claims", "her report"
        if stem in NOUNLESS_REPORTING_VERBS or (stem in SPEECH_VERBS and near_quote(tok)):
            return stem
    return None


def _colon_after(tok: Token) -> bool:
    """'He added: ...' - a colon right after the verb (or its object) introduces content."""
    doc = tok.doc
    return any(doc[j].text == ":" for j in range(tok.i + 1, min(len(doc), tok.i + 4)))


def _has_predicate(tok: Token) -> bool:
    """An object with a predicate or an "as" phrase: "called it reckless", "described as"."""
    return any(c.dep_ in ("xcomp", "oprd", "acomp") for c in tok.children) or any(
        c.lower_ == "as" and c.i > tok.i for c in tok.subtree if c.i - tok.i <= 4
    )


def _that_clause(tok: Token) -> bool:
    """A clausal complement introduced by "that": the mark of reported speech or thought."""
    for child in tok.children:
        if child.dep_ == "ccomp" and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            return True
    return False


#: Framing verbs that are also aspectual verbs ("continued to", "went on to"): a cue only
#: next to a quotation or a colon.
_ASPECTUAL = word_set("continue")


def _topic(tok: Token) -> bool:
    """An oblique or particle phrase saying what the act is about ("called for a ban")."""
    for child in tok.children:
        if child.dep_ in ("obl", "prep", "nmod") or child.dep_.startswith("obl"):
            if child.dep_ == "prep" and child.lower_ in TOPIC_CASES:
                return True
            if any(c.dep_ == "case" and c.lower_ in TOPIC_CASES for c in child.children):
                return True
        if child.dep_ in ("prt", "compound:prt") and child.lower_ in TOPIC_CASES:
            return True
    return False


def _has_agent(tok: Token) -> bool:
    """A subject, or a participle/clause that takes its subject from the verb it hangs on."""
    return subject_of(tok) is not None or tok.dep_ in ("advcl", "conj", "xcomp", "acl")


def _attitude_adjective(tok: Token) -> tuple[str | None, float]:
    """'Pundits are shocked that ...', 'she is confident about the vote'."""
    if tok.pos_ != "ADJ" or subject_of(tok) is None:
        return None, 0.0
    if not any(c.dep_ in ("cop",) for c in tok.children):
        return None, 0.0
    if has_clause(tok) or _that_clause(tok):
        return "verb", 0.6
    if tok.lemma_.lower() in ATTITUDE_ADJECTIVES and (
        _topic(tok) or any(c.dep_ in ("xcomp", "advcl") for c in tok.children)
    ):
        return "verb", 0.5
    return None, 0.0


def cue_kind(tok: Token) -> tuple[str | None, float]:
    """Whether ``tok`` is a cue: its kind (``verb`` or ``stance``) and a confidence."""
    if tok.pos_ == "ADJ":
        kind, conf = _attitude_adjective(tok)
        if kind is not None:
            return kind, conf
    lemma = cue_lemma(tok)
    if lemma is None:
        if tok.pos_ == "ADJ" and tok.lower_.endswith("ed") and _introduces_quotation(tok):
            return "verb", 0.6  # a past tense the tagger took for an adjective: "boomed"
        return None, 0.0
    if lemma in SPEECH_VERBS:
        return "verb", 0.9
    clause = has_clause(tok)
    if lemma in _ASPECTUAL:
        # "continued: ..." reports speech; "continued to raise money" does not
        return ("verb", 0.8) if near_quote(tok) or _colon_after(tok) else (None, 0.0)
    if lemma in FRAMING_VERBS:
        if clause or _has_predicate(tok) or near_quote(tok) or _colon_after(tok):
            return "verb", 0.8
        if any(
            c.dep_ in ("prt", "compound:prt") and c.lower_ in ("out", "for") for c in tok.children
        ):
            return "verb", 0.7  # "called out his rival", "called for a ban"
        if subject_of(tok) is not None and any(c.dep_ in DIRECT_OBJECTS for c in tok.children):
            return "verb", 0.6  # "accused the senator of lying": an act of speech
        if _has_agent(tok) and _topic(tok):
            return "verb", 0.55  # "called on Congress", "spoke about the bill"
        return None, 0.0
    if lemma in DISCLOSURE_VERBS:
        if clause or near_quote(tok) or _colon_after(tok):
            return "verb", 0.6
        return None, 0.0
    if lemma in ATTITUDE_VERBS:
        xcomp = any(c.dep_ == "xcomp" for c in tok.children)
        if clause or xcomp:
            return "verb", 0.75
        if _has_predicate(tok) and _has_agent(tok):
            return "verb", 0.6  # "sees golf courses as wasted space"
        return None, 0.0
    if lemma in STANCE_VERBS:
        has_obj = any(c.dep_ in DIRECT_OBJECTS or c.dep_ == "xcomp" for c in tok.children)
        if (has_obj or _topic(tok)) and _has_agent(tok):
            return "stance", 0.6
        return None, 0.0
    if lemma in NON_REPORTING_CLAUSE_VERBS or tok.pos_ == "AUX":
        return None, 0.0
    if _that_clause(tok) and subject_of(tok) is not None:
        return "verb", 0.5
    if tok.pos_ in ("VERB", "ADJ") and _introduces_quotation(tok):
        return "verb", 0.6  # 'she boomed, "Today, ..."': any verb that frames a quotation
    return None, 0.0


_OPENING = ('"', "“", "''", "``")
_CLOSING = ('"', "”", "''")


def _introduces_quotation(tok: Token) -> bool:
    """A verb of manner of speaking the lexicon lacks, framing a quotation: 'then boomed,
    "Today ..."' or '"...," she boomed.'"""
    doc = tok.doc
    nxt = doc[tok.i + 1 : tok.i + 3]
    if len(nxt) == 2 and nxt[0].text in (",", ":") and nxt[1].text.startswith(_OPENING):
        return _has_agent(tok)
    subj = subject_of(tok)
    if subj is None or subj.i > tok.i or tok.i - subj.i > 3:
        return False
    before = [doc[j] for j in range(max(0, subj.i - 2), subj.i)]
    return any(t.text.startswith(_CLOSING) for t in before) and not any(
        c.dep_ in DIRECT_OBJECTS for c in tok.children
    )


#: Children that belong to the cue's span by the PolNeAR/PARC convention: auxiliaries,
#: negation and particles ("has not said", "pointed out").
_CUE_CHILDREN = (AUXILIARIES - {"cop"}) | PARTICLES | {"neg"}
_TOPIC_PREPOSITIONS = word_set("for to of on about against with")


def cue_span_tokens(verb: Token) -> list[Token]:
    """The tokens of a verb cue as attribution corpora mark it: auxiliaries, negation,
    adverbs between them and the verb, particles, and the preposition of an oblique
    right after it ("has not yet called for", "referring to")."""
    toks = [verb]
    for child in verb.children:
        if child.dep_ in _CUE_CHILDREN or (child.dep_ == "advmod" and child.lower_ == "not"):
            toks.append(child)
    first = min(t.i for t in toks)
    doc = verb.doc
    toks.extend(t for t in doc[first : verb.i] if t.pos_ in ("ADV", "PART") and t not in toks)
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ in _TOPIC_PREPOSITIONS
        and nxt.pos_ == "ADP"
        and (nxt.head.i == verb.i or nxt.head.head.i == verb.i)
    ):
        toks.append(nxt)
    return toks
