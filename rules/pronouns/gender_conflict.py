"""FC202 gender-conflict: one person called both "he" and "she"."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.pronouns.analysis.facts import SURE_LINK, PronounFacts
from factcheck_rules.pronouns.analysis.judge import her_reading, keep_case, mismatches
from factcheck_rules.pronouns.analysis.resolver import Resolution, analysis

from factcheck import (
    Applicability,
    Article,
    Diagnostic,
    Evidence,
    Fix,
    Outcome,
    Rule,
    RuleContext,
    Severity,
    Span,
)

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
    Precision comes first. Nothing is reported while a person the pronoun could
    mean (of its gender, or of none the article states) is in its sentence or
    the three before, so a slip right next to a second person goes unreported.
    Two exceptions where the syntax leaves no doubt: a pronoun bound by the
    subject of its clause ("Another was captured as he tried to escape") is
    judged in its sentence only, and for a speaker ('"...," she said') only
    people who can speak count. A bare surname two people bear, or a name that
    only modifies a noun ("the Quist campaign"), is never the ground of a report.
    Pronouns settle a gender only when two of them, outside quotations, were
    resolved to the person with a clear lead; "-man" office titles (chairman,
    spokesman) state no gender. Singular "they", generic "he or she" and the
    word "he" quoted as a word are never reported. A pronoun in a quotation is
    judged only against people in the same stretch of quoted speech. A
    knowledge plugin that knows the person's pronouns (``ClaimKind.PRONOUN``)
    outranks the article. Error when an honorific or role noun settles the
    gender and nobody else is in reach, warning otherwise.
    """

    code = "FC202"
    name = "gender-conflict"
    category = "pronoun"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out = []
        facts = PronounFacts(analysis(article), ctx)
        for v in mismatches(article):
            if v.kind != "gender":
                continue
            fact = facts.ask(v.antecedent.entity, v.text)
            if fact is not None and fact.outcome == Outcome.VERIFIED:
                continue  # the newsroom knows this person goes by this pronoun
            fix = _swap(v.text, article, v.pronoun.start)
            sure = v.strength == "strong" and v.alternative == 0.0
            sex = "a woman" if v.text.lower() in _MALE else "a man"
            said = "; ".join(f"'{article.text[e.start : e.end]}'" for e in v.evidence)
            out.append(
                Diagnostic(
                    start=v.pronoun.start,
                    end=v.pronoun.end,
                    message=(
                        f"'{v.text}' refers to '{v.antecedent.text}'"
                        + (f" ({v.name})" if v.name else "")
                        + f", who is {sex} elsewhere "
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
        reported = {d.start for d in out}
        out.extend(_from_facts(article, facts, reported))
        return out


def _from_facts(article: Article, facts: PronounFacts, reported: set[int]) -> list[Diagnostic]:
    """Pronouns a knowledge plugin contradicts, where the resolver is sure of the person."""
    out: list[Diagnostic] = []
    if facts.ctx.verify_hook is None:
        return out
    for r in _sure_links(facts):
        ant = r.antecedent
        if ant is None or r.pronoun.start in reported:
            continue
        fact = facts.ask(ant.entity, r.text)
        if fact is None or fact.outcome != Outcome.CONTRADICTED or not fact.expected:
            continue
        fix = keep_case(r.text, _fact_form(r.text, fact.expected, article, r.pronoun.start))
        out.append(
            Diagnostic(
                start=r.pronoun.start,
                end=r.pronoun.end,
                message=(
                    f"'{r.text}' refers to '{ant.text}', who goes by "
                    f"'{fact.expected}' according to {fact.source or fact.provider}. "
                    f"Use '{fix}', or make clear that someone else is meant."
                ),
                confidence=0.9,
                severity=Severity.ERROR,
                fix=Fix(
                    title=f"Replace with '{fix}'",
                    replacement=fix,
                    applicability=Applicability.UNSAFE,
                ),
                evidence=(Evidence("antecedent", ant.start, ant.end),),
                data={"antecedent": ant.text, "gender_from": "fact"},
            )
        )
    return out


def _sure_links(facts: PronounFacts) -> list[Resolution]:
    """Gendered pronouns outside quotations resolved with a clear lead to a named person.

    Only these are asked about; the resolution of other pronouns is not built.
    """
    an = facts.an
    out = []
    for pi, m in enumerate(an.mentions):
        chosen = an.links.get(pi)
        if (
            m.gender not in ("m", "f")
            or chosen is None
            or an.quote_of(pi) >= 0
            or an.entities[chosen.entity].kind != "person"
            or not facts.names(chosen.entity)
        ):
            continue
        ranked = an.candidates(pi)
        total = sum(c.score for c in ranked[:2]) or 1.0
        if chosen.score / total < SURE_LINK:
            continue
        out.append(
            Resolution(Span(m.start, m.end), m.text, m.gender, m.number, False, (), chosen, 1.0)
        )
    return out


def _fact_form(pronoun: str, expected: str, article: Article, start: int) -> str:
    """The form of ``expected``'s gender that fits where ``pronoun`` stands."""
    low = expected.lower()
    if low not in ("he", "she"):
        return low
    swapped = _swap(pronoun, article, start).lower()
    return swapped if swapped != pronoun.lower() else pronoun.lower()
