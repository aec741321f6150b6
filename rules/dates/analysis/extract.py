"""Find temporal expressions in news copy: regex candidates, filtered with the parse.

The patterns of :mod:`.patterns` over-generate on purpose
("May" the modal, "2006 people", "the Sunday Times", "a second time"); the
filters here use the tokens, tags and entities of ``article.doc`` to keep only
the expressions that are dates, times, durations or ages. Overlapping
candidates are resolved longest-first, the way TIMEX3 annotators mark the
largest expression ("Friday, 17 March 2023", not "Friday" and "17 March").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck_rules.dates.analysis.cues import (
    CURRENT_NOT,
    FOLDABLE,
    MONTH_CUES,
    POSSESSIVES,
    SEASON_CUES,
    SIGNALS,
    SPAN_PREPS,
    TEMPORAL_NOUNS,
    WEEKDAY_CUES,
    YEAR_CUES,
)
from factcheck_rules.dates.analysis.patterns import compiled

from factcheck.language.calendar import MONTH_NUMBERS, WEEKDAY_NUMBERS
from factcheck.language.labels import ORG_LABELS, OTHER_NAME_LABELS, PERSON_LABELS
from factcheck.language.words import FUNCTION_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Units and time zones after a four-digit number: "2006 km", "2006 GMT" are not years.
_YEAR_UNIT_AFTER = re.compile(
    r"\s*(?:km|kg|mph|ft|m\b|cm|mm|lb|GMT|BST|UTC|hours?\b|hrs\b|cc\b|sq\b|square\b)"
)
_SIGNAL_BEFORE = re.compile(r"(?P<sig>\b[A-Za-z]+\.?)\s+$")


@dataclass(frozen=True)
class TemporalExpression:
    """One temporal expression: its span, kind and the pieces its pattern captured.

    ``kind`` is the pattern family (``date``, ``month``, ``year``, ``weekday``,
    ``relday``, ``relunit``, ``anaphor``, ``ago``, ``age``, ``duration``,
    ``time``, ``ref``, ``decade``, ``century``, ``quarter``, ``half``,
    ``season``, ``holiday``). ``signal`` is the preposition in front of it
    ("since", "on"), with its start offset (-1 when it is not shown as part
    of the claim, as for "of" and "to"); ``possessive`` marks "Friday's".
    """

    start: int
    end: int
    text: str
    kind: str
    parts: Mapping[str, str] = field(default_factory=dict)
    signal: str = ""
    signal_start: int = -1
    possessive: bool = False

    @property
    def claim_start(self) -> int:
        """Start of the expression with its signal ("since 2006"), for display."""
        return self.signal_start if self.signal_start >= 0 else self.start


class _Tokens:
    """Character offset to token lookups over a parsed doc."""

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc
        self.starts: list[int] = [t.idx for t in doc] if doc is not None else []

    def at(self, offset: int) -> Token | None:
        if self.doc is None or not self.starts:
            return None
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.doc[i] if i >= 0 else None

    def after(self, offset: int) -> Token | None:
        if self.doc is None:
            return None
        i = bisect.bisect_left(self.starts, offset)
        return self.doc[i] if i < len(self.doc) else None


def _prev_word(text: str, start: int) -> str:
    m = _SIGNAL_BEFORE.search(text, max(0, start - 30), start)
    return m.group("sig").lower() if m else ""


def _next_text(text: str, end: int, n: int = 30) -> str:
    return text[end : end + n]


def _capitalised_name_follows(text: str, end: int) -> bool:
    """True when a capitalised word that is not a date word follows ("Sunday Times")."""
    m = re.match(r"[ \t]+([A-Z][a-z]+)", text[end : end + 30])
    if not m:
        return False
    word = m.group(1).lower()
    return (
        word not in MONTH_NUMBERS
        and word not in WEEKDAY_NUMBERS
        and word not in ("morning", "night")
    )


def _capitalised_before(text: str, start: int) -> bool:
    """True when a capitalised name word precedes ("Windows 2000", "Bloody Sunday").

    A capitalised function word that only starts the sentence ("In 2000",
    "Last Friday") does not count.
    """
    m = re.search(r"\b([A-Z][A-Za-z]+)[ \t]+$", text[max(0, start - 40) : start])
    if not m:
        return False
    word = m.group(1).lower()
    return not (
        word in MONTH_NUMBERS
        or word in WEEKDAY_NUMBERS
        or word in SIGNALS
        or word in FUNCTION_WORDS
        or word in FOLDABLE
    )


def _in_named_entity(tokens: _Tokens, start: int, end: int, labels: frozenset[str]) -> bool:
    """True when a PERSON/ORG entity covers the span and reaches beyond it."""
    tok = tokens.at(start)
    if tok is None or not tok.ent_type_:
        return False
    if tok.ent_type_ not in labels:
        return False
    doc = tokens.doc
    assert doc is not None
    for ent in doc.ents:
        if ent.start_char <= start and end <= ent.end_char:
            return ent.start_char < start or ent.end_char > end
    return False


def _keep(kind: str, m: re.Match[str], text: str, tokens: _Tokens) -> bool:
    """Linguistic filters: False for candidates that are not temporal expressions."""
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    start, end = m.start(), m.end()
    prev = _prev_word(text, start)
    names = PERSON_LABELS | ORG_LABELS | OTHER_NAME_LABELS
    if (
        kind == "date"
        and "y" not in g
        and g.get("m") in ("April", "May", "June", "August")
        and _capitalised_name_follows(text, end)
    ):
        return False  # "aged 31 June Brown": a number before a person's name
    if kind == "month" and "y" not in g:
        month = g["m"]
        tok = tokens.at(m.start("m"))
        if tok is not None and tok.pos_ in ("VERB", "AUX"):
            return False
        if _in_named_entity(tokens, m.start("m"), m.end("m"), names):
            return False
        cued = "rel" in g or m.group(0)[:1].islower() or prev in MONTH_CUES
        if month in ("May", "March"):
            return bool(cued) or bool(
                re.match(r"\s*(?:and|or|to)\s+(?:\w+\s+)?" + r"\d{4}", _next_text(text, end))
            )
        return not _capitalised_name_follows(text, end) or cued
    if kind == "weekday" or (kind == "date" and "wd" in g and "y" not in g and "d" not in g):
        if "rel" in g or prev in WEEKDAY_CUES:
            return True
        if _capitalised_name_follows(text, end):
            return False
        if _capitalised_before(text, start):
            # "Bloody Sunday inquiry" is a name; "The World Court Friday rejected" is AP style.
            nxt = tokens.after(end)
            if nxt is None or not (nxt.is_punct or nxt.pos_ in ("VERB", "AUX")):
                return False
        return not _in_named_entity(tokens, start, end, names)
    if kind == "year":
        return _keep_year(m, g, text, tokens, prev)
    if kind == "decade":
        if prev in POSSESSIVES:
            return False
        return "decw" in g or not re.fullmatch(r"\d0", g.get("dec", "")) or "the" in m.group(0)
    if kind == "quarter":
        if "q" not in g and not m.group(0).lower().startswith("the"):
            return False
        return not re.match(r"\s+of\s+(?!\d)", _next_text(text, end))
    if kind == "half":
        return "y" in g
    if kind == "season":
        if "y" in g or "rel" in g:
            return True
        if _capitalised_before(text, start) or re.match(r"\s+of\s", _next_text(text, end)):
            return False
        tok = tokens.at(m.start("season"))
        if tok is not None and tok.pos_ in ("VERB", "AUX", "ADJ"):
            return False
        return m.group(0).lower().startswith(("the", "early", "late", "mid")) or (
            prev in SEASON_CUES and g["season"].lower() != "fall"
        )
    if kind == "relday":
        if g.get("rd", "").lower() == "today":
            after = _next_text(text, end).lower()
            if re.match(r"['’]s\s+(?:programme|show)|\s+(?:programme|show)", after):
                return False
        return True
    if kind == "relunit":
        if g.get("rel", "").lower() == "the":
            if g["unit"] == "year":
                after = _next_text(text, end)
                return prev in ("for", "during", "through", "throughout", "over") and not (
                    re.match(r"\s+(?:to|ending|ended|before|after|in|when|of)\b", after)
                )
            return True
        return True
    if kind == "anaphor":
        if "rel" not in g and "dir" not in g:
            return m.group(0).lower().startswith("that ")
        return True
    if kind == "duration":
        return _keep_duration(m, g, text, prev)
    if kind == "age":
        return 0 < int(g["n"]) <= 120
    if kind == "ref":
        ref = g["ref"].lower()
        if ref == "the past" and re.match(
            r"\s+(?:\d|[a-z]+s\b|few|several|couple|decade|year|month|week|day|century)",
            _next_text(text, end),
        ):
            return False
        if ref == "current":
            word = re.match(r"\s+(\w+)", _next_text(text, end))
            return not (word and word.group(1).lower() in CURRENT_NOT)
        return True
    if kind == "holiday":
        return not _capitalised_name_follows(text, end)
    return True


def _keep_year(
    m: re.Match[str], g: Mapping[str, str], text: str, tokens: _Tokens, prev: str
) -> bool:
    year = int(g["y"])
    start, end = m.start(), m.end()
    cued = prev in YEAR_CUES or bool(
        re.match(r"(?i)(?:fiscal|the year|early|late|mid|the)", m.group(0))
    )
    if year < 1000 or (not cued and not 1800 <= year <= 2100):
        return False
    before = text[max(0, start - 12) : start]
    if re.search(r"(?:[£$€¥#]|\bNo\.?|\bnumber|\bno)\s*$", before, re.IGNORECASE):
        return False
    if re.search(r"\d[\s.-]$", before) or re.match(r"[\s.-]\d", text[end : end + 2]):
        return False  # a digit group of a phone number or a longer figure
    if _YEAR_UNIT_AFTER.match(text[end : end + 10]):
        return False
    if not cued and _capitalised_before(text, start):
        return False  # Windows 2000, Resolution 1718, Euro 2004
    tok = tokens.at(m.start("y"))
    if tok is not None:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        det = tok.i > 0 and tok.nbor(-1).lower_ in (
            "the",
            "this",
            "that",
            "its",
            "their",
            "his",
            "her",
            "our",
            "fiscal",
        )
        if (
            nxt is not None
            and not det
            and nxt.tag_ in ("NNS", "NNPS")
            and nxt.lower_ not in TEMPORAL_NOUNS
        ):
            return False  # 2006 people, 1500 troops (but "the 2005 elections")
        head = tok.head
        if (
            tok.dep_ == "nummod"
            and head.tag_ in ("NNS", "NNPS")
            and head.lower_ not in TEMPORAL_NOUNS
            and 0 < head.i - tok.i <= 3
            and all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in tok.doc[tok.i + 1 : head.i])
        ):
            return False
    return True


def _keep_duration(m: re.Match[str], g: Mapping[str, str], text: str, prev: str) -> bool:
    n = g.get("n", "").lower()
    unit = g["unit"].lower()
    plural = m.group(0).rstrip().lower().endswith(("s", "s-long"))
    if unit.startswith("second") and (n in ("a", "an", "") or (not plural and n != "one")):
        return n.isdigit() or n in ("one",)
    if n in ("a", "an", "some", "many", "few"):
        if "rel" in g:
            return True
        return prev in SPAN_PREPS or bool(
            re.match(r"-long|\s+(?:later|earlier|old)\b", _next_text(text, m.end()))
        )
    return True


_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")


def _fold(text: str) -> str:
    """``text`` with capitalised function words lower-cased ("Last year" -> "last year").

    Same length, so offsets carry over; month and weekday names keep their capitals.
    """
    chars = list(text)
    for m in _WORD_RE.finditer(text):
        if m.group(0).lower() in FOLDABLE:
            chars[m.start()] = chars[m.start()].lower()
    return "".join(chars)


def find_mentions(text: str, doc: Doc | None) -> list[TemporalExpression]:
    """Every temporal expression in ``text``, in order, without overlaps.

    ``doc`` is the spaCy parse of the same text (offsets shared); without it the
    filters that need tags and entities are skipped.
    """
    tokens = _Tokens(doc)
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    scan = _fold(text)
    for order, (kind, pattern) in enumerate(compiled()):
        for m in pattern.finditer(scan):
            if m.end() <= m.start():
                continue
            if not _keep(kind, m, text, tokens):
                continue
            start = m.start("named") if m.groupdict().get("named") else m.start()
            kind2, end = _split_offset(text, kind, m, tokens)
            end = len(text[:end].rstrip()) if end != m.end() else end
            candidates.append((start, end, order, kind2, m))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    # Taken spans never overlap, so sorted by start they are sorted by end too: the
    # only one that can overlap a candidate is the last to start before it ends.
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    for start, end, _order, kind, m in candidates:
        i = bisect.bisect_left(starts, end)
        if i > 0 and ends[i - 1] > start:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append((start, end, kind, m))
    chosen.sort(key=lambda c: c[0])
    return [_mention(text, start, end, kind, m) for start, end, kind, m in chosen]


def _split_offset(text: str, kind: str, m: re.Match[str], tokens: _Tokens) -> tuple[str, int]:
    """ "two days after the vote" is a duration plus a signal, not an anaphoric date.

    "The day before was quiet" and "launched the day before." keep the anaphoric
    reading: what follows "before"/"after" must start a noun phrase or a clause.
    """
    if kind == "anaphor" and m.groupdict().get("dir") in ("before", "after"):
        nxt = tokens.after(m.end())
        if nxt is None:
            return kind, m.end()
        follows_np = nxt.pos_ in ("DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ") or (
            nxt.pos_ == "SCONJ" or nxt.lower_ in ("it", "he", "she", "they", "we")
        )
        if follows_np and not nxt.is_punct:
            return (
                "duration" if "n" in m.groupdict() and m.group("n") else "anaphor-event",
                m.start("dir"),
            )
    return kind, m.end()


def _mention(text: str, start: int, end: int, kind: str, m: re.Match[str]) -> TemporalExpression:
    parts = {k: v for k, v in m.groupdict().items() if v is not None}
    surface = text[start:end]
    # Trailing full stop of a sentence is not part of "Dec." unless abbreviated.
    if surface.endswith(".") and not re.search(r"\b(?:[A-Z][a-z]{2,3}|[ap]\.m)\.$", surface):
        end -= 1
        surface = surface[:-1]
    sig = _SIGNAL_BEFORE.search(text, max(0, start - 30), start)
    signal, signal_start = "", -1
    if sig and sig.group("sig").lower() in SIGNALS:
        signal = sig.group("sig").lower()
        # "of Friday", "to 2013": the relation is kept, but not shown as part of the claim.
        signal_start = -1 if signal in ("of", "to", "as", "circa") else sig.start("sig")
    elif re.search(r"\d\s*[-–]\s*$", text[max(0, start - 4) : start]):
        signal = "to"  # the end of a range written "2000 - 2050"
    possessive = bool(re.match(r"['’]s\b", text[end : end + 3]))
    return TemporalExpression(start, end, surface, kind, parts, signal, signal_start, possessive)
