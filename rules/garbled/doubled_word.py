"""FC101 doubled-word: "the the", including across a line break."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from factcheck import Applicability, Article, Diagnostic, Fix, Rule, RuleContext, Severity
from factcheck.language.calendar import (
    MONTH_ABBREVIATIONS,
    MONTHS_AND_DAYS,
    WEEKDAY_ABBREVIATIONS,
)
from factcheck.language.labels import PARTICLES
from factcheck.language.numerals import CARDINALS
from factcheck.language.words import FUNCTION_WORDS, word_set

# A word, whitespace that holds at most one line break, the same word again.
_DOUBLE = re.compile(
    r"(?<![\w'’-])(?P<first>[^\W\d_]+(?:['’][^\W\d_]+)?)"
    r"(?P<gap>[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)"
    r"(?P<second>(?P=first))(?=['’]s\b|[^\w'’-]|$)",
    re.IGNORECASE,
)
_WH_WORDS = frozenset({"what", "where", "how", "who", "whom", "which", "why", "whatever"})
_WORD = re.compile(r"[^\W\d_]+")
#: Verbs doubled legitimately after a wh-clause subject: "what it is is", "all he did was was".
_WH_COPULAS = frozenset({"is", "was", "do", "does", "did"})
#: Words that are both a verb particle and a preposition: "moved in in 2003".
_PARTICLES = word_set("in on up out off over down by around through along about")
#: Function words that speakers repeat for emphasis: "no no", "so so".
_SPOKEN_REPEATS = word_set(
    "no so there now well very too really much many far long yes yeah ha bye blah knock tut "
    "chop ooh oh go come more"
)
#: Times of day and year, and calendar units, that may follow "in in" or "up up to".
#: Tags of words a transcript does not repeat: articles, prepositions, conjunctions.
_GRAMMAR_TAGS = frozenset({"DT", "IN", "TO", "CC", "PRP$", "WDT", "POS", "PDT"})
_VOWEL = re.compile(r"[aeiouy]")
#: Labels of a preposition left without an object ("the voters they rely on").
_STRANDED = frozenset({"obl", "prep", "advmod"})
_CALENDAR_ABBREVIATIONS = frozenset(MONTH_ABBREVIATIONS) | frozenset(WEEKDAY_ABBREVIATIONS)
#: Entities that may follow a particle and the same preposition ("on on Election Day").
_TIME_OR_PLACE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
_TIME_WORDS = word_set(
    "spring summer autumn winter morning afternoon evening night weekend week month year day "
    "days eve"
)


def _legitimate(article: Article, first: str, second: str, start: int) -> bool:
    """True for doubles that English allows: "had had", "that that", "what it is is"."""
    word = first.lower()
    if word in ("had", "that"):
        return True
    if word in _WH_COPULAS:
        # "what it is is": a wh-clause with its own subject before the first copy;
        # "who is is" has none.
        before = _WORD.findall(article.prose[max(0, start - 60) : start].lower())[-5:]
        return any(w in _WH_WORDS for w in before[:-1])
    if first[:1].islower() and second[:1].isupper():
        return True  # a word and a name: "want to trump Trump", "at AT&T"
    if not _VOWEL.search(word):
        return True  # an interjection repeated: "tsk tsk", "shh shh", "hmm hmm"
    both_capitalised = first[:1].isupper() and second[:1].isupper()
    if both_capitalised and word not in FUNCTION_WORDS:
        return True  # reduplicated names: Bora Bora, Walla Walla, Sirhan Sirhan
    if (
        word in _PARTICLES
        and _is_particle(article, start)
        and _time_or_amount_follows(article, start + len(first) + 1 + len(second))
    ):
        return True  # "moved in in 2003", "gave up up to ten hours"
    if article.in_quotation(start):
        return word in _SPOKEN_REPEATS or _spoken_repeat(article, start)
    return False


def _time_or_amount_follows(article: Article, offset: int) -> bool:
    """True when a time, a place or an amount follows the second copy: "in in 2003".

    A particle followed by the same word as a preposition is legitimate English
    ("moved in in 2003", "the voters they rely on on Election Day"), but a
    misparse can call any doubled preposition a particle ("developed by by
    Valve"). Requiring the preposition's object to be a date, a time, a place
    or a number keeps the genuine cases and loses the misparses. Calendar
    names count only with their capital, and abbreviations only in their
    written form ("Jan.", "Sat 4"): "may", "sun" and "mar" are also words.
    """
    rest = article.prose[offset : offset + 40].lstrip()
    words = _WORD.findall(rest)
    if rest[:1].isdigit():
        return True
    if not words:
        return False
    if words[0].lower() == "to" and len(words) > 1:
        words = words[1:]
        rest = rest[2:].lstrip()
        if rest[:1].isdigit():
            return True
    if words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    first = words[0]
    low = first.lower()
    if low in CARDINALS or low in _TIME_WORDS:
        return True
    if first[:1].isupper() and low in MONTHS_AND_DAYS:
        return True
    after = rest[rest.find(first) + len(first) :][:3] if first in rest else ""
    if first[:1].isupper() and low in _CALENDAR_ABBREVIATIONS and after[:1] in (".", " "):
        return after[:1] == "." or after[1:2].isdigit()
    return _time_or_place_entity(article, offset)


def _time_or_place_entity(article: Article, offset: int) -> bool:
    """True when the parse puts a date, time or place right after ``offset``.

    Either an entity of those kinds, or a preposition whose object's head is
    a calendar noun ("on Election Day", "in the spring").
    """
    doc = article.doc
    if doc is None:
        return False
    span = doc.char_span(offset, min(len(article.prose), offset + 40), alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_space][:3]
    if any(t.ent_type_ in _TIME_OR_PLACE for t in words[:2]):
        return True
    # The second copy is the preposition; its object is its head in UD ("case").
    prep = doc.char_span(offset - 1, offset, alignment_mode="expand")
    if prep is None or not len(prep):
        return False
    obj = prep[-1].head
    return obj.i > prep[-1].i and (obj.lower_ in _TIME_WORDS or obj.ent_type_ in _TIME_OR_PLACE)


def _spoken_repeat(article: Article, start: int) -> bool:
    """True for a word a speaker may repeat: anything but a function word of the grammar.

    Quoted speech is transcribed as said: "really really", "I like like him",
    "we we decided". A doubled article, preposition or conjunction ("the the",
    "to to") is still a typing slip. Without a parse, fall back to the closed
    list of spoken repeats only.
    """
    doc = article.doc
    if doc is None:
        return False
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span[0].tag_ not in _GRAMMAR_TAGS


def _is_particle(article: Article, start: int) -> bool:
    """True when the parse reads the first copy as a particle or a stranded preposition.

    Both leave the verb's preposition without an object of its own, so the
    second copy can open a phrase of its own ("moved in | in 2003", "the
    voters they rely on | on Election Day"). Without a parse: False.
    """
    doc = article.doc
    if doc is None:
        return False
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    if tok.tag_ == "RP" or tok.dep_ in PARTICLES:
        return True
    if tok.dep_ in _STRANDED and not any(c.dep_ not in ("punct",) for c in tok.children):
        return True  # a stranded preposition: "the voters they rely on | on Election Day"
    if tok.i > 0 and doc[tok.i - 1].tag_.startswith("VB") and tok.dep_ == "case":
        # "the ferries the island depends on on Boxing Day": the parser hangs both
        # copies on the following noun; a verb right before the first still strands it.
        return True
    # UD parsers often call it an adverb of the verb right before it: "moved in".
    return tok.dep_ == "advmod" and tok.head.pos_ == "VERB" and tok.head.i == tok.i - 1


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
    Legitimate doubles are left alone: "had had", "that that", "is is" and
    "was was" after a wh-clause ("what it is is"), reduplicated names written
    with capitals ("Bora Bora"), a word followed by a name spelt the same
    ("to trump Trump", "at AT&T"), repeated interjections without a vowel
    ("tsk tsk"), a verb particle or stranded preposition followed by the same
    preposition opening a date, time, place or amount ("moved in in 2003",
    "the voters they rely on on Election Day"; without a parse it is
    reported), and, inside a quotation, repeated words that speakers repeat
    ("very very", "no no", "I like like him"). A doubled article,
    preposition or conjunction is reported even in a quotation. A doubled
    word split by a paragraph break is not reported.
    """

    code = "FC101"
    name = "doubled-word"
    category = "garbled"
    severity = Severity.ERROR
    needs_parse = True  # the particle and modifier exemptions read the parse

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
                message=(
                    f"Doubled word: {first!r} appears twice in a row "
                    f"({m.group(0).replace(chr(10), ' ')!r}), the usual trace of an edit; "
                    "delete the second copy."
                ),
                confidence=0.95 if first.lower() in FUNCTION_WORDS else 0.8,
                fix=Fix(
                    title=f"Delete the second {second!r}",
                    replacement=first,
                    applicability=Applicability.SAFE,
                ),
                data={"word": first.lower()},
            )
