"""FC307 date-contradicts-facts and FC308 date-verified: claims checked by knowledge plugins."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck_rules.dates.analysis.claims import date_analysis
from factcheck_rules.dates.analysis.common import claim_data, describe, expression, verdicts

from factcheck import Applicability, Article, Diagnostic, Fix, Outcome, Rule, RuleContext, Severity


class DateContradictsFacts(Rule):
    """A date claim that a newsroom facts file (or another knowledge plugin) contradicts.

    ## What it does
    Sends every resolved date claim (subject, predicate, normalised value,
    entities) to the knowledge plugins through the verify hook. The built-in
    provider reads the facts files given with `--facts` or the `facts`
    setting (see docs/facts-file.md); a fact matches a claim when one of its
    names appears in the claim's clause (or is what "the country" refers
    to) and its predicate or a keyword is among the clause's words. When the
    dates disagree at the precision both give, the claim is reported with
    the recorded date and its source.

    ## Why it matters
    Some dates are repeated in story after story (when sanctions began, when
    a law took effect, when a company was founded). A desk that records them
    once catches every article that gets them wrong, with the source at hand.

    ## Example
    ```text
    The country has been under UN sanctions since 2009.
    ```
    with a facts file recording the sanctions in October 2006.

    ## Use instead
    ```text
    The country has been under UN sanctions since 2006.
    ```

    ## Limitations
    Only as good as the facts file: a fact whose names or keywords are too
    general can match the wrong claim. Relative dates are checked only when
    the article has a publication date. "Before", "after" and durations are
    not compared.
    """

    code = "FC307"
    name = "date-contradicts-facts"
    category = "date"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        analysis = date_analysis(article, ctx.settings)
        out = []
        for i, found in verdicts(article, analysis, ctx).items():
            claim = analysis.claims[i]
            for verdict in found:
                if verdict.outcome != Outcome.CONTRADICTED:
                    continue
                fix = None
                year = re.fullmatch(r"\d{4}", claim.mention.text)
                if year and verdict.expected[:4].isdigit():
                    text = expression(article, claim)
                    fix = Fix(
                        title=f"Use the recorded year {verdict.expected[:4]}",
                        replacement=text.replace(year.group(0), verdict.expected[:4]),
                        applicability=Applicability.UNSAFE,
                    )
                out.append(
                    Diagnostic(
                        start=claim.mention.claim_start,
                        end=claim.mention.end,
                        message=(
                            f"Date contradicts known facts: {describe(article, claim)} = "
                            f"{claim.value.value}, but {verdict.note or 'the record'} gives "
                            f"{verdict.expected} (source: {verdict.source}). Correct the date or "
                            "the facts file."
                        ),
                        confidence=0.8,
                        fix=fix,
                        data={
                            **claim_data(article, analysis, claim),
                            "expected": verdict.expected,
                            "source": verdict.source,
                            "provider": verdict.provider,
                        },
                    )
                )
        return out


class DateVerified(Rule):
    """A date claim that a newsroom facts file (or another knowledge plugin) confirms.

    ## What it does
    The counterpart of FC307: reports a date claim that a knowledge plugin
    confirms, naming the source, so an editor can tick it off the list of
    claims to verify (FC301).

    ## Why it matters
    Verification is work; showing which dates are already backed by a
    recorded source lets the desk spend its time on the rest.

    ## Example
    ```text
    The country has been under UN sanctions since 2006.
    ```
    with a facts file recording the sanctions in October 2006.

    ## Use instead
    Nothing to change: the claim agrees with the record.

    ## Limitations
    Informational. A match on a coarser date ("2006" against "2006-10-14")
    counts as verified at the precision the article gives.
    """

    code = "FC308"
    name = "date-verified"
    category = "date"
    severity = Severity.INFO

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        analysis = date_analysis(article, ctx.settings)
        out = []
        for i, found in verdicts(article, analysis, ctx).items():
            claim = analysis.claims[i]
            confirmed = [v for v in found if v.outcome == Outcome.VERIFIED]
            if not confirmed or any(v.outcome == Outcome.CONTRADICTED for v in found):
                continue
            verdict = confirmed[0]
            out.append(
                Diagnostic(
                    start=claim.mention.claim_start,
                    end=claim.mention.end,
                    message=(
                        f"Date verified: {describe(article, claim)} = {claim.value.value} agrees "
                        f"with {verdict.note or 'the record'} ({verdict.expected}; source: "
                        f"{verdict.source})."
                    ),
                    confidence=0.9,
                    data={
                        **claim_data(article, analysis, claim),
                        "expected": verdict.expected,
                        "source": verdict.source,
                        "provider": verdict.provider,
                    },
                )
            )
        return out
