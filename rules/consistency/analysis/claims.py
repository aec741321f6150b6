"""Checkable claims about people and quantities, for the knowledge plugins.

Roles ("chief executive Karin Lindqvist"), pronouns ("Lindqvist … she
said"), ages ("Lindqvist, 61") and counted quantities ("the 15 members of
the Security Council") become :class:`~factcheck.Claim` objects that
``ctx.verify`` sends to every ``factcheck_verify_claim`` implementation.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from factcheck_rules.consistency.analysis.names import Cluster, name_mentions, person_clusters
from factcheck_rules.consistency.analysis.numbers import ages, quantities
from factcheck_rules.consistency.analysis.titles import roles_by_cluster

from factcheck import Article, Claim, ClaimKind, Settings, Span

_PRONOUN = re.compile(r"\b(he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
_BASE = {"he": "he", "him": "he", "his": "he", "himself": "he"}


@dataclass(frozen=True)
class CheckableClaim:
    """A claim and the span of the article it is read from."""

    claim: Claim
    span: Span
    what: str


def publication_date(article: Article, settings: Settings) -> dt.date | None:
    """The article's publication date, else the ``published`` run setting."""
    return article.published or settings.published


def _names(cluster: Cluster) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.text for m in cluster.mentions))


def _pronoun_claims(article: Article, published: str) -> list[CheckableClaim]:
    text = article.text
    doc = article.require_doc()
    sent_ends = [s.end_char for s in doc.sents]
    all_names = sorted(name_mentions(article), key=lambda n: n.start)
    name_starts = [n.start for n in all_names]
    out = []
    for cluster in person_clusters(article):
        if not cluster.is_person or len(cluster.name.split()) < 2:
            continue
        ids = {id(m) for m in cluster.mentions}
        for m in cluster.mentions:
            if m.zone != "body" or m.quoted:
                continue
            # The window: the rest of this sentence and the next one.
            k = bisect.bisect_right(sent_ends, m.end)
            ends = sent_ends[k : k + 2]
            stop = ends[1] if len(ends) > 1 else (ends[0] if ends else len(text))
            hit = next(
                (
                    h
                    for h in _PRONOUN.finditer(text, m.end, stop)
                    if not article.in_quotation(h.start())
                ),
                None,
            )
            if hit is None:
                continue
            lo = bisect.bisect_left(name_starts, m.end)
            hi = bisect.bisect_left(name_starts, hit.start())
            between = [n for n in all_names[lo:hi] if id(n) not in ids and n.kind == "person"]
            if between:
                continue
            word = hit.group(1).lower()
            value = _BASE.get(word, "she")
            claim = Claim(
                kind=ClaimKind.ROLE,
                subject=cluster.name,
                predicate="pronoun",
                value=value,
                text=hit.group(0),
                start=hit.start(),
                end=hit.end(),
                extra={"names": _names(cluster), "published": published},
            )
            out.append(
                CheckableClaim(
                    claim, Span(hit.start(), hit.end()), f"{cluster.name} as {hit.group(0)!r}"
                )
            )
            break
    return out


def claims(article: Article, settings: Settings) -> list[CheckableClaim]:
    """Every checkable claim about a person or a counted quantity, in text order."""
    day = publication_date(article, settings)
    published = day.isoformat() if day else ""
    out: list[CheckableClaim] = []
    for cluster, found in roles_by_cluster(article):
        for role in found:
            claim = Claim(
                kind=ClaimKind.ROLE,
                subject=cluster.name,
                predicate="role",
                value=role.office,
                text=role.written,
                start=role.span.start,
                end=role.span.end,
                extra={
                    "names": _names(cluster),
                    "office": role.office,
                    "written": role.written,
                    "qualified": role.qualified,
                    "scope": role.scope,
                    "published": published,
                },
            )
            out.append(CheckableClaim(claim, role.span, f"{cluster.name} as {role.written!r}"))
    clusters = person_clusters(article)
    for age in ages(article):
        cluster = clusters[age.cluster_index]
        claim = Claim(
            kind=ClaimKind.QUANTITY,
            subject=cluster.name,
            predicate="age",
            value=str(age.value),
            text=str(age.value),
            start=age.span.start,
            end=age.span.end,
            extra={"names": _names(cluster), "published": published},
        )
        out.append(CheckableClaim(claim, age.span, f"the age of {cluster.name}, {age.value}"))
    out.extend(_pronoun_claims(article, published))
    for q in quantities(article):
        if not q.noun or q.noun == "year-old":
            continue
        sentence = article.text[q.sentence_span.start : q.sentence_span.end]
        claim = Claim(
            kind=ClaimKind.QUANTITY,
            subject=q.owner,
            predicate=q.noun,
            value=f"{q.value:g}",
            text=q.text,
            start=q.start,
            end=q.end,
            entities=q.entities,
            extra={
                "lo": q.lo,
                "hi": q.hi,
                "owner": q.owner,
                "unit": q.unit,
                "approx": q.approx,
                "sentence": sentence,
                "published": published,
            },
        )
        noun = article.text[q.noun_span.start : q.noun_span.end] if q.noun_span else q.noun
        out.append(CheckableClaim(claim, Span(q.start, q.end), f"{q.text} {noun}"))
    out.sort(key=lambda c: c.span.start)
    return out
