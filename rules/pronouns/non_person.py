"""FC201 personal-pronoun-for-non-person: "he"/"his" for a country or a company."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.pronouns.analysis.judge import her_reading, keep_case, mismatches

from factcheck import Applicability, Article, Diagnostic, Evidence, Fix, Rule, RuleContext, Severity

_IT = {
    "he": "it",
    "she": "it",
    "him": "it",
    "his": "its",
    "hers": "its",
    "himself": "itself",
    "herself": "itself",
}


def _replacement(pronoun: str, article: Article, start: int) -> str:
    return keep_case(pronoun, _IT.get(her_reading(pronoun, article, start), "it"))


class PersonalPronounForNonPerson(Rule):
    """A personal pronoun ("he", "his", "she") points at a country, organisation or company.

    ## What it does
    Resolves each he/she/him/her/his/hers/himself/herself to its antecedent
    with the pronoun's gender and animacy set aside. When the best antecedent
    is a country, a city standing for its government, an organisation, a
    company or an institution, and no person the pronoun could mean is nearly
    as likely, it reports the pronoun and suggests "it"/"its". The finding's
    evidence is the antecedent.

    ## Why it matters
    Countries and companies are "it" in news English. A "he" for a state
    usually means a sentence was rewritten from one about its leader, and the
    reader is left looking for a man who is not there.

    ## Example
    ```text
    The firm said profits had fallen but stressed that his overseas projects were on track.
    ```

    ## Use instead
    ```text
    The firm said profits had fallen but stressed that its overseas projects were on track.
    ```

    ## Limitations
    Entity types come from the parse, gazetteers of countries and large cities
    (ISO 3166 and GeoNames, shipped as data) and institution nouns; a company named after a
    person, or a person the model mistakes for a place, can mislead it. A
    pronoun in a quotation is judged only when its antecedent is in the same
    stretch of quoted speech. Plural bodies ("the Tories ... his") are left
    alone. Nothing is reported while a person the pronoun could mean is in its
    sentence or the three before, when the body is governed by a preposition
    ("a visitor from the United Kingdom ... he"), or when it sits in a dateline
    ("LEEDS, England -"). The severity is error when no person is in reach,
    warning otherwise.
    """

    code = "FC201"
    name = "personal-pronoun-for-non-person"
    category = "pronoun"
    severity = Severity.ERROR

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out = []
        for v in mismatches(article):
            if v.kind != "non-person":
                continue
            what = "a country or place" if v.antecedent.kind == "place" else "an organisation"
            fix = _replacement(v.text, article, v.pronoun.start)
            sure = v.alternative == 0.0 and v.strength in ("ent_id", "gazetteer", "noun")
            out.append(
                Diagnostic(
                    start=v.pronoun.start,
                    end=v.pronoun.end,
                    message=(
                        f"'{v.text}' points at '{v.antecedent.text}', {what}, not a person: "
                        f"a personal pronoun cannot refer to it. Use '{fix}', or name the "
                        "person meant."
                    ),
                    confidence=0.9 if sure else 0.65,
                    severity=None if sure else Severity.WARNING,
                    fix=Fix(
                        title=f"Replace with '{fix}'",
                        replacement=fix,
                        applicability=Applicability.UNSAFE,
                    ),
                    evidence=(Evidence("antecedent", v.antecedent.start, v.antecedent.end),),
                    data={
                        "antecedent": v.antecedent.text,
                        "antecedent_kind": v.antecedent.kind,
                        "type_from": v.strength,
                        "alternative": round(v.alternative, 3),
                    },
                )
            )
        return out
