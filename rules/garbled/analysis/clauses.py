"""Clause signals from the parse: is there a finite verb, does it have a subject?

Garbled text shows itself in the grammar before it shows in the words: a
fragment glued after a full stop has no finite verb of its own, or a verb with
no subject. These helpers read that off a spaCy parse without caring which of
the two dependency schemes (UD labels such as ``nsubj:pass`` or the older
ClearNLP labels such as ``nsubjpass``) the pipeline was trained on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from factcheck.language.labels import (
    ADNOMINAL_CLAUSES,
    AUXILIARIES,
    CLAUSAL_SUBJECTS,
    FINITE_VERB_TAGS,
    SUBJECTS,
    VERB_TAGS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Labels that make a clause subordinate (it cannot carry a sentence alone).
SUBORDINATE_DEPS = (
    ADNOMINAL_CLAUSES
    | CLAUSAL_SUBJECTS
    | frozenset({"advcl", "ccomp", "xcomp", "mark", "parataxis"})
)
#: Labels under which a participle modifies a noun rather than heading a clause.
MODIFIER_DEPS = frozenset({"amod", "compound", "nn"})


def is_finite(tok: Token) -> bool:
    """True for a finite verb or modal (by tag or by morphology)."""
    return tok.tag_ in FINITE_VERB_TAGS or "Fin" in tok.morph.get("VerbForm", [])


def has_finite_verb(tokens: Iterable[Token]) -> bool:
    """True when any of the tokens is a finite verb or modal."""
    return any(is_finite(t) for t in tokens)


def has_verb(tokens: Iterable[Token]) -> bool:
    """True when any of the tokens is a verb of any form, other than a participle
    used as a modifier ("a heated room", "the waiting list")."""
    return any(
        (t.tag_ in VERB_TAGS or t.pos_ in ("VERB", "AUX")) and t.dep_ not in MODIFIER_DEPS
        for t in tokens
    )


def predicate_is_finite(head: Token) -> bool:
    """True when a clause head is finite itself or through an auxiliary or copula.

    A past participle or base form with a subject of its own counts as finite:
    taggers often confuse "strengthened" (VBD) with its participle, and an
    English verb with a subject is finite but for rare absolute constructions.
    """
    if is_finite(head):
        return True
    if any(c.dep_ in AUXILIARIES and is_finite(c) for c in head.children):
        return True
    return head.tag_ in ("VBN", "VB") and has_subject(head)


def has_subject(head: Token) -> bool:
    """True when a clause head has a subject among its dependents."""
    return any(c.dep_ in SUBJECTS for c in head.children)


def is_clause(head: Token) -> bool:
    """True for the head of a finite clause with its own subject."""
    return has_subject(head) and predicate_is_finite(head)


def top_tokens(tokens: Sequence[Token]) -> list[Token]:
    """Tokens of a stretch whose head lies outside it (or that head themselves)."""
    if not tokens:
        return []
    lo, hi = tokens[0].i, tokens[-1].i
    return [t for t in tokens if t.head.i == t.i or not lo <= t.head.i <= hi]


def has_main_clause(tokens: Sequence[Token]) -> bool:
    """True when a stretch of tokens holds an independent finite clause with a subject.

    The clause must be headed at the top of the stretch (or be a conjunct of
    such a head): a subordinate clause ("...when he appeared") does not make a
    fragment a sentence.
    """
    lo = tokens[0].i if tokens else 0
    hi = tokens[-1].i if tokens else -1
    for top in top_tokens(tokens):
        heads = [top, *(c for c in top.children if c.dep_ == "conj" and lo <= c.i <= hi)]
        for head in heads:
            if head.dep_ in SUBORDINATE_DEPS and head is not top:
                continue
            if is_clause(head):
                return True
    return False


def starts_with_bare_verb(tokens: Sequence[Token]) -> bool:
    """True when a stretch opens on a verb form with no subject before it.

    "been shown on Channel 4", "are running the programme", "has more than ...":
    a clause that lost its subject at the cut.
    """
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return False
    first = words[0]
    if first.tag_ not in VERB_TAGS:
        return False
    return not has_subject(first) or first.tag_ in ("VBN", "MD")


def ancestors_within(tok: Token, limit: Token | None = None) -> list[Token]:
    """The heads above ``tok`` up to its sentence root (or up to ``limit``)."""
    out: list[Token] = []
    cur = tok
    while cur.head.i != cur.i and len(out) < 40:
        cur = cur.head
        out.append(cur)
        if limit is not None and cur.i == limit.i:
            break
    return out
