"""Quantities: every number of an article with its value, unit, counted noun and bounds.

"The 15 members of the Security Council", "all 14 members", "$2.3m", "2.3
million dollars", "about 300 people", "more than 40%", "the 62-year-old".
Each :class:`Quantity` has a value normalised from digits or number words
and scales ("m", "bn", "million"), a unit (a currency code or ``%``), the
noun it counts with that noun's owner ("of the council", "council
members", "the council's"), and an interval: the value itself for an exact
number, widened by the rounding a scaled figure implies ("$2.3m" is
2.25m-2.35m) and by any approximation or bound before it ("about",
"more than", "up to") or a range ("10-15", "between 10 and 15").
Years, times, dates, ordinals, scores and durations are not quantities.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck_rules.consistency.analysis.names import fold, zone
from factcheck_rules.consistency.analysis.words import (
    APPROX_AFTER,
    APPROXIMATORS,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    MEASURE_NOUNS,
    NUMBER_WORDS,
    SCALES,
    TOTAL_DETERMINERS,
    word_set,
)

from factcheck import Article, DerivedKey, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUANTITIES: DerivedKey[list[Quantity]] = DerivedKey("factcheck.consistency.quantities")

_WORDS_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SCALE_ALT = "|".join(sorted((re.escape(s) for s in SCALES), key=len, reverse=True))
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = rf"(?:{_WORDS_ALT})(?:[- ](?:{_WORDS_ALT}))?"
_NUMBER = re.compile(
    rf"(?<![\w.,£$€¥-])(?P<cur>US\$|[$£€¥₹])?\s?"
    rf"(?P<num>{_NUM}|(?<![\w-]){_WORDNUM}(?![\w]))"
    rf"(?:\s?(?:-|–|to|and)\s?(?P<cur2>[$£€¥])?(?P<num2>{_NUM}|{_WORDNUM}))?"
    rf"(?:\s?(?P<scale>{_SCALE_ALT})(?![\w]))?"
    rf"(?P<pct>\s?(?:%|per\s?cent|percent)(?![\w]))?",
    re.IGNORECASE,
)
_MONTHS = word_set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
_CHANGE = re.compile(
    r"\b(?:rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|increas\w*|decreas\w*|"
    r"grew|grown|grow|shr[ai]nk\w*|cut|cuts|reduc\w*|up from|down from|from|compared|versus|vs|"
    r"than|previous\w*|formerly|once|used to|originally|initially|now|new|"
    r"expand\w*|doubl\w*|tripl\w*|halv\w*|jump\w*|drop\w*|climb\w*|slump\w*|soar\w*|plung\w*|"
    r"last year|this year|next year|will|would|could|might|planned|proposed|"
    r"target\w*|forecast\w*|expect\w*|estimat\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """One number of the article and what it counts."""

    start: int
    end: int
    text: str
    value: float
    lo: float
    hi: float
    unit: str
    noun: str
    owner: str
    total: bool
    modifiers: frozenset[str]
    approx: str
    zone: str
    sentence: int
    sentence_span: Span
    noun_span: Span | None = None
    entities: tuple[str, ...] = field(default=())
    #: The counted noun as written ("members"; ``noun`` is its lemma).
    noun_written: str = ""
    #: True for a hyphenated attribute: "a 15-member council", "the 62-year-old".
    attribute: bool = False

    @property
    def noun_text(self) -> str:
        """The counted noun as written, or its lemma when the written form is unknown."""
        return self.noun_written or self.noun

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    def overlaps(self, other: Quantity) -> bool:
        """True when the two intervals share a value: neither contradicts the other."""
        return self.lo <= other.hi and other.lo <= self.hi


def word_value(text: str) -> float | None:
    """The value of a number written in digits or words ("2,300", "twenty-five")."""
    t = text.lower().replace(",", "").strip()
    try:
        return float(t)
    except ValueError:
        pass
    parts = re.split(r"[- ]", t)
    total = 0.0
    for p in parts:
        if p not in NUMBER_WORDS:
            return None
        v = NUMBER_WORDS[p]
        total = total * v if v == 100 and total else total + v
    return total


def _decimals(text: str) -> int:
    t = text.replace(",", "")
    return len(t.split(".")[1]) if "." in t else 0


def _interval(value: float, text: str, scale: float, approx: str) -> tuple[float, float]:
    lo = hi = value
    if scale >= 1e3 and text[:1].isdigit():
        half = 0.5 * 10 ** (-_decimals(text)) * scale
        lo, hi = value - half, value + half
    if approx in APPROXIMATORS:
        f_lo, f_hi = APPROXIMATORS[approx]
        lo = min(lo, value * f_lo)
        hi = max(hi, value * f_hi) if math.isfinite(f_hi) else math.inf
    return lo, hi


_APPROX_BEFORE = re.compile(
    r"(?:^|[^\w])(?P<word>"
    + "|".join(re.escape(k) for k in sorted(APPROXIMATORS, key=len, reverse=True))
    + r")\s*$"
)


def _approx_before(text: str, start: int) -> str:
    before = re.sub(r"\s+", " ", text[max(0, start - 25) : start].lower())
    m = _APPROX_BEFORE.search(before)
    return m.group("word") if m else ""


def _token_at(doc: Doc, starts: list[int], offset: int) -> Token | None:
    i = bisect.bisect_right(starts, offset) - 1
    return doc[i] if i >= 0 else None


def _noun_of(doc: Doc, last: Token) -> Token | None:
    """The noun a number counts: its head through ``nummod``, else the next noun."""
    head = last.head
    counted = last.dep_ in ("nummod", "quantmod", "nmod:npmod")
    if counted and head.pos_ in ("NOUN", "PROPN") and head.i > last.i:
        return head
    j = last.i + 1
    while j < len(doc) and j <= last.i + 3:
        tok = doc[j]
        if tok.pos_ == "NOUN":
            return tok
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") and tok.text not in ("-",):
            return None
        j += 1
    return None


def _owner(noun: Token) -> tuple[str, bool]:
    """The noun's owner ("of the council", "council members", "its") and whether it is total."""
    owner_words: list[str] = []
    total = False
    for child in noun.children:
        dep = child.dep_
        if dep in ("compound",) and child.i < noun.i:
            owner_words.append(child.text)
        elif dep in ("nmod:poss", "poss"):
            total = True
            if child.pos_ != "PRON":
                owner_words.append(" ".join(t.text for t in child.subtree if t.dep_ != "case"))
        elif dep in ("nmod", "prep") and child.i > noun.i:
            case = [t for t in child.children if t.dep_ == "case"]
            if dep == "nmod" and case and case[0].lower_ == "of":
                owner_words.append(
                    " ".join(
                        t.text for t in child.subtree if t.dep_ not in ("case", "det", "punct")
                    )
                )
                total = True
            elif dep == "prep" and child.lower_ == "of":
                obj = [t for t in child.children if t.dep_ == "pobj"]
                if obj:
                    owner_words.append(
                        " ".join(t.text for t in obj[0].subtree if t.dep_ not in ("det", "punct"))
                    )
                    total = True
    return fold(" ".join(owner_words)), total


def extract_quantities(article: Article) -> list[Quantity]:
    """Every countable or monetary quantity of the article, in text order."""
    doc = article.require_doc()
    text = article.text
    starts = [t.idx for t in doc]
    sents = list(doc.sents)
    sent_starts = [s.start_char for s in sents]
    ents = [(e.start_char, e.text) for e in doc.ents]
    out: list[Quantity] = []
    for m in _NUMBER.finditer(text):
        num = m.group("num")
        if num.lower() == "one" and not m.group("scale"):
            continue
        value = word_value(num)
        if value is None:
            continue
        scale_word = (m.group("scale") or "").lower()
        if scale_word and scale_word not in SCALES:
            continue
        # "m", "k" and "b" count only right after a figure ("2.3m"), never as words.
        if scale_word in ("m", "k", "b") and (not num[:1].isdigit() or " " in m.group(0)[-2:]):
            scale_word = ""
        scale = SCALES.get(scale_word, 1.0)
        unit = CURRENCY_SIGNS.get(m.group("cur") or "", "")
        if m.group("cur") == "US$":
            unit = "USD"
        if m.group("pct"):
            unit = "%"
        end = (
            m.end()
            if (scale_word or m.group("pct"))
            else m.end("num2")
            if m.group("num2")
            else m.end("num")
        )
        after = text[end : end + 30]
        before = text[max(0, m.start() - 12) : m.start()]
        plain = num.replace(",", "")
        # Years, times, dates, ordinals, scores, phone numbers and parts of codes.
        if re.fullmatch(r"1[5-9]\d\d|20\d\d", plain) and not unit and not scale_word:
            continue
        if re.match(r"[:./]\d|(?:st|nd|rd|th)\b|\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST)\b", after):
            continue
        if re.search(
            r"[:/]$|\b(?:No|no|number|Number|page|Page|Article|article|Resolution|resolution|Flight|flight|Route|route|Room|room|level|Level|grade|Grade|section|Section|chapter|Chapter)\.?\s*$",
            before,
        ):
            continue
        next_word = re.match(r"\s*([A-Za-z]+)", after)
        prev_word = re.search(r"([A-Za-z]+)\s*$", before)
        if (next_word and next_word.group(1).lower() in _MONTHS) or (
            prev_word and prev_word.group(1).lower() in _MONTHS
        ):
            continue
        if (
            m.group("num2")
            and not unit
            and re.fullmatch(r"\d{1,2}", plain)
            and not re.match(r"\s+[a-z]", after)
        ):
            continue  # a score: "won 2-1"
        cur_after = re.match(r"\s*([A-Za-z]+)", after)
        if not unit and cur_after and cur_after.group(1).lower() in CURRENCY_WORDS:
            unit = CURRENCY_WORDS[cur_after.group(1).lower()]
        approx = _approx_before(text, m.start())
        if APPROX_AFTER.match(after):
            approx = approx or "about"
        value *= scale
        if m.group("num2"):
            v2 = word_value(m.group("num2"))
            if v2 is None:
                continue
            v2 *= scale
            lo, hi = sorted((value, v2))
            if lo <= 0 or hi / lo > 100:
                continue
        else:
            lo, hi = _interval(value, num, scale, approx)
        last = _token_at(doc, starts, end - 1)
        noun = owner = ""
        total = False
        mods: frozenset[str] = frozenset()
        noun_span = None
        hyphen = re.match(r"-(?P<w>[a-z]+)(?:-(?P<w2>[a-z]+))?\b", text[end : end + 30])
        if hyphen and not unit:
            # "a 15-member council", "the 62-year-old": an attribute, not a count.
            word = hyphen.group("w")
            if word in ("year", "years") and hyphen.group("w2") == "old":
                noun = "year-old"
            else:
                noun = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
            noun_span = Span(end + 1, end + 1 + len(word))
            total = True
            tok = _token_at(doc, starts, end + hyphen.end())
            if tok is not None:
                head = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
                if head is not None:
                    owner = fold(head.text)
        elif last is not None:
            noun_tok = _noun_of(doc, last)
            if noun_tok is not None:
                noun = noun_tok.lemma_.lower() or noun_tok.lower_
                noun_span = Span(noun_tok.idx, noun_tok.idx + len(noun_tok.text))
                owner, total_of = _owner(noun_tok)
                total = total_of and bool(owner)
                mods = frozenset(
                    c.lemma_.lower()
                    for c in noun_tok.children
                    if c.dep_ == "amod" and c.i < noun_tok.i and c.i > last.i
                )
        if noun in MEASURE_NOUNS and not unit:
            continue
        det = re.search(r"([\w’']+)\s+$", text[max(0, m.start() - 20) : m.start()])
        if det and approx == "":
            word = det.group(1).lower()
            if word in TOTAL_DETERMINERS or word.endswith(("'s", "’s")):
                total = True
        i = bisect.bisect_right(sent_starts, m.start()) - 1
        sent = sents[max(i, 0)]
        out.append(
            Quantity(
                start=m.start(),
                end=end,
                text=text[m.start() : end],
                value=value,
                lo=lo,
                hi=hi,
                unit=unit,
                noun=noun,
                owner=owner,
                total=total,
                modifiers=mods,
                approx=approx,
                zone=zone(article, m.start()),
                sentence=max(i, 0),
                sentence_span=Span(sent.start_char, sent.end_char),
                noun_span=noun_span,
                entities=tuple(t for o, t in ents if sent.start_char <= o < sent.end_char),
                noun_written=text[noun_span.start : noun_span.end] if noun_span else "",
                attribute=bool(hyphen) and not unit,
            )
        )
    return out


def quantities(article: Article) -> list[Quantity]:
    """The quantities of ``article``, computed once and shared."""
    return article.derived(QUANTITIES, extract_quantities)


def has_change_words(text: str) -> bool:
    """True when a sentence speaks of a change or a comparison ("rose from", "than", "was")."""
    return bool(_CHANGE.search(text))


# -- ages ------------------------------------------------------------------------------

AGES: DerivedKey[list[Age]] = DerivedKey("factcheck.consistency.ages")

_AGE_AFTER = re.compile(
    r"^(?:,\s*(?:aged\s+)?(?P<a>\d{1,3})(?=\s*(?:,|\.(?:\s|$)|;|\)|\s+and\b|\s+who\b|$))"
    r"|\s*\((?:aged\s+)?(?P<b>\d{1,3})\)"
    r"|\s+aged\s+(?P<c>\d{1,3})\b)"
)
_AGE_BEFORE = re.compile(r"(?P<a>\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}$")
_AGE_ANAPHOR = re.compile(r"\b[Tt]he\s+(?P<a>\d{1,3})-year-old\b(?!-)")


@dataclass(frozen=True)
class Age:
    """An age given to a named person: "Lindqvist, 61", "the 62-year-old"."""

    value: int
    span: Span
    cluster_name: str
    cluster_index: int
    form: str  # "appositive", "before" or "anaphor"
    mention: Span


def extract_ages(article: Article) -> list[Age]:
    """Every age given to a person cluster, in text order."""
    from factcheck_rules.consistency.analysis.names import person_clusters

    text = article.text
    doc = article.require_doc()
    clusters = person_clusters(article)
    out: list[Age] = []
    owner: list[tuple[int, int, int]] = []  # (start, sentence, cluster index) of person mentions
    for ci, c in enumerate(clusters):
        if not c.is_person:
            continue
        for m in c.mentions:
            owner.append((m.start, m.sentence, ci))
            after = _AGE_AFTER.match(text[m.end : m.end + 20])
            if after:
                g = next(n for n in ("a", "b", "c") if after.group(n))
                s = m.end + after.start(g)
                out.append(
                    Age(
                        int(after.group(g)),
                        Span(s, s + len(after.group(g))),
                        c.name,
                        ci,
                        "appositive",
                        Span(m.start, m.end),
                    )
                )
            before = _AGE_BEFORE.search(text[max(0, m.start - 60) : m.start])
            if before:
                s = max(0, m.start - 60) + before.start("a")
                out.append(
                    Age(
                        int(before.group("a")),
                        Span(s, s + len(before.group("a"))),
                        c.name,
                        ci,
                        "before",
                        Span(m.start, m.end),
                    )
                )
    owner.sort()
    starts = [t.idx for t in doc]
    sent_index = {}
    for n, sent in enumerate(doc.sents):
        sent_index[sent.start_char] = n
    sent_starts = sorted(sent_index)
    for hit in _AGE_ANAPHOR.finditer(text):
        tok = _token_at(doc, starts, hit.end())
        nxt = doc[tok.i + 1] if tok is not None and tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
            continue  # "the 23-year-old victim": someone else
        i = bisect.bisect_right(sent_starts, hit.start()) - 1
        here = max(i, 0)
        para = article.block_at(hit.start())
        para_start = para.start if para is not None else 0
        earlier = [b for b in article.blocks if b.end <= para_start]
        window = earlier[-1].start if earlier else para_start
        prior = [o for o in owner if window <= o[0] < hit.start() and here - 3 <= o[1] <= here]
        if not prior:
            continue
        last = max(prior)
        # The person named last must be the only one named since then and in that sentence.
        people = {o[2] for o in prior if o[1] >= last[1]}
        if len(people) != 1:
            continue
        ci = people.pop()
        s = hit.start("a")
        out.append(
            Age(
                int(hit.group("a")),
                Span(s, s + len(hit.group("a"))),
                clusters[ci].name,
                ci,
                "anaphor",
                Span(last[0], last[0] + 1),
            )
        )
    out = [a for a in out if 0 < a.value < 120]
    out.sort(key=lambda a: a.span.start)
    return out


def ages(article: Article) -> list[Age]:
    """The ages of ``article``, computed once and shared."""
    return article.derived(AGES, extract_ages)
