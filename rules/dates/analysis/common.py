"""Helpers shared by the FC3xx rules: describing a claim, and asking knowledge plugins.

Every rule words a claim the same way ("The country (North Korea) … sanction
… since 2006") and the two knowledge rules (FC307, FC308) share one round of
``ctx.verify`` per article, cached with ``article.derived``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from factcheck_rules.dates.analysis.claims import NON_CLAIM_KINDS, DateAnalysis, TemporalClaim

from factcheck import Claim, ClaimKind, DerivedKey, Verdict

if TYPE_CHECKING:
    from factcheck import Article, RuleContext

VERDICTS_KEY: DerivedKey[Mapping[int, list[Verdict]]] = DerivedKey("factcheck.dates.verdicts")
#: Kinds whose value is a point or period in time that a source can confirm.
_VERIFIABLE_KINDS = frozenset(
    {"date", "month", "year", "decade", "century", "season", "quarter", "half", "ago", "weekday",
     "relday", "holiday"}
)  # fmt: skip


def expression(article: Article, claim: TemporalClaim) -> str:
    """The expression as written, with its signal ("since 2006")."""
    m = claim.mention
    return article.text[m.claim_start : m.end]


def subject_text(claim: TemporalClaim) -> str:
    """The clause's subject, with the resolved name when it is "the country" or "it"."""
    subject = claim.clause.subject if claim.clause else ""
    resolved = claim.subject_resolved
    if resolved and resolved.lower() not in subject.lower():
        return f"{subject} ({resolved})" if subject else resolved
    return subject


def describe(article: Article, claim: TemporalClaim) -> str:
    """ "The country (North Korea) / sanction / since 2006" for messages."""
    pieces = [subject_text(claim), claim.clause.predicate if claim.clause else ""]
    who_what = " … ".join(p for p in pieces if p)
    return (
        f"{who_what} … {expression(article, claim)!r}"
        if who_what
        else repr(expression(article, claim))
    )


def claim_data(article: Article, analysis: DateAnalysis, claim: TemporalClaim) -> dict[str, Any]:
    """The structured claim for a finding's ``data``."""
    clause = claim.clause
    return {
        "value": claim.value.value,
        "type": claim.value.timex_type,
        "kind": claim.mention.kind,
        "expression": expression(article, claim),
        "signal": claim.mention.signal,
        "anchor": analysis.anchor.isoformat() if analysis.anchor else None,
        "anchor_source": analysis.anchor_source or None,
        "relative": claim.value.relative,
        "subject": clause.subject if clause else "",
        "subject_resolved": claim.subject_resolved,
        "predicate": clause.predicate if clause else "",
        "tense": claim.tense,
        "entities": list(claim.entities),
    }


def verifiable(claim: TemporalClaim) -> bool:
    """A claim worth sending to knowledge plugins: a resolved point or period with a clause."""
    v = claim.value
    return (
        claim.mention.kind in _VERIFIABLE_KINDS
        and claim.mention.kind not in NON_CLAIM_KINDS
        and v.valid
        and bool(v.value)
        and not v.value.startswith("X")
        and not v.value.endswith("_REF")
        and claim.clause is not None
        and not claim.in_dateline
    )


def to_claim(article: Article, analysis: DateAnalysis, claim: TemporalClaim) -> Claim:
    """The :class:`factcheck.contract.knowledge.Claim` knowledge plugins receive."""
    clause = claim.clause
    start, end = claim.sentence
    entities = tuple(
        dict.fromkeys(
            [*claim.entities, *([claim.subject_resolved] if claim.subject_resolved else [])]
        )
    )
    return Claim(
        kind=ClaimKind.DATE,
        subject=clause.subject if clause else "",
        predicate=clause.predicate if clause else "",
        value=claim.value.value,
        text=expression(article, claim),
        start=claim.mention.claim_start,
        end=claim.mention.end,
        entities=entities,
        extra={
            "signal": claim.mention.signal,
            "expression": expression(article, claim),
            "sentence": article.text[start:end],
            "lemmas": claim.lemmas,
            "subject_resolved": claim.subject_resolved,
            "antecedents": claim.antecedents,
            "tense": claim.tense,
            "timex_type": claim.value.timex_type,
            "anchor": analysis.anchor.isoformat() if analysis.anchor else None,
            "context_entities": analysis.context_entities,
        },
    )


def verdicts(
    article: Article, analysis: DateAnalysis, ctx: RuleContext
) -> Mapping[int, list[Verdict]]:
    """Knowledge plugins' verdicts per claim index, asked once per article."""

    def compute(a: Article) -> dict[int, list[Verdict]]:
        out: dict[int, list[Verdict]] = {}
        for i, claim in enumerate(analysis.claims):
            if not verifiable(claim):
                continue
            found = ctx.verify(to_claim(a, analysis, claim))
            unique = list({(v.outcome, v.source, v.expected): v for v in found}.values())
            if unique:
                out[i] = unique
        return out

    result: Mapping[int, list[Verdict]] = article.derived(VERDICTS_KEY, compute)
    return result
