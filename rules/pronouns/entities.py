"""Entities: mentions grouped into the people and bodies they name.

Names are linked the way news copy repeats them: "Linda Thomas-Greenfield"
then "Thomas-Greenfield", "Tony Blair" then "Mr Blair"; a noun phrase in
apposition joins its name ("Xing Jisheng, the envoy"); a definite noun phrase
repeats an earlier one with the same head ("a woman ... the woman"). Pronouns
join entities later, in the resolver. Each entity keeps the gender evidence
the article states for it, split into strong evidence (honorifics, gendered
role nouns) and votes (pronouns confidently resolved to it).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck_rules.pronouns.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KIND_PRIORITY = {"context": 5, "ent_id": 4, "gazetteer": 3, "noun": 2, "org-name": 2}
_DEFINITE = frozenset({"the", "this", "that"})
_NOMINAL_REACH = 6  # sentences a definite noun phrase reaches back


@dataclass
class Entity:
    """One referent: its mentions (indices into the mention list) and gender evidence."""

    id: int
    mentions: list[int] = field(default_factory=list)
    kind: str = "unknown"
    why: str = ""
    number: str = "sg"
    votes: dict[int, str] = field(default_factory=dict)

    def strong(self, mentions: list[Mention]) -> Counter[str]:
        """Gender evidence from names and nouns (not pronouns): counts per gender."""
        return Counter(
            mentions[i].gender or ""
            for i in self.mentions
            if mentions[i].pronoun is None and mentions[i].gender
        )

    def gender(self, mentions: list[Mention], exclude: int = -1) -> tuple[str | None, str]:
        """(gender, how) the article establishes, leaving out mention ``exclude``.

        ``how`` is ``strong`` (an honorific or a role noun settles it),
        ``votes`` (pronouns settle it), ``mixed`` (evidence both ways) or ``none``.
        """
        strong = self.strong(mentions)
        if len(strong) == 1:
            return next(iter(strong)), "strong"
        if len(strong) > 1:
            return None, "mixed"
        votes = Counter(g for i, g in self.votes.items() if i != exclude)
        if not votes:
            return None, "none"
        (top, n), *rest = votes.most_common()
        if rest and rest[0][1] >= n:
            return None, "mixed"
        return top, "votes"


def _last_word(name: str) -> str:
    return name.split()[-1] if name else ""


def cluster(mentions: list[Mention], doc: Doc) -> list[Entity]:
    """Group non-pronoun mentions into entities; set ``Mention.entity``."""
    entities: list[Entity] = []
    by_head = {m.head: i for i, m in enumerate(mentions) if m.pronoun is None}

    def new(i: int) -> None:
        entities.append(Entity(id=len(entities)))
        join(i, entities[-1])

    def join(i: int, ent: Entity) -> None:
        mentions[i].entity = ent.id
        ent.mentions.append(i)
        _settle_kind(ent, mentions)

    for i, m in enumerate(mentions):
        if m.pronoun is not None:
            continue
        target = _linked(i, m, mentions, entities, by_head, doc)
        if target is None:
            new(i)
        else:
            join(i, target)
    return entities


def _linked(
    i: int,
    m: Mention,
    mentions: list[Mention],
    entities: list[Entity],
    by_head: dict[int, int],
    doc: Doc,
) -> Entity | None:
    head = doc[m.head]
    # Apposition: "Linda Thomas-Greenfield, the US ambassador" (either order).
    partners = [c.i for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        partners.append(head.head.i)
    for p in partners:
        j = by_head.get(p)
        if j is not None and j < i and mentions[j].entity >= 0:
            if mentions[j].number == m.number:
                return entities[mentions[j].entity]
    if m.named and m.name and " " not in m.name:
        # Coreference by surname beats the entity label: "Valeska Paris ... Paris".
        for j in range(i - 1, -1, -1):
            other = mentions[j]
            if (
                other.named
                and other.entity >= 0
                and " " in other.name
                and entities[other.entity].kind == "person"
            ):
                if other.name.split()[-1] == m.name and _compatible(m, other):
                    return entities[other.entity]
    if m.named and m.name:
        for j in range(i - 1, -1, -1):
            other = mentions[j]
            if not other.named or other.entity < 0 or other.pronoun is not None:
                continue
            if other.key == m.key:
                return entities[other.entity]
            if m.kind in ("person", "unknown") and other.kind in ("person", "unknown"):
                if " " not in m.name and m.name in other.name.split() and _compatible(m, other):
                    return entities[other.entity]
                if " " not in other.name and _last_word(m.name) == other.name:
                    if _compatible(m, other):
                        return entities[other.entity]
        return None
    if not m.named and m.kind != "thing":
        det = {c.lower_ for c in head.children if c.dep_ == "det"}
        if det & _DEFINITE:
            for j in range(i - 1, -1, -1):
                other = mentions[j]
                if m.sent - other.sent > _NOMINAL_REACH:
                    break
                if not other.named and other.pronoun is None and other.name == m.name:
                    if other.number == m.number and other.entity >= 0:
                        return entities[other.entity]
    return None


def _compatible(a: Mention, b: Mention) -> bool:
    return a.gender is None or b.gender is None or a.gender == b.gender


def _settle_kind(ent: Entity, mentions: list[Mention]) -> None:
    """The entity's kind: the best-supported kind among its mentions."""
    best = -1
    for i in ent.mentions:
        m = mentions[i]
        rank = _KIND_PRIORITY.get(m.why, 1) + (1 if m.kind == "person" else 0)
        if m.kind == "unknown":
            rank = 0
        if rank > best:
            best, ent.kind, ent.why, ent.number = rank, m.kind, m.why, m.number
