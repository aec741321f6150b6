"""FC403 headline-quote-not-in-body: the headline quotes words the body never quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck import Article, Diagnostic, Evidence, Quotation, Rule, RuleContext, Severity
from factcheck.language.words import FUNCTION_WORDS

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _lemmas(article: Article, start: int, end: int) -> list[str]:
    """Lower-case lemmas of the words in ``[start, end)`` (surface forms without a parse)."""
    doc = article.doc
    if doc is not None:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            return [t.lemma_.lower() for t in span if t.is_alpha or t.like_num]
    return [w.lower() for w in _WORD.findall(article.text[start:end])]


def _forms(article: Article, start: int, end: int) -> set[str]:
    words = [w.lower() for w in _WORD.findall(article.text[start:end])]
    return set(words) | set(_lemmas(article, start, end))


class HeadlineQuoteNotInBody(Rule):
    """A word or phrase quoted in the headline or standfirst that no body quotation contains.

    ## What it does
    Takes each quoted word or phrase of the headline and standfirst and looks
    for it in the direct quotations of the body, comparing lemmas without
    regard to case ("protects" matches "protect"). A phrase whose content
    words are not all found in one body quotation is reported; the message
    says whether the words occur in the body outside quotation marks.

    ## Why it matters
    Quotation marks in a headline promise that someone said exactly those
    words. When the body never quotes them, the headline has put a
    paraphrase, or the desk's own word, in a speaker's mouth.

    ## Example
    ```text
    Minister 'ashamed' of hospital waiting lists

    The health minister said the figures were "deeply disappointing".
    ```

    ## Use instead
    ```text
    Minister 'disappointed' by hospital waiting lists
    ```

    ## Limitations
    Only the body's direct quotations are searched. A quoted clause (four
    words or more) whose words are mostly absent from the body is a warning; a quoted
    word or short phrase is info, because many desks use headline quotation
    marks as shorthand for "alleged" or for a paraphrase, and so is a quote
    whose words the body uses outside quotation marks. Synonyms and
    inflections the lemmatizer does not relate are not matched.
    """

    code = "FC403"
    name = "headline-quote-not-in-body"
    category = "consistency"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        tops = [b for b in (article.headline, article.standfirst) if b is not None]
        if not tops:
            return []
        head_quotes = [q for q in article.quotations if any(b.contains(q.start) for b in tops)]
        body_quotes = [q for q in article.quotations if not any(b.contains(q.start) for b in tops)]
        body_forms = [_forms(article, q.content.start, q.content.end) for q in body_quotes]
        body_start = max(b.end for b in tops)
        body_text = _forms(article, body_start, len(article.text))
        return [
            d
            for q in head_quotes
            if (d := self._check_one(article, q, body_forms, body_text)) is not None
        ]

    def _check_one(
        self,
        article: Article,
        q: Quotation,
        body_forms: list[set[str]],
        body_text: set[str],
    ) -> Diagnostic | None:
        lemmas = _lemmas(article, q.content.start, q.content.end)
        content = [w for w in lemmas if w not in FUNCTION_WORDS] or lemmas
        if not content:
            return None
        if any(all(w in forms for w in content) for forms in body_forms):
            return None
        surface = [w.lower() for w in _WORD.findall(article.text[q.content.start : q.content.end])]
        if any(all(w in forms for w in surface if w not in FUNCTION_WORDS) for forms in body_forms):
            return None
        elsewhere = all(w in body_text for w in content)
        # A quoted word or short phrase in a headline is often the desk's shorthand
        # ('Minister 'sorry' over ...'): a claim to verify. A quoted clause is a misquote.
        share = sum(w in body_text for w in content) / len(content)
        clause = len(surface) >= 4 and bool(body_forms) and share < 0.5
        quoted = article.text[q.start : q.end]
        where = (
            "the words appear in the body only outside quotation marks"
            if elsewhere
            else "the body does not use these words at all"
        )
        return Diagnostic(
            start=q.start,
            end=q.end,
            message=(
                f"Headline quote not in body: {quoted} is quoted at the top but no quotation "
                f"in the body contains it ({where}). Quote the speaker's actual words or drop "
                "the quotation marks."
            ),
            confidence=0.5 if elsewhere else (0.75 if clause else 0.6),
            severity=None if clause and not elsewhere else Severity.INFO,
            evidence=(Evidence("headline quotation", q.start, q.end),),
            data={"words": content, "in_body_unquoted": elsewhere},
        )
