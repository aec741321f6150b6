"""FC504 quotation-conflict: one quotation given to two speakers, or repeated in other words."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck_rules.consistency.analysis.quotes import AttributedQuote, attributed_quotes
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from factcheck import Article, Diagnostic, Evidence, Rule, RuleContext, Severity

#: Quotations shorter than this (in words) are phrases anyone may use.
MIN_WORDS = 5


def _contains(short: Sequence[str], long_: Sequence[str]) -> bool:
    n = len(short)
    return any(tuple(long_[i : i + n]) == tuple(short) for i in range(len(long_) - n + 1))


def word_edits(a: Sequence[str], b: Sequence[str]) -> int | None:
    """Words to change to turn the shorter quotation into the best-matching stretch of the longer.

    None when the two are not the same quotation at all (a small share of
    their words in common); 0 when one is an excerpt of the other.
    """
    short, long_ = sorted((list(a), list(b)), key=len)
    if len(short) < MIN_WORDS:
        return None
    if _contains(short, long_):
        return 0
    if fuzz.partial_ratio(" ".join(short), " ".join(long_)) < 75:
        return None
    n = len(short)
    best = n
    for size in range(max(1, n - 3), n + 4):
        for i in range(0, max(1, len(long_) - size + 1)):
            best = min(best, Levenshtein.distance(short, long_[i : i + size]))
    limit = max(1, round(n * 0.2))
    return best if best <= limit else None


def _title_case(words: Sequence[str], text: str) -> bool:
    """A quoted title of a work or a show ("Secret Lives of the Super Rich"), not speech."""
    long_words = [w for w in text.split() if len(w.strip("'’\".,")) > 3]
    return bool(long_words) and all(w[:1].isupper() for w in long_words) and len(words) <= 12


def _bracketed(text: str) -> bool:
    """An edited quotation (ellipsis, brackets, dash) or one the pairing ran over a line break."""
    return any(mark in text for mark in ("[", "…", "...", "(", "—", "\n"))


class QuotationConflict(Rule):
    """The same quotation given to two speakers, or repeated with different words.

    ## What it does
    Compares every pair of direct quotations in the body (five words or
    more). When one quotation is the other, or an excerpt of it, and the two
    are attributed to two different named people, the later attribution is
    reported. When the words of one quotation come back later with a word or
    two changed, dropped or added (a misquote of the article's own quote),
    the later one is reported with the earlier as evidence.

    ## Why it matters
    Quotation marks promise the speaker's exact words. The same words in two
    mouths, or two versions of one sentence, mean at least one is wrong: a
    misattribution or a misquote, both of which readers and sources
    complain about.

    ## Example
    ```text
    "We will not accept any cuts to the budget," said Maria Lopez.

    Later, council leader Tom Reyes said: "We will not accept any cuts to
    the budget."
    ```

    ## Use instead
    ```text
    "We will not accept any cuts to the budget," said Maria Lopez.

    Later, council leader Tom Reyes agreed with her.
    ```

    ## Limitations
    Speakers are read only from the words right around a quotation ("…,"
    she said; said Name; Name said: "…"); a pronoun or description leaves
    the speaker unknown, which never counts as a different speaker. A
    quotation with an ellipsis, brackets or a dash is skipped, since the
    writer has marked it as edited. Headline and standfirst quotations are
    left to FC403. Quotations under five words are not compared, nor quoted
    titles of works written in title case ("Secret Lives of the Super Rich").
    """

    code = "FC504"
    name = "quotation-conflict"
    category = "consistency"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        text = article.text
        quotes = [
            q
            for q in attributed_quotes(article)
            if q.zone == "body"
            and len(q.words) >= MIN_WORDS
            and not _title_case(q.words, text[q.quote.content.start : q.quote.content.end])
        ]
        out = []
        reported: set[int] = set()
        for j, later in enumerate(quotes):
            for earlier in quotes[:j]:
                if id(later) in reported:
                    break
                d = self._compare(article, earlier, later)
                if d is not None:
                    out.append(d)
                    reported.add(id(later))
        return out

    def _compare(
        self, article: Article, earlier: AttributedQuote, later: AttributedQuote
    ) -> Diagnostic | None:
        edits = word_edits(earlier.words, later.words)
        if edits is None:
            return None
        text = article.text
        a = text[earlier.quote.content.start : earlier.quote.content.end]
        b = text[later.quote.content.start : later.quote.content.end]
        two_speakers = (
            earlier.speaker is not None
            and later.speaker is not None
            and earlier.speaker is not later.speaker
        )
        q = later.quote
        evidence = [Evidence("earlier quotation", earlier.quote.start, earlier.quote.end)]
        if two_speakers and earlier.speaker is not None and later.speaker is not None:
            assert earlier.speaker_mention is not None and later.speaker_mention is not None
            evidence.append(
                Evidence(
                    "earlier speaker", earlier.speaker_mention.start, earlier.speaker_mention.end
                )
            )
            start, end = later.speaker_mention.start, later.speaker_mention.end
            return Diagnostic(
                start=start,
                end=end,
                message=(
                    f"Quotation conflict: these words are given to {later.speaker.name} here "
                    f"and to {earlier.speaker.name} earlier. Check who said them."
                ),
                confidence=0.7,
                evidence=tuple(evidence),
                data={
                    "kind": "two-speakers",
                    "speaker": later.speaker.name,
                    "earlier_speaker": earlier.speaker.name,
                },
            )
        if edits == 0 or _bracketed(a) or _bracketed(b):
            return None
        return Diagnostic(
            start=q.start,
            end=q.end,
            message=(
                f"Quotation conflict: this quotation repeats an earlier one with {edits} "
                f"word{'s' if edits > 1 else ''} different. Quote the same words both times, "
                "or drop the quotation marks from the paraphrase."
            ),
            confidence=0.7,
            evidence=tuple(evidence),
            data={"kind": "misquote", "word_edits": edits},
        )
