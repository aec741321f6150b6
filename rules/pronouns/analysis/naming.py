"""What a name or noun says about its referent: person or not, and which gender.

Split from :mod:`.mentions`, which finds the mentions: these functions read
the evidence around one name (an honorific before it, a role noun in
apposition, a copula, a legal form, a gazetteer entry) and never a first
name. The shipped model often tags people as places, so a name's kind comes
from this evidence first and from the entity label last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck_rules.pronouns.analysis import gazetteer

from factcheck.language.labels import ORG_LABELS, PERSON_LABELS, REFERRING_SUBJECTS
from factcheck.language.nouns import (
    HONORIFICS,
    HONORIFICS_FEMALE,
    HONORIFICS_MALE,
    HONORIFICS_NEUTRAL,
    PERSON_NOUNS,
    ROLE_FEMALE,
    ROLE_MALE,
)
from factcheck.nlp import KB_CAPITAL, KB_CITY, KB_COUNTRY, KB_INTL_ORG, KB_REGION

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def bare(word: str) -> str:
    return word.lower().rstrip(".")


def honorific_gender(doc: Doc, first: int) -> tuple[str | None, bool]:
    """(gender, is_person) from honorifics just before or opening a name."""
    for i in range(first, max(-1, first - 3), -1):
        word = bare(doc[i].text)
        if word in HONORIFICS_MALE or word + "." in HONORIFICS_MALE:
            return "m", True
        if word in HONORIFICS_FEMALE:
            return "f", True
        if word in HONORIFICS_NEUTRAL:
            return None, True
        if i < first and not doc[i].is_title:
            break
    return None, False


def role_noun(tok: Token) -> tuple[str | None, bool]:
    """(gender, is_person) of a noun token by the role lexicons."""
    lemma = tok.lemma_.lower()
    word = tok.lower_
    if word in ROLE_MALE or lemma in ROLE_MALE:
        return "m", True
    if word in ROLE_FEMALE or lemma in ROLE_FEMALE:
        return "f", True
    return None, word in PERSON_NOUNS or lemma in PERSON_NOUNS


def context_person(doc: Doc, head: Token, start: int) -> tuple[str | None, bool]:
    """Person evidence around a name: appositions, role-noun compounds, copulas."""
    gender: str | None = None
    person = False
    related = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        related.append(head.head)
    related += [doc[i] for i in range(head.left_edge.i, start) if doc[i].pos_ == "NOUN"]
    if head.dep_ in REFERRING_SUBJECTS and any(c.dep_ == "cop" for c in head.head.children):
        related.append(head.head)
    for child in head.children:
        if child.dep_ in ("relcl", "acl:relcl") and any(c.dep_ == "cop" for c in child.children):
            related.append(child)
    for tok in related:
        g, p = role_noun(tok)
        person = person or p
        gender = gender or g
    return gender, person


def name_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    toks = [t for t in doc[start:end] if t.tag_ != "POS" and t.text not in ("'s", "’s")]
    keep: list[Token] = []
    for t in toks:
        word = bare(t.text)
        if word in HONORIFICS or (t.pos_ == "NOUN" and not t.is_title):
            keep = []  # a title or a role word: the name starts after it
            continue
        if not keep and not t.is_title and t.pos_ != "PROPN":
            continue  # "the" before a name
        keep.append(t)
    return keep or toks


def named_kind(label: str, ent_id: str, name: str) -> tuple[str, str]:
    if ent_id.startswith((KB_COUNTRY, KB_CAPITAL, KB_CITY, KB_REGION)):
        return "place", "ent_id"
    if ent_id.startswith(KB_INTL_ORG):
        return "org", "ent_id"
    if gazetteer.is_place(name):
        return "place", "gazetteer"
    if label in PERSON_LABELS:
        # The tagger says person: only a legal form ("Smith Ltd") overrides it.
        return ("org", "org-name") if gazetteer.has_legal_form(name) else ("person", "label")
    if gazetteer.is_org_name(name):
        return "org", "org-name"
    if label in ORG_LABELS:
        return "org", "label"
    return "unknown", "label"
