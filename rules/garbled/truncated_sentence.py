"""FC104 truncated-sentence: a sentence or paragraph that stops before it is finished."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from factcheck_rules.garbled.analysis import clauses as cl
from factcheck_rules.garbled.analysis import gaps
from factcheck_rules.garbled.analysis.layout import TERMINAL, Para, paragraphs, word_at_start
from factcheck_rules.garbled.analysis.vocab import (
    ADVERBIAL_PREPOSITIONS,
    ELLIPSIS_NOUNS,
    ELLIPSIS_VERBS,
    NEEDS_CLAUSE,
    NEEDS_NOUN,
    PREMISES_NOUNS,
    STANCE_PREPOSITIONS,
    STRANDABLE_PREPOSITIONS,
)

from factcheck import Article, Diagnostic, Rule, RuleContext, Severity
from factcheck.language.labels import (
    DIRECT_OBJECTS,
    NOMINAL_SUBJECTS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FINAL_MARKS = frozenset({".", "?", "!"})
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me", "you"})
#: Below this confidence a dangling word is reported as info only.
_WARN_CONFIDENCE = 0.6
#: A lower-case word directly followed by a sentence's final mark, then a space,
#: closing quote or the end of the line ("...in the. The", "...access to.\n").
_CANDIDATES = "|".join(
    sorted(NEEDS_NOUN | NEEDS_CLAUSE | STRANDABLE_PREPOSITIONS, key=len, reverse=True)
)
_DANGLING = re.compile(
    rf"(?<![\w.'’&/-])(?P<word>{_CANDIDATES})(?P<mark>[.?!])(?![.\w])(?=[\s\"'”’)\]]|$)"
)
#: A word ending in a possessive directly before a sentence's final mark.
_GENITIVE_END = re.compile(
    r"(?P<poss>[^\W\d_][\w-]*(?:['’]s|s['’]))(?P<mark>[.!?])(?![.\w])(?=[\s\"”)\]]|$)"
)
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
#: Roles of a noun phrase: a head in one of them is a noun, whatever its tag says.
_NOMINAL_DEPS = (
    NOMINAL_SUBJECTS | DIRECT_OBJECTS | frozenset({"iobj", "obl", "nmod", "pobj", "appos"})
)
_TEMPORAL = frozenset({"obl:tmod", "nmod:tmod", "npadvmod", "obl:npmod", "advmod"})
_TO_TAGS = frozenset({"TO"})
#: A paragraph this long, or of several sentences, is prose that should end in punctuation.
_PROSE_WORDS = 15
#: "Result: ...", "Pictured: ...": a labelled line, not a sentence.
_LABEL_MAX = 25


class TruncatedSentence(Rule):
    """A sentence or paragraph that ends before it is finished.

    ## What it does
    Finds sentences that end on a word that needs a complement: an article
    or possessive ("...in the."), a conjunction ("...and."), or a preposition
    with nothing after it ("...drawn criticism from."), when nothing fills
    the preposition's missing object: a relative or wh-word that is not
    itself the subject ("the plan which the council voted for", but not
    "..., which leaves the city short of."), the head of a relative clause
    without "that", a fronted object ("This one the council could live
    with."), the subject of a tough adjective or the noun an infinitive
    modifies ("hard to argue with", "a friend to rely on"), or the subject of
    a prepositional passive ("has been paid for"). It also finds paragraphs
    of prose that stop with no final punctuation, most surely when the next
    paragraph goes on in lower case.

    ## Why it matters
    Trimming copy to fit, or a paste that lost its tail, leaves a sentence
    that stops mid-thought. The reader is left guessing what was said, and
    a published sentence that ends "...ban him from." looks careless.

    ## Example
    ```text
    The Italian was sent off for bringing down the striker in the.
    ```

    ## Use instead
    ```text
    The Italian was sent off for bringing down the striker in the 80th minute.
    ```

    ## Limitations
    A sentence that ends on "to" after a verb such as "wanted" or a noun such
    as "plans" may be a deliberate ellipsis ("He had promised to."): it is
    reported at severity info (it never fails a run), and not at all inside
    a quotation; so is "against" right after a verb ("voted against."). A
    preposition that doubles as an adverb after "and"/"or" ("and perhaps
    beyond.") is left alone. Headlines, headings,
    list items, labelled lines ("Result: ...") and short lines such as
    captions and bylines are not expected to end in punctuation. A sentence
    cut after a complete clause ("The minister said.") is not detected.
    """

    code = "FC104"
    name = "truncated-sentence"
    category = "garbled"
    severity = Severity.WARNING
    needs_parse = True

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        doc = article.require_doc()
        return [
            *self._dangling(article, doc),
            *self._dangling_genitive(article, doc),
            *self._unfinished_paragraphs(article, doc),
        ]

    # -- a sentence ending on a genitive whose noun was cut --------------------
    def _dangling_genitive(self, article: Article, doc: Doc) -> Iterator[Diagnostic]:
        for m in _GENITIVE_END.finditer(article.prose):
            span = doc.char_span(m.start("poss"), m.end("poss"), alignment_mode="expand")
            if span is None or not len(span) or span[-1].tag_ != "POS":
                continue
            owner = span[-1].head if span[-1].head.i != span[-1].i else None
            if owner is None or not _genitive_needs_noun(owner):
                continue
            start = owner.left_edge.idx
            yield Diagnostic(
                start=m.start("poss"),
                end=m.end("mark"),
                message=(
                    f"Truncated sentence: '...{article.prose[start : m.end('mark')]}' ends on "
                    f"a possessive ({m.group('poss')!r}) with no noun after it. The end of the "
                    "sentence looks cut off; restore the missing words."
                ),
                confidence=0.75,
                data={"word": m.group("poss"), "kind": "dangling-genitive"},
            )

    # -- a sentence ending on a word that needs more ---------------------------
    def _dangling(self, article: Article, doc: Doc) -> Iterator[Diagnostic]:
        text = article.prose
        starts = [t.idx for t in doc]
        for m in _DANGLING.finditer(text):
            word_start = m.start("word")
            i = bisect.bisect_right(starts, word_start) - 1
            if i < 0:
                continue
            verdict = _needs_more(article, doc, doc[i], m.group("word").lower())
            if verdict is None:
                continue
            what, confidence = verdict
            start = _phrase_start(doc, doc[i])
            yield Diagnostic(
                start=word_start,
                end=m.end("mark"),
                message=(
                    f"Truncated sentence: '...{article.prose[start : m.end('mark')]}' ends on "
                    f"{m.group('word')!r}, {what}. The end of the sentence looks cut off; "
                    "restore the missing words or end the sentence earlier."
                ),
                confidence=confidence,
                # A possible ellipsis ("he wants to.") is a question for the editor,
                # not a probable error: it never fails a run.
                severity=Severity.INFO if confidence < _WARN_CONFIDENCE else None,
                data={"word": m.group("word").lower(), "kind": "dangling-word"},
            )

    # -- a paragraph with no final punctuation --------------------------------
    def _unfinished_paragraphs(self, article: Article, doc: Doc) -> Iterator[Diagnostic]:
        text = article.prose
        paras = paragraphs(article)
        for i, para in enumerate(paras):
            if not para.is_prose:
                continue
            body = text[para.start : para.end]
            if TERMINAL.search(body) or body.rstrip().endswith((":", "—", "–", "-", "…")):
                continue
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            verdict = _unfinished(article, doc, para, nxt)
            if verdict is None:
                continue
            reason, confidence = verdict
            tail_start = _tail_start(text, para)
            yield Diagnostic(
                start=tail_start,
                end=para.end,
                message=(
                    f"Truncated paragraph: it ends '...{text[tail_start : para.end]}' with no "
                    f"final punctuation{reason}. Restore the missing end of the sentence, or "
                    "add the full stop if the sentence is complete."
                ),
                confidence=confidence,
                data={"kind": "unfinished-paragraph"},
            )


def _genitive_needs_noun(owner: Token) -> bool:
    """True when a sentence-final genitive ("to the league's.") lost the noun it modifies.

    Legitimate final genitives are predicates of a copula ("the decision was the
    minister's"), names that end in a possessive ("McDonald's": no determiner),
    and the elliptical genitive of premises and homes ("at the dentist's", "at a
    friend's"), a small closed class of nouns.
    """
    if any(c.dep_ == "cop" for c in owner.children) or owner.dep_ in ("ROOT", "root"):
        return False
    if owner.lemma_.lower() in PREMISES_NOUNS or owner.lower_ in PREMISES_NOUNS:
        return False
    if owner.dep_ not in ("obl", "obj", "dobj", "pobj", "nmod", "iobj"):
        return False
    # "to the league's." A bare name ("in London's.") is left alone: the model
    # cannot tell it from a shop named with a possessive ("at McDonald's.").
    return any(c.dep_ in ("det", "nmod:poss", "poss") for c in owner.children)


def _needs_more(article: Article, doc: Doc, word: Token, low: str) -> tuple[str, float] | None:
    """Why ``word`` cannot end its sentence, with a confidence; None when it can."""
    prev = doc[word.i - 1] if word.i > 0 else None
    if prev is not None and prev.text in ("(", "["):
        return None  # "(a)." enumerations
    if low in NEEDS_NOUN:
        return "a word that needs a noun after it", 0.9
    if low in NEEDS_CLAUSE:
        if low == "if" and prev is not None and prev.lower_ in ("what", "even", "as"):
            return None
        return "a conjunction with nothing to join", 0.85
    question = word.i + 1 < len(doc) and doc[word.i + 1].text == "?"
    if low in ADVERBIAL_PREPOSITIONS and _after_coordinator(doc, word):
        return None  # "through 2016 and perhaps beyond.": an adverb, not a preposition
    if low == "to" and _infinitive_ellipsis(doc, word):
        if article.in_quotation(word.idx) or gaps.has_moved_filler(doc, word, question):
            return None
        return "an infinitive marker with no verb (possibly a deliberate ellipsis)", 0.55
    if gaps.has_filler(doc, word, question):
        return None
    if low in STANCE_PREPOSITIONS and word.i > 0 and doc[word.i - 1].tag_.startswith("VB"):
        # "Sanders voted against.": a stance adverb the verb allows; a question for
        # the editor, not a probable cut.
        return "a preposition with no object (possibly used as an adverb)", 0.55
    return "a preposition with no object", 0.8


def _after_coordinator(doc: Doc, word: Token) -> bool:
    """True when "and"/"or" (and adverbs) come right before ``word``: "and beyond"."""
    j = word.i - 1
    while j >= 0 and doc[j].tag_ in ("RB", "RBR", "RBS"):
        j -= 1
    return j >= 0 and doc[j].lower_ in ("and", "or")


def _infinitive_ellipsis(doc: Doc, word: Token) -> bool:
    """True for "to" after a word that allows ellipsis ("had promised to", "every right to").

    An object pronoun may stand between the verb and "to": "the economy needs
    it to", "she asked them to".
    """
    j = word.i - 1
    while j >= 0 and (doc[j].tag_ in ("RB", "RBR", "RBS") or doc[j].lower_ == "not"):
        j -= 1
    if j > 0 and doc[j].tag_ == "PRP" and doc[j].lower_ in _OBJECT_PRONOUNS:
        j -= 1
    return j >= 0 and (doc[j].lower_ in ELLIPSIS_VERBS or doc[j].lower_ in ELLIPSIS_NOUNS)


def _phrase_start(doc: Doc, word: Token) -> int:
    """Start of the few words before ``word``, for the message."""
    i = max(word.sent.start, word.i - 5)
    return doc[i].idx


def _unfinished(
    article: Article, doc: Doc, para: Para, nxt: Para | None
) -> tuple[str, float] | None:
    """Why a paragraph without final punctuation looks cut, or None if it need not end in one."""
    text = article.prose
    body = text[para.start : para.end]
    if nxt is not None and nxt.is_prose:
        first = word_at_start(text, nxt.start, nxt.end)
        if first is not None and text[first[0]].islower():
            return " and the next paragraph goes on in lower case", 0.9
    # A paragraph of nothing but closing marks (a stray "” or ) left by an edit) has no word.
    tail = body.rstrip("\"'”’) ").split()
    last = tail[-1].lower() if tail else ""
    if last.strip(",;") in NEEDS_NOUN | NEEDS_CLAUSE | STRANDABLE_PREPOSITIONS:
        return f", on {last.strip(',;')!r}, a word that needs more after it", 0.85
    colon = body.find(":")
    if 0 <= colon < _LABEL_MAX:
        return None  # "Result: ...", "Pictured: ..."
    if body.rstrip().endswith((",", ";")):
        if nxt is not None and nxt.kind == "list-item":
            return None
        return ", on a comma", 0.8
    span = doc.char_span(para.start, para.end, alignment_mode="expand")
    if span is None:
        return None
    sents = [s for s in doc.sents if s.start < span.end and span.start < s.end]
    words = sum(1 for t in span if t.is_alpha)
    if not sents or not cl.has_main_clause([t for t in sents[-1] if not t.is_space]):
        return None
    capitalised = sum(1 for t in span if t.is_alpha and t.text[0].isupper())
    if capitalised * 2 > words:
        return None  # Title Case: a heading or a name list, not prose
    if len(sents) >= 2 or words >= _PROSE_WORDS:
        return "", 0.6
    return None


def _tail_start(text: str, para: Para) -> int:
    """Start of the paragraph's last three words."""
    pos = para.end
    for _ in range(3):
        nxt = text.rfind(" ", para.start, pos - 1)
        if nxt < 0:
            return para.start
        pos = nxt + 1
    return pos
