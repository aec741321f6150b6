"""FC102 spliced-sentence: a sentence cut off and a fragment glued on."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from factcheck_rules.garbled.analysis import clauses as cl
from factcheck_rules.garbled.analysis.layout import para_at
from factcheck_rules.garbled.analysis.restarts import Restart, restarts

from factcheck import Article, Diagnostic, Evidence, Rule, RuleContext, RuleOption, Severity
from factcheck.language.labels import SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: A sentence this long with no finite verb is not a stylistic fragment.
_MIN_VERBLESS_WORDS = 12
_SHOWN_WORDS = 6


def _shorten(text: str, words: int = _SHOWN_WORDS) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


class SplicedSentence(Rule):
    """A sentence broken off mid-clause with a fragment of another glued on.

    ## What it does
    Finds a full stop followed by a lower-case stretch that is not a sentence
    of its own: no finite verb ("...peace and security. communities in
    danger") or a verb that lost its subject ("...in the US. been shown on
    Channel 4"). Optionally it also finds long sentences with no verb at
    all, where a conjunction and its verb were cut ("The minister, facing
    questions from MPs about the cost of the scheme and its delays."). The
    message quotes both sides of the cut.

    ## Why it matters
    Copy pasted into a CMS from several drafts, or cut down to length in a
    hurry, loses words at the seams. The result reads as nonsense, and in a
    quotation it puts words in a speaker's mouth that were never said in
    that order.

    ## Example
    ```text
    She said the abuses "undermine our peace and security. communities in danger".
    ```

    ## Use instead
    ```text
    She said the abuses "undermine our peace and security" and put
    "communities in danger".
    ```

    ## Limitations
    The judgement rests on the parse: a fragment the parser reads as a full
    clause is reported by FC103 (lowercase-sentence-start) instead. The check
    for long sentences without a verb depends on the tagger recognising
    every verb; it is off by default (set ``verbless-sentences = true`` in
    ``[tool.factcheck.rule-options.spliced-sentence]`` to turn it on), and
    even then a verbless sentence of fewer than twelve words is taken as a
    deliberate fragment. Continuations after abbreviations ("approx.", "vs."), quoted
    fragments and brand names written in lower case are left alone.
    """

    code = "FC102"
    name = "spliced-sentence"
    category = "garbled"
    severity = Severity.WARNING
    needs_parse = True
    config_options = (
        RuleOption("verbless-sentences", "bool", "Also flag long sentences without a verb."),
    )

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        found = list(self._restarts(article))
        if ctx.options.get_bool("verbless-sentences", False):
            found.extend(self._verbless(article))
        return found

    def _restarts(self, article: Article) -> Iterator[Diagnostic]:
        text = article.prose
        for r in restarts(article):
            if r.kind != "splice":
                continue
            yield self._report(article, text, r)

    def _report(self, article: Article, text: str, r: Restart) -> Diagnostic:
        fragment = text[r.start : r.fragment_end]
        before = text[r.before_start : r.stop + 1] if r.stop >= 0 else ""
        what = (
            "has no verb of its own"
            if r.reason == "verbless"
            else "starts a clause whose subject is missing"
        )
        if r.in_paragraph:
            cut = text[r.before_start : r.stop + 1].strip()
            message = (
                f"Spliced sentence: after {before!r} a lower-case fragment "
                f"{_shorten(fragment)!r} follows that {what}. The sentence looks cut off at "
                f"{cut!r} and a piece of another sentence glued on; restore the missing words "
                "or rejoin the clause."
            )
        else:
            message = (
                f"Spliced sentence: the paragraph opens with a lower-case fragment "
                f"{_shorten(fragment)!r} that {what}: the tail of a sentence whose beginning "
                "is missing or was left in another paragraph. Restore the missing words or "
                "rejoin it to its sentence."
            )
        end = min(r.fragment_end, _word_limit(text, r.start, _SHOWN_WORDS))
        start = r.before_start if r.in_paragraph else r.start
        evidence = (Evidence("cut", r.stop, r.stop + 1),) if r.stop >= 0 else ()
        in_quote = article.in_quotation(r.start)
        return Diagnostic(
            start=start,
            end=max(end, r.end),
            message=message,
            confidence=0.85 if r.reason == "verbless" else 0.75,
            evidence=evidence,
            data={"reason": r.reason, "fragment": fragment, "in_quotation": in_quote},
        )

    def _verbless(self, article: Article) -> Iterator[Diagnostic]:
        doc = article.require_doc()
        reported = [(r.start, r.fragment_end) for r in restarts(article)]
        for sent in doc.sents:
            if not self._is_long_verbless(article, sent):
                continue
            if any(lo < sent.end_char and sent.start_char < hi for lo, hi in reported):
                continue
            yield Diagnostic(
                start=sent.start_char,
                end=sent.end_char,
                message=(
                    f"Spliced sentence: {_shorten(sent.text, 8)!r} runs to "
                    f"{_words(sent)} words without a finite verb. A verb (and perhaps the "
                    "conjunction before it) looks cut out; restore it or split the sentence."
                ),
                confidence=0.6,
                data={"reason": "no-finite-verb"},
            )

    @staticmethod
    def _is_long_verbless(article: Article, sent: SpacySpan) -> bool:
        para = para_at(article, sent.start_char)
        if para is None or not para.is_prose:
            return False
        if _words(sent) < _MIN_VERBLESS_WORDS or cl.has_verb(sent):
            return False
        if any(t.dep_ in SUBJECTS and _clausal_head(t.head) for t in sent):
            return False  # a subject means the parser found a clause, whatever the tags say
        # The parser may leave the final stop as a sentence of its own: look just past the end.
        end = sent.start_char + len(sent.text.rstrip())
        tail = article.prose[sent.start_char : end].rstrip("\"'”’)")
        if not tail.endswith(".") and not article.prose[end : end + 2].lstrip(" ").startswith("."):
            return False
        first = next((t for t in sent if t.is_alpha), None)
        if first is None or not first.text[0].isupper():
            return False
        if any(t.text in (":", ";") for t in sent):
            return False  # lists and labelled lines ("Result: ...")
        alpha = [t for t in sent if t.is_alpha]
        if 2 * sum(1 for t in alpha if t.text[0].isupper()) > len(alpha):
            return False  # a team sheet or a list of names
        return not article.in_quotation(sent.start_char, sent.end_char)


def _words(sent: SpacySpan) -> int:
    return sum(1 for t in sent if t.is_alpha)


def _word_limit(text: str, start: int, words: int) -> int:
    pos = start
    for _ in range(words):
        nxt = text.find(" ", pos + 1)
        if nxt < 0:
            return len(text)
        pos = nxt
    return pos


def _clausal_head(head: Token) -> bool:
    """True when a subject's head makes a clause: a verb, or a predicate with a copula or auxiliary.

    A parser may hang a noun phrase on another noun as its "subject" ("The pier, with ...
    a waiting room"); without a verb, copula or auxiliary that is still no clause.
    """
    if head.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ in ("cop", "aux", "aux:pass") for c in head.children)
