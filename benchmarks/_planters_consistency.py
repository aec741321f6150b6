"""Planters of consistency errors for ``benchmarks/plant_consistency.py``.

Each planter finds its site with regular expressions and word lists of its
own (never the rules' vocabulary) and returns a :class:`MultiPlant`: one or
more edits, one of which carries the error. Some errors need two statements
to disagree ("Prime Minister X" … "President X"): the first edit makes the
true statement (a title, nothing wrong with it), the second the false one,
and only the second is gold. Everything depends on the seed only.

Kinds (``planted``) and variants:

* ``name-hyphen``: a hyphen in a name dropped or added at one later mention;
* ``name-spacing``: two words of a name run together at one later mention;
* ``name-diacritics``: an accent added to (or dropped from) a name once;
* ``name-transposition``: two letters of a surname swapped once;
* ``name-dropped-letter``: a letter of a surname dropped (or doubled) once;
* ``name-initials``: a middle initial changed once;
* ``title-conflict``: a person titled with one office, later with another;
* ``number-conflict``: a total restated later with another value;
* ``age-conflict``: a person's age restated later with another value;
* ``headline-number``: a headline figure changed so the body contradicts it;
* ``quote-misquote``: a body quotation repeated later with a word changed,
  dropped or swapped;
* ``quote-two-speakers``: a body quotation repeated later in another named
  person's mouth;
* ``headline-name``: a name in the headline the body never mentions.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from _planters import Draft, Span, word_set

CATEGORY = ("consistency",)
#: Capitalised words that start sentences or titles, never first names.
_NOT_FIRST = word_set(
    "The A An This That These Those It He She They We I In On At For From By With Mr Mrs Ms Dr "
    "Sir Lord Lady Prime President Minister Chancellor Secretary General King Queen Prince "
    "Princess Pope Senator Sen Rep Gov Governor Mayor Judge Justice Chief Executive Labour "
    "Conservative Tory Liberal Democrat Democrats Republican Republicans But And Or So If When "
    "While After Before During Under Over Since Until As Its His Her Their Our My Your New "
    "North South East West United Great Royal National Federal State Supreme High Home "
    "Foreign Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March "
    "April May June July August September October November December Last Next Former Mrs "
    "Professor Prof Dame St Saint Fort Mount Lake Cape Port San Santa Los Las Le La El Al"
)
#: Offices one person holds one at a time, as a planter writes them.
_OFFICES = ("President", "Prime Minister", "Chancellor", "Secretary-General", "Ambassador")
_APPOSITIVES = ("the UN secretary-general", "the country's president", "the prime minister")
_ACCENTS = {"e": "é", "a": "á", "o": "ó", "u": "ü", "i": "í", "c": "ç", "n": "ñ"}
_STRIP = {v: k for k, v in _ACCENTS.items()} | {"ö": "o", "è": "e", "ë": "e", "ä": "a", "ï": "i"}
_NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
}
_INVENTED = ("Halvorsen", "Okonkwo", "Lindqvist", "Brannigan", "Castellanos", "Mbeki-Ross")
_FULL = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_TOTAL = re.compile(
    r"\b(?P<det>[Tt]he|[Aa]ll|[Ii]ts|[Tt]heir)\s+(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty)\s+(?P<noun>[a-z]{4,}s)\b(?P<of>\s+of\s+(?:the\s+)?"
    r"[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)*)?",
)
_AGE = re.compile(r"\b(?P<name>[A-Z][a-z]+),\s(?P<age>[1-9]\d),\s")
_QUOTE = re.compile(r"[“\"](?P<body>[A-Z][^“”\"\n]{30,220}?[.,!?])[”\"]")
_WORDS_TO_NUMBER = {v: k for k, v in _NUMBER_WORDS.items()}


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class MultiPlant:
    """Edits that together plant one error; ``gold`` is the edit that is wrong and
    ``gold_span`` the gold item's span inside that edit's replacement."""

    kind: str
    variant: str
    edits: tuple[Edit, ...]
    gold: int
    gold_span: tuple[int, int]
    why: str


def _occurrences(d: Draft, word: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", d.text))


def _in_quote(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


def _body_start(d: Draft) -> int:
    blocks = d.blocks()
    return blocks[1].start if len(blocks) > 1 else 0


def _is_person(text: str, surname: str) -> bool:
    """True when the copy treats ``surname`` as a person's: "Mr X", "X said", "said X", "X, 45,"."""
    name = re.escape(surname)
    return bool(
        re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? {name}\b", text)
        or re.search(rf"\b{name},? (?:said|says|told|added|argued|explained)\b", text)
        or re.search(rf"\b(?:said|says|told|added)(?: [A-Z][a-z]+)? {name}\b", text)
        or re.search(rf"\b{name}, \d\d,", text)
    )


def _people(d: Draft) -> list[tuple[str, str, int]]:
    """(first name, surname, offset of the first full mention) of people named in full and again."""
    seen: dict[str, tuple[str, str, int]] = {}
    start = _body_start(d)
    for m in _FULL.finditer(d.text, start):
        first, last = m.group(1), m.group(2)
        if first in _NOT_FIRST or last in _NOT_FIRST or len(last.replace("-", "")) < 5:
            continue
        if d.text[m.end() : m.end() + 1] == "-" or d.text[max(0, m.start() - 1) : m.start()] == "-":
            continue
        if re.match(r"\s+[A-Z]", d.text[m.end() : m.end() + 2]):
            continue  # part of a longer name ("China Construction Bank")
        if last not in seen and _is_person(d.text, last):
            seen[last] = (first, last, m.start())
    out = []
    for last, (first, _, pos) in seen.items():
        later = [o for o in _occurrences(d, last) if o.start() > pos + len(first) + 1]
        if later:
            out.append((first, last, pos))
    return out


def _later(d: Draft, surname: str, after: int) -> list[re.Match[str]]:
    """Later mentions of a surname, outside quotations, in paragraphs no plant has used."""
    return [
        o
        for o in _occurrences(d, surname)
        if o.start() > after
        and not _in_quote(d.text, o.start())
        and d.free(Span(o.start(), o.end()))
    ]


def _name_plant(d: Draft, rng: random.Random, kind: str) -> MultiPlant | None:
    people = _people(d)
    rng.shuffle(people)
    for first, last, pos in people:
        later = _later(d, last, pos + len(first) + len(last) + 1)
        if not later:
            continue
        variant = kind.removeprefix("name-")
        if kind == "name-hyphen" and "-" not in last:
            # "Robert Kilroy Silk" against "Robert Kilroy-Silk": a later full mention hyphenated.
            full = [
                o
                for o in re.finditer(rf"\b{first} {last}\b", d.text)
                if o.start() > pos and d.free(Span(o.start(), o.end()))
            ]
            if not full:
                continue
            o = rng.choice(full)
            new = f"{first}-{last}"
            return MultiPlant(
                kind,
                "added",
                (Edit(o.start(), o.end(), new),),
                0,
                (0, len(new)),
                f"{first} {last} is written {new!r} here.",
            )
        o = rng.choice(later)
        new = _respell(last, kind, rng)
        if new is None or new == last:
            continue
        return MultiPlant(
            kind,
            variant,
            (Edit(o.start(), o.end(), new),),
            0,
            (0, len(new)),
            f"The name {last!r} is written {new!r} here ({variant}).",
        )
    return None


def _respell(name: str, kind: str, rng: random.Random) -> str | None:
    core = name
    if kind == "name-hyphen":
        if "-" in core:
            return core.replace("-", " ", 1)
        return None
    if kind == "name-spacing":
        if "-" in core:
            return core.replace("-", "", 1)
        inner = [i for i in range(2, len(core) - 2) if core[i].isupper()]
        if inner:
            return core[: inner[0]] + " " + core[inner[0] :]
        return None
    if kind == "name-diacritics":
        letters = [i for i, c in enumerate(core) if i > 0 and c in _ACCENTS]
        stripped = [i for i, c in enumerate(core) if c in _STRIP]
        if stripped:
            i = rng.choice(stripped)
            return core[:i] + _STRIP[core[i]] + core[i + 1 :]
        if not letters:
            return None
        i = rng.choice(letters)
        return core[:i] + _ACCENTS[core[i]] + core[i + 1 :]
    if kind == "name-transposition":
        spots = [
            i
            for i in range(1, len(core) - 2)
            if core[i] != core[i + 1] and core[i + 1] != "-" and core[i] != "-"
        ]
        if not spots:
            return None
        i = rng.choice(spots)
        return core[:i] + core[i + 1] + core[i] + core[i + 2 :]
    if kind == "name-dropped-letter":
        spots = [i for i in range(1, len(core) - 1) if core[i] != "-" and core[i - 1] != "-"]
        if not spots:
            return None
        i = rng.choice(spots)
        if rng.random() < 0.3:
            return core[:i] + core[i] + core[i:]  # a doubled letter
        return core[:i] + core[i + 1 :]
    return None


def _join_plant(d: Draft, rng: random.Random) -> MultiPlant | None:
    """ "Time Warner" written "TimeWarner" once: a repeated two-word name run together."""
    pairs: dict[str, list[re.Match[str]]] = {}
    for m in re.finditer(
        r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b",
        d.text,
    ):
        if m.group(1) in _NOT_FIRST or m.group(2) in _NOT_FIRST:
            continue
        pairs.setdefault(m.group(0), []).append(m)
    sites = [v for v in pairs.values() if len(v) >= 2]
    rng.shuffle(sites)
    for found in sites:
        later = [
            o
            for o in found[1:]
            if d.free(Span(o.start(), o.end())) and not _in_quote(d.text, o.start())
        ]
        if not later:
            continue
        o = rng.choice(later)
        new = o.group(0).replace(" ", "")
        return MultiPlant(
            "name-spacing",
            "joined",
            (Edit(o.start(), o.end(), new),),
            0,
            (0, len(new)),
            f"{o.group(0)!r} is written {new!r} here.",
        )
    return None


def plant_name(kind: str) -> object:
    def planter(d: Draft, rng: random.Random) -> MultiPlant | None:
        found = _name_plant(d, rng, kind)
        if found is None and kind == "name-spacing":
            return _join_plant(d, rng)
        return found

    planter.__name__ = f"plant_{kind.replace('-', '_')}"
    return planter


def plant_name_initials(d: Draft, rng: random.Random) -> MultiPlant | None:
    """A middle initial changed, or given twice to one person and differently."""
    initials = re.compile(r"\b([A-Z][a-z]+) ([A-Z])\. ([A-Z][a-z]{3,})\b")
    for m in initials.finditer(d.text, _body_start(d)):
        first, initial, last = m.groups()
        if first in _NOT_FIRST:
            continue
        for o in re.finditer(rf"\b{first} (?:[A-Z]\. )?{last}\b", d.text):
            if (
                o.start() <= m.start()
                or not d.free(Span(o.start(), o.end()))
                or _in_quote(d.text, o.start())
            ):
                continue
            other = rng.choice([c for c in "BDEGHJKLMPRST" if c != initial])
            new = f"{first} {other}. {last}"
            return MultiPlant(
                "name-initials",
                "changed",
                (Edit(o.start(), o.end(), new),),
                0,
                (0, len(new)),
                f"Middle initial {other}. disagrees with {initial}.",
            )
    # No initials in the copy: give a person one at the first full mention, another later.
    for first, last, pos in _people(d):
        later = [o for o in re.finditer(rf"\b{first} {last}\b", d.text) if o.start() > pos]
        later = [
            o
            for o in later
            if d.free(Span(o.start(), o.end())) and not _in_quote(d.text, o.start())
        ]
        if not later:
            continue
        a, b = rng.sample("BDEGHJKLMPRST", 2)
        o = later[0]
        new = f"{first} {b}. {last}"
        return MultiPlant(
            "name-initials",
            "added",
            (
                Edit(pos, pos + len(first) + 1 + len(last), f"{first} {a}. {last}"),
                Edit(o.start(), o.end(), new),
            ),
            1,
            (0, len(new)),
            f"Middle initial {b}. disagrees with {a}.",
        )
    return None


def plant_title_conflict(d: Draft, rng: random.Random) -> MultiPlant | None:
    people = _people(d)
    rng.shuffle(people)
    for first, last, pos in people:
        later = _later(d, last, pos + len(first) + len(last) + 1)
        if not later:
            continue
        before = d.text[max(0, pos - 30) : pos]
        if re.search(r"[A-Z][a-z]+\s+$", before):
            continue  # already titled, or part of a longer name
        a, b = rng.sample(_OFFICES, 2)
        o = rng.choice(later)
        honorific = re.search(
            r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+$", d.text[max(0, o.start() - 5) : o.start()]
        )
        start = o.start() - (len(honorific.group(0)) if honorific else 0)
        if rng.random() < 0.5:
            rep = f"{b} {last}"
            variant = "title"
            app = ""
            second = Edit(start, o.end(), rep)
        else:
            if d.text[o.end() : o.end() + 1] in (",", ".", "’", "'"):
                continue
            app = rng.choice([x for x in _APPOSITIVES if a.lower() not in x] or _APPOSITIVES)
            rep = f"{last}, {app},"
            variant = "appositive"
            second = Edit(o.start(), o.end(), rep)
        gold = (0, len(rep))
        first_edit = Edit(pos, pos, f"{a} ")
        return MultiPlant(
            "title-conflict",
            variant,
            (first_edit, second),
            1,
            gold,
            f"{first} {last} is {a} at first mention and {b if variant == 'title' else app} here.",
        )
    return None


def _number_text(n: int, words: bool) -> str:
    return _NUMBER_WORDS.get(n, str(n)) if words else str(n)


def plant_number_conflict(d: Draft, rng: random.Random) -> MultiPlant | None:
    start = _body_start(d)
    sites = [m for m in _TOTAL.finditer(d.text, start) if not _in_quote(d.text, m.start())]
    rng.shuffle(sites)
    paras = d.paragraphs()
    for m in sites:
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else _WORDS_TO_NUMBER.get(raw, 0)
        if n < 2:
            continue
        later = [p for p in paras if p.start > m.end()]
        if not later:
            continue
        para = rng.choice(later)
        delta = rng.choice([-1, 1, 2, -2]) if n > 3 else rng.choice([1, 2])
        value = _number_text(n + delta, words=not raw.isdigit() and rng.random() < 0.5)
        noun, of = m.group("noun"), (m.group("of") or "")
        template = rng.choice(
            (
                "All {v} {noun}{of} were named in the report.",
                "The {v} {noun}{of} were named in the report.",
                "Each of the {v} {noun}{of} was named in the report.",
            )
        )
        sentence = template.format(v=value, noun=noun, of=of)
        sentence = sentence[0].upper() + sentence[1:]
        rep = " " + sentence
        i = rep.index(value)
        return MultiPlant(
            "number-conflict",
            "restated",
            (Edit(para.end, para.end, rep),),
            0,
            (i, i + len(value)),
            f"{n} {noun}{of} restated as {value}.",
        )
    return None


def plant_age_conflict(d: Draft, rng: random.Random) -> MultiPlant | None:
    for m in _AGE.finditer(d.text, _body_start(d)):
        name, age = m.group("name"), int(m.group("age"))
        later = _later(d, name, m.end())
        later = [o for o in later if d.text[o.end() : o.end() + 1] not in (",", "’", "'", "-")]
        if not later:
            continue
        o = rng.choice(later)
        new = age + rng.choice([1, -1, 2])
        if rng.random() < 0.5:
            rep = f"{name}, {new},"
            gold = (len(name) + 2, len(name) + 2 + len(str(new)))
            variant = "appositive"
        else:
            rep = f"the {new}-year-old {name}"
            gold = (4, 4 + len(str(new)))
            variant = "year-old"
            if o.start() == 0 or d.text[o.start() - 2 : o.start()].strip() in (".", ""):
                rep = rep[0].upper() + rep[1:]
            if re.search(r"\b(?:Mr|Mrs|Ms|Dr)\s+$", d.text[max(0, o.start() - 5) : o.start()]):
                continue
        return MultiPlant(
            "age-conflict",
            variant,
            (Edit(o.start(), o.end(), rep),),
            0,
            gold,
            f"{name} is {age} earlier and {new} here.",
        )
    return None


def plant_headline_number(d: Draft, rng: random.Random) -> MultiPlant | None:
    blocks = d.blocks()
    if len(blocks) < 2:
        return None
    head = blocks[0]
    for m in re.finditer(
        r"(?<![\w.,$£€-])([$£€]?)(\d{1,3}(?:,\d{3})*(?:\.\d+)?)([mbnk%]*)(?![\w.,])",
        d.text[head.start : head.end],
    ):
        digits = m.group(2).replace(",", "")
        if re.fullmatch(r"(?:19|20)\d\d", digits):
            continue
        before = d.text[head.start : head.start + m.start()].lower()
        after = d.text[head.start + m.end() : head.start + m.end() + 2]
        # Approximations hold other values by design; scores and names are no figures.
        if re.search(
            r"(?:more than|over|at least|up to|about|around|nearly|almost|under)\s*$", before
        ):
            continue
        if after.startswith("-") or before.endswith("-"):
            continue
        value = float(digits)
        if value < 2:
            continue
        factor = rng.choice([1.5, 2.0, 0.5, 3.0])
        new = value * factor
        text = (
            f"{new:.1f}"
            if "." in digits
            else f"{round(new):,}"
            if "," in m.group(2)
            else str(round(new))
        )
        if text == m.group(2):
            continue
        s = head.start + m.start(2)
        return MultiPlant(
            "headline-number",
            "changed",
            (Edit(s, s + len(m.group(2)), text),),
            0,
            (0, len(text)),
            f"The headline says {text} where the story says {m.group(2)}.",
        )
    return None


def plant_headline_name(d: Draft, rng: random.Random) -> MultiPlant | None:
    blocks = d.blocks()
    if len(blocks) < 2:
        return None
    head = blocks[0]
    body = d.text[blocks[1].start :]
    name = rng.choice([n for n in _INVENTED if n not in d.text])
    line = d.text[head.start : head.end]
    for m in re.finditer(
        r"(?<![\w'’‘-] )(?<![\w'’‘-])\b[A-Z][a-z]{3,}\b(?! [A-Z])(?![\w'’-])", line
    ):
        if m.start() == 0 or m.group(0) in _NOT_FIRST or _in_quote(line, m.start()):
            continue
        if re.search(r"[A-Z]\w*\s$", line[: m.start()]) or "'" in line[: m.start()]:
            continue
        if m.group(0) not in body:
            continue
        s = head.start + m.start()
        rep = f"{rng.choice(['Anna', 'Tomas', 'Ingrid', 'David'])} {name}"
        return MultiPlant(
            "headline-name",
            "replaced",
            (Edit(s, s + len(m.group(0)), rep),),
            0,
            (0, len(rep)),
            f"The headline names {rep}, whom the story never mentions.",
        )
    words = d.text[head.start : head.end].split()
    if len(words) < 3:
        return None
    rep = f"{name} says {d.text[head.start : head.end]}"
    return MultiPlant(
        "headline-name",
        "added",
        (Edit(head.start, head.end, rep),),
        0,
        (0, len(name)),
        f"The headline names {name}, whom the story never mentions.",
    )


def _alter_quote(words: list[str], rng: random.Random) -> tuple[list[str], str]:
    out = list(words)
    choice = rng.choice(["drop", "change", "swap"])
    i = rng.randrange(1, len(out) - 1)
    if choice == "drop":
        del out[i]
    elif choice == "swap":
        out[i], out[i + 1] = out[i + 1], out[i]
        if out == words:
            del out[i]
            choice = "drop"
    else:
        subs = {
            "will": "would",
            "would": "will",
            "is": "was",
            "was": "is",
            "can": "could",
            "not": "never",
            "very": "really",
            "the": "this",
            "a": "one",
            "we": "they",
            "our": "their",
            "have": "had",
            "has": "had",
            "are": "were",
            "all": "many",
        }
        spots = [j for j, w in enumerate(out) if w.lower() in subs]
        if spots:
            j = rng.choice(spots)
            w = out[j]
            new = subs[w.lower()]
            out[j] = new.capitalize() if w[0].isupper() else new
        else:
            del out[i]
            choice = "drop"
    return out, choice


def plant_quote_conflict(d: Draft, rng: random.Random, kind: str) -> MultiPlant | None:
    start = _body_start(d)
    quotes = [
        m
        for m in _QUOTE.finditer(d.text, start)
        if len(m.group("body").split()) >= 7 and not re.search(r"\[|\.\.\.|…|—|\(", m.group(0))
    ]
    if not quotes:
        return None
    m = rng.choice(quotes)
    paras = [p for p in d.paragraphs() if p.start > m.end()]
    if not paras:
        return None
    para = rng.choice(paras)
    body = m.group("body").rstrip(".,!?")
    open_mark, close_mark = ("“", "”") if "“" in m.group(0) else ('"', '"')
    if kind == "quote-misquote":
        words, how = _alter_quote(body.split(), rng)
        quote = f"{open_mark}{' '.join(words)}.{close_mark}"
        rep = f" Later the same day came the line again: {quote}"
        i = rep.index(open_mark)
        return MultiPlant(
            kind,
            how,
            (Edit(para.end, para.end, rep),),
            0,
            (i, i + len(quote)),
            "A quotation of the article repeated with other words.",
        )
    around = d.text[max(0, m.start() - 150) : m.end() + 100]
    # Not the speaker of the original: nobody named right around it.
    others = [p for p in _people(d) if p[1] not in around]
    if not others:
        return None
    first, last, _ = rng.choice(others)
    quote = f"{open_mark}{body}.{close_mark}"
    rep = f"\n\n{first} {last} said: {quote}"
    return MultiPlant(
        kind,
        "named",
        (Edit(para.end, para.end, rep),),
        0,
        (2, len(rep)),
        "The same quotation given to a second speaker.",
    )
