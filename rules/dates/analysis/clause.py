"""The clause a temporal expression dates: its verb, tense, subject and predicate.

Read off the dependency parse (Universal Dependencies labels, as the shipped
pipeline produces; the OntoNotes-style labels of the stock spaCy models are
accepted too). Tense decides which way a relative date points ("met on
Friday" is the Friday before publication, "will meet on Friday" the one
after), and subject and predicate are what an editor needs to see to verify
the claim and what a facts file is matched against.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.language.labels import AUXILIARIES, SUBJECTS
from factcheck.nlp import ent_at

if TYPE_CHECKING:
    from spacy.tokens import Token

PAST, PRESENT, FUTURE, UNKNOWN = "past", "present", "future", "unknown"

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
_FUTURE_WORDS = frozenset(
    [
        "due",
        "expected",
        "set",
        "scheduled",
        "planned",
        "plan",
        "plans",
        "intend",
        "intends",
        "intended",
        "aim",
        "aims",
        "going",
        "poised",
        "slated",
        "likely",
        "hope",
        "hopes",
        "hoped",
    ]
)
_VERBISH = frozenset({"VERB", "AUX"})
_CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "conj", "parataxis",
     "csubj"}
)  # fmt: skip


@dataclass(frozen=True)
class ClauseInfo:
    """What the parse says about the clause around a temporal expression."""

    head: int  # token index of the clause head (verb, or predicate noun/adjective)
    tense: str
    subject: str
    subject_head: int  # token index, -1 when there is no subject
    predicate: str  # lemma of the clause head
    predicate_text: str
    negated: bool
    attaches_to_noun: bool  # "the 2006 resolution": the date modifies a noun
    obj: str = ""  # the direct object's core ("Ecopop initiative"), lower case


def _is_root(token: Token) -> bool:
    """True for the root, also when a slip hangs the sentence on a whitespace token."""
    head = token.head
    return (
        head is token
        or head.pos_ == "SPACE"
        or head.is_space
        or not (token.sent.start <= head.i < token.sent.end)
    )


def clause_head(token: Token) -> Token:
    """The verb (or copular predicate) that governs ``token``'s clause."""
    current = token
    for _ in range(12):
        if _is_root(current):
            return current
        if current.pos_ in _VERBISH and current.dep_ not in AUXILIARIES:
            return current
        if current.dep_ in _CLAUSE_DEPS or current.head is current:
            if any(c.dep_ in ("cop",) or c.dep_ in SUBJECTS for c in current.children):
                return current
            if current.head is current:
                return current
        current = current.head
    return current


def tense_of(head: Token, depth: int = 0) -> str:
    """past / present / future / unknown for the clause headed by ``head``."""
    aux = [c for c in head.children if c.dep_ in AUXILIARIES]
    words = {a.lower_ for a in aux}
    if words & _FUTURE_AUX or "would" in words:
        return FUTURE
    going = {c.lower_ for c in head.children if c.dep_ == "mark"}
    # "is due to discuss", "plans to meet", "is expected to vote": follow the xcomp up.
    if "to" in going and head.head is not head and depth < 4:
        governor = head.head
        if governor.lower_ in _FUTURE_WORDS or governor.lemma_.lower() in _FUTURE_WORDS:
            return FUTURE
        return tense_of(governor, depth + 1)
    if any(a.tag_ == "VBD" for a in aux) or head.tag_ == "VBD":
        return PAST
    if head.tag_ == "VBN" and any(a.lower_ in ("has", "have", "had", "'ve", "’ve") for a in aux):
        return PAST
    if any(a.tag_ in ("VBZ", "VBP") for a in aux) or head.tag_ in ("VBZ", "VBP"):
        return PRESENT
    if head.tag_ == "VBN" and head.dep_ in ("acl", "amod"):
        return PAST  # "the resolution adopted in 2006"
    return UNKNOWN


_CORE_DEPS = frozenset({"det", "compound", "amod", "nmod:poss", "poss", "flat", "nummod", "case"})


def _phrase(token: Token, skip: range, limit: int = 12) -> str:
    """A text for a subject: its subtree without clauses or the date itself.

    Long subtrees fall back to the noun phrase core (determiners, compounds,
    adjectives, the head), so "One of the biggest changes of the year" stays
    readable instead of being cut mid-phrase.
    """
    drop = {"acl", "acl:relcl", "relcl", "appos", "punct", "parataxis", "advcl"}
    words = [token]
    stack = [c for c in token.children if c.dep_ not in drop]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if c.dep_ not in drop)
    words = [w for w in words if not w.is_space and w.i not in skip]
    if len(words) > limit:
        words = [token, *(c for c in token.children if c.dep_ in _CORE_DEPS and c.i < token.i)]
    ent = ent_at(token) if token.ent_type_ else None
    if ent is not None:
        words.extend(t for t in ent if t not in words)
    words.sort(key=lambda t: t.i)
    return " ".join(w.text for w in words).strip()


def _object_core(head: Token) -> str:
    """The direct object without determiners ("its initiative" -> "initiative")."""
    obj = next((c for c in head.children if c.dep_ in ("obj", "dobj")), None)
    if obj is None:
        return ""
    keep = [c for c in obj.children if c.dep_ in ("compound", "amod", "flat") and c.i < obj.i]
    return " ".join(t.lower_ for t in sorted([*keep, obj], key=lambda t: t.i))


def analyse(token: Token, mention: range = range(0)) -> ClauseInfo:
    """The clause information for the temporal expression whose head token is ``token``.

    ``mention`` is the token range of the expression (and its signal), kept out
    of the subject text.
    """
    attaches_to_noun = token.dep_ in ("amod", "compound", "nummod", "nmod:poss", "poss") or (
        token.dep_ in ("nmod", "obl")
        and token.head.pos_ in ("NOUN", "PROPN")
        and token.head.dep_ not in ("ROOT",)
        and not any(c.dep_ == "cop" for c in token.head.children)
    )
    head = clause_head(token)
    subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
    if subject is None and head.dep_ in ("xcomp", "conj") and not _is_root(head):
        subject = next((c for c in head.head.children if c.dep_ in SUBJECTS), None)
    if (
        subject is not None
        and subject.lower_ in ("which", "who", "that")
        and head.dep_ in ("acl:relcl", "relcl", "acl")
    ):
        subject = head.head  # "the company, which was founded in 1996": the company
    if subject is None and (head.dep_ == "ROOT" or _is_root(head)):
        # Parse slips ("under an arms embargo" read as a noun chain): take a subject
        # anywhere in the root's subtree before the head.
        subject = next((t for t in head.subtree if t.dep_ in SUBJECTS and t.i < head.i), None)
    negated = any(c.dep_ in ("neg",) or c.lower_ in ("not", "n't", "never") for c in head.children)
    predicate = head.lemma_.lower() or head.lower_
    parts = [c for c in head.children if c.dep_ in ("compound:prt", "prt")]
    predicate_text = " ".join([head.text, *(p.text for p in parts)])
    return ClauseInfo(
        head=head.i,
        tense=tense_of(head),
        subject=_phrase(subject, mention) if subject is not None else "",
        subject_head=subject.i if subject is not None else -1,
        predicate=predicate,
        predicate_text=predicate_text,
        negated=negated,
        obj=_object_core(head),
        attaches_to_noun=attaches_to_noun,
    )
