"""FC401 quotation-without-speaker: a direct quotation nobody is said to have said."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.attribution.speakers import is_full_quotation, is_title, speakers

from factcheck.article import Article, Quotation
from factcheck.findings import Diagnostic, Evidence, Severity
from factcheck.rule import Rule, RuleContext


def _doubled_apostrophes(article: Article, quote: Quotation) -> bool:
    """''Quoted'' with two apostrophes (old wire style): the pairing cannot be trusted."""
    text = article.text
    return quote.open_mark == "'" and (
        text[quote.start + 1 : quote.start + 2] == "'" or text[quote.start - 1 : quote.start] == "'"
    )


def _embedded_fragment(article: Article, quote: Quotation) -> bool:
    """A lower-case fragment quoted inside the writer's sentence ('urged it to "practise
    what it preaches"'): its speaker is the sentence's subject, not a quotation's."""
    content = article.text[quote.content.start : quote.content.end].lstrip("…. ")
    if not content[:1].islower():
        return False
    i = quote.start - 1
    while i >= 0 and article.text[i] in " \t":
        i -= 1
    return i >= 0 and article.text[i] not in ".!?\n"


class QuotationWithoutSpeaker(Rule):
    """A direct quotation with no speaker in its sentence, its paragraph or a lead-in.

    ## What it does
    Pairs every direct quotation of the body with a speaker, the way news
    copy does it: an attribution ("she said", "according to") in the same
    sentence or paragraph, a lead-in paragraph ending in a colon ("He
    added:"), or the first paragraph of a quotation that runs over several
    paragraphs. A full quoted clause or sentence with none of these is
    reported, with the places that were searched as evidence.

    ## Why it matters
    A quotation is only as good as its speaker. An unattributed quotation
    usually means an attribution was cut in editing, or a quotation was
    pasted into the wrong place; readers cannot tell who is talking, and a
    misattributed quotation is among the most serious corrections.

    ## Example
    ```text
    The minister defended the cuts at a press conference.

    "We have no choice but to balance the books this year."
    ```

    ## Use instead
    ```text
    "We have no choice but to balance the books this year," she said.
    ```

    ## Limitations
    Quoted words and short phrases ("called the plan “reckless”") are not
    checked: they are terms, not quotations that need a speaker. A speaker
    named two or more paragraphs earlier is not carried over, except through
    a multi-paragraph quotation or a colon lead-in. The search depends on the
    parse finding the reporting verb.
    """

    code = "FC401"
    name = "quotation-without-speaker"
    category = "attribution"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out: list[Diagnostic] = []
        for pairing in speakers(article):
            quote = pairing.quotation
            if pairing.how != "none" or not is_full_quotation(article, quote):
                continue
            if is_title(article, quote) or _doubled_apostrophes(article, quote):
                continue
            if _embedded_fragment(article, quote):
                continue
            if not quote.closed and quote.open_mark in "‘’'":
                continue  # an unclosed single mark may be an apostrophe (see FC402)
            where = ", ".join(kind for kind, _ in pairing.looked) or "its sentence"
            out.append(
                Diagnostic(
                    start=quote.start,
                    end=quote.end,
                    message=(
                        "Quotation without a speaker: no attribution was found in its "
                        f"{where}. Say who said it (for example '..., she said') or cut it."
                    ),
                    confidence=0.8 if quote.closed else 0.6,
                    evidence=tuple(
                        Evidence(f"searched {kind}", span.start, span.end)
                        for kind, span in pairing.looked
                    ),
                    data={"searched": [kind for kind, _ in pairing.looked]},
                )
            )
        return out
