"""FC303 weekday-date-mismatch: "Friday, 5 April 1920" when that day was a Monday."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from factcheck_rules.dates.analysis.claims import date_analysis
from factcheck_rules.dates.analysis.common import claim_data

from factcheck import Applicability, Article, Diagnostic, Fix, Rule, RuleContext, Severity
from factcheck.language.calendar import WEEKDAYS

#: Without a written year, the publication year is trusted only this close to publication.
_NEAR_DAYS = 120
_FULL_NAMES = frozenset(WEEKDAYS)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


class WeekdayDateMismatch(Rule):
    """A weekday that does not fall on the date it is given with.

    ## What it does
    Checks expressions that give both a weekday and a date ("Sunday, 4
    February 2005", "on Friday 17 March") against the calendar. The year is
    the one written; without one, the publication year is used (or the year
    the date is nearest to publication), and only for dates within about four
    months of publication, where that year is safe. Without any year the
    rule stays silent.

    ## Why it matters
    A wrong weekday means either the weekday or the date is wrong, and readers
    who plan around the date (an election, a hearing, a strike) are misled.
    It usually comes from updating a date and forgetting the weekday.

    ## Example
    ```text
    The strike is due to begin on Thursday, 11 September 2001.
    ```

    ## Use instead
    ```text
    The strike is due to begin on Tuesday, 11 September 2001.
    ```

    ## Limitations
    The suggested fix changes the weekday; the date itself may be the wrong
    half, so check the source. Dates without a year in undated articles are
    not checked.
    """

    code = "FC303"
    name = "weekday-date-mismatch"
    category = "date"
    severity = Severity.ERROR

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        analysis = date_analysis(article, ctx.settings)
        out = []
        for claim in analysis.claims:
            v = claim.value
            m = claim.mention
            if m.kind != "date" or "wd" not in m.parts or not v.valid or v.weekday is None:
                continue
            if v.year is None or v.month is None or v.day is None:
                continue
            actual = _weekday_of(v.year, v.month, v.day)
            if actual is None or actual == v.weekday:
                continue
            confidence = 0.95
            if not v.year_explicit:
                anchor = analysis.anchor
                if anchor is None or v.first is None:
                    continue
                if abs((v.first - anchor).days) > _NEAR_DAYS:
                    continue
                confidence = 0.85
            written = m.parts["wd"]
            right = calendar.day_name[actual]
            if written.rstrip(".").lower() not in _FULL_NAMES:  # "Fri", "Thurs.": abbreviate
                right = right[:3] + ("." if written.endswith(".") else "")
            year_note = "" if v.year_explicit else f" (taking the publication year {v.year})"
            date_text = f"{v.day} {calendar.month_name[v.month]} {v.year}"
            replacement = re.sub(re.escape(written), right, m.text, count=1)
            out.append(
                Diagnostic(
                    start=m.start,
                    end=m.end,
                    message=(
                        f"Weekday and date disagree in {m.text!r}: {date_text}{year_note} was a "
                        f"{calendar.day_name[actual]}, not a {calendar.day_name[v.weekday]}. "
                        "Correct the weekday or the date."
                    ),
                    confidence=confidence,
                    fix=Fix(
                        title=f"Change {written!r} to {right!r}",
                        replacement=replacement,
                        applicability=Applicability.UNSAFE,
                    ),
                    data={
                        **claim_data(article, analysis, claim),
                        "weekday_written": calendar.day_name[v.weekday],
                        "weekday_actual": calendar.day_name[actual],
                    },
                )
            )
        return out
