"""Values of temporal expressions and the calendar arithmetic that builds them.

:class:`Value` is what :mod:`.normalise` (the common kinds) and
:mod:`.normalise_more` (the rest) return, and the helpers here are what both
build values with: a day, a week, a month, a year, a unit around a date, a
duration code. Keeping them in a module of their own lets the two
normalisers share them without importing each other.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from factcheck_rules.dates.analysis.clause import FUTURE, PAST, PRESENT
from factcheck_rules.dates.analysis.extract import TemporalExpression
from factcheck_rules.dates.analysis.patterns import DAYPARTS, NUMBER_WORDS, UNITS

#: TIMEX3 types of the values produced here.
DATE, TIME, DURATION = "DATE", "TIME", "DURATION"


@dataclass(frozen=True)
class Value:
    """The normalised value of one mention.

    ``first``/``last`` bound the days the value covers (None when unknown);
    ``relative`` says the value depends on an anchor or an earlier date;
    ``anchored`` that such an anchor was available. ``valid`` is False for a
    date that does not exist ("31 April"); ``year_explicit`` that the year is
    written in the expression.
    """

    value: str
    timex_type: str = DATE
    first: dt.date | None = None
    last: dt.date | None = None
    relative: bool = False
    anchored: bool = True
    mod: str = ""
    valid: bool = True
    year_explicit: bool = False
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    amount: float | None = None  # durations, ages and "N years ago": the number


def number(word: str) -> float | None:
    """A count written in digits or words ("three", "twenty-four", "a"), None when vague."""
    w = re.sub(r"\s+", " ", word.strip().lower())
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if w in NUMBER_WORDS:
        return float(NUMBER_WORDS[w])
    m = re.fullmatch(r"(\w+)[- ](\w+)", w)
    if m and m.group(1) in NUMBER_WORDS and m.group(2) in NUMBER_WORDS:
        return float(NUMBER_WORDS[m.group(1)] + NUMBER_WORDS[m.group(2)])
    return None


def month_days(month: int, year: int | None) -> int:
    """Days in ``month`` (29 for February when the year is unknown)."""
    if month == 2 and year is None:
        return 29
    return calendar.monthrange(year or 2001, month)[1]


def modifier(text: str) -> str:
    t = text.lower()
    if t.startswith(("early", "the beginning", "the start", "beginning", "start")):
        return "START"
    if t.startswith(("late", "the end", "end", "the close")):
        return "END"
    if t.startswith(("mid", "the middle")):
        return "MID"
    return ""


def resolve_weekday(anchor: dt.date, weekday: int, tense: str, rel: str = "") -> dt.date:
    """The date of a weekday named relative to ``anchor``.

    "last Friday" is strictly before, "next Friday" strictly after; a bare
    "Friday" looks back in a past-tense clause and forward in a future one,
    and the same day counts ("said on Friday" in Friday's paper). Without a
    tense the nearest day is taken, preferring the past (news reports events).
    """
    back = (anchor.weekday() - weekday) % 7
    fwd = (weekday - anchor.weekday()) % 7
    rel = rel.lower()
    if rel in ("last", "this past", "the previous"):
        return anchor - dt.timedelta(days=back or 7)
    if rel in ("next", "this coming", "the following"):
        return anchor + dt.timedelta(days=fwd or 7)
    if rel == "this":
        return anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=weekday)
    if tense == PAST:
        return anchor - dt.timedelta(days=back)
    if tense in (FUTURE, PRESENT):
        return anchor + dt.timedelta(days=fwd)
    return anchor - dt.timedelta(days=back) if back <= 4 else anchor + dt.timedelta(days=fwd)


def day_value(
    d: dt.date, mention: TemporalExpression, relative: bool = True, part: str = ""
) -> Value:
    value = d.isoformat() + (f"T{DAYPARTS[part]}" if part else "")
    return Value(
        value,
        TIME if part else DATE,
        d,
        d,
        relative,
        True,
        modifier(mention.text),
        year=d.year,
        month=d.month,
        day=d.day,
        weekday=d.weekday(),
    )


def unknown_value(mention: TemporalExpression, value: str, kind: str = DATE) -> Value:
    return Value(value, kind, relative=True, anchored=False, mod=modifier(mention.text))


def year_value(
    year: int, mention: TemporalExpression, explicit: bool, relative: bool = False
) -> Value:
    return Value(
        str(year),
        DATE,
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
        relative,
        True,
        modifier(mention.text),
        year_explicit=explicit,
        year=year,
    )


def month_value(year: int, month: int, mention: TemporalExpression, explicit: bool) -> Value:
    last = dt.date(year, month, month_days(month, year))
    return Value(
        f"{year:04d}-{month:02d}",
        DATE,
        dt.date(year, month, 1),
        last,
        not explicit,
        True,
        modifier(mention.text),
        year_explicit=explicit,
        year=year,
        month=month,
    )


def week_value(d: dt.date, mention: TemporalExpression, weekend: bool = False) -> Value:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    value = f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if weekend else "")
    return Value(
        value, DATE, monday, monday + dt.timedelta(days=6), True, True, modifier(mention.text)
    )


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit in ("week", "fortnight"):
        return d + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1))
    if unit == "month":
        delta = relativedelta(months=n)
    elif unit == "decade":
        delta = relativedelta(years=10 * n)
    elif unit in ("century", "centurie"):
        delta = relativedelta(years=100 * n)
    else:
        delta = relativedelta(years=n)
    shifted: dt.date = d + delta
    return shifted


def at_unit(d: dt.date, unit: str, mention: TemporalExpression) -> Value:
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        part = unit if unit in DAYPARTS else ""
        return day_value(d, mention, part=part)
    if unit in ("week", "fortnight", "weekend"):
        return week_value(d, mention, unit == "weekend")
    if unit == "month":
        v = month_value(d.year, d.month, mention, False)
        return Value(v.value, DATE, v.first, v.last, True, True, v.mod, year=d.year, month=d.month)
    if unit == "decade":
        return Value(
            f"{d.year // 10}X",
            DATE,
            dt.date(d.year // 10 * 10, 1, 1),
            dt.date(d.year // 10 * 10 + 9, 12, 31),
            True,
            True,
            modifier(mention.text),
        )
    if unit in ("century", "centurie"):
        return Value(f"{d.year // 100:02d}", DATE, None, None, True, True, modifier(mention.text))
    return year_value(d.year, mention, False, relative=True)


def duration_code(n: float | None, unit: str) -> str:
    code = UNITS.get(unit.rstrip("s") if unit not in ("centuries",) else "century", "Y")
    if unit.startswith("fortnight"):
        n = None if n is None else n * 2
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit.startswith(("hour", "minute", "second")):
        return f"PT{amount}{code}"
    return f"P{amount}{code}"
