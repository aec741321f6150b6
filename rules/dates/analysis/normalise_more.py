"""Values for the less common kinds: units relative to the anchor, anaphors, spans, eras.

Split from :mod:`.normalise` to keep each module short: :func:`.normalise.normalise`
dispatches here for these kinds, and both build their values with :mod:`.values`,
so the import goes one way only. The same conventions apply (TIMEX3 values, ``X``
for what the missing anchor would have told).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter
from factcheck_rules.dates.analysis.clause import FUTURE, PAST
from factcheck_rules.dates.analysis.extract import TemporalExpression
from factcheck_rules.dates.analysis.patterns import DAYPARTS, ORDINALS, SEASONS
from factcheck_rules.dates.analysis.values import (
    DATE,
    DURATION,
    TIME,
    Value,
    at_unit,
    day_value,
    duration_code,
    modifier,
    number,
    resolve_weekday,
    shift,
    unknown_value,
    year_value,
)

from factcheck.language.calendar import WEEKDAY_NUMBERS
from factcheck.language.numerals import DECADES

_VAGUE = frozenset({"a few", "several", "many", "some", "few"})


def normalise_other(
    mention: TemporalExpression, anchor: dt.date | None, tense: str, reference: dt.date | None
) -> Value:
    """Values for every kind :func:`normalise` does not handle itself."""
    p = mention.parts
    kind = mention.kind
    if kind == "relunit":
        return _relunit(mention, anchor, tense)
    if kind == "yearadj":
        if anchor is None:
            return unknown_value(mention, "XXXX")
        word = p["ya"].lower()
        year = anchor.year - (0 if word.endswith("end") else 1)
        return year_value(year, mention, False, relative=True)
    if kind == "anaphor":
        return _anaphor(mention, anchor, reference)
    if kind == "ago":
        n = number(p["n"])
        unit = p["unit"].lower()
        if n is None or p["n"].lower() in _VAGUE:
            return Value("PAST_REF", DATE, relative=True, anchored=anchor is not None)
        if anchor is None:
            return Value("XXXX", DATE, relative=True, anchored=False, amount=n)
        d = shift(anchor, unit, -int(n))
        v = at_unit(d, unit if unit not in ("decade", "century", "centurie") else "year", mention)
        return Value(
            v.value,
            v.timex_type,
            v.first,
            v.last,
            True,
            True,
            "APPROX"
            if re.match(r"(?i)about|almost|nearly|some|around|roughly", mention.text)
            else "",
            amount=n,
            year=d.year,
        )
    if kind == "age":
        n = number(p["n"])
        return Value(duration_code(n, "year"), DURATION, amount=n)
    if kind == "duration":
        unit = p["unit"].lower()
        if p.get("rel", "").lower() == "recent":
            return Value("PAST_REF", DATE, relative=True)
        n = number(p["n"]) if "n" in p else None
        if "n" in p and p["n"].lower() in _VAGUE:
            n = None
        return Value(duration_code(n, unit), DURATION, amount=n)
    if kind == "time":
        return _time(mention, anchor, tense)
    if kind == "ref":
        ref = p["ref"].lower()
        if "future" in ref or "term" in ref:
            return Value("FUTURE_REF", DATE, relative=True)
        if ref in ("recently", "recent", "the past"):
            return Value("PAST_REF", DATE, relative=True)
        return Value("PRESENT_REF", DATE, relative=True)
    if kind == "decade":
        return _decade(mention, anchor)
    if kind == "century":
        raw = p["cen"].lower()
        n = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw) or 0)
        return Value(
            f"{n - 1:02d}",
            DATE,
            dt.date(max(1, (n - 1) * 100), 1, 1),
            dt.date((n - 1) * 100 + 99, 12, 31),
            mod=modifier(mention.text),
        )
    if kind in ("quarter", "half"):
        return _quarter(mention, anchor, tense)
    if kind == "season":
        return _season(mention, anchor, tense)
    if kind == "holiday":
        return _holiday(mention, anchor, tense)
    return Value("", DATE, relative=True, anchored=False)


def _relunit(mention: TemporalExpression, anchor: dt.date | None, tense: str) -> Value:
    p = mention.parts
    unit = p["unit"].lower()
    rel = p.get("rel", "this").lower()
    text = mention.text.lower()
    if rel in ("past", "coming") or (text.startswith("the ") and rel in ("last", "next")):
        return Value(duration_code(1, unit), DURATION, relative=True, amount=1)
    if anchor is None:
        return unknown_value(
            mention,
            {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(unit, "XXXX"),
        )
    step = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "weekend" and rel in ("the", "this") and tense == PAST and anchor.weekday() < 5:
        step = -1  # "at the weekend" in Monday's paper: the one just gone
    d = shift(anchor, unit if unit != "weekend" else "week", step)
    return at_unit(d, unit, mention)


def _anaphor(
    mention: TemporalExpression, anchor: dt.date | None, reference: dt.date | None
) -> Value:
    p = mention.parts
    unit = p["unit"].lower()
    base = reference or anchor
    direction = p.get("dir", "").lower()
    rel = p.get("rel", "").lower()
    n = number(p["n"]) if "n" in p else 1.0
    if n is None:
        n = 1.0
    if rel in ("previous",) or direction in ("before", "earlier"):
        step = -int(n)
    elif rel in ("following", "next") or direction in ("after", "later"):
        step = int(n)
    else:
        step = 0
    if base is None:
        return unknown_value(mention, "XXXX-XX-XX" if unit in ("day",) else "XXXX")
    if unit in DAYPARTS:
        return day_value(base + dt.timedelta(days=step), mention, part=unit)
    return at_unit(shift(base, unit, step), unit, mention)


def _time(mention: TemporalExpression, anchor: dt.date | None, tense: str) -> Value:
    p = mention.parts
    if "named" in p:
        hour, minute = (0, 0) if p["named"].lower() == "midnight" else (12, 0)
    else:
        hour, minute = int(p["h"]), int(p.get("mi") or 0)
        ampm = p.get("ampm", "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if anchor is None:
        return Value("XXXX-XX-XX" + clock, TIME, relative=True, anchored=False)
    d = anchor
    if "wd" in p:
        d = resolve_weekday(anchor, WEEKDAY_NUMBERS[p["wd"].lower()], tense)
    return Value(d.isoformat() + clock, TIME, d, d, True, True)


def _decade(mention: TemporalExpression, anchor: dt.date | None) -> Value:
    p = mention.parts
    if "decw" in p:
        tens = DECADES[p["decw"].lower()]
        century = 19
    else:
        digits = re.sub(r"\D", "", p["dec"])
        if len(digits) == 4:
            century, tens = int(digits[:2]), int(digits[2])
        else:
            tens = int(digits[0])
            current = (anchor.year if anchor else 2000) % 100
            century = 20 if anchor and anchor.year >= 2000 and tens * 10 <= current else 19
    start = century * 100 + tens * 10
    return Value(
        f"{start // 10}X",
        DATE,
        dt.date(start, 1, 1),
        dt.date(start + 9, 12, 31),
        mod=modifier(re.sub(r"^the\s+", "", mention.text.lower())),
    )


def _quarter(mention: TemporalExpression, anchor: dt.date | None, tense: str) -> Value:
    p = mention.parts
    text = mention.text.lower()
    half = mention.kind == "half"
    raw = (p.get("q") or p.get("h") or "").lower()
    n = ORDINALS.get(raw) or (int(raw[0]) if raw[:1].isdigit() else None)
    if half and n is not None:
        n = 2 if raw in ("second", "last") else 1
    year = int(p["y"]) if "y" in p else None
    if year is None and anchor is None:
        return unknown_value(mention, "XXXX-" + ("H" if half else "Q") + (str(n) if n else "X"))
    if year is None:
        assert anchor is not None
        current = (anchor.month - 1) // 3 + 1
        if n is None:
            n = current if "current" in text else (current - 2) % 4 + 1
            year = anchor.year if "current" in text or current > 1 else anchor.year - 1
        else:
            year = anchor.year if n <= current or tense == FUTURE else anchor.year - 1
        if "year-ago" in text or "year-earlier" in text:
            year -= 1
    code = f"H{n}" if half else f"Q{n}"
    return Value(
        f"{year:04d}-{code}", DATE, relative="y" not in p, year_explicit="y" in p, year=year
    )


def _season(mention: TemporalExpression, anchor: dt.date | None, tense: str) -> Value:
    p = mention.parts
    code = SEASONS[p["season"].lower()]
    if "y" in p:
        return Value(f"{p['y']}-{code}", DATE, year_explicit=True, year=int(p["y"]))
    if anchor is None:
        return unknown_value(mention, f"XXXX-{code}")
    rel = p.get("rel", "").lower()
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = anchor.year
    if (
        rel.endswith("last")
        or rel == "this past"
        or (not rel and tense == PAST and start_month > anchor.month)
    ):
        year -= 1 if start_month >= anchor.month or rel.endswith("last") else 0
    elif rel.endswith("next") or rel == "this coming":
        year += 1 if start_month <= anchor.month else 0
    return Value(f"{year:04d}-{code}", DATE, relative=True, year=year, mod=modifier(mention.text))


def _holiday(mention: TemporalExpression, anchor: dt.date | None, tense: str) -> Value:
    name = re.sub(r"\s+", " ", mention.parts["hol"].lower()).replace("’", "'")
    if anchor is None:
        return unknown_value(mention, "XXXX-XX-XX")

    def on(year: int) -> dt.date | None:
        fixed = {
            "christmas": (12, 25),
            "christmas day": (12, 25),
            "christmas eve": (12, 24),
            "boxing day": (12, 26),
            "new year's day": (1, 1),
            "new year's eve": (12, 31),
            "halloween": (10, 31),
            "valentine's day": (2, 14),
            "bastille day": (7, 14),
            "independence day": (7, 4),
        }
        if name in fixed:
            return dt.date(year, *fixed[name])
        if name.startswith("easter") or name == "good friday":
            offset = {"good friday": -2, "easter monday": 1}.get(name, 0)
            sunday: dt.date = easter(year)
            return sunday + dt.timedelta(days=offset)
        if name.startswith("thanksgiving"):
            first = dt.date(year, 11, 1)
            return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        if name == "election day":
            first = dt.date(year, 11, 2)
            return first + dt.timedelta(days=(1 - first.weekday()) % 7)
        return None

    d = on(anchor.year)
    if d is None:
        return unknown_value(mention, "XXXX-XX-XX")
    if tense == PAST and d > anchor:
        d = on(anchor.year - 1) or d
    elif tense == FUTURE and d < anchor:
        d = on(anchor.year + 1) or d
    return day_value(d, mention)
