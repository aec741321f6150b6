"""Cues the pronoun judge reads: syntax, speech and names that make a reading sure or doubtful.

Split from :mod:`.judge`, which decides; each cue here answers one question
about a pronoun or its best candidate in the resolver's :class:`~.resolver.Analysis`:
is the candidate bound to the pronoun by the clause structure (Hobbs), can a
mention speak a quotation, is a "body" only the tagger's guess for a person,
does a bare surname belong to two people.
"""

from __future__ import annotations

import re

from factcheck_rules.pronouns.analysis.resolver import Analysis, Candidate

from factcheck import DerivedKey, Span
from factcheck.language.labels import REFERRING_SUBJECTS
from factcheck.language.reporting import SPEAKER_VERBS, STATEMENT_VERBS

#: Dependencies of a noun governed by a preposition (spaCy English and UD).
PREP_OBJECTS = frozenset({"pobj", "obl", "nmod", "compound"})
_ACRONYM = re.compile(r"[A-Z]{2,}[A-Za-z]*")
_SURNAMES_KEY: DerivedKey[dict[str, set[int]]] = DerivedKey("factcheck.pronouns.surnames")

#: Clauses whose subject is bound by the clause they modify: "captured as he tried",
#: "resolved to take her"; not a reported clause ("said he would"), which may mean anyone.
_BINDING_CLAUSES = frozenset({"advcl", "xcomp"})


def bound_locally(an: Analysis, pi: int, best: Candidate) -> bool:
    """True when ``best`` is the subject of the pronoun's clause, or of the clause that
    the pronoun's clause modifies, in the same sentence, before the pronoun, and
    states the other gender itself (an honorific, a role noun, an elided "woman").

    Hobbs's search walks up the tree from the pronoun and proposes the first
    subject it meets; a possessive or a subject of an adverbial clause
    ("Another was captured as he tried to escape", "Clinton sharpened her knife")
    means that subject unless something else in the sentence can be meant.
    """
    mi = an.mention_at(Span(best.start, best.end))
    if mi is None:
        return False
    m, p = an.mentions[mi], an.mentions[pi]
    if m.sent != p.sent or m.role != "subj" or m.start > p.start or p.role not in ("subj", "poss"):
        return False
    if m.gender in (None, p.gender):
        return False  # the subject must state its gender itself ("Mrs Patel", "Another")
    clause = an.doc[p.head].head
    while (
        clause.pos_ not in ("VERB", "AUX") and clause.dep_ != "ROOT" and clause.head.i != clause.i
    ):
        clause = clause.head  # "her knife" -> sharpened
    governor = an.doc[m.head].head
    if clause.i == governor.i:
        return True
    return clause.dep_ in _BINDING_CLAUSES and clause.head.i == governor.i


def shared_surname(an: Analysis, best: Candidate) -> bool:
    """True when ``best`` is a bare surname that another person in the article also bears
    and no honorific of its own says which one ("Baker said", not "Mrs Baker said")."""
    mi = an.mention_at(Span(best.start, best.end))
    if mi is None or not an.mentions[mi].named or " " in an.mentions[mi].name:
        return False
    if an.mentions[mi].gender is not None:
        return False
    bearers = an.article.derived(_SURNAMES_KEY, lambda _: surname_bearers(an))
    return bool(bearers.get(an.mentions[mi].name, set()) - {best.entity})


def surname_bearers(an: Analysis) -> dict[str, set[int]]:
    """Person entities by the surname of each full name they hold (computed once)."""
    out: dict[str, set[int]] = {}
    for m in an.mentions:
        if m.named and m.entity >= 0 and " " in m.name and an.entities[m.entity].kind == "person":
            out.setdefault(m.name.split()[-1], set()).add(m.entity)
    return out


def same_sentence(an: Analysis, c: Candidate, pi: int) -> bool:
    mi = an.mention_at(Span(c.start, c.end))
    return mi is not None and an.mentions[mi].sent == an.mentions[pi].sent


def maybe_person(an: Analysis, entity: int) -> bool:
    """True for a body or place known from the tagger's label alone whose name has the
    shape of a person's: two to six title-case words, none a known organisation word
    or an acronym ("BBC Wales"), not after "the" ("the Sea Org").

    The shipped tagger calls many people organisations or places ("Federal Reserve
    Chair Janet L. Yellen", "an ally in Hillary Clinton"); a gazetteer, an id or an
    organisation word is evidence, the label alone is not.
    """
    ent = an.entities[entity]
    if ent.kind not in ("org", "place") or ent.why != "label":
        return False
    for i in ent.mentions:
        m = an.mentions[i]
        words = an.article.text[m.start : m.end].split()
        if (
            m.named
            and 2 <= len(words) <= 6
            and all(w[:1].isupper() and not _ACRONYM.fullmatch(w) for w in words)
            and words[0].lower() != "the"
            and not an.article.text[max(0, m.start - 4) : m.start].lower().endswith("the ")
        ):
            return True
    return False


def governed(an: Analysis, best: Candidate) -> bool:
    """True when a preposition governs the body's mention ("from the United Kingdom")."""
    mi = an.mention_at(Span(best.start, best.end))
    return mi is not None and an.doc[an.mentions[mi].head].dep_ in PREP_OBJECTS


def sure_body(an: Analysis, pi: int, best: Candidate) -> bool:
    """In quoted speech only a gazetteer country or body, just before, is unambiguous."""
    ent = an.entities[best.entity]
    m = an.mentions[an.mention_at(Span(best.start, best.end)) or 0]
    return ent.why in ("ent_id", "gazetteer") and an.mentions[pi].sent - m.sent <= 2


def subject_known(an: Analysis, pi: int) -> bool:
    """False when the pronoun's sentence opens with a subject the parse did not make a mention.

    "Rocky travels to Dubai, where his ...": an unrecognised name as subject
    is the likeliest antecedent, so the rule abstains.
    """
    p = an.mentions[pi]
    sent = an.doc[p.head].sent
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False  # no clause structure the parse could find: abstain
    for tok in sent:
        if tok.i >= p.head:
            break
        if (
            tok.dep_ in REFERRING_SUBJECTS
            and tok.head.dep_ == "ROOT"
            and tok.pos_ not in ("PRON", "DET")
        ):
            covered = any(m.start <= tok.idx < m.end and m.pronoun is None for m in an.mentions)
            if not covered:
                return False
    return True


def own_adjunct(an: Analysis, pi: int, best: Candidate) -> bool:
    """True when the body is a phrase of the pronoun's own clause that is not its subject.

    "In South America, he ...", "after a degree from the University of Kansas, he":
    a place or body in the pronoun's own clause sets the scene, it is not the
    pronoun's antecedent.
    """
    mi = an.mention_at(Span(best.start, best.end))
    if mi is None:
        return False
    m, p = an.mentions[mi], an.mentions[pi]
    if m.sent != p.sent or m.role == "subj":
        return False
    ph = an.doc[p.head]
    clause = {ph.head.i} | {a.i for a in ph.head.ancestors}
    mh = an.doc[m.head]
    return mh.head.i in clause or ph.head.i in {a.i for a in mh.ancestors}


def spoke(an: Analysis, pi: int, best: Candidate) -> bool:
    """True when ``best`` was itself the subject of a reporting verb just before ``pi``."""
    mi = an.mention_at(Span(best.start, best.end))
    if mi is None:
        return False
    tok = an.doc[an.mentions[mi].head]
    said = tok.dep_ in REFERRING_SUBJECTS and tok.head.lemma_.lower() in STATEMENT_VERBS
    return said and an.mentions[pi].sent - an.mentions[mi].sent <= 2


def can_speak(an: Analysis, ci: int) -> bool:
    """True when mention ``ci`` may be the speaker of a later quotation: a speaker of
    one already, or, outside quotations, the subject of a main or reporting clause or
    the one a reporting verb addresses ("Clinton writes to Sullivan. He responds")."""
    if ci in an.speaker_quotes:
        return True
    if an.quote_of(ci) >= 0:
        return False
    tok = an.doc[an.mentions[ci].head]
    gov = tok.head.head if tok.head.dep_ in ("prep", "dative") else tok.head
    return subject_of_main(an, ci) or gov.lemma_.lower() in SPEAKER_VERBS


def main_subject(an: Analysis, c: Candidate) -> bool:
    """True when the candidate's mention is the subject of a main or reporting clause."""
    mi = an.mention_at(Span(c.start, c.end))
    return mi is not None and subject_of_main(an, mi)


def subject_of_main(an: Analysis, mi: int) -> bool:
    tok = an.doc[an.mentions[mi].head]
    return tok.dep_ in REFERRING_SUBJECTS and (
        tok.head.dep_ == "ROOT" or tok.head.lemma_.lower() in SPEAKER_VERBS
    )


def modifier_only(an: Analysis, best: Candidate) -> bool:
    """True when ``best`` is a name that modifies a noun ("the Clinton campaign"): a weak
    antecedent the judge does not rest a verdict on (the resolver may still link it)."""
    mi = an.mention_at(Span(best.start, best.end))
    return mi is not None and an.doc[an.mentions[mi].head].dep_ == "compound"
