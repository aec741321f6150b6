"""FC306 unanchored-relative-date: "on Friday" in an article with no publication date."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.dates.analysis.claims import date_analysis
from factcheck_rules.dates.analysis.common import claim_data, expression

from factcheck import Article, Diagnostic, Rule, RuleContext, Severity

_KINDS = frozenset({"weekday", "relday", "relunit", "anaphor", "ago", "date"})


class UnanchoredRelativeDate(Rule):
    """A relative date ("on Friday", "the day before") in copy with no publication date.

    ## What it does
    Reports relative dates — weekdays, "yesterday", "last week", "the day
    before", "three years ago", a day and month without a year — when the
    article has no publication date: none in front matter or a dated
    dateline, and none given with `--published` or the `published` setting.

    ## Why it matters
    "On Friday" means a different day in every edition, syndication feed and
    archive page. Without a date on the copy neither a reader nor the date
    rules can tell which Friday, so weekday, anachronism and facts checks
    cannot run on these claims.

    ## Example
    ```text
    North Korea said on Friday that its launch the day before was a warning.
    ```

    ## Use instead
    Give the story a dateline or front-matter date (or run with
    `--published 2023-03-17`), or write the date out: "said on 17 March".

    ## Limitations
    Informational. Durations ("for three years") and months without a year
    are not reported; a date in the dateline itself anchors the article.
    """

    code = "FC306"
    name = "unanchored-relative-date"
    category = "date"
    severity = Severity.INFO

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        analysis = date_analysis(article, ctx.settings)
        if analysis.anchor is not None:
            return []
        out = []
        for claim in analysis.claims:
            v = claim.value
            if claim.mention.kind not in _KINDS or claim.in_dateline or not v.valid:
                continue
            if not v.relative or v.anchored or v.timex_type == "DURATION":
                continue
            what = expression(article, claim)
            out.append(
                Diagnostic(
                    start=claim.mention.claim_start,
                    end=claim.mention.end,
                    message=(
                        f"Relative date {what!r} cannot be resolved: the article has no "
                        "publication date or dated dateline. Add one (or run with --published "
                        "YYYY-MM-DD), or write the date out."
                    ),
                    confidence=0.6,
                    data=claim_data(article, analysis, claim),
                )
            )
        return out
