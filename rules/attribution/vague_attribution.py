"""FC405 vague-attribution: "critics say", "it is thought": a source nobody can check."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck import Article, Diagnostic, Evidence, Rule, RuleContext, Severity
from factcheck.analysis.attribution.extractor import Attribution, attributions
from factcheck.language.reporting import GENERIC_REPORTING_VERBS, IMPERSONAL_REPORTING_VERBS
from factcheck.language.words import word_set

#: Sources that are vague by any standard: warnings. Other bare plurals ("analysts",
#: "economists") describe a kind of source and are reported as info.
_VAGUEST = word_set(
    "some many others few several critics sources observers insiders people commentators "
    "somebody someone"
)
_IMPERSONAL_IT = re.compile(
    r"\bit\s+(?:is|was|has\s+been|had\s+been|is\s+being)\s+(?:\w+ly\s+)?$", re.I
)


def _governs(article: Article, a: Attribution) -> bool:
    """True when the source is the cue verb's own subject, not one inherited through a
    coordination the parser may have misread ("He said some people were ... but predicted")."""
    doc = article.doc
    if doc is None or a.source_head is None:
        return True
    src = doc.char_span(a.source_head.start, a.source_head.end, alignment_mode="expand")
    cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    if src is None or cue is None:
        return True
    return src.root.head.i in {t.i for t in cue}


#: A cue that is negated or hypothetical attributes no claim: "have not said who they
#: back", "many might think".
_NOT_ASSERTED = re.compile(r"\b(?:not|never|n't|might|may|could|would)\b|n't\b", re.IGNORECASE)


class VagueAttribution(Rule):
    """An attribution to nobody in particular: "critics say", "it is widely thought".

    ## What it does
    Finds attributions whose source is a bare generic plural or vague
    quantifier ("critics", "experts", "some", "sources") with no name,
    organisation or description in the clause, or an impersonal passive
    ("it is thought that", "he is said to") with no agent.

    ## Why it matters
    A vague attribution gives a claim the look of a source without one: the
    reader cannot weigh it, and the desk cannot check it. Style guides ask
    for the source to be named or at least described ("two economists at the
    central bank").

    ## Example
    ```text
    Critics say the scheme will cost far more than planned.
    ```

    ## Use instead
    ```text
    The National Audit Office says the scheme will cost far more than planned.
    ```

    Bare quantifiers and the vaguest nouns ("some", "critics", "sources",
    "observers") and "it is thought that" are warnings; a bare plural that
    names a kind of expert ("analysts say") and "X is said to" are info.

    ## Limitations
    A negated or hypothetical cue ("have not said", "many might think")
    attributes nothing and is not reported. The source must be recognised
    by the parse; a described source ("senior officials at the Treasury") is
    accepted even when the description is thin. Whether a generic source is
    acceptable is a house-style decision:
    lower the severity in configuration if your desk allows "analysts say".
    """

    code = "FC405"
    name = "vague-attribution"
    category = "attribution"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out: list[Diagnostic] = []
        for a in attributions(article):
            if a.kind != "verb":
                continue
            if _NOT_ASSERTED.search(article.text[a.cue.start : a.cue.end]):
                continue  # "two others have not said", "many might think": nothing is attributed
            if (
                a.source_type == "generic"
                and a.lemma in GENERIC_REPORTING_VERBS
                and _governs(article, a)
            ):
                src = article.text[a.source.start : a.source.end] if a.source else "?"
                cue = article.text[a.cue.start : a.cue.end]
                head = (
                    article.text[a.source_head.start : a.source_head.end] if a.source_head else ""
                )
                out.append(
                    Diagnostic(
                        start=min((a.source or a.cue).start, a.cue.start),
                        end=max((a.source or a.cue).end, a.cue.end),
                        message=(
                            f"Vague attribution: '{src} {cue}' names no source the reader can "
                            "weigh. Name the source or describe it (who, where from)."
                        ),
                        confidence=0.7 if head.lower() in _VAGUEST else 0.5,
                        severity=None if head.lower() in _VAGUEST else Severity.INFO,
                        evidence=(Evidence("cue", a.cue.start, a.cue.end),),
                        data={"source": src, "cue": a.lemma, "type": "generic"},
                    )
                )
            elif a.source_type == "impersonal" and a.lemma in IMPERSONAL_REPORTING_VERBS:
                sent = article.text[a.sentence.start : a.cue.end]
                expletive = bool(
                    _IMPERSONAL_IT.search(article.text[a.sentence.start : a.cue.start])
                )
                out.append(
                    Diagnostic(
                        start=a.cue.start,
                        end=a.cue.end,
                        message=(
                            f"Vague attribution: the passive '{sent.strip()[-60:]}' says the "
                            "claim is held without saying by whom. Name who says or thinks so."
                        ),
                        confidence=0.7 if expletive else 0.4,
                        severity=None if expletive else Severity.INFO,
                        evidence=(Evidence("cue", a.cue.start, a.cue.end),),
                        data={"cue": a.lemma, "type": "impersonal"},
                    )
                )
        return out
