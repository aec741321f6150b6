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

from factcheck_rules.pronouns.analysis.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KIND_PRIORITY = {"context": 5, "ent_id": 4, "gazetteer": 3, "noun": 2, "org-name": 2}
_DEFINITE = frozenset({"the", "this", "that"})
_NOMINAL_REACH = 6  # sentences a definite noun phrase reaches back
#: A vote is sure when its antecedent had at least this share of the top two scores.
SURE_VOTE = 0.8


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

    def weight(self, gender: str, exclude: int = -1) -> float:
        """Weighted pronoun votes for ``gender``: a sure vote counts 1, a likely one 0.5."""
        return sum(
            1.0 if self.sure.get(i, 1.0) >= SURE_VOTE else 0.5 if self.sure[i] > 0 else 0.0
            for i, g in self.votes.items()
            if g == gender and i != exclude
        )

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
        weights = {g: self.weight(g, exclude) for g in ("m", "f")}
        top = max(weights, key=lambda g: weights[g])
        rest = weights["f" if top == "m" else "m"]
        if weights[top] == 0:
            return None, "none"
        if rest >= weights[top] / 2:
            return None, "mixed"
        return top, "votes"


def _last_word(name: str) -> str:
    return name.split()[-1] if name else ""


_PERSONISH = ("person", "unknown")


class _NameIndex:
    """Earlier named mentions by surname, key, name word and one-word name.

    The links by name look for the nearest earlier mention that matches; walking back
    over every earlier mention made an article with thousands of names quadratic.
    Lists hold mention indices in ascending order; conditions that can change (an
    entity's kind) or that depend on both mentions (gender) are checked at lookup.
    """

    def __init__(self) -> None:
        self.surname: dict[str, list[int]] = {}
        self.key: dict[str, list[int]] = {}
        self.word: dict[str, list[int]] = {}
        self.single: dict[str, list[int]] = {}

    def add(self, j: int, m: Mention) -> None:
        if not m.named or not m.name:
            return
        if " " in m.name:
            self.surname.setdefault(m.name.split()[-1], []).append(j)
        if m.pronoun is not None:
            return
        self.key.setdefault(m.key, []).append(j)
        if m.kind in _PERSONISH:
            for w in dict.fromkeys(m.name.split()):
                self.word.setdefault(w, []).append(j)
            if " " not in m.name:
                self.single.setdefault(m.name, []).append(j)

    def nearest(self, m: Mention, mentions: list[Mention]) -> int:
        """The nearest earlier mention of the same name, or part of it (-1: none)."""
        best = next((j for j in reversed(self.key.get(m.key, ())) if mentions[j].entity >= 0), -1)
        if m.kind in _PERSONISH:
            lists = [self.single.get(_last_word(m.name), [])]
            if " " not in m.name:
                lists.append(self.word.get(m.name, []))
            for found in lists:
                for j in reversed(found):
                    if j <= best:
                        break
                    if mentions[j].entity >= 0 and _compatible(m, mentions[j]):
                        best = j
                        break
        return best


def cluster(mentions: list[Mention], doc: Doc) -> list[Entity]:
    """Group non-pronoun mentions into entities; set ``Mention.entity``."""
    entities: list[Entity] = []
    by_head = {m.head: i for i, m in enumerate(mentions) if m.pronoun is None}
    index = _NameIndex()
    ranks: dict[int, int] = {}

    def new(i: int) -> None:
        entities.append(Entity(id=len(entities)))
        join(i, entities[-1])

    def join(i: int, ent: Entity) -> None:
        mentions[i].entity = ent.id
        ent.mentions.append(i)
        ranks[ent.id] = _settle_kind(ent, mentions[i], ranks.get(ent.id, -1))

    for i, m in enumerate(mentions):
        if m.pronoun is not None:
            continue
        target = _linked(i, m, mentions, entities, by_head, doc, index)
        if target is None:
            new(i)
        else:
            join(i, target)
        index.add(i, m)
    return entities


def _linked(
    i: int,
    m: Mention,
    mentions: list[Mention],
    entities: list[Entity],
    by_head: dict[int, int],
    doc: Doc,
    index: _NameIndex,
) -> Entity | None:
    head = doc[m.head]
    # Apposition: "Linda Thomas-Greenfield, the US ambassador" (either order).
    partners = [c.i for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        partners.append(head.head.i)
    for p in partners:
        j = by_head.get(p)
        if (
            j is not None
            and j < i
            and mentions[j].entity >= 0
            and mentions[j].number == m.number
            and _kinds_agree(m.kind, entities[mentions[j].entity].kind)
        ):
            return entities[mentions[j].entity]
    if m.named and m.name and " " not in m.name:
        # Coreference by surname beats the entity label: "Valeska Paris ... Paris".
        # Two people sharing it ("Tom Baker ... his wife, Ann Baker ... Baker"):
        # the bare surname is ambiguous and joins neither.
        owners = _surname_owners(i, m, mentions, entities)
        if len(owners) > 1 and m.gender is not None:
            # "Mrs Baker": the one owner the article gives her gender, if only one.
            same = [e for e in owners if entities[e].strong(mentions).get(m.gender)]
            owners = same if len(same) == 1 else owners
        if len(owners) > 1:
            return None
        if owners:
            return entities[owners[0]]
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
                if " " in m.name and " " in other.name and _first_names_clash(m, other):
                    continue  # "Tom Baker" and "Ann Baker": two people
                if (
                    " " not in other.name
                    and _last_word(m.name) == other.name
                    and _compatible(m, other)
                    and not _clashes(m, entities[other.entity], mentions)
                ):
                    return entities[other.entity]
        return None
    if not m.named and m.kind != "thing":
        det = {c.lower_ for c in head.children if c.dep_ == "det"}
        if det & _DEFINITE:
            for j in range(i - 1, -1, -1):
                other = mentions[j]
                if m.sent - other.sent > _NOMINAL_REACH:
                    break
                if (
                    not other.named
                    and other.pronoun is None
                    and other.name == m.name
                    and other.number == m.number
                    and other.entity >= 0
                ):
                    return entities[other.entity]
    return None


def _surname_owners(
    i: int, m: Mention, mentions: list[Mention], entities: list[Entity]
) -> list[int]:
    """Person entities with a full name ending in the bare name ``m``, nearest first."""
    owners: list[int] = []
    for j in range(i - 1, -1, -1):
        other = mentions[j]
        if (
            other.named
            and other.entity >= 0
            and " " in other.name
            and entities[other.entity].kind == "person"
            and other.name.split()[-1] == m.name
            and _compatible(m, other)
            and other.entity not in owners
        ):
            owners.append(other.entity)
    return owners


def _clashes(m: Mention, ent: Entity, mentions: list[Mention]) -> bool:
    """True when ``ent`` already holds a full name that clashes with ``m``'s first name.

    "Hillary Clinton ... Clinton ... Bill Clinton": the bare "Clinton" is hers,
    so "Bill Clinton" does not join it.
    """
    return any(
        mentions[j].named and " " in mentions[j].name and _first_names_clash(m, mentions[j])
        for j in ent.mentions
    )


def _first_names_clash(a: Mention, b: Mention) -> bool:
    """True for two full names with the same surname and different first names."""
    wa, wb = a.name.split(), b.name.split()
    return wa[-1] == wb[-1] and wa[0] != wb[0] and wa[0][:1] != wb[0][:1]


def _kinds_agree(a: str, b: str) -> bool:
    """A person never joins a thing, a place or a body by apposition (a misparse)."""
    return a == b or "unknown" in (a, b) or "person" not in (a, b)


def _compatible(a: Mention, b: Mention) -> bool:
    return a.gender is None or b.gender is None or a.gender == b.gender


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
