"""FC302 impossible-date: a day the month does not have ("31 April", "30 February")."""

from __future__ import annotations

import calendar
from collections.abc import Iterable

from factcheck_rules.dates.analysis.claims import date_analysis
from factcheck_rules.dates.analysis.common import claim_data
from factcheck_rules.dates.analysis.values import month_days

from factcheck import Article, Diagnostic, Rule, RuleContext, Severity


class ImpossibleDate(Rule):
    """A date that does not exist, such as "31 April" or "30th February".

    ## What it does
    Checks every written day-and-month ("31 April", "February 30", "30th of
    February", "2023-02-30") against the length of the month, and 29 February
    against the year when one is given.

    ## Why it matters
    An impossible date is always a typo or a garbled edit: the day, the month
    or both are wrong, and the real date has to be checked against the source.
    Readers notice it instantly and it undermines every other fact in the
    piece.

    ## Example
    ```text
    The festival closed on 31 April after a record run.
    ```

    ## Use instead
    ```text
    The festival closed on 30 April after a record run.
    ```

    ## Limitations
    29 February without a year is accepted (it exists in leap years). Dates
    written only in figures with slashes ("31/04") are not read, because their
    day/month order is ambiguous.
    """

    code = "FC302"
    name = "impossible-date"
    category = "date"
    severity = Severity.ERROR
    needs_parse = True

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        analysis = date_analysis(article, ctx.settings)
        out = []
        for claim in analysis.claims:
            v = claim.value
            if claim.mention.kind != "date" or v.valid or v.month is None or v.day is None:
                continue
            month = calendar.month_name[v.month]
            if v.month == 2 and v.day == 29 and v.year is not None:
                why = f"{v.year} is not a leap year, so February has 28 days"
            else:
                why = f"{month} has {month_days(v.month, v.year)} days"
            out.append(
                Diagnostic(
                    start=claim.mention.start,
                    end=claim.mention.end,
                    message=(
                        f"Impossible date {claim.mention.text!r}: {why}. The day or the month is "
                        "wrong; check the date against the source."
                    ),
                    confidence=0.95,
                    data=claim_data(article, analysis, claim),
                )
            )
        return out
