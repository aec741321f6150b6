"""Entities by a multi-pass sieve: names and noun phrases grouped, most precise link first.

The design of the Stanford deterministic coreference system (Raghunathan et
al. 2010; Lee et al. 2013): every mention starts alone, and a sequence of
sieves, each less precise than the one before, merges clusters. A later sieve
sees the clusters the earlier ones built, so its agreement checks read what
the whole cluster knows (an honorific on one mention, a full name on another)
rather than one mention's guess. The sieves, in order:

1. ``exact``: the same name, or the same gazetteer id ("Tony Blair" ... "Tony Blair").
2. ``appositive``: a noun phrase in apposition ("Xing Jisheng, the envoy"), a
   predicate nominative ("Lee is the mayor") and a copular relative clause
   ("Lee, who is the mayor").
3. ``strict-head``: two full names with the same surname and compatible first
   names ("Hillary Clinton" and "Hillary Rodham Clinton"); conflicting first
   names never join ("Tom Baker" and "Ann Baker" stay two people).
4. ``proper-head``: a bare surname or "Mr Baker" joins the one person whose full
   name ends in it; shared by two people, it joins neither (unless an honorific
   picks one). A one-word name joins the full name that contains it.
5. ``nominal-head``: a definite noun phrase repeats an earlier one with the same
   head noun within a few sentences ("a woman ... the woman").

Pronouns are resolved afterwards, against these clusters (:mod:`.resolver`).
Every merge checks the two clusters as wholes: number, kind (a person never
joins a place or a body), stated gender, and first names. Lookups go through
indexes, so time grows with the number of mentions, not its square.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck_rules.pronouns.analysis.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DEFINITE = frozenset({"the", "this", "that"})
#: Sentences a definite noun phrase reaches back for its antecedent.
NOMINAL_REACH = 6
_PERSONISH = frozenset({"person", "unknown"})
_COPULA_RELATIVES = frozenset({"who", "which", "that"})


@dataclass
class _Cluster:
    """What a cluster knows as a whole, for the agreement checks of a merge."""

    members: list[int]
    kinds: set[str]
    number: str
    genders: set[str]  # stated by names and nouns (honorifics, role nouns), not pronouns
    firsts: dict[str, set[str]] = field(default_factory=dict)  # surname -> first names


class SieveState:
    """Union-find over mentions, cluster facts, and the name indexes the sieves read."""

    def __init__(self, mentions: list[Mention], doc: Doc) -> None:
        self.mentions = mentions
        self.doc = doc
        self.nominal = [i for i, m in enumerate(mentions) if m.pronoun is None]
        self.parent = {i: i for i in self.nominal}
        self.clusters: dict[int, _Cluster] = {}
        self.joined_by: dict[int, str] = {}  # mention -> the sieve that joined it
        self.by_head = {mentions[i].head: i for i in self.nominal}
        self.by_key: dict[str, list[int]] = {}
        self.by_surname: dict[str, list[int]] = {}  # full names by their last word
        self.by_word: dict[str, list[int]] = {}  # person-like full names by each word
        self.by_lemma: dict[str, list[int]] = {}  # noun phrases by head noun
        self.bearers: dict[str, int] = {}  # surname -> people bearing it (see ``_bearers``)
        for i in self.nominal:
            m = mentions[i]
            words = m.name.split()
            firsts = {words[-1]: {words[0]}} if m.named and len(words) > 1 else {}
            kinds = {m.kind} if m.kind != "unknown" else set()
            genders = {m.gender} if m.gender in ("m", "f") else set()
            self.clusters[i] = _Cluster([i], kinds, m.number, genders, firsts)
            if m.named and m.name:
                self.by_key.setdefault(m.key, []).append(i)
                if len(words) > 1 and m.kind in _PERSONISH:
                    self.by_surname.setdefault(words[-1], []).append(i)
                    for w in dict.fromkeys(words):
                        self.by_word.setdefault(w, []).append(i)
            elif not m.named and m.name:
                self.by_lemma.setdefault(m.name, []).append(i)

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def same(self, i: int, j: int) -> bool:
        return self.find(i) == self.find(j)

    def compatible(self, i: int, j: int, by_name: bool) -> bool:
        """True when the clusters of ``i`` and ``j`` may be one referent.

        Stated genders and first names must agree always. Number and kind must
        agree too, except for a link by name: the tagger often calls one name a
        person here and a place there, and the same name is one referent (the
        entity's kind is then the best-supported one).
        """
        a, b = self.clusters[self.find(i)], self.clusters[self.find(j)]
        if not by_name:
            if a.number != b.number:
                return False
            if "person" in a.kinds | b.kinds and (a.kinds | b.kinds) - {"person"}:
                return False  # a person never joins a place, a body or a thing
        if len(a.genders | b.genders) > 1:
            return False
        return not _first_names_clash(a.firsts, b.firsts)

    def merge(self, i: int, j: int, sieve: str) -> bool:
        """Join mention ``i``'s cluster to ``j``'s (``j`` the antecedent) when they agree."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj or not self.compatible(i, j, sieve in BY_NAME):
            return False
        keep, gone = (rj, ri) if rj < ri else (ri, rj)
        a, b = self.clusters[keep], self.clusters.pop(gone)
        self.parent[gone] = keep
        a.members.extend(b.members)
        a.kinds |= b.kinds
        a.genders |= b.genders
        for surname, firsts in b.firsts.items():
            a.firsts.setdefault(surname, set()).update(firsts)
        self.joined_by.setdefault(max(i, j), sieve)
        return True

    def owners(self, index: dict[str, list[int]], word: str, before: int) -> list[int]:
        """Distinct clusters, nearest first, of the mentions under ``word`` before ``before``."""
        found = index.get(word, [])
        out: list[int] = []
        for j in reversed(found[: bisect.bisect_left(found, before)]):
            root = self.find(j)
            if root not in out:
                out.append(root)
                if len(out) > 2:
                    break  # more than two owners is as ambiguous as two
        return out


def _first_names_clash(a: dict[str, set[str]], b: dict[str, set[str]]) -> bool:
    """True when the two clusters hold full names with one surname and different first names.

    An initial is compatible with a name it starts ("H. Clinton", "Hillary Clinton").
    """
    for surname in a.keys() & b.keys():
        for fa in a[surname]:
            for fb in b[surname]:
                if fa != fb and fa[:1] != fb[:1]:
                    return True
    return False


# -- the sieves ------------------------------------------------------------------------
def _exact(st: SieveState, i: int) -> int | None:
    m = st.mentions[i]
    if not m.named or not m.name:
        return None
    found = st.by_key.get(m.key, [])
    k = bisect.bisect_left(found, i)
    return found[k - 1] if k else None


def _appositive(st: SieveState, i: int) -> int | None:
    """Apposition (either order), a predicate nominative or a copular relative clause."""
    m = st.mentions[i]
    head = st.doc[m.head]
    partners = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        partners.append(head.head)
    partners += _predicates(head)
    for p in partners:
        j = st.by_head.get(p.i)
        if j is not None and j != i and st.mentions[j].number == m.number:
            return j
    return None


def _predicates(head: Token) -> list[Token]:
    """Nouns said to be ``head`` by a copula: "Lee is the mayor", "Lee, who was the mayor"."""
    out = []
    gov = head.head
    negated = any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in gov.children)
    copular = any(c.dep_ == "cop" for c in gov.children) and gov.pos_ in ("NOUN", "PROPN")
    if head.dep_ in ("nsubj", "nsubj:pass") and gov.i != head.i and copular and not negated:
        out.append(gov)
    for rel in head.children:
        if rel.dep_ not in ("relcl", "acl:relcl") or rel.pos_ not in ("NOUN", "PROPN"):
            continue
        children = list(rel.children)
        if any(c.dep_ == "cop" for c in children) and any(
            c.lower_ in _COPULA_RELATIVES and c.dep_.startswith("nsubj") for c in children
        ):
            out.append(rel)
    return out


def _strict_head(st: SieveState, i: int) -> int | None:
    """A full name joins an earlier full name with its surname and a compatible first name,
    else an earlier bare surname ("Clinton ... Hillary Clinton")."""
    m = st.mentions[i]
    words = m.name.split()
    if not m.named or len(words) < 2 or m.kind not in _PERSONISH:
        return None
    for root in st.owners(st.by_surname, words[-1], i):
        firsts = st.clusters[root].firsts.get(words[-1], set())
        if all(f == words[0] or f[:1] == words[0][:1] for f in firsts):
            return root
    if _bearers(st, words[-1]) > 1:
        return None  # "Ebeling said ... Tom Ebeling ... Betsy Ebeling": the bare name is neither's
    bare = st.by_key.get(words[-1], [])
    k = bisect.bisect_left(bare, i)
    return bare[k - 1] if k and st.mentions[bare[k - 1]].kind in _PERSONISH else None


def _bearers(st: SieveState, surname: str) -> int:
    """How many people in the whole article bear ``surname`` in a full name: full names
    with first names that differ (not one the initial of the other) are two people.
    Computed once per surname (the index does not change while the sieves run)."""
    if surname not in st.bearers:
        initials: set[str] = set()
        for j in st.by_surname.get(surname, []):
            initials.add(st.mentions[j].name.split()[0][:1])
        st.bearers[surname] = len(initials)
    return st.bearers[surname]


def _proper_head(st: SieveState, i: int) -> int | None:
    """A one-word name joins the one person whose full name holds it ("Baker", "Hillary")."""
    m = st.mentions[i]
    if not m.named or not m.name or " " in m.name:
        return None
    # Coreference by surname beats the entity label: "Valeska Paris ... Paris".
    owners = [
        r
        for r in st.owners(st.by_surname, m.name, i)
        if _gender_fits(st, r, m) and "person" in st.clusters[r].kinds
    ]
    if owners and _bearers(st, m.name) > 1:
        # Two people share the surname somewhere in the article: the bare name joins
        # neither, unless an honorific picks the one the article gives that gender
        # ("Mrs Baker").
        same = [r for r in owners if m.gender is not None and m.gender in st.clusters[r].genders]
        owners = same if len(same) == 1 else []
    if owners:
        return owners[0]
    if m.kind not in _PERSONISH:
        return None
    words = [r for r in st.owners(st.by_word, m.name, i) if _gender_fits(st, r, m)]
    return words[0] if len(words) == 1 else None


def _gender_fits(st: SieveState, root: int, m: Mention) -> bool:
    genders = st.clusters[root].genders
    return m.gender is None or not genders or m.gender in genders


def _nominal_head(st: SieveState, i: int) -> int | None:
    """A definite noun phrase repeats a recent one with the same head noun."""
    m = st.mentions[i]
    if m.named or m.kind == "thing" or not m.name:
        return None
    if not {c.lower_ for c in st.doc[m.head].children if c.dep_ == "det"} & _DEFINITE:
        return None
    found = st.by_lemma.get(m.name, [])
    for j in reversed(found[: bisect.bisect_left(found, i)]):
        o = st.mentions[j]
        if m.sent - o.sent > NOMINAL_REACH:
            break
        if o.number == m.number:
            return j
    return None


#: The sieves in the order they run, most precise first.
SIEVES: tuple[tuple[str, Callable[[SieveState, int], int | None]], ...] = (
    ("exact", _exact),
    ("appositive", _appositive),
    ("strict-head", _strict_head),
    ("proper-head", _proper_head),
    ("nominal-head", _nominal_head),
)


#: Sieves that link by name: kind and number need not agree (see ``SieveState.compatible``).
BY_NAME = frozenset({"exact", "strict-head", "proper-head"})


def run_sieves(mentions: list[Mention], doc: Doc) -> SieveState:
    """Every non-pronoun mention clustered by :data:`SIEVES`, in order."""
    st = SieveState(mentions, doc)
    for name, sieve in SIEVES:
        for i in st.nominal:
            j = sieve(st, i)
            if j is not None:
                st.merge(i, j, name)
    return st
