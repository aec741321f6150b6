"""Coreference chains: which names, noun phrases and pronouns mean the same referent.

A shared analysis, so that every family reads one set of chains: the pronoun
rules (FC2xx) judge pronouns against them, the consistency family compares a
person's name and title along them, and ``factcheck parse --coref`` shows them
to a user who wants to see why a rule fired.

The host defines only the typed result and the way to ask for it; the
resolver lives with the built-in pronoun family, which registers itself with
:func:`provide` when it is loaded. Asking before any resolver is registered
(the family disabled) gives empty chains, never an error, so a consumer must
treat "no chain" as "unknown", not as "different people".

Usage::

    from factcheck.analysis.coref import coreference

    for chain in coreference(article).chains:
        if chain.kind == "person":
            ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from factcheck.contract.article import Article, DerivedKey, Span


@dataclass(frozen=True)
class ChainMention:
    """One mention of a chain: a name, a noun phrase or a pronoun."""

    span: Span
    text: str
    form: str  # "name", "noun" or "pronoun"
    quoted: bool  # inside a quotation (its pronouns are the speaker's words)
    #: How the mention joined its chain: the resolver's step ("exact", "appositive",
    #: "strict-head", "proper-head", "nominal-head", "pronoun", "speaker"), "" for the first.
    via: str = ""


@dataclass(frozen=True)
class Chain:
    """One referent and its mentions in text order.

    ``kind`` is person, org, place, thing or unknown; ``gender`` (m/f/None)
    is what the article states, and ``gender_from`` how: ``fact`` (a
    knowledge plugin), ``strong`` (an honorific or gendered role noun),
    ``votes`` (pronouns the resolver is sure of), ``mixed`` or ``none``.
    """

    id: int
    kind: str
    gender: str | None
    gender_from: str
    mentions: tuple[ChainMention, ...]

    @property
    def name(self) -> str:
        """The longest name in the chain ("" when it has none)."""
        names = [m.text for m in self.mentions if m.form == "name"]
        return max(names, key=len) if names else ""


@dataclass(frozen=True)
class Link:
    """A pronoun resolved to an antecedent, with the reason in words."""

    pronoun: Span
    text: str
    chain: int  # -1 when unresolved
    antecedent: Span | None
    confidence: float  # the winner's share of the top two candidates' scores
    reason: str


@dataclass(frozen=True)
class Coreference:
    """The chains and pronoun links of one article."""

    chains: tuple[Chain, ...] = ()
    links: tuple[Link, ...] = ()

    def chain_at(self, span: Span) -> Chain | None:
        """The chain with a mention overlapping ``span`` (the smallest such mention)."""
        best: tuple[int, Chain] | None = None
        for c in self.chains:
            for m in c.mentions:
                if m.span.overlaps(span) and (best is None or len(m.text) < best[0]):
                    best = (len(m.text), c)
        return best[1] if best else None


KEY: DerivedKey[Coreference] = DerivedKey("factcheck.coref")
_PROVIDER: list[Callable[[Article], Coreference]] = []


def provide(resolver: Callable[[Article], Coreference]) -> None:
    """Register the resolver that computes the chains (the last registered wins)."""
    if resolver not in _PROVIDER:
        _PROVIDER.append(resolver)


def coreference(article: Article) -> Coreference:
    """The article's chains, computed once; empty when no resolver is registered."""
    if not _PROVIDER or article.doc is None:
        return Coreference()
    return article.derived(KEY, _PROVIDER[-1])
