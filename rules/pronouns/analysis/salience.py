"""Salience: how strongly each earlier mention offers itself as a pronoun's antecedent.

A salience model in the tradition of Lappin and Leass: a candidate scores by
grammatical role (subjects first), recency (five sentences, decaying),
repetition, parallel roles and naming, and is filtered by number and binding
(a non-reflexive object is not its own clause's subject). Quotations change
the field: inside one the speaker is not a candidate, and someone only quoted
is a weak antecedent outside it. Split from :mod:`.resolver`, which decides
with these scores, so each module reads on its own.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from factcheck import Span
from factcheck.language.labels import NOMINAL_SUBJECTS, POSSESSIVES

if TYPE_CHECKING:
    from factcheck_rules.pronouns.analysis.mentions import Mention
    from factcheck_rules.pronouns.analysis.resolver import Analysis
    from spacy.tokens import Token

#: Weight of a candidate by its grammatical role.
ROLE_WEIGHT = {"subj": 80.0, "obj": 50.0, "poss": 50.0, "other": 35.0}
#: Weight by sentences back (0 = the pronoun's own sentence); beyond, no candidate.
RECENCY = (1.0, 0.5, 0.3, 0.15, 0.08)
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
#: Subjects and possessors: what binds an object pronoun of the same predicate.
_BINDERS = NOMINAL_SUBJECTS | POSSESSIVES
#: Clauses whose subject is less salient than a main clause's.
_EMBEDDED = frozenset({"ccomp", "advcl", "relcl", "acl:relcl", "acl", "csubj"})


def _score(an: Analysis, p: Mention, pi: int, c: Mention, ci: int) -> float:
    """The salience of mention ``ci`` as the antecedent of pronoun ``pi`` (0: it cannot be)."""
    dist = p.sent - c.sent
    if c.start >= p.start or dist >= len(RECENCY) or c.entity < 0:
        return 0.0
    if c.start <= p.start < c.end:
        return 0.0
    weight = ROLE_WEIGHT[c.role]
    if c.role == "subj" and an.doc[c.head].head.dep_ in _EMBEDDED:
        weight -= 20.0  # the subject of a reported or subordinate clause is less salient
    weight += 10.0 if c.named else 0.0
    weight += 10.0 if c.pronoun else 0.0
    if p.role == c.role == "subj":
        weight += 15.0
    if dist == 0 and c.kind == "person" and c.head in {a.i for a in an.doc[p.head].ancestors}:
        weight += 40.0  # "a mother who ... when she": the pronoun sits inside its phrase
    if dist == 0:
        ph, ch = an.doc[p.head], an.doc[c.head]
        same_clause = ph.head.i == ch.head.i and c.role == "subj"
        if p.pronoun in REFLEXIVE:
            weight += 60.0 if same_clause else 0.0
        elif p.role not in ("subj", "poss") and _co_argument(ph, ch):
            return 0.0  # "He professed his love for her": her is neither he nor his
        elif c.role == "subj" and p.role == "poss" and ch.head.i in {a.i for a in ph.ancestors}:
            weight += 25.0  # "The firm raised its forecast": a possessive likes its subject
        if ch.i in [a.i for a in ph.ancestors] and (c.kind == "thing" or _within(ph, ch)):
            return 0.0  # i-within-i: "Mrs Cho, his agent" - "his" is not Mrs Cho
    score = weight * RECENCY[dist]
    if p.para != c.para:
        score *= 0.8
    qp, qc = an.quote_of(pi), an.quote_of(ci)
    if qc >= 0 and qc != qp and qc not in an.stretch_ids(pi):
        # Someone only quoted is a weak antecedent, and hardly ever the speaker.
        score *= 0.3 if qp < 0 and an.reporting(pi) else 0.6
    if qp < 0 and qc >= 0 and pi in an.speaker_quotes and qc in an.speaker_quotes[pi]:
        return 0.0
    return score


#: Mentions looked at before a pronoun, at most: five sentences of news hold a few
#: dozen; a paragraph of thousands of "he said" must not cost quadratic time.
MAX_CANDIDATES = 120


def scores(an: Analysis, pi: int, within: list[Span] | None = None) -> dict[int, tuple[float, int]]:
    """Number-agreeing entities for pronoun ``pi``: entity -> (score, best mention).

    ``within`` limits the candidates to mentions inside those spans.
    """
    p = an.mentions[pi]
    excluded = set()
    qp = an.quote_of(pi)
    if qp >= 0:
        excluded.add(an.speaker_entity(qp))
    out: dict[int, tuple[float, int]] = {}
    extra: dict[int, float] = {}
    if p.role not in ("subj", "poss") and p.pronoun not in REFLEXIVE:
        ph = an.doc[p.head]
        for c in an.mentions[max(0, pi - 30) : pi]:
            if c.sent == p.sent and c.entity >= 0 and _co_argument(ph, an.doc[c.head]):
                excluded.add(c.entity)  # binding rules out the whole entity
    for ci in range(pi - 1, max(-1, pi - 1 - MAX_CANDIDATES), -1):
        c = an.mentions[ci]
        if p.sent - c.sent >= len(RECENCY):
            break
        if c.entity in excluded or not _number_ok(an, p, c):
            continue
        if within is not None and not any(w.start <= c.start < w.end for w in within):
            continue
        s = _score(an, p, pi, c, ci)
        if s <= 0:
            continue
        named_for = _eponym(an, c, ci)
        # "the Warhol Factory, the studio where he worked": the person in the name.
        if named_for >= 0 and named_for not in excluded and s > out.get(named_for, (0.0, 0))[0]:
            out[named_for] = (s, ci)
        if c.entity not in out or s > out[c.entity][0]:
            if c.entity in out:
                extra[c.entity] = extra.get(c.entity, 0.0) + out[c.entity][0]
            out[c.entity] = (s, ci)
        else:
            extra[c.entity] = extra.get(c.entity, 0.0) + s
    for ci, s in _cataphora(an, pi):
        c = an.mentions[ci]
        if c.entity not in excluded and _number_ok(an, p, c) and s > out.get(c.entity, (0, 0))[0]:
            out[c.entity] = (s, ci)
    return {e: (s + min(0.2 * extra.get(e, 0.0), 20.0), ci) for e, (s, ci) in out.items()}


def _eponym(an: Analysis, c: Mention, ci: int) -> int:
    """The person entity a body is named after ("Warhol Factory" -> Warhol), or -1."""
    if not c.named or c.kind == "person" or " " not in c.name:
        return -1
    words = set(c.name.split()[:-1])  # "Warhol Factory": the name before the head word
    nearest, entity = -1, -1
    for w in words:
        found = an.full_names.get(w, [])
        for j in reversed(found[: bisect.bisect_left(found, ci)]):
            if j <= nearest:
                break
            o = an.mentions[j]
            if o.entity >= 0 and an.entities[o.entity].kind == "person":
                nearest, entity = j, o.entity
                break
    return entity


def _cataphora(an: Analysis, pi: int) -> list[tuple[int, float]]:
    """ "During her talks, Smith said": the subject after a fronted phrase holding ``pi``."""
    p = an.mentions[pi]
    ph = an.doc[p.head]
    ancestors = {a.i for a in ph.ancestors}
    out = []
    for ci in range(pi + 1, len(an.mentions)):
        c = an.mentions[ci]
        if c.sent != p.sent:
            break
        if c.entity < 0:
            continue
        if c.role == "subj" and c.pronoun is None and an.doc[c.head].head.i in ancestors:
            if an.doc[c.head].head.i != ph.head.i:
                out.append((ci, (ROLE_WEIGHT["subj"] + (10.0 if c.named else 0.0)) * 0.9))
            break
        if out or not _fronted(an, pi, ci):
            continue
        # The parse missed the subject: a name right after the fronted phrase.
        out.append((ci, (ROLE_WEIGHT["subj"] + 10.0) * 0.8))
        break
    return out


def _fronted(an: Analysis, pi: int, ci: int) -> bool:
    """True when ``ci`` is a name just after a comma that closes a phrase opening
    the sentence with pronoun ``pi`` in it ("During her visit, Smith ...")."""
    p, c = an.mentions[pi], an.mentions[ci]
    if not c.named or c.kind not in ("person", "unknown") or c.pronoun is not None:
        return False
    first = an.doc[c.head].sent.start
    start_tok = an.doc[first]
    between = an.article.text[start_tok.idx : c.start]
    return between.rstrip().endswith(",") and between.count(",") == 1 and p.start < c.start


def _within(pronoun: Token, cand: Token) -> bool:
    """True when ``pronoun`` sits in an apposition to ``cand`` with no clause between
    ("Mrs Cho, his agent"), not in a clause attached to it ("a mother who ... her") nor
    in a conjunct ("Khan and his wife")."""
    tok = pronoun
    while tok.head.i != cand.i:
        if tok.head.pos_ in ("VERB", "AUX") or tok.head.head.i == tok.head.i:
            return False
        tok = tok.head
    return tok.dep_ == "appos"


def _number_ok(an: Analysis, p: Mention, c: Mention) -> bool:
    ent = an.entities[c.entity] if c.entity >= 0 else None
    if p.number == "sg":
        return c.number == "sg"
    return c.number == "pl" or (ent is not None and ent.kind == "org")


def _co_argument(pronoun: Token, cand: Token) -> bool:
    """True when ``cand`` is the subject or possessor of the word that governs ``pronoun``.

    Binding: a plain object pronoun cannot mean its own predicate's subject
    ("he praised him", "she called on her") or the possessor of the noun it complements ("his
    love for her").
    """
    gov = pronoun.head
    if pronoun.dep_ == "pobj" and gov.dep_ in ("prep", "dative") and gov.head.pos_ == "VERB":
        gov = gov.head  # "Trump called on her": a verb's prepositional object is bound too
    while True:
        if cand.head.i == gov.i and cand.dep_ in _BINDERS:
            return True
        if gov.dep_ != "xcomp" or gov.head.i == gov.i:
            return False
        gov = gov.head  # "He resolves to take her": the controller binds too
