"""Planting machinery, and the doubled-word and mojibake planters, for ``benchmarks/plant.py``.

Why a planter is a pure text transformation: the benchmark must be deterministic
for a seed and must not change when the shipped spaCy model is retrained, so the
planters find their sites with regular expressions and small word lists of their
own (deliberately NOT ``factcheck.language``: planting errors with the rules' own
vocabulary would measure the rules against themselves).

A planter looks at a :class:`Draft` (the article as edited so far) and returns a
:class:`Plant` — one contiguous edit plus the gold span in the edited text — or
None when the article offers no suitable site. The driver in ``plant.py`` applies
plants one by one and keeps earlier gold spans in step with later edits. The other
planters live in ``_planters_sentence.py``, ``_planters_ling.py``,
``_planters_quotes.py`` and ``_furniture.py``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

#: Categories of each planted kind (the same as the dev set's gold files).
CATEGORIES: dict[str, tuple[str, ...]] = {
    "doubled-word": ("garbled",),
    "mojibake": ("garbled",),
    "furniture": ("boilerplate", "garbled"),
    "splice": ("garbled",),
    "lowercase-start": ("garbled",),
    "truncation": ("garbled",),
    "gender-flip": ("pronoun",),
    "country-he": ("pronoun",),
    "impossible-date": ("date",),
    "weekday-mismatch": ("date",),
    "unclosed-quote": ("quote", "garbled"),
    "quote-no-speaker": ("attribution", "quote"),
}


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (short lists stay readable)."""
    return frozenset(words.split())


WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
#: Abbreviations after which a full stop does not end a sentence.
_ABBREV = word_set(
    "mr mrs ms dr st jr sr prof gen col lt sgt capt gov sen rep rev no co inc ltd corp vs "
    "etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m e.g i.e"
)
_LINE_END = re.compile(r"[.!?…:][”’\"')\]]*$")
_SENT_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Span:
    """A half-open range of code points into the draft text."""

    start: int
    end: int


@dataclass(frozen=True)
class Plant:
    """One planted error: replace ``text[start:end]`` by ``replacement``.

    ``item_start``/``item_end`` locate the gold span in the text AFTER the edit.
    """

    kind: str
    variant: str
    start: int
    end: int
    replacement: str
    item_start: int
    item_end: int
    why: str


@dataclass
class Draft:
    """The article being edited, and the paragraphs earlier plants have claimed."""

    text: str
    busy: list[Span] = field(default_factory=list)

    def blocks(self) -> list[Span]:
        """Paragraphs as a plain-text reader sees them, first one the headline.

        Blocks are separated by blank lines; a block whose lines all end a sentence is
        wire-style copy, one paragraph per line (a hard-wrapped paragraph stays whole).
        """
        out: list[Span] = []
        for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", self.text):
            if not m.group().strip():
                continue
            lines = [
                Span(m.start() + x.start(), m.start() + x.start() + len(x.group().rstrip()))
                for x in re.finditer(r"[^\n]+", m.group())
                if x.group().strip()
            ]
            if len(lines) > 1 and all(
                _LINE_END.search(self.text[s.start : s.end]) for s in lines[:-1]
            ):
                out.extend(lines)
            else:
                out.append(Span(m.start(), m.start() + len(m.group().rstrip())))
        return out

    def paragraphs(self, min_words: int = 8) -> list[Span]:
        """Body paragraphs (not the headline) long enough to hold prose and not yet used."""
        out = []
        for b in self.blocks()[1:]:
            body = self.text[b.start : b.end]
            if len(WORD.findall(body)) >= min_words and self.free(b):
                out.append(b)
        return out

    def free(self, span: Span) -> bool:
        """True when ``span`` touches no paragraph an earlier plant used."""
        return all(span.end <= b.start or b.end <= span.start for b in self.busy)

    def sentences(self, para: Span) -> list[Span]:
        """Sentences of one paragraph by punctuation, skipping abbreviations and initials."""
        out: list[Span] = []
        start = para.start
        chunk = self.text[para.start : para.end]
        for m in _SENT_END.finditer(chunk):
            before = chunk[: m.start() + 1]
            last = re.search(r"([A-Za-z.]+)\.$", before)
            if last and (last.group(1).lower() in _ABBREV or len(last.group(1)) == 1):
                continue
            end = para.start + m.end()
            out.append(Span(start, para.start + len(chunk[: m.end()].rstrip())))
            start = end
        if start < para.end:
            out.append(Span(start, para.end))
        return out

    def prose_sentences(self, min_words: int = 7) -> list[Span]:
        """Sentences that look like ordinary prose: a capital start and a full stop end."""
        out = []
        for p in self.paragraphs():
            for s in self.sentences(p):
                body = self.text[s.start : s.end]
                if (
                    len(WORD.findall(body)) >= min_words
                    and re.match(r"[A-Z][a-z]", body)
                    and body.endswith(".")
                    and "\n" not in body
                ):
                    out.append(s)
        return out

    def words(self, span: Span) -> list[Span]:
        return [
            Span(span.start + m.start(), span.start + m.end())
            for m in WORD.finditer(self.text[span.start : span.end])
        ]

    def word(self, s: Span) -> str:
        return self.text[s.start : s.end]

    def block_of(self, pos: int) -> Span:
        """The block holding ``pos`` (the whole text when none does)."""
        return next((b for b in self.blocks() if b.start <= pos < b.end), Span(0, len(self.text)))

    def balanced(self, para: Span) -> bool:
        """True when the paragraph's quotation marks pair up (broken copy is left alone)."""
        body = self.text[para.start : para.end].replace("''", '"')
        return body.count('"') % 2 == 0 and body.count("“") == body.count("”")

    def in_quote(self, pos: int, para: Span) -> bool:
        """True when ``pos`` lies inside a quotation of ``para`` (odd count of quote marks)."""
        before = self.text[para.start : pos].replace("''", '"')
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


Planter = Callable[[Draft, random.Random], Plant | None]

FUNCTION_WORDS = word_set(
    "the a an to of in on for with at by from and or but as it its was were be been has "
    "have will would this their his her into about after over under than"
)
#: Doublings that can be legitimate English ("that that", "had had", "very very").
_LEGIT_DOUBLES = word_set("that had is do very so no bye well far many much")
DETERMINERS = ("the", "a", "an", "this", "these", "every", "several", "some", "another")
PREPOSITIONS = ("of", "to", "with", "from", "into", "for", "about", "between", "against", "by")
#: Not "her" or "his": "helping to run her." and "the choice was his." are complete sentences.
POSSESSIVES = ("their", "its", "our", "my", "your")


def plant_doubled_word(d: Draft, rng: random.Random) -> Plant | None:
    """A word typed twice: function or content word, mid-sentence, sentence-initial or across
    a line break (the slip survives proofreading because the eye skips the wrap)."""
    variant = rng.choice(["function", "function", "content", "content", "sentence-start", "wrap"])
    sents = d.prose_sentences()
    rng.shuffle(sents)
    for s in sents:
        words = d.words(s)
        para = d.block_of(s.start)
        if variant == "sentence-start":
            w = words[0]
            first = d.word(w)
            if first.lower() not in FUNCTION_WORDS:
                continue
            rep = f"{first} {first.lower()}"
            return Plant(
                "doubled-word",
                variant,
                w.start,
                w.end,
                rep,
                w.start,
                w.start + len(rep),
                f"Word doubled: '{rep}'.",
            )
        picks = [
            w
            for w in words[1:-1]
            if (d.word(w) in FUNCTION_WORDS) == (variant in ("function", "wrap"))
            and d.word(w) not in _LEGIT_DOUBLES
            and d.word(w).islower()
            and (variant != "content" or len(d.word(w)) >= 4)
            # speakers repeat words for emphasis ("a very good good quote"): not in quotations
            and not (variant == "content" and d.in_quote(w.start, para))
            and d.text[w.end] == " "
        ]
        if not picks:
            continue
        w = rng.choice(picks)
        token = d.word(w)
        sep = "\n" if variant == "wrap" else " "
        rep = f"{token}{sep}{token}"
        return Plant(
            "doubled-word",
            variant,
            w.start,
            w.end,
            rep,
            w.start,
            w.start + len(rep),
            f"Word doubled: '{token} {token}'.",
        )
    return None


def sloppy_cp1252(raw: bytes) -> str:
    """Decode like a browser told "windows-1252": bytes cp1252 leaves undefined map to latin-1."""
    return "".join(
        bytes([b]).decode("cp1252", errors="ignore") or bytes([b]).decode("latin-1") for b in raw
    )


def mojibake(s: str, codec: str) -> str:
    """Real mojibake: the UTF-8 bytes of ``s`` read back with the wrong codec."""
    raw = s.encode("utf-8")
    if codec == "sloppy-cp1252":
        return sloppy_cp1252(raw)
    if codec == "cp1252-replace":
        return raw.decode("cp1252", errors="replace")
    if codec == "double":
        return sloppy_cp1252(sloppy_cp1252(raw).encode("utf-8"))
    return raw.decode(codec)


def _mojibake_sites(d: Draft) -> list[tuple[str, Span, str]]:
    """(variant, span, clean Unicode form of the span) for every place a mojibake fits."""
    sites: list[tuple[str, Span, str]] = []
    for p in d.paragraphs():
        body = d.text[p.start : p.end]
        for m in re.finditer(r"[£€]", body):
            sites.append(("currency", Span(p.start + m.start(), p.start + m.end()), m.group()))
        for m in re.finditer(r"\b[\w-]*[àáâäçèéêëíîïñóôöúûüÀ-ÖØ-Ý][\w-]*", body):
            sites.append(("accent", Span(p.start + m.start(), p.start + m.end()), m.group()))
        for m in re.finditer(r"(?<=\w) - (?=\w)|—|–", body):
            clean = " – " if m.group() == " - " else m.group()
            sites.append(("dash", Span(p.start + m.start(), p.start + m.end()), clean))
        for m in re.finditer(r"[\"“]([^\"“”\n]{3,200})[\"”]", body):
            clean = f"“{m.group(1)}”"
            sites.append(("curly-quotes", Span(p.start + m.start(), p.start + m.end()), clean))
        for m in re.finditer(r"(?<=[a-z])['’](?=(?:s|t|re|ve|ll|d)\b)", body):
            sites.append(("apostrophe", Span(p.start + m.start(), p.start + m.end()), "’"))
    return sites


def plant_mojibake(d: Draft, rng: random.Random) -> Plant | None:
    """UTF-8 text read back as Windows-1252 or Latin-1: currency, accents, dashes, curly quotes,
    apostrophes; once in a while encoded twice, as happens when a feed is re-published."""
    sites = _mojibake_sites(d)
    if not sites:
        return None
    # Spread over variants rather than over occurrences (apostrophes would swamp the rest).
    variant = rng.choice(sorted({v for v, _, _ in sites}))
    _, span, clean = rng.choice([s for s in sites if s[0] == variant])
    codec = rng.choice(["sloppy-cp1252", "sloppy-cp1252", "cp1252-replace", "latin-1", "double"])
    if variant == "curly-quotes":
        inner = clean[1:-1]
        rep = mojibake("“", codec) + inner + mojibake("”", codec)
    else:
        rep = mojibake(clean, codec)
    if rep == clean:
        return None
    return Plant(
        "mojibake",
        f"{variant}/{codec}",
        span.start,
        span.end,
        rep,
        span.start,
        span.start + len(rep),
        f"Mojibake: {clean!r} decoded with the wrong encoding.",
    )


def pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[rng.randrange(len(options))]
