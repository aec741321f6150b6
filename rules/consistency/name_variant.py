"""FC501 name-variant: one person or organisation's name written in different ways."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.consistency.analysis.variants import Variant, name_variants

from factcheck import Applicability, Article, Diagnostic, Evidence, Fix, Rule, RuleContext, Severity

_HOW = {
    "hyphenation": "with and without a hyphen",
    "spacing": "run together and split",
    "diacritics": "with and without accents",
    "case": "with different capitals",
    "spelling": "with different letters",
    "initials": "with different middle initials",
}
_CONFIDENCE = {
    "hyphenation": 0.85,
    "spacing": 0.8,
    "diacritics": 0.85,
    "case": 0.7,
    "spelling": 0.75,
    "initials": 0.7,
}


def _counts(v: Variant) -> str:
    return ", ".join(f"{s.text!r} ({s.count}×)" for s in v.group)


class NameVariant(Rule):
    """A name written in different ways in one article ("Thomas-Greenfield", "Thomas-Greenfeld").

    ## What it does
    Compares every written form of every name in the article (runs of
    proper nouns, titles split off) and reports a form that is the same
    name written differently: a hyphen for a space or none ("Kim Jong Un",
    "Kim Jong-un"), words run together, accents dropped, a letter dropped,
    added, changed or two letters transposed ("Nordlys Shipping", "Nordlis
    Shipping"), or middle initials that disagree. The most frequent
    spelling (the first one on a tie) is taken as intended; every other is
    reported where it is written, with each spelling and its count as
    evidence and the intended spelling as the fix.

    ## Why it matters
    A name spelt two ways in one story means one of them is wrong, and
    readers (and the person named) notice. Copy desks check names by eye,
    slowly; a single slip in the twentieth paragraph is easy to miss.

    ## Example
    ```text
    Linda Thomas-Greenfield, the US ambassador, spoke first. Later,
    Thomas-Greenfeld told reporters the vote would go ahead.
    ```

    ## Use instead
    ```text
    Linda Thomas-Greenfield, the US ambassador, spoke first. Later,
    Thomas-Greenfield told reporters the vote would go ahead.
    ```

    ## Limitations
    Names are found from the parse's proper nouns, so a name the parser
    reads as a common noun is not compared. A letter slip counts only in a
    word of five letters or more with the same first letter, and not when
    one word is the other plus an ending ("Robert"/"Roberts"); first names
    of people are not compared for slips, because relatives and namesakes
    share surnames ("Bill Clinton", "Hillary Clinton"). A surname alone that
    is exactly the surname of another person named in full is that person's.
    Two spellings a letter apart that are each written more than once are
    taken as two names. Places the entity ruler knows are not compared for
    slips ("Austria", "Australia"). Possessives are ignored, and so is a
    spelling written only inside a quotation or brackets in another
    language. Differences of punctuation only ("St." and "St") are left to
    the style guide.
    """

    code = "FC501"
    name = "name-variant"
    category = "consistency"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out = []
        for v in name_variants(article):
            evidence = tuple(
                Evidence(f"spelling {s.text!r} ({s.count}×)", s.spans[0].start, s.spans[0].end)
                for s in v.group
                if s.text != v.minority.text
            )
            for span in v.minority.spans:
                out.append(
                    Diagnostic(
                        start=span.start,
                        end=span.end,
                        message=(
                            f"Name variant: {v.minority.text!r} is written here, but "
                            f"{v.majority.text!r} elsewhere in the article "
                            f"({_HOW.get(v.kind, 'differently')}; spellings: {_counts(v)}). "
                            "Check the name and use one spelling throughout."
                        ),
                        confidence=_CONFIDENCE.get(v.kind, 0.7),
                        fix=Fix(
                            title=f"Spell it {v.majority.text!r}",
                            replacement=v.majority.text,
                            applicability=Applicability.UNSAFE,
                        ),
                        evidence=evidence,
                        data={
                            "kind": v.kind,
                            "spelling": v.minority.text,
                            "intended": v.majority.text,
                            "variants": {s.text: s.count for s in v.group},
                        },
                    )
                )
        return out
