"""FC305 contradictory-dates: the same event or fact given two different dates."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck_rules.dates.analysis.claims import TemporalClaim, date_analysis
from factcheck_rules.dates.analysis.clause import FUTURE
from factcheck_rules.dates.analysis.common import claim_data, expression, subject_text

from factcheck import Article, Diagnostic, Evidence, Rule, RuleContext, Severity
from factcheck.language.words import word_list

#: Things that happen once to the same subject: two dates for one of them is a contradiction.
ONCE_PREDICATES = word_list("once-predicates")
_KINDS = frozenset({"date", "month", "year"})
_SINCE = frozenset({"since", "from"})
_WEAK_SUBJECTS = frozenset(
    {"it", "he", "she", "they", "this", "that", "which", "who", "we", "i", "you", "there"}
)


def _subject_key(claim: TemporalClaim) -> str:
    if claim.subject_resolved:
        return claim.subject_resolved.lower()
    subject = claim.clause.subject.lower() if claim.clause else ""
    subject = re.sub(r"^(?:the|a|an|its|their|his|her)\s+", "", subject)
    return "" if subject in _WEAK_SUBJECTS else subject


def _compatible(a: TemporalClaim, b: TemporalClaim) -> bool:
    va, vb = a.value.value, b.value.value
    n = min(len(va), len(vb))
    return va[:n] == vb[:n]


class ContradictoryDates(Rule):
    """The same event or state given two different dates in one article.

    ## What it does
    Groups explicit dates by what they date — the same subject (a name, or
    "the company" resolved to one) with the same once-only predicate
    ("founded", "born", "died", "opened", "signed") or the same "since"
    state ("has been under sanctions since") — and reports a later date that
    disagrees with an earlier one, pointing at both.

    ## Why it matters
    Two dates for one fact mean at least one is wrong, and the reader cannot
    tell which. It typically happens when a background paragraph is pasted
    from an older story or a correction reaches one paragraph but not the
    other.

    ## Example
    ```text
    The charity was founded in 1998 by two teachers.
    ...
    Since the charity was founded in 1996 it has trained 4,000 volunteers.
    ```

    ## Use instead
    Check the source and use one date in both places.

    ## Limitations
    Deliberately conservative: only written years, months and full dates;
    both mentions must share the predicate and a non-pronoun subject, and
    repeatable events ("won", "visited", "met") are never compared. Dates that
    nest ("2006" and "October 2006") are compatible.
    """

    code = "FC305"
    name = "contradictory-dates"
    category = "date"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        analysis = date_analysis(article, ctx.settings)
        seen: dict[tuple[str, str, bool], list[TemporalClaim]] = {}
        out = []
        for claim in analysis.claims:
            clause, m, v = claim.clause, claim.mention, claim.value
            if clause is None or m.kind not in _KINDS or not v.year_explicit or not v.valid:
                continue
            if claim.in_quotation or claim.in_dateline or clause.negated or clause.tense == FUTURE:
                continue
            since = m.signal in _SINCE
            if not since and (
                clause.predicate not in ONCE_PREDICATES or m.signal not in ("in", "on", "")
            ):
                continue
            subject = _subject_key(claim)
            if not subject:
                continue
            key = (subject, f"{clause.predicate} {clause.obj}".strip(), since)
            earlier = seen.setdefault(key, [])
            clash = next(
                (e for e in earlier if e.sentence != claim.sentence and not _compatible(e, claim)),
                None,
            )
            earlier.append(claim)
            if clash is None:
                continue
            line, _ = article.position(clash.mention.start)
            out.append(
                Diagnostic(
                    start=m.claim_start,
                    end=m.end,
                    message=(
                        f"Contradictory dates: {subject_text(claim)} … {clause.predicate} is dated "
                        f"{expression(article, claim)!r} ({v.value}) here but "
                        f"{expression(article, clash)!r} ({clash.value.value}) on line {line}. "
                        "Check the source and make them agree."
                    ),
                    confidence=0.7,
                    evidence=(
                        Evidence("other-date", clash.mention.claim_start, clash.mention.end),
                    ),
                    data={**claim_data(article, analysis, claim), "other_value": clash.value.value},
                )
            )
        return out
