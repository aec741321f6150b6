"""Who each quotation is attributed to, and how two quotations' words compare.

The speaker is read from the words right around the quotation, in the three
shapes news copy uses: ``"…," Name said`` / ``"…," said Name`` after it,
and ``Name said: "…"`` before it. A name resolves to its person cluster; a
pronoun or a description ("the minister") leaves the speaker unknown, which
never counts as a different speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck_rules.consistency.analysis.names import (
    Cluster,
    NameMention,
    name_mentions,
    person_clusters,
    zone,
)
from factcheck_rules.consistency.analysis.words import SPEECH_VERBS

from factcheck import Article, DerivedKey, Quotation

QUOTES: DerivedKey[list[AttributedQuote]] = DerivedKey("factcheck.consistency.quotes")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
#: After the closing mark: ', said Name' or ', Name said'.
_AFTER_VERB_FIRST = re.compile(rf"^[,.]?\s*(?:{_VERBS})\s+(?P<who>\S)", re.IGNORECASE)
_AFTER_NAME_FIRST = re.compile(
    rf"^[,.]?\s*(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]*"
    rf"|he|she|they|the\s+\w+(?:\s+\w+)?)\s+(?:{_VERBS})\b"
)
#: Before the opening mark: 'Name said: ' or 'Name said, '.
_BEFORE = re.compile(
    rf"(?P<who>[^.;:“”\"]{{1,80}}?)\s+(?:{_VERBS})(?:\s+\w+){{0,3}}\s*[:,]\s*$", re.IGNORECASE
)


@dataclass(frozen=True)
class AttributedQuote:
    """A body quotation, its normalised words and its speaker (None when unknown)."""

    quote: Quotation
    words: tuple[str, ...]
    speaker: Cluster | None
    speaker_mention: NameMention | None
    zone: str


def quote_words(text: str) -> tuple[str, ...]:
    """The quotation's words, lower case, apostrophes made straight."""
    return tuple(w.lower().replace("’", "'") for w in _TOKEN.findall(text))


def _cluster_at(
    clusters: list[Cluster], start: int, end: int, last: bool = False
) -> tuple[Cluster, NameMention] | None:
    """The cluster of the first (or ``last``) name mention that starts in ``[start, end)``."""
    best: tuple[Cluster, NameMention] | None = None
    for c in clusters:
        for m in c.mentions:
            if not start <= m.start < end:
                continue
            if best is None or (m.start > best[1].start if last else m.start < best[1].start):
                best = (c, m)
    return best


_PRONOUN = re.compile(r"^(?:he|she)$", re.IGNORECASE)


def _antecedent(
    article: Article, q: Quotation, clusters: list[Cluster]
) -> tuple[Cluster, NameMention] | None:
    """Who "he said" or "she said" is: the person named last in this paragraph or the one before."""
    block = article.block_at(q.start)
    start = block.start if block is not None else q.start
    earlier = [b for b in article.blocks if b.end <= start]
    window = earlier[-1].start if earlier else start
    found = [
        (c, m)
        for c in clusters
        if c.is_person
        for m in c.mentions
        if window <= m.start < q.start and not m.quoted
    ]
    if not found:
        return None
    return max(found, key=lambda x: x[1].start)


def _speaker(
    article: Article, q: Quotation, clusters: list[Cluster]
) -> tuple[Cluster, NameMention] | None:
    text = article.text
    after = text[q.end : q.end + 90].split("\n", 1)[0]
    for pattern in (_AFTER_VERB_FIRST, _AFTER_NAME_FIRST):
        m = pattern.match(after)
        if m is not None:
            who = q.end + m.start("who")
            if pattern is _AFTER_NAME_FIRST and _PRONOUN.match(m.group("who")):
                return _antecedent(article, q, clusters)
            if pattern is _AFTER_VERB_FIRST and re.match(
                r"(?:he|she)\b", after[m.start("who") :], re.I
            ):
                return _antecedent(article, q, clusters)
            until = q.end + m.end("who") if pattern is _AFTER_NAME_FIRST else who + 40
            return _cluster_at(clusters, who, until)
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[max(line_start, q.start - 120) : q.start]
    m = _BEFORE.search(before)
    if m is not None:
        base = max(line_start, q.start - 120)
        if re.search(r"(?:^|[.!?]\s+)(?:he|she)$", m.group("who").strip(), re.IGNORECASE):
            return _antecedent(article, q, clusters)
        return _cluster_at(clusters, base + m.start("who"), base + m.end("who"), last=True)
    return None


def _nesting(quotes: Sequence[Quotation]) -> tuple[set[int], set[int]]:
    """The ids of the quotations inside another one, and of those holding another one.

    Sorted sweeps with a running maximum (or minimum) of ends, so a page of
    quotation marks costs n log n rather than every pair: a quotation is inside
    another when an earlier-starting one (ties: the longer first) ends at or
    after it, and holds another when a later-starting one (ties: the shorter
    first) ends at or before it. Two with the same span hold each other.
    """
    nested: set[int] = set()
    holders: set[int] = set()
    same: dict[tuple[int, int], list[Quotation]] = {}
    for q in quotes:
        same.setdefault((q.start, q.end), []).append(q)
    for group in same.values():
        if len(group) > 1:
            nested.update(id(q) for q in group)
            holders.update(id(q) for q in group)
    furthest = -1
    for (_start, end), group in sorted(same.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if furthest >= end:
            nested.update(id(q) for q in group)
        furthest = max(furthest, end)
    nearest = None
    for (_start, end), group in sorted(same.items(), key=lambda kv: (-kv[0][0], kv[0][1])):
        if nearest is not None and nearest <= end:
            holders.update(id(q) for q in group)
        nearest = end if nearest is None else min(nearest, end)
    return nested, holders


def attribute_quotes(article: Article) -> list[AttributedQuote]:
    """Every quotation of the article with its words and its speaker."""
    name_mentions(article)
    clusters = person_clusters(article)
    out = []
    nested, holders = _nesting(article.quotations)
    for q in article.quotations:
        if id(q) in nested or id(q) in holders or not q.closed:
            continue
        content = article.text[q.content.start : q.content.end]
        found = _speaker(article, q, clusters)
        out.append(
            AttributedQuote(
                quote=q,
                words=quote_words(content),
                speaker=found[0] if found else None,
                speaker_mention=found[1] if found else None,
                zone=zone(article, q.start),
            )
        )
    return out


def attributed_quotes(article: Article) -> list[AttributedQuote]:
    """The attributed quotations of ``article``, computed once and shared."""
    return article.derived(QUOTES, attribute_quotes)
