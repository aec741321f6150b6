"""Planters that need a little linguistics: pronouns, dates and quotations.

Why heuristics and not the parser: the gold must be right for every seed and must
not move when the shipped model is retrained, so each planter only acts where a
surface pattern makes the error unambiguous (one gender in the paragraph, no other
name between a pronoun and its antecedent, a full date with a year...). Sites that
are not clear-cut are skipped: it is a benchmark, a wrong gold item costs more
than a missing one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import random
import re
from collections import Counter

from _planters import Draft, Plant, Span, pick, word_set

_PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_MALE = re.compile(
    r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|Mr|Sir|Lord|King|Prince|man|father|son|brother|husband|boy|"
    r"actor|chairman|spokesman|businessman|sportsman|king|prince|uncle|nephew)\b",
)
_FEMALE = re.compile(
    r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself|Mrs|Ms|Miss|Lady|Dame|Queen|Princess|woman|mother|daughter|"
    r"sister|wife|girl|actress|chairwoman|spokeswoman|businesswoman|sportswoman|queen|"
    r"princess|aunt|niece|widow)\b",
)
_TO_FEMALE = {"he": "she", "him": "her", "his": "her", "himself": "herself"}
_OBJECT_CONTEXT = word_set(
    "to and or in on at for with that as from by the a an of about after before when if "
    "but because so into up out back"
)


def _keep_case(src: str, rep: str) -> str:
    return rep.capitalize() if src[0].isupper() else rep


def _flip(word: str, next_text: str) -> str:
    low = word.lower()
    if low in _TO_FEMALE:
        return _keep_case(word, _TO_FEMALE[low])
    if low == "she":
        return _keep_case(word, "he")
    if low == "herself":
        return _keep_case(word, "himself")
    if low == "hers":
        return _keep_case(word, "his")
    # "her" before a word that is not a function word is a determiner: "her 2014 campaign"
    nxt = re.match(r"\s+(\w[\w-]*)", next_text)
    possessive = nxt is not None and nxt.group(1).lower() not in _OBJECT_CONTEXT
    return _keep_case(word, "his" if possessive else "him")


def plant_gender_flip(d: Draft, rng: random.Random) -> Plant | None:
    """Flip one pronoun's gender where the paragraph has one gender only and the nearest
    earlier pronoun of that gender, with no capitalised word in between, fixes its referent."""
    paras = d.paragraphs()
    rng.shuffle(paras)
    for p in paras:
        body = d.text[p.start : p.end]
        male, female = bool(_MALE.search(body)), bool(_FEMALE.search(body))
        if male == female or not d.balanced(p):
            continue
        found = [m for m in _PRONOUN.finditer(body) if not d.in_quote(p.start + m.start(), p)]
        pairs = [
            (q, m)
            for q, m in itertools.pairwise(found)
            if not re.search(r"\b[A-Z]", body[q.end() : m.start()])
            and not re.search(r"[\"“”]", body[q.end() : m.start()])
        ]
        if not pairs:
            continue
        q, m = rng.choice(pairs)
        word = m.group()
        rep = _flip(word, body[m.end() :])
        start = p.start + m.start()
        return Plant(
            "gender-flip",
            f"{'m2f' if male else 'f2m'}/{word.lower()}",
            start,
            start + len(word),
            rep,
            start,
            start + len(rep),
            f"'{rep}' contradicts '{q.group()}' used for the same person just before.",
        )
    return None


def _country_names() -> list[str]:
    """Country names (pycountry's short names plus common newsroom forms)."""
    names = {
        "Britain",
        "the UK",
        "the US",
        "America",
        "Russia",
        "Iran",
        "Syria",
        "South Korea",
        "North Korea",
        "Venezuela",
        "Vietnam",
        "Taiwan",
        "Bolivia",
        "Tanzania",
    }
    try:
        import pycountry

        for c in pycountry.countries:
            name = getattr(c, "common_name", None) or c.name
            if "," not in name and "(" not in name:
                names.add(name)
    except ImportError:  # pragma: no cover - pycountry is a project dependency
        pass
    return sorted(names, key=len, reverse=True)


_ORG_NOUNS = (
    "firm|company|group|bank|government|party|club|council|team|committee|ministry|union|"
    "board|agency|network|airline|retailer|broadcaster|regulator|league|watchdog|studio|channel"
)
_COMPANY = r"[A-Z][\w&]+(?: [A-Z][\w&]+)* (?:plc|Inc|Ltd|Group|Corp|Corporation|Holdings|Airways)"
_SPEECH = r"(?:said|says|added|warned|announced|claimed|insisted|believes|hopes|expects|admitted)"
_MODAL = r"(?:would|will|had|has|was|is|could|may|might|should|did|does|planned|wanted|expected)"


def plant_country_he(d: Draft, rng: random.Random) -> Plant | None:
    """Call a country or organisation "he"/"his": replace "its", or "it" after a speech verb,
    where the organisation is the first name of the sentence and no person is mentioned in it
    or in the sentence before."""
    countries = _country_names()
    org = re.compile(
        rf"(?:\b(?:the|The) (?:{_ORG_NOUNS})\b|{_COMPANY}|\b(?:"
        + "|".join(re.escape(n) for n in countries)
        + r")\b)"
    )
    paras = d.paragraphs()
    sites: list[tuple[str, Span, str, str]] = []
    for p in paras:
        if not d.balanced(p):
            continue
        sents = d.sentences(p)
        for i, s in enumerate(sents):
            body = d.text[s.start : s.end]
            context = body + (d.text[sents[i - 1].start : sents[i - 1].end] if i else "")
            if _PRONOUN.search(context) or re.search(r"\b(?:Mr|Mrs|Ms|Dr|Sir)\b", context):
                continue
            o = org.search(body)
            # the organisation must be the first thing named in the sentence
            if not o or re.search(r"(?<!^)\b[A-Z]", body[: o.start()]):
                continue
            kind = "country" if o.group() in countries else "org"
            rest = body[o.end() :]
            m = re.search(rf"\b(its)\b|\b{_SPEECH} (?:that )?(it)(?= {_MODAL}\b)", rest)
            if not m:
                continue
            group = 1 if m.group(1) else 2
            at = s.start + o.end() + m.start(group)
            if re.search(r"\b[A-Z]", rest[: m.start()]) or d.in_quote(at, p):
                continue
            word = m.group(group)
            sites.append((f"{kind}/{word}", Span(at, at + len(word)), word, o.group()))
    if not sites:
        return None
    variant, span, word, antecedent = rng.choice(sites)
    rep = "his" if word == "its" else "he"
    return Plant(
        "country-he",
        variant,
        span.start,
        span.end,
        rep,
        span.start,
        span.start + len(rep),
        f"'{rep}' refers to {antecedent}, which is not a person.",
    )


_MONTHS = tuple(calendar.month_name)[1:]
_MONTH = "|".join(_MONTHS)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(st|nd|rd|th)? ({_MONTH})\b(,? (\d{{4}}))?")
_MONTH_DAY = re.compile(rf"\b({_MONTH}) (\d{{1,2}})(st|nd|rd|th)?\b(,? (\d{{4}}))?")
_WEEKDAYS = tuple(calendar.day_name)
_ON_WEEKDAY = re.compile(
    rf"\bon ({'|'.join(_WEEKDAYS)})\b(?!['’]| (?i:night|morning|afternoon|evening)\b)"
)


def _impossible(rng: random.Random, year: int | None) -> tuple[int, str]:
    """A (day, month) that does not exist, including 29 February of a common year."""
    options: list[tuple[int, str]] = [(31, m) for m in ("April", "June", "September", "November")]
    options += [(30, "February"), (31, "February")]
    if year is not None and not calendar.isleap(year):
        options.append((29, "February"))
    return options[rng.randrange(len(options))]


def plant_impossible_date(d: Draft, rng: random.Random) -> Plant | None:
    """Give an existing date an impossible day/month, keeping its format; else turn an
    "on Tuesday" into "on 31 June"-style date."""
    paras = d.paragraphs()
    rng.shuffle(paras)
    for p in paras:
        body = d.text[p.start : p.end]
        for rx, order in ((_DAY_MONTH, "day-month"), (_MONTH_DAY, "month-day")):
            for m in rx.finditer(body):
                year = int(m.group(5)) if m.group(5) else None
                day, month = _impossible(rng, year)
                suffix = m.group(2) if order == "day-month" else m.group(3)
                ordinal = {29: "th", 30: "th", 31: "st"}[day] if suffix else ""
                core = (
                    f"{day}{ordinal} {month}"
                    if order == "day-month"
                    else (f"{month} {day}{ordinal}")
                )
                rep = core + (m.group(4) or "")
                start = p.start + m.start()
                return Plant(
                    "impossible-date",
                    f"{order}{'/29feb' if day == 29 else ''}",
                    start,
                    p.start + m.end(),
                    rep,
                    start,
                    start + len(core),
                    f"{core}: a date that does not exist.",
                )
        w = _ON_WEEKDAY.search(body)
        if w:
            day, month = _impossible(rng, None)
            core = pick(rng, (f"{day} {month}", f"{month} {day}"))
            start = p.start + w.start(1)
            return Plant(
                "impossible-date",
                "replaced-weekday",
                start,
                p.start + w.end(),
                core,
                start,
                start + len(core),
                f"{core}: a date that does not exist.",
            )
    return None


def _story_year(text: str) -> int | None:
    """The year the article mentions most (latest on a tie): the likeliest year of its news."""
    years = Counter(int(y) for y in re.findall(r"\b(19[89]\d|20[0-3]\d)\b", text))
    return max(years, key=lambda y: (years[y], y)) if years else None


def plant_weekday_mismatch(d: Draft, rng: random.Random) -> Plant | None:
    """A weekday that does not match its date: a wrong weekday put before a full date of the
    article, or an "on Monday" given a full date that fell on another day."""
    paras = d.paragraphs()
    rng.shuffle(paras)
    story_year = _story_year(d.text)
    for p in paras:
        body = d.text[p.start : p.end]
        for rx, us in ((_DAY_MONTH, False), (_MONTH_DAY, True)):
            for m in rx.finditer(body):
                if not m.group(5):
                    continue
                month = m.group(3) if not us else m.group(1)
                day = int(m.group(1) if not us else m.group(2))
                try:
                    real = dt.date(int(m.group(5)), _MONTHS.index(month) + 1, day)
                except ValueError:
                    continue
                wrong = _WEEKDAYS[(real.weekday() + rng.randint(1, 6)) % 7]
                pre = re.search(rf"({'|'.join(_WEEKDAYS)}),? $", body[: m.start()])
                start = p.start + (pre.start() if pre else m.start())
                old = d.text[start : p.start + m.start()]
                sep = pick(rng, (", ", " ")) if not pre else old[len(pre.group(1)) :]
                rep = f"{wrong}{sep}{body[m.start() : m.end()]}"
                return Plant(
                    "weekday-mismatch",
                    "changed" if pre else "inserted",
                    start,
                    p.start + m.end(),
                    rep,
                    start,
                    start + len(rep),
                    f"{real.day} {month} {real.year} was a {_WEEKDAYS[real.weekday()]},"
                    f" not a {wrong}.",
                )
        w = _ON_WEEKDAY.search(body)
        if w:
            wrong = w.group(1)
            year = story_year or rng.choice((2004, 2005))
            while True:
                real = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
                if _WEEKDAYS[real.weekday()] != wrong:
                    break
            month = _MONTHS[real.month - 1]
            date = pick(rng, (f"{real.day} {month} {year}", f"{month} {real.day}, {year}"))
            rep = f"{wrong}{pick(rng, (', ', ' '))}{date}"
            start = p.start + w.start(1)
            return Plant(
                "weekday-mismatch",
                "dated-weekday",
                start,
                p.start + w.end(),
                rep,
                start,
                start + len(rep),
                f"{real.day} {month} {year} was a {_WEEKDAYS[real.weekday()]}, not a {wrong}.",
            )
    return None
