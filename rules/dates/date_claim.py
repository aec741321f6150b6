"""FC301 date-claim: every dated claim an editor should verify, most check-worthy first."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.dates.analysis.claims import NON_CLAIM_KINDS, date_analysis
from factcheck_rules.dates.analysis.common import claim_data, describe

from factcheck import Article, Diagnostic, Rule, RuleContext, RuleOption, Severity

_DEFAULT_MIN = 0.3


class DateClaim(Rule):
    """A dated claim to verify ("under sanctions since 2006"), with its normalised value.

    ## What it does
    Lists every date, year, period, duration or age that dates a fact in the
    copy, with the clause it dates (subject and predicate from the parse), the
    normalised TIMEX3 value (`2006`, `2023-03-17`, `P3Y`) and the anchor used
    for relative dates. Findings are ranked by check-worthiness (the
    confidence): explicit years and "since"/"from"/"until" dates attached to
    past or ongoing facts with named entities come first; schedule chatter
    ("the council meets on Monday") falls below the reporting threshold.

    ## Why it matters
    Dates are among the facts readers and lawyers check first, and among the
    easiest to get wrong when copy is rewritten or a wire story is updated.
    An editor who sees every dated claim with what it asserts can verify them
    in one pass, and a facts file (see FC307/FC308) can verify many of them
    automatically.

    ## Example
    ```text
    The country has been under UN sanctions over its weapons programme since 2006.
    ```

    ## Use instead
    Nothing is wrong: verify the date against a source (here the Security
    Council resolution) or record it in the newsroom facts file.

    ## Limitations
    Informational. Clause subjects come from the parse and may be partial;
    "the country" or "it" is resolved to the most salient matching name
    before it, which can be wrong in stories about several countries. Set
    `min-confidence` in `[tool.factcheck.rule-options.date-claim]` (default
    0.3) to list more or fewer claims.
    """

    code = "FC301"
    name = "date-claim"
    category = "date"
    severity = Severity.INFO
    config_options = (
        RuleOption("min-confidence", "number", "Lowest check-worthiness listed (default 0.3)."),
    )

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        analysis = date_analysis(article, ctx.settings)
        threshold = ctx.options.get_float("min-confidence", _DEFAULT_MIN)
        out = []
        for claim in analysis.claims:
            v = claim.value
            if claim.mention.kind in NON_CLAIM_KINDS or claim.in_dateline or not v.value:
                continue
            if v.relative and not v.anchored:
                continue  # FC306 reports it: without a publication date it has no value yet
            if claim.checkworthiness < threshold:
                continue
            value = v.value
            anchor = (
                f", counted from the publication date {analysis.anchor.isoformat()}"
                if v.relative and v.anchored and analysis.anchor
                else ""
            )
            out.append(
                Diagnostic(
                    start=claim.mention.claim_start,
                    end=claim.mention.end,
                    message=(
                        f"Date claim to verify: {describe(article, claim)} = {value}{anchor}. "
                        "Check it against a source, or record it in the newsroom facts file."
                    ),
                    confidence=claim.checkworthiness,
                    data=claim_data(article, analysis, claim),
                )
            )
        return out
