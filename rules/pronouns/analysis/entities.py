"""Entities: mentions grouped into the people and bodies they name.

The grouping is the multi-pass sieve of :mod:`.sieves` (exact name,
apposition and predicate nominative, strict and proper head match, nominal
head match); this module turns its clusters into entities. Pronouns join
entities later, in the resolver. Each entity keeps the gender evidence
the article states for it, split into strong evidence (honorifics, gendered
role nouns) and votes (pronouns confidently resolved to it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck_rules.pronouns.analysis.mentions import Mention
from factcheck_rules.pronouns.analysis.sieves import run_sieves

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KIND_PRIORITY = {"context": 5, "ent_id": 4, "gazetteer": 3, "noun": 2, "org-name": 2}
#: A vote is sure when its antecedent had at least this share of the top two scores.
SURE_VOTE = 0.7


@dataclass
class Entity:
    """One referent: its mentions (indices into the mention list) and gender evidence."""

    id: int
    mentions: list[int] = field(default_factory=list)
    kind: str = "unknown"
    why: str = ""
    number: str = "sg"
    votes: dict[int, str] = field(default_factory=dict)
    #: How sure each vote is: the winning candidate's share of the top two scores.
    sure: dict[int, float] = field(default_factory=dict)
    #: The sieve that joined each mention after the first (see :mod:`.sieves`).
    joined_by: dict[int, str] = field(default_factory=dict)
    #: Running totals of the gender evidence, so asking an entity of thousands of
    #: mentions for its gender costs O(1): strong counts and vote weights per gender.
    _strong: Counter[str] = field(default_factory=Counter, repr=False)
    _weights: dict[str, float] = field(default_factory=dict, repr=False)

    def add(self, i: int, m: Mention) -> None:
        """Add mention ``i`` (``m``); a name or noun that states a gender counts at once."""
        self.mentions.append(i)
        if m.pronoun is None and m.gender:
            self._strong[m.gender] += 1

    def vote(self, i: int, gender: str, sure: float) -> None:
        """Record pronoun ``i``'s vote for ``gender`` with its sureness (replacing any earlier)."""
        old = self.votes.get(i)
        if old is not None:
            self._weights[old] -= vote_weight(self.sure.get(i, 1.0))
        self.votes[i] = gender
        self.sure[i] = sure
        self._weights[gender] = self._weights.get(gender, 0.0) + vote_weight(sure)

    def absorb(self, other: Entity, mentions: list[Mention]) -> None:
        """Take over every mention and vote of ``other``, which is left empty."""
        for j in other.mentions:
            mentions[j].entity = self.id
            self.add(j, mentions[j])
        for j, g in other.votes.items():
            self.vote(j, g, other.sure.get(j, 1.0))
        other.mentions, other.votes, other.sure = [], {}, {}
        other._strong, other._weights = Counter(), {}

    def weight(self, gender: str, exclude: int = -1) -> float:
        """Weighted pronoun votes for ``gender``: a sure vote counts 1, a likely one 0.5."""
        total = self._weights.get(gender, 0.0)
        if self.votes.get(exclude) == gender:
            total -= vote_weight(self.sure.get(exclude, 1.0))
        return total

    def strong(self) -> Counter[str]:
        """Gender evidence from names and nouns (not pronouns): counts per gender.

        A running total kept by :meth:`add` (do not change it).
        """
        return self._strong

    def gender(self, exclude: int = -1) -> tuple[str | None, str]:
        """(gender, how) the article establishes, leaving out mention ``exclude``.

        ``how`` is ``strong`` (an honorific or a role noun settles it),
        ``votes`` (pronouns settle it), ``mixed`` (evidence both ways) or ``none``.
        """
        strong = self.strong()
        if strong:
            return settle(strong, {})
        return settle(strong, {g: self.weight(g, exclude) for g in ("m", "f")})


def vote_weight(sure: float) -> float:
    """What one pronoun vote counts: 1 when sure, 0.5 when likely, 0 when it vouches for nobody."""
    return 1.0 if sure >= SURE_VOTE else 0.5 if sure > 0 else 0.0


def settle(strong: Counter[str], weights: Mapping[str, float]) -> tuple[str | None, str]:
    """:meth:`Entity.gender` from its evidence: strong counts per gender, else vote weights.

    A function of the counts alone, so a caller that keeps running counts (the
    ranker, :mod:`.ranker`) settles a gender without walking the entity's mentions.
    """
    if len(strong) == 1:
        return next(iter(strong)), "strong"
    if len(strong) > 1:
        return None, "mixed"
    top = max(("m", "f"), key=lambda g: weights.get(g, 0.0))
    rest = weights.get("f" if top == "m" else "m", 0.0)
    if weights.get(top, 0.0) == 0:
        return None, "none"
    if rest >= weights[top] / 2:
        return None, "mixed"
    return top, "votes"


def cluster(mentions: list[Mention], doc: Doc) -> list[Entity]:
    """Group non-pronoun mentions into entities by the sieves; set ``Mention.entity``.

    Entities are numbered in the order of their first mention; each records the
    sieve that joined each of its later mentions (``joined_by``), which
    ``factcheck parse --coref`` shows.
    """
    st = run_sieves(mentions, doc)
    entities: list[Entity] = []
    for i in st.nominal:
        root = st.find(i)
        if root != i:
            continue  # not the first mention of its cluster (roots are the first ones)
        ent = Entity(id=len(entities))
        best = -1
        for j in sorted(st.clusters[root].members):
            mentions[j].entity = ent.id
            ent.add(j, mentions[j])
            best = _settle_kind(ent, mentions[j], best)
            if j in st.joined_by:
                ent.joined_by[j] = st.joined_by[j]
        entities.append(ent)
    return entities


def _settle_kind(ent: Entity, m: Mention, best: int) -> int:
    """Update the entity's kind with its new mention ``m``: the best-supported kind among
    its mentions, the first of equals winning (``best`` is the rank so far; the new one is
    returned), so an entity of thousands of mentions is not re-ranked for each."""
    rank = _KIND_PRIORITY.get(m.why, 1) + (1 if m.kind == "person" else 0)
    if m.kind == "unknown":
        rank = 0
    if rank > best:
        best, ent.kind, ent.why, ent.number = rank, m.kind, m.why, m.number
    return best
