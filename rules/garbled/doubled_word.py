"""FC101 doubled-word: "the the", including across a line break."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from factcheck_rules.lexicon import FUNCTION_WORDS

from factcheck.article import Article
from factcheck.findings import Diagnostic, Fix, Severity
from factcheck.rule import Rule, RuleContext

# A word, whitespace that holds at most one line break, the same word again.
_DOUBLE = re.compile(
    r"(?<![\w'’-])(?P<first>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"(?P<gap>[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)"
    r"(?P<second>(?P=first))(?![\w'’-])",
    re.IGNORECASE,
)
_WH_WORDS = frozenset({"what", "where", "how", "who", "whom", "which", "why", "whatever"})
_WORD = re.compile(r"[^\W\d_]+")


def _legitimate(article: Article, first: str, second: str, start: int) -> bool:
    """True for doubles that English allows: "had had", "that that", "what it is is"."""
    word = first.lower()
    if word in ("had", "that"):
        return True
    if word == "is":
        before = _WORD.findall(article.prose[max(0, start - 60) : start].lower())[-5:]
        return any(w in _WH_WORDS for w in before)
    both_capitalised = first[:1].isupper() and second[:1].isupper()
    if both_capitalised and word not in FUNCTION_WORDS:
        return True  # reduplicated names: Bora Bora, Walla Walla, Sirhan Sirhan
    return bool(word not in FUNCTION_WORDS and article.in_quotation(start))


class DoubledWord(Rule):
    """A word typed twice in a row ("the the"), also across a line break.

    ## What it does
    Finds a word immediately repeated, separated only by spaces or a single
    line break, and suggests deleting the second copy.

    ## Why it matters
    A doubled word is the commonest slip of editing copy on screen: a sentence
    reworked around a word leaves the word twice. Readers see it at once and
    it makes the whole piece look unedited.

    ## Example
    ```text
    The minister said the the budget would be published on Tuesday.
    ```

    ## Use instead
    ```text
    The minister said the budget would be published on Tuesday.
    ```

    ## Limitations
    Legitimate doubles are left alone: "had had", "that that", "is is" after a
    wh-clause ("what it is is"), reduplicated names written with capitals
    ("Bora Bora"), and repeated content words inside a quotation, where a
    speaker may really have said "very very". A doubled word split by a
    paragraph break is not reported.
    """

    code = "FC101"
    name = "doubled-word"
    category = "garbled"
    severity = Severity.ERROR
    needs_parse = False

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        return list(self._find(article))

    def _find(self, article: Article) -> Iterator[Diagnostic]:
        for m in _DOUBLE.finditer(article.prose):
            first, second = m.group("first"), m.group("second")
            if _legitimate(article, first, second, m.start()):
                continue
            yield Diagnostic(
                start=m.start(),
                end=m.end(),
                message=f"Doubled word: {first!r} appears twice in a row.",
                confidence=0.95 if first.lower() in FUNCTION_WORDS else 0.8,
                fix=Fix(title=f"Delete the second {second!r}", replacement=first),
                data={"word": first.lower()},
            )
