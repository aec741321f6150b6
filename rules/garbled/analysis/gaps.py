"""Does a sentence-final preposition have a filler for its missing object?

English strands a preposition only when its object was moved elsewhere: a
relative or wh-word ("the side *which* he played *for*"), the head noun of a
relative clause without "that" ("the side I played for"), a fronted object
("*This one* the council could live with"), the subject of a tough adjective
or of an infinitive that modifies a noun ("the rules are *hard* to argue
with", "*a friend* to rely on"), or the subject of a prepositional passive
("the subsidy was paid for"). A preposition with no such filler lost its
object to a cut ("..., which leaves the city short of.").

The decision is taken from the gap, not from one dependency label: parsers
label these constructions differently (``xcomp``, ``advcl``, ``acl``), and a
relative clause whose relative pronoun is its *subject* ("which leaves the
city short of") has no gap for the preposition at all, whatever dominates it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck_rules.garbled.analysis import clauses as cl

from factcheck.language.labels import (
    FINITE_VERB_TAGS,
    PARTICLES,
    PASSIVES,
    RELATIVE_CLAUSES,
    SUBJECTS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words whose clause leaves a gap a stranded preposition can point to.
WH_WORDS = frozenset(
    {"what", "which", "who", "whom", "whose", "where", "whatever", "whichever", "worth"}
)
#: Relativizers: a relative clause that opens with one of them in subject
#: position has no gap left for a preposition.
_RELATIVIZERS = WH_WORDS | {"that"}
_ZERO_RELATIVE_BEFORE = frozenset({"NN", "NNS", "NNP", "NNPS", "JJS", "RP", "CD"})
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
#: Labels of a fronted time or manner phrase ("Last year the council voted..."),
#: which is no fronted object.
_TEMPORAL = frozenset(
    {"obl:tmod", "nmod:tmod", "npadvmod", "obl:npmod", "obl:unmarked", "advmod", "tmod"}
)
_DIRECT_OBJECTS = frozenset({"obj", "dobj"})
#: Labels under which a fronted noun phrase may hang on its clause's verb.
_FRONTED_DEPS = frozenset({"obj", "dobj", "obl", "dep", "nsubj", "iobj"})
_NOUNISH_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "DT", "CD"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: Tags of a word that can open the subject of a relative clause: "that *the* mayor...",
#: "that *Trump* routinely rails against".
_SUBJECT_OPENERS = frozenset({"DT", "PRP$", "PRP", "NNP", "NNPS"})


def has_filler(doc: Doc, word: Token, question: bool = False) -> bool:
    """True when the stranded preposition ``word`` has a filler for its object."""
    head = word.head if word.head.i != word.i else word
    if has_moved_filler(doc, word, question):
        return True
    return _passive(doc, word, head) or _infinitive_gap(doc, word, head)


def has_moved_filler(doc: Doc, word: Token, question: bool = False) -> bool:
    """True when a filler was moved to the front: a wh-word, a relative, a fronted object.

    The passive and the infinitive are left out: for a final "to" after
    "expected" they describe the elided infinitive itself ("were not
    expected to."), not a gap.
    """
    head = word.head if word.head.i != word.i else word
    chain = [head, *cl.ancestors_within(head)]
    clause = {t.i for t in chain}
    if _wh_filler(doc, word, clause, question):
        return True
    if _zero_relative(doc, word, clause):
        return True
    if any(t.dep_ in RELATIVE_CLAUSES and _relative_has_gap(t) for t in chain):
        return True
    return _fronted_object(chain)


def _wh_filler(doc: Doc, word: Token, clause: set[int], question: bool) -> bool:
    """A wh-word of the preposition's clause that is not that clause's only subject.

    "what he was looking at", "where it came from"; but in "which leaves the
    city short of" the wh-word is the subject and the gap is filled already.
    A question ("Who did she speak to?") keeps its wh-word as filler even
    when the parser calls it a subject.
    """
    for t in doc[word.sent.start : word.i]:
        if not (t.lower_ in WH_WORDS or t.tag_ in ("WDT", "WP", "WP$")):
            continue
        if t.lower_ == "worth":
            return True
        if t.head.i not in clause:
            continue
        if question or not _sole_subject(t):
            return True
    return False


def _sole_subject(t: Token) -> bool:
    """True when ``t`` is the subject of its head and the head has no other subject."""
    if t.dep_ not in SUBJECTS:
        return False
    return not any(c.dep_ in SUBJECTS and c.i != t.i for c in t.head.children)


def _relative_has_gap(rel: Token) -> bool:
    """True when a relative clause leaves a gap: its subject is not the relativizer.

    "the plan (which) the council voted for": subject "the council", gap for
    "for". "a plan which leaves the city short of": "which" is the subject.
    """
    relativizers = [c for c in rel.children if c.lower_ in _RELATIVIZERS or c.tag_ in ("WDT", "WP")]
    if any(c.dep_ not in SUBJECTS for c in relativizers):
        return True  # "which the council voted for", "where it came from"
    subjects = [c for c in rel.children if c.dep_ in SUBJECTS]
    if any(s not in relativizers for s in subjects):
        return True  # a zero relative: "the side I played for"
    return not relativizers and not subjects and any(c.dep_ in PASSIVES for c in rel.children)


def _zero_relative(doc: Doc, word: Token, clause: set[int]) -> bool:
    """A relative clause that the parser did not label as one.

    After a noun, or after a noun and its relativizer: a subject pronoun ("the
    side I played against") or a determiner, a noun and a finite verb ("the
    winter the crew can remember").
    """
    for t in doc[word.sent.start : word.i]:
        if _relativizer_after_noun(doc, t) and t.i + 1 < word.i:
            # "the establishment that the mayor rails against": a subject after the
            # relativizer, so the relativizer is the object, whatever the parse says
            nxt = doc[t.i + 1]
            if nxt.tag_ in _SUBJECT_OPENERS and nxt.lower_ not in ("that", "which", "it"):
                subj = nxt if nxt.tag_ in ("PRP", "NNP", "NNPS") else nxt.head
                if subj.head.i in clause or subj.head.head.i in clause:
                    return True
            continue
        if t.tag_ not in _ZERO_RELATIVE_BEFORE or t.i - t.sent.start < 2 or t.dep_ in _TEMPORAL:
            continue  # not a fronted time phrase: "This year the Grammys have been..."
        subject = _zero_relative_subject(doc, t.i + 1, word.i)
        if subject is not None and subject.head.i in clause:
            return True
    return False


def _relativizer_after_noun(doc: Doc, t: Token) -> bool:
    """ "that"/"which"/"who" right after a noun: a relative clause the parser may have missed."""
    return (
        t.lower_ in ("that", "which", "who", "whom") and t.i > 0 and doc[t.i - 1].tag_[:2] == "NN"
    )


def _zero_relative_subject(doc: Doc, i: int, stop: int) -> Token | None:
    if i >= stop:
        return None
    first = doc[i]
    if first.lower_ in _SUBJECT_PRONOUNS:
        return first
    if first.tag_ not in ("DT", "PRP$") or first.lower_ in ("that", "which"):
        return None
    for k in range(i + 1, min(i + 4, stop - 1)):
        if doc[k].tag_.startswith("NN") and doc[k + 1].tag_ in FINITE_VERB_TAGS:
            return doc[k]
    return None


def _fronted_object(chain: list[Token]) -> bool:
    """A noun phrase put before the subject of the preposition's clause.

    "This one the council could live with": a noun phrase with no preposition
    of its own, ahead of the subject, and not a time phrase ("Last year the
    council voted...").
    """
    for verb in chain:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if not subjects:
            continue
        subject = subjects[-1]  # a fronted object may be misread as a first subject
        for c in verb.children:
            if c.i >= subject.i or c.dep_ not in _FRONTED_DEPS or c.tag_ not in _NOUNISH_TAGS:
                continue
            if any(g.dep_ == "case" or g.tag_ == "IN" for g in c.children):
                continue
            if c.ent_type_ in _TIME_ENTITIES or c.dep_ in _TEMPORAL:
                continue
            return True
        return False
    return False


def _passive(doc: Doc, word: Token, head: Token) -> bool:
    """A prepositional passive: "has been paid for", "was referred to"."""
    if head.i == word.i:
        return False
    between: list[Token] = list(doc[head.i + 1 : word.i]) if head.i < word.i else []
    adjacent = all(t.tag_ in ("RB", "RP") or t.dep_ in PARTICLES for t in between)
    return adjacent and any(c.dep_ in PASSIVES for c in head.children)


def _infinitive_gap(doc: Doc, word: Token, head: Token) -> bool:
    """A to-infinitive whose missing object is a noun or a tough adjective's subject.

    "hard to argue with", "a friend to rely on", "something to be proud of",
    "too hot to sleep in". The preposition must belong to the infinitive's
    own verb (or to an adjective it predicates), not to an object of it: in
    "no right to overturn the result of." the gap is inside "the result of".
    """
    verb = head
    while not any(c.tag_ == "TO" and c.i < verb.i for c in verb.children):
        # climb from an adjective to the verb that predicates it ("to feel proud of")
        if verb.head.i == verb.i or not (verb.tag_.startswith("JJ") or verb.pos_ == "ADJ"):
            return False
        verb = verb.head
    if verb.head.i == verb.i:
        return False
    # The infinitive must modify the noun or adjective that supplies its
    # object: "went to Cardiff to talk to." is a purpose clause of "went".
    owner = verb.head
    if owner.pos_ in ("NOUN", "PROPN", "PRON", "ADJ") or owner.tag_.startswith(("NN", "JJ")):
        return True
    # "needs new addresses to send the letters to": the parser hung the infinitive on
    # the verb, but it follows the verb's direct object, which it modifies.
    to = next(c for c in verb.children if c.tag_ == "TO" and c.i < verb.i)
    before = doc[to.i - 1] if to.i > 0 else None
    return (
        before is not None
        and before.dep_ in _DIRECT_OBJECTS
        and before.head.i == owner.i
        and before.tag_.startswith("NN")
    )
