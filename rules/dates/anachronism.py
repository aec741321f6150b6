"""FC304 anachronism: a past event dated after publication, a future one before it, bad ages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from factcheck_rules.dates.analysis.claims import DateAnalysis, TemporalClaim, date_analysis
from factcheck_rules.dates.analysis.clause import FUTURE, PAST
from factcheck_rules.dates.analysis.common import claim_data, expression

from factcheck import Article, Diagnostic, Evidence, Rule, RuleContext, Severity
from factcheck.language.reporting import FORWARD_REPORTING_VERBS
from factcheck.language.words import word_set

_POINT_KINDS = frozenset({"date", "month", "year"})
_POINT_SIGNALS = frozenset({"", "in", "on", "during"})
#: Verbs whose past tense still points forward ("was scheduled for 2030", "agreed to 2030"):
#: reporting verbs about the future, and verbs of planning and putting off.
_FORWARD_VERBS = FORWARD_REPORTING_VERBS | word_set(
    "schedule set due postpone delay defer extend target aim book move push slate earmark "
    "budget reschedule commit intend fix"
)
_WILL = frozenset({"will", "shall", "'ll", "’ll"})
_BORN = re.compile(r"\bborn\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_DIED = re.compile(r"\b(?:died|killed|death|was|were|had been|at the time|when)\b", re.IGNORECASE)


def _has_will(article: Article, claim: TemporalClaim) -> bool:
    doc = article.doc
    if doc is None or claim.clause is None:
        return False
    head = doc[claim.clause.head]
    return any(c.lower_ in _WILL for c in head.children if c.dep_.startswith("aux"))


def _forward_looking(article: Article, claim: TemporalClaim) -> bool:
    doc = article.doc
    if doc is None or claim.clause is None:
        return True
    head = doc[claim.clause.head]
    chain = [head, *list(head.ancestors)[:3]]
    return any((t.lemma_ or t.lower_).lower() in _FORWARD_VERBS for t in chain)


class Anachronism(Rule):
    """A date that cannot be right for its tense, or an age that disagrees with a year.

    ## What it does
    With a publication date known, reports: an event told in the past tense
    dated after publication ("the minister resigned on 3 May 2024" in a story
    of March 2024); a future event ("will", "shall") dated before publication;
    an age that disagrees with a year of birth in the same sentence ("born in
    1950, the 60-year-old" in 2023); and "N years ago" beside a year it does
    not match ("in 1998, 20 years ago" in 2023).

    ## Why it matters
    These slips come from recycled copy (a preview rewritten as a report, an
    obituary updated a year later) and from arithmetic done in a hurry. The
    date or the tense is wrong, and either way the reader is misinformed.

    ## Example
    ```text
    The bridge, which opened in 2031, carries 40,000 cars a day.
    ```

    ## Use instead
    ```text
    The bridge, which opened in 2021, carries 40,000 cars a day.
    ```

    ## Limitations
    Only explicit dates (a written year, month-and-year or full date) are
    checked for tense, and only when the date attaches to the verb, not to a
    noun ("the 2030 target"). Past-tense verbs of planning ("was scheduled
    for", "agreed to", "said") are skipped. Ages are compared only with a
    "born in" year in the same sentence, allowing a year either way for the
    birthday.
    """

    code = "FC304"
    name = "anachronism"
    category = "date"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        analysis = date_analysis(article, ctx.settings)
        if analysis.anchor is None:
            return []
        return list(self._tense(article, analysis, analysis.anchor)) + list(
            self._arithmetic(article, analysis, analysis.anchor)
        )

    def _tense(
        self, article: Article, analysis: DateAnalysis, anchor: dt.date
    ) -> Iterator[Diagnostic]:
        for claim in analysis.claims:
            v, m, clause = claim.value, claim.mention, claim.clause
            if clause is None or m.kind not in _POINT_KINDS or not v.year_explicit:
                continue
            if not v.valid or v.first is None or v.last is None or claim.in_dateline:
                continue
            if clause.attaches_to_noun or m.signal not in _POINT_SIGNALS or clause.negated:
                continue
            if clause.tense == PAST and v.first > anchor and not _forward_looking(article, claim):
                when, problem = "after", "is told in the past tense"
            elif clause.tense == FUTURE and v.last < anchor and _has_will(article, claim):
                when, problem = "before", "is told as future ('will')"
            else:
                continue
            yield Diagnostic(
                start=m.claim_start,
                end=m.end,
                message=(
                    f"Anachronism: {expression(article, claim)!r} ({v.value}) is {when} the "
                    f"publication date {anchor.isoformat()}, but the event it dates "
                    f"({clause.predicate_text!r}) {problem}. Correct the date or the tense."
                ),
                confidence=0.7,
                data=claim_data(article, analysis, claim),
            )

    def _arithmetic(
        self, article: Article, analysis: DateAnalysis, anchor: dt.date
    ) -> Iterator[Diagnostic]:
        by_sentence: dict[tuple[int, int], list[TemporalClaim]] = {}
        for claim in analysis.claims:
            by_sentence.setdefault(claim.sentence, []).append(claim)
        for claims in by_sentence.values():
            years = [
                c
                for c in claims
                if c.mention.kind in ("year", "date", "month")
                and c.value.year_explicit
                and c.value.year is not None
            ]
            for claim in claims:
                if claim.mention.kind == "age" and "plural" not in claim.mention.parts:
                    yield from self._age(article, analysis, anchor, claim, years)
                if claim.mention.kind == "ago" and claim.value.amount is not None:
                    yield from self._ago(article, analysis, claim, years)

    def _age(
        self,
        article: Article,
        analysis: DateAnalysis,
        anchor: dt.date,
        claim: TemporalClaim,
        years: list[TemporalClaim],
    ) -> Iterator[Diagnostic]:
        age = claim.value.amount
        for born in years:
            before = article.text[max(0, born.mention.start - 20) : born.mention.start]
            if not _BORN.search(before) or born.value.year is None or age is None:
                continue
            between = article.text[
                min(born.mention.end, claim.mention.end) : max(
                    born.mention.start, claim.mention.start
                )
            ]
            if _DIED.search(between):
                continue
            expected = anchor.year - born.value.year
            if expected - 1 <= age <= expected:
                continue
            yield Diagnostic(
                start=claim.mention.start,
                end=claim.mention.end,
                message=(
                    f"Age and year of birth disagree: someone born in {born.value.year} is "
                    f"{expected - 1} or {expected} on {anchor.isoformat()}, not {int(age)}. "
                    "Correct the age or the year."
                ),
                confidence=0.75,
                evidence=(Evidence("year-of-birth", born.mention.start, born.mention.end),),
                data={**claim_data(article, analysis, claim), "expected": expected},
            )

    def _ago(
        self,
        article: Article,
        analysis: DateAnalysis,
        claim: TemporalClaim,
        years: list[TemporalClaim],
    ) -> Iterator[Diagnostic]:
        if (
            claim.value.year is None
            or claim.clause is None
            or claim.mention.parts.get("unit", "").lower() not in ("year", "decade")
        ):
            return
        for other in years:
            if other is claim or other.clause is None or other.value.year is None:
                continue
            gap = article.text[
                min(other.mention.end, claim.mention.end) : max(
                    other.mention.start, claim.mention.start
                )
            ]
            if len(gap) > 12 or not re.fullmatch(r"[\s,(–—-]*", gap):
                continue  # only "in 1998, 20 years ago" — the two side by side
            if abs(other.value.year - claim.value.year) <= 1:
                continue
            yield Diagnostic(
                start=claim.mention.start,
                end=claim.mention.end,
                message=(
                    f"{claim.mention.text!r} points to {claim.value.year}, but the year given "
                    f"beside it is {other.value.year}. Correct the year or the number of years."
                ),
                confidence=0.7,
                evidence=(Evidence("stated-year", other.mention.start, other.mention.end),),
                data=claim_data(article, analysis, claim),
            )
