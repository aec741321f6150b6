"""FC401 quotation-without-speaker: a direct quotation nobody is said to have said."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.attribution.analysis import layout

from factcheck import Article, Diagnostic, Evidence, Quotation, Rule, RuleContext, Severity
from factcheck.analysis.attribution.extractor import attributions
from factcheck.analysis.attribution.paragraphs import (
    next_block,
    paragraph_of,
    previous_block,
    run_on,
)
from factcheck.analysis.attribution.speakers import is_full_quotation, is_title, speakers


def _speaker_nearby(article: Article, quote: Quotation) -> bool:
    """True when the paragraph before or after the quotation's names a speaker.

    Desks differ on whether a quotation paragraph may lean on a speaker named
    in the paragraph before (or, in features, after) it; with one that close
    the finding is info, not a warning.
    """
    block = paragraph_of(article, quote.start)
    if block is None:
        return False
    around = [b for b in (previous_block(article, block), next_block(article, block)) if b]
    return any(
        a.source is not None
        and a.source_type in ("named", "pronoun", "described")
        and not a.modifier
        and a.kind in ("verb", "colon", "noun", "preposition")
        and any(b.start <= a.cue.start < b.end for b in around)
        for a in attributions(article)
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


def _layout(article: Article, quote: Quotation, attributed: list[Quotation]) -> str:
    """The layout that may give the speaker by position (see :mod:`.layout`), or ''."""
    if layout.title_line(article, quote):
        return "a title line"
    if layout.labelled(article, quote):
        return "a labelled quotation (a slogan, pull-quote or digest item)"
    if layout.noun_introduced(article, quote):
        return "a quotation introduced by what it is (a tweet, a statement)"
    if layout.scene(article, quote, attributed):
        return "part of a scene whose speaker was given a few paragraphs before"
    return ""


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
    Quoted words and short phrases ("called the plan “reckless”"), quoted
    titles and slogans, and lower-case fragments inside the writer's own
    sentence are not checked: they are terms, not quotations that need a
    speaker. A quotation paragraph right after a paragraph that ends with its
    speaker ('"...," she said.') is taken as that speaker continuing; when a
    speaker is named only in the paragraph before or after in some other way,
    the finding is info rather than a warning, because desks differ on that
    convention. Layouts that give the speaker by position are info too: a
    title line, a quotation followed by a bracketed label, one introduced by
    a speech noun and a colon ("A tweet last February: ..."), and a dialogue
    scene continuing a few paragraphs after its speaker was named. An
    unclosed quotation never borrows a neighbour's speaker.
    The search depends on the parse finding the reporting verb.
    """

    code = "FC401"
    name = "quotation-without-speaker"
    category = "attribution"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out: list[Diagnostic] = []
        pairings = speakers(article)
        attributed = [p.quotation for p in pairings if p.attribution is not None]
        for pairing in pairings:
            quote = pairing.quotation
            if pairing.how != "none" or not is_full_quotation(article, quote):
                continue
            if is_title(article, quote):
                continue
            if _embedded_fragment(article, quote):
                continue
            if not quote.closed and quote.open_mark in "‘’'":
                continue  # an unclosed single mark may be an apostrophe (see FC402)
            where = ", ".join(kind for kind, _ in pairing.looked) or "its sentence"
            # A malformed (unclosed) quotation cannot lean on a neighbour's speaker.
            well_formed = quote.closed or run_on(article, quote)
            nearby = well_formed and _speaker_nearby(article, quote)
            hint = (
                " A speaker in the paragraph next to it may be meant to carry over; if so, "
                "repeat the attribution."
                if nearby
                else ""
            )
            oddity = _layout(article, quote, attributed)
            if oddity and not nearby:
                nearby, hint = True, f" It looks like {oddity}; check the speaker is clear."
            out.append(
                Diagnostic(
                    start=quote.start,
                    end=quote.end,
                    message=(
                        "Quotation without a speaker: no attribution was found in its "
                        f"{where}. Say who said it (for example '..., she said') or cut it." + hint
                    ),
                    confidence=(0.8 if quote.closed else 0.6) * (0.5 if nearby else 1.0),
                    severity=Severity.INFO if nearby else None,
                    evidence=tuple(
                        Evidence(f"searched {kind}", span.start, span.end)
                        for kind, span in pairing.looked
                    ),
                    data={"searched": [kind for kind, _ in pairing.looked]},
                )
            )
        return out
