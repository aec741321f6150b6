"""FC506 contradicts-facts and FC507 verified-by-facts: people and figures checked by knowledge."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.consistency.analysis.claims import CheckableClaim, claims

from factcheck import (
    Applicability,
    Article,
    Diagnostic,
    Fix,
    Outcome,
    Rule,
    RuleContext,
    Severity,
    Verdict,
)


def _checked(article: Article, ctx: RuleContext) -> list[tuple[CheckableClaim, list[Verdict]]]:
    out = []
    for found in claims(article, ctx.settings):
        verdicts = ctx.verify(found.claim)
        if verdicts:
            out.append((found, verdicts))
    return out


def _data(found: CheckableClaim, verdict: Verdict) -> dict[str, object]:
    claim = found.claim
    return {
        "kind": claim.kind.value,
        "subject": claim.subject,
        "predicate": claim.predicate,
        "value": claim.value,
        "expected": verdict.expected,
        "source": verdict.source,
        "provider": verdict.provider,
    }


class ContradictsFacts(Rule):
    """A role, age, pronoun or figure that a newsroom facts file or other knowledge contradicts.

    ## What it does
    Sends what the article says about people and counted quantities to the
    knowledge plugins through the verify hook: each title or role given to a
    named person ("chief executive Karin Lindqvist"), each age ("Lindqvist,
    61", checked against a recorded birth date and the publication date),
    the first pronoun used for a person named in full, and each counted
    quantity ("the 15 members of the Security Council"). The built-in
    provider reads the `[[person]]` and `[[quantity]]` entries of the facts
    files given with `--facts` or the `facts` setting (see
    docs/facts-people.md). A claim a plugin contradicts is reported with the
    recorded value and its source.

    ## Why it matters
    Ages, job titles and headline figures about the same people and bodies
    recur in story after story. A desk that records them once catches every
    article that gets them wrong, with the source at hand.

    ## Example
    ```text
    Karin Lindqvist, 64, the chief executive of Nordlys Shipping, said the
    deal was done.
    ```
    with a facts file recording her birth on 4 May 1962 and a publication
    date of 17 March 2023.

    ## Use instead
    ```text
    Karin Lindqvist, 60, the chief executive of Nordlys Shipping, said the
    deal was done.
    ```

    ## Limitations
    Only as good as the facts file. A person is matched by a name or alias
    written exactly as in the file; a quantity by one of its names in the
    claim's sentence and its unit or a keyword as the counted noun. Roles
    are checked against their dates only when the article has a publication
    date; a title absent from the record is reported only for a person whose
    entry says `complete = true`. Pronouns are read only when nobody else is
    named between the person and the pronoun.
    """

    code = "FC506"
    name = "contradicts-facts"
    category = "consistency"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out = []
        for found, verdicts in _checked(article, ctx):
            for verdict in verdicts:
                if verdict.outcome != Outcome.CONTRADICTED:
                    continue
                claim = found.claim
                fix = None
                if claim.kind.value == "quantity" and verdict.expected:
                    fix = Fix(
                        title=f"Use the recorded {verdict.expected}",
                        replacement=verdict.expected,
                        applicability=Applicability.UNSAFE,
                    )
                out.append(
                    Diagnostic(
                        start=found.span.start,
                        end=found.span.end,
                        message=(
                            f"Contradicts known facts: {found.what}, but "
                            f"{verdict.note or 'the record'} gives {verdict.expected!r} "
                            f"(source: {verdict.source}). Correct the article or the facts file."
                        ),
                        confidence=0.8,
                        fix=fix,
                        data=_data(found, verdict),
                    )
                )
                break
        return out


class VerifiedByFacts(Rule):
    """A role, age, pronoun or figure that a newsroom facts file or other knowledge confirms.

    ## What it does
    The counterpart of FC506: reports a claim about a person or a counted
    quantity that a knowledge plugin confirms, naming the source, so an
    editor can tick it off.

    ## Why it matters
    Verification is work; showing which ages, titles and figures are
    already backed by a recorded source lets the desk spend its time on the
    rest.

    ## Example
    ```text
    Each of the 15 members of the Security Council must agree.
    ```
    with a facts file recording "Security Council members: 15".

    ## Use instead
    Nothing to change: the claim agrees with the record.

    ## Limitations
    Informational. A claim that one plugin confirms and another contradicts
    is reported by FC506 only.
    """

    code = "FC507"
    name = "verified-by-facts"
    category = "consistency"
    severity = Severity.INFO

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out = []
        for found, verdicts in _checked(article, ctx):
            confirmed = [v for v in verdicts if v.outcome == Outcome.VERIFIED]
            if not confirmed or any(v.outcome == Outcome.CONTRADICTED for v in verdicts):
                continue
            verdict = confirmed[0]
            out.append(
                Diagnostic(
                    start=found.span.start,
                    end=found.span.end,
                    message=(
                        f"Verified: {found.what} agrees with {verdict.note or 'the record'} "
                        f"({verdict.expected}; source: {verdict.source})."
                    ),
                    confidence=0.9,
                    data=_data(found, verdict),
                )
            )
        return out
