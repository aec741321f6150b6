"""FC202 gender-conflict: one person called both "he" and "she"."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.pronouns.analysis.judge import her_reading, keep_case, mismatches

from factcheck import Applicability, Article, Diagnostic, Evidence, Fix, Rule, RuleContext, Severity

_SWAP = {
    "he": "she",
    "she": "he",
    "him": "her",
    "his": "her",
    "hers": "his",
    "himself": "herself",
    "herself": "himself",
}


_MALE = frozenset({"he", "him", "his", "himself"})


def _swap(pronoun: str, article: Article, start: int) -> str:
    low = pronoun.lower()
    word = her_reading(pronoun, article, start) if low == "her" else _SWAP.get(low, low)
    return keep_case(pronoun, word)


class GenderConflict(Rule):
    """A person is referred to with conflicting gendered pronouns.

    ## What it does
    Resolves each gendered pronoun with its gender set aside. When the best
    antecedent is a person whose gender the article has already established,
    as the other gender, and no other person the pronoun could mean is nearly
    as likely, it reports the pronoun. The gender comes only from the article:
    honorifics (Mr, Mrs, Ms, Sir, Lady), gendered role nouns (woman, widow,
    king, actress) and the pronouns already used for that person. It is never
    guessed from a first name. The evidence lists the mentions that set it.

    ## Why it matters
    A "he" for a woman who was "she" a sentence earlier is a slip that makes
    the reader stop and wonder whether a second person is meant, and it is
    easily made when copy about one person is reworked from copy about another.

    ## Example
    ```text
    Mrs Patel said the plan was sound. He added that the council would vote on Monday.
    ```

    ## Use instead
    ```text
    Mrs Patel said the plan was sound. She added that the council would vote on Monday.
    ```

    ## Limitations
    Singular "they" and generic "he or she" are never reported. A pronoun in a
    quotation is judged only against people in the same stretch of quoted
    speech. When the article gives a person no gender, or another person the
    pronoun could mean is close by, nothing is reported: the rule prefers
    silence to a guess. Error when an honorific or role noun settles the
    gender and nobody else is in reach, warning otherwise.
    """

    code = "FC202"
    name = "gender-conflict"
    category = "pronoun"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out = []
        for v in mismatches(article):
            if v.kind != "gender":
                continue
            fix = _swap(v.text, article, v.pronoun.start)
            sure = v.strength == "strong" and v.alternative == 0.0
            sex = "a woman" if v.text.lower() in _MALE else "a man"
            said = "; ".join(f"'{article.text[e.start : e.end]}'" for e in v.evidence)
            out.append(
                Diagnostic(
                    start=v.pronoun.start,
                    end=v.pronoun.end,
                    message=(
                        f"'{v.text}' refers to '{v.antecedent.text}', who is {sex} elsewhere "
                        f"in the article ({said}). Use '{fix}', or make clear that someone "
                        "else is meant."
                    ),
                    confidence=0.9 if sure else 0.7,
                    severity=Severity.ERROR if sure else None,
                    fix=Fix(
                        title=f"Replace with '{fix}'",
                        replacement=fix,
                        applicability=Applicability.UNSAFE,
                    ),
                    evidence=tuple(Evidence("earlier-mention", e.start, e.end) for e in v.evidence),
                    data={
                        "antecedent": v.antecedent.text,
                        "gender_from": v.strength,
                        "alternative": round(v.alternative, 3),
                    },
                )
            )
        return out
