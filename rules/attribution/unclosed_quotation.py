"""FC402 unclosed-quotation: a quotation mark opened and never closed."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck import (
    Applicability,
    Article,
    Diagnostic,
    Evidence,
    Fix,
    Quotation,
    Rule,
    RuleContext,
    Severity,
    Span,
)
from factcheck.analysis.attribution.paragraphs import run_on
from factcheck.analysis.quotations import find_marks, trailing_attribution

_SINGLE = frozenset("‘’'‚‹")


def _uses_single_marks(article: Article) -> bool:
    """True when the copy quotes with single marks (a closed single quotation of 3+ words)."""
    for q in article.quotations:
        if q.closed and q.open_mark in _SINGLE:
            words = article.text[q.content.start : q.content.end].split()
            if len(words) >= 3:
                return True
    return False


def _spaced_mark(article: Article, q: Quotation) -> int | None:
    """A straight closing mark typed with a space before it ('... year. " Hayes said')."""
    text = article.text
    end = q.parts[0].end if q.parts else q.end
    for i in range(q.content.start, min(end + 1, len(text) - 1)):
        if (
            text[i] == q.open_mark == '"'
            and text[i - 1] == " "
            and text[i + 1] in " \n"
            and text[i - 2 : i - 1] in tuple(".,!?…")
        ):
            return i
    return None


def _lost_in_continuation(article: Article, q: Quotation) -> Span | None:
    """The part of a multi-paragraph quotation that holds the quotation's own
    attribution ('"..., said the director."'), if any.

    The multi-paragraph convention continues one speaker's words; a part that
    ends by naming the speaker is not the speaker talking, so the closing mark
    before the attribution was lost rather than left off by convention.
    """
    if not q.continued or q.open_mark in _SINGLE:
        return None
    for index, part in enumerate(q.parts):
        last = index == len(q.parts) - 1
        end = q.content.end if last and q.closed else part.end
        if trailing_attribution(article.prose, part.start, end):
            return part
    return None


class UnclosedQuotation(Rule):
    """A quotation mark opened and never closed.

    ## What it does
    Reports every quotation whose opening mark has no closing mark before
    the end of its paragraph, unless the next paragraph reopens it: a
    quotation running over paragraphs leaves the closing mark off all but
    its last paragraph, and that convention is respected, unless a
    continued paragraph ends with the quotation's own attribution ('"...,
    said the director."'): then the closing mark was lost. Single marks are
    told apart from apostrophes (don't, the '90s, the players' union).

    ## Why it matters
    Without its closing mark the reader cannot tell where the speaker's
    words end and the reporter's begin: the rest of the paragraph, the
    attribution included, reads as quoted speech. It is also the usual trace
    of a sentence cut or pasted in editing.

    ## Example
    ```text
    "We will appeal against the ruling, said the club's chairman.
    ```

    ## Use instead
    ```text
    "We will appeal against the ruling," said the club's chairman.
    ```

    ## Limitations
    Where the closing mark belongs is a guess: the finding covers the whole
    run from the opening mark to the end of the paragraph. An unclosed single
    mark is reported as info unless the copy uses single marks for its
    quotations, because leading apostrophes ('bot, 'cause) look the same.
    """

    code = "FC402"
    name = "unclosed-quotation"
    category = "quote"
    severity = Severity.WARNING
    needs_parse = False

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        out: list[Diagnostic] = []
        single_style = _uses_single_marks(article)
        for q in article.quotations:
            lost = _lost_in_continuation(article, q)
            if lost is not None:
                out.append(self._attributed_part(article, q, lost))
                continue
            if q.closed or run_on(article, q):
                continue
            out.append(self._diagnostic(article, q, single_style))
        reported = {d.start + 1 for d in out if d.data.get("spaced")}
        for mark in find_marks(article.text, article.prose, article.blocks):
            # The reader closes the quotation at a mark typed after a space ('year. "
            # Hayes said'); the slip is still worth a note.
            text = article.text
            if (
                mark.problem == "misspaced"
                and mark.start not in reported
                and text[mark.start - 2 : mark.start - 1] in tuple(".,!?…")
                and any(
                    q.closed and q.content.end <= mark.start < q.end for q in article.quotations
                )
            ):
                out.append(self._spaced(article, mark.start, mark.end))
        return out

    @staticmethod
    def _attributed_part(article: Article, q: Quotation, part: Span) -> Diagnostic:
        return Diagnostic(
            start=part.start,
            end=part.end,
            message=(
                "Unclosed quotation: this paragraph continues a quotation but ends with "
                "the quotation's own attribution, so the closing mark before the "
                "attribution is missing. Close the quoted words before it."
            ),
            confidence=0.8,
            evidence=(Evidence("opening mark", q.start, q.start + 1),),
            data={"mark": q.open_mark, "continued": True, "attributed_part": True},
        )

    @staticmethod
    def _spaced(article: Article, start: int, end: int) -> Diagnostic:
        return Diagnostic(
            start=start - 1,
            end=end,
            message=(
                "Misplaced closing mark: the quotation is closed by a mark with a space "
                "before it, which reads as a new opening. Remove the space."
            ),
            confidence=0.8,
            severity=Severity.INFO,
            fix=Fix(
                "Remove the space before the closing mark",
                article.text[start:end],
                Applicability.UNSAFE,
            ),
            data={"mark": article.text[start:end], "spaced": True},
        )

    def _diagnostic(self, article: Article, q: Quotation, single_style: bool) -> Diagnostic:
        single = q.open_mark in _SINGLE
        severity = Severity.INFO if single and not single_style else None
        spaced = _spaced_mark(article, q)
        if spaced is not None:
            return Diagnostic(
                start=spaced - 1,
                end=spaced + 1,
                message=(
                    "Misplaced closing mark: the quotation opened earlier in this paragraph "
                    "is closed by a mark with a space before it, which reads as a new "
                    "opening. Remove the space."
                ),
                confidence=0.8,
                severity=Severity.INFO,
                fix=Fix(
                    "Remove the space before the closing mark",
                    article.text[spaced],
                    Applicability.UNSAFE,
                ),
                evidence=(Evidence("opening mark", q.start, q.start + 1),),
                data={"mark": article.text[spaced], "spaced": True},
            )
        last = q.parts[-1] if q.parts else q
        evidence = [Evidence("opening mark", q.start, q.start + 1)]
        evidence.append(Evidence("paragraph ends without a closing mark", last.end - 1, last.end))
        mark = "single" if single else "double"
        paragraphs = "the paragraphs it runs over" if q.continued else "its paragraph"
        return Diagnostic(
            start=q.start,
            end=q.end,
            message=(
                f"Unclosed quotation: the {mark} quotation mark opened here is never closed "
                f"in {paragraphs}, and the next paragraph does not continue it. Add the "
                "closing mark where the quoted words end."
            ),
            confidence=0.6 if single else 0.9,
            severity=severity,
            evidence=tuple(evidence),
            data={"mark": q.open_mark, "continued": q.continued},
        )
