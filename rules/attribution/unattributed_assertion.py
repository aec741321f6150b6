"""FC404 unattributed-assertion: an evaluative or checkable claim in the writer's own voice."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from factcheck_rules.attribution.analysis import checkworthy
from factcheck_rules.attribution.analysis.assertions import Phrase, phrases
from factcheck_rules.attribution.analysis.genre import is_opinion

from factcheck import Article, Diagnostic, Evidence, Rule, RuleContext, Severity, Span
from factcheck.analysis.attribution.extractor import Attribution, attributions
from factcheck.analysis.attribution.paragraphs import paragraph_of
from factcheck.analysis.spans import SpanIndex

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

#: Below this check-worthiness a statistic or causal sentence is not reported at all.
STATEMENT_THRESHOLD = 0.75


class _Lookups:
    """The article's attributions and long quotations, indexed once for every sentence:
    scanning them per sentence made a long article quadratic."""

    def __init__(self, article: Article, every: list[Attribution]) -> None:
        contents = [a.content for a in every if a.attributes_claim and a.content is not None]
        self.cues = SpanIndex((a.cue.start, a.cue.start + 1) for a in every)
        self.contents = SpanIndex((c.start, c.end) for c in contents)
        self.quotes = SpanIndex((q.start, q.end) for q in article.quotations if len(q.content) > 20)

    def cue_in(self, start: int, end: int) -> bool:
        """True when an attribution's cue starts in ``[start, end)``."""
        return self.cues.any_starting_in(start, end)

    def quoted(self, start: int, end: int) -> bool:
        """True when a long quotation overlaps ``[start, end)``."""
        return bool(self.quotes.touching(start + 1, end - 1))

    def within(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies in the content of a claim's attribution."""
        return self.contents.covers(start, end)


#: Prepositions that open an adjunct framing a reported act ("called the meeting
#: pointless given rising tensions"): what follows is the writer's framing, not
#: the speaker's words, even inside the span of an attribution.
_FRAMING_MARKERS = ("given", "amid", "amidst", "despite", "in the face of", "against a backdrop of")


def _indefinite(noun_phrase: str) -> str:
    """ "an evaluative superlative", "a loaded characterisation"."""
    return ("an " if noun_phrase[:1].lower() in "aeiou" else "a ") + noun_phrase


def _framed_by_writer(prose: str, start: int) -> bool:
    """True when the phrase at ``start`` follows a framing preposition."""
    before = " ".join(prose[max(0, start - 30) : start].lower().split())
    return before.endswith(_FRAMING_MARKERS)


def _title_case(text: str) -> bool:
    """Most longer words capitalised: a title line ("Sends Brutal Message To Senator")."""
    alpha = [w.strip("“”\"'‘’,.?!:;()-…") for w in text.split()]
    alpha = [w for w in alpha if w[:1].isalpha() and len(w) > 3]
    return len(alpha) >= 3 and sum(w[0].isupper() for w in alpha) / len(alpha) >= 0.75


class UnattributedAssertion(Rule):
    """An evaluative characterisation or checkable claim in the writer's voice, with no source.

    ## What it does
    Looks at sentences outside quotations and outside any attribution's
    content. It reports, as a warning, an evaluative superlative that
    characterises a named entity ("China, North Korea's most important
    ally") or a strongly loaded label ("the notorious warlord") when neither
    the sentence nor its paragraph attributes anything to anyone. Weaker
    cases are info, a claim to verify: measurable superlatives ("the world's
    largest carmaker"), negative characterisations ("the isolated state"),
    trend framings ("rising tensions"), and sentences stating statistics or
    causes. The confidence is how check-worthy the sentence is. A title-case
    first line (a title the reader did not take for a headline) is skipped,
    like the headline itself.

    ## Why it matters
    A characterisation in the reporter's voice is the paper's own claim.
    If it is evaluative it needs a source; if it is a superlative or a figure
    it needs checking. These are the sentences a correction most often cites.

    ## Example
    ```text
    The company, Europe's most trusted bank, cut 2,000 jobs.
    ```

    ## Use instead
    ```text
    The company, which a 2023 survey by Which? rated Europe's most trusted
    bank, cut 2,000 jobs.
    ```

    ## Limitations
    Sentiment comes from a general lexicon (VADER), which does not know
    every loaded term of political reporting, and a label common in one
    outlet's house style may be loaded in another's. An attribution two
    paragraphs away, or background everyone agrees on, is not recognised.
    """

    code = "FC404"
    name = "unattributed-assertion"
    category = "attribution"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        doc = article.require_doc()
        every = [a for a in attributions(article) if a.kind != "stance"]
        lookups = _Lookups(article, every)
        tops = [b for b in (article.headline, article.standfirst) if b is not None]
        out: list[Diagnostic] = []
        first = next((b for b in article.blocks if b.kind != "code"), None)
        opinion = is_opinion(article)
        for sent in doc.sents:
            if any(b.contains(sent.start_char) for b in tops):
                continue
            if first is not None and first.contains(sent.start_char) and _title_case(sent.text):
                continue  # a title the reader did not take for a headline
            if article.in_quotation(sent.start_char, sent.end_char):
                continue
            out.extend(self._sentence(article, sent, lookups, opinion))
        return out

    def _sentence(
        self,
        article: Article,
        sent: SpacySpan,
        lookups: _Lookups,
        opinion: bool = False,
    ) -> list[Diagnostic]:
        in_sentence = lookups.cue_in(sent.start_char, sent.end_char)
        block = paragraph_of(article, sent.start_char)
        in_paragraph = lookups.cue_in(block.start, block.end) if block else False
        quoted = lookups.quoted(sent.start_char, sent.end_char)
        score = checkworthy.score(sent)
        out: list[Diagnostic] = []
        for phrase in phrases(sent):
            if article.in_quotation(phrase.start, phrase.end):
                continue
            if opinion and (phrase.kind != "superlative" or phrase.reason.startswith("evaluative")):
                continue  # a signed opinion piece: the byline owns its judgements
            framing = _framed_by_writer(article.prose, phrase.start)
            if not framing and lookups.within(phrase.start, phrase.end):
                continue
            strong = (
                phrase.strong
                and not framing
                and not in_sentence
                and not in_paragraph
                and not quoted
            )
            out.append(self._phrase(article, phrase, strong, score, block))
        if (
            not out
            and not in_sentence
            and not quoted
            and score >= STATEMENT_THRESHOLD
            and self._statement(sent)
        ):
            out.append(
                Diagnostic(
                    start=sent.start_char,
                    end=sent.end_char,
                    message=(
                        "Unattributed claim: this sentence states a figure or a cause in the "
                        "writer's own voice. Check it, or say where it comes from."
                    ),
                    confidence=round(score, 3),
                    severity=Severity.INFO,
                    data={"kind": "statement", "checkworthiness": round(score, 3)},
                )
            )
        return out

    @staticmethod
    def _statement(sent: SpacySpan) -> bool:
        f = checkworthy.features(sent)
        return bool(f["number"] or f["percent"] or f["money"] or f["causal"])

    def _phrase(
        self, article: Article, phrase: Phrase, strong: bool, score: float, block: object
    ) -> Diagnostic:
        text = article.text[phrase.start : phrase.end]
        what = _indefinite(phrase.reason)
        if strong:
            message = (
                f"Unattributed assertion: '{text}' is {what} in the writer's own "
                "voice, and nothing in the sentence or paragraph says who holds it. Attribute "
                "it or rephrase it as a checkable fact."
            )
            confidence = min(0.95, 0.6 + 0.35 * score)
        else:
            message = (
                f"Claim to verify: '{text}' is {what} in the writer's own voice. "
                "Check it or attribute it."
            )
            confidence = 0.3 + 0.5 * score
        evidence: tuple[Evidence, ...] = ()
        if strong and isinstance(block, Span):
            evidence = (Evidence("paragraph without attribution", block.start, block.end),)
        return Diagnostic(
            start=phrase.start,
            end=phrase.end,
            message=message,
            confidence=round(confidence, 3),
            severity=None if strong else Severity.INFO,
            evidence=evidence,
            data={"kind": phrase.kind, "checkworthiness": round(score, 3)},
        )
