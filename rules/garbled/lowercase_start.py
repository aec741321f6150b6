"""FC103 lowercase-sentence-start: a sentence that begins with a lower-case letter."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.garbled.analysis.restarts import restarts

from factcheck import Applicability, Article, Diagnostic, Evidence, Fix, Rule, RuleContext, Severity


class LowercaseSentenceStart(Rule):
    """A sentence that starts with a lower-case letter.

    ## What it does
    Finds a full stop followed by a lower-case word that opens a complete
    clause ("...an 8% increase in wages. the firm promised no job losses"),
    and paragraphs that open in lower case, and suggests the capital.

    ## Why it matters
    A lower-case start is the trace of an edit: a sentence shortened from
    the front, two sentences joined and split again, a capital lost when text
    was pasted. Readers notice it, and it often marks a place where words
    went missing.

    ## Example
    ```text
    The union has rejected the offer. the firm promised no jobs would go.
    ```

    ## Use instead
    ```text
    The union has rejected the offer. The firm promised no jobs would go.
    ```

    ## Limitations
    Left alone: brand names written in lower case with a capital inside
    (iPhone, eBay), continuations after abbreviations ("approx.", "vs.",
    "e.g.", state abbreviations such as "Md." and middle initials such as
    "Charles G. and David"), quoted fragments that open with a quotation
    mark, list items, web and e-mail addresses, name particles before a
    capitalised name ("de Villepin"), and a quotation written in lower case
    throughout on purpose (a quoted post after a colon). A quotation that
    only opens in lower case because it is woven into the sentence or resumed
    after its attribution is checked like any copy, and so is a full stop
    followed by an ellipsis ("rough.... the skipper"). A lower-case brand
    with no inner capital ("bwin") at the start of a sentence is reported.
    When the lower-case stretch is not a complete clause, FC102
    (spliced-sentence) reports it instead.
    """

    code = "FC103"
    name = "lowercase-sentence-start"
    category = "garbled"
    severity = Severity.WARNING
    needs_parse = True

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        text = article.prose
        out: list[Diagnostic] = []
        for r in restarts(article):
            if r.kind != "lowercase":
                continue
            word = text[r.start : r.end]
            capital = word[:1].upper() + word[1:]
            if r.in_paragraph:
                before = text[r.before_start : r.stop + 1]
                where = f"after the full stop of {before!r}"
                evidence: tuple[Evidence, ...] = (Evidence("full-stop", r.stop, r.stop + 1),)
            else:
                where = "at the start of a paragraph"
                evidence = ()
            out.append(
                Diagnostic(
                    start=r.start,
                    end=r.end,
                    message=(
                        f"Sentence starts in lower case: {word!r} {where}. Capitalise it "
                        f"({capital!r}); if the two sentences belong together, replace the "
                        "full stop with a comma or conjunction instead."
                    ),
                    confidence=0.8,
                    fix=Fix(
                        title=f"Capitalise {word!r}",
                        replacement=capital,
                        applicability=Applicability.SAFE,
                    ),
                    evidence=evidence,
                    data={"word": word},
                )
            )
        return out
