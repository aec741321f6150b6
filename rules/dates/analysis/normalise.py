"""TIMEX3-style values for temporal expressions, relative to an anchor date.

Calendar arithmetic is done with :mod:`datetime` and ``dateutil`` (a dependency
of dateparser): every expression reaching this module has already been taken
apart by its pattern (day, month, year, weekday, unit, count), so there is
nothing left to *parse*; what remains is choosing the year or week that a
relative expression points to, which depends on the clause's tense ("met on
Friday" looks back, "will meet on Friday" looks forward). A general parser
such as dateparser answers with one guess per string and cannot take tense
into account, and calling it per mention would cost more than the whole rule
family may spend.

Values follow TIMEX3: ``2023-03-17``, ``2023-03``, ``2006``, ``199X`` (a
decade), ``18`` (the 19th century), ``2023-W11``, ``2023-Q3``, ``2023-SU``,
``2023-03-17TNI``, ``P3Y``, ``PRESENT_REF``. A value that needs an anchor
that is missing has ``X`` for the unknown digits.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta
from factcheck_rules.dates.analysis.clause import FUTURE, PAST, PRESENT
from factcheck_rules.dates.analysis.extract import TemporalExpression
from factcheck_rules.dates.analysis.patterns import DAYPARTS, MONTHS, NUMBER_WORDS, UNITS, WEEKDAYS

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"


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


def _mod(text: str) -> str:
    t = text.lower()
    if t.startswith(("early", "the beginning", "the start", "beginning", "start")):
        return "START"
    if t.startswith(("late", "the end", "end", "the close")):
        return "END"
    if t.startswith(("mid", "the middle")):
        return "MID"
    return ""


def _pick_year(month: int, day: int, anchor: dt.date, tense: str, rel: str = "") -> int:
    """The year of a day and month written without one, as seen from ``anchor``."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, min(day, month_days(month, year))))
        except ValueError:
            continue
    if rel == "last" or tense == PAST:
        past = [d for d in options if d <= anchor]
        if past and (anchor - max(past)).days <= 330:
            return max(past).year
    if rel == "next" or tense == FUTURE:
        future = [d for d in options if d >= anchor]
        if future and (min(future) - anchor).days <= 330:
            return min(future).year
    past = [d for d in options if d <= anchor]
    future = [d for d in options if d > anchor]
    if past and future and (anchor - max(past)).days <= 2 * (min(future) - anchor).days:
        return max(past).year  # news mostly reports what has happened
    return min(options, key=lambda d: abs((d - anchor).days)).year


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


def _day_value(
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
        _mod(mention.text),
        year=d.year,
        month=d.month,
        day=d.day,
        weekday=d.weekday(),
    )


def _unknown(mention: TemporalExpression, value: str, kind: str = DATE) -> Value:
    return Value(value, kind, relative=True, anchored=False, mod=_mod(mention.text))


def _year_value(
    year: int, mention: TemporalExpression, explicit: bool, relative: bool = False
) -> Value:
    return Value(
        str(year),
        DATE,
        dt.date(year, 1, 1),
        dt.date(year, 12, 31),
        relative,
        True,
        _mod(mention.text),
        year_explicit=explicit,
        year=year,
    )


def _month_value(year: int, month: int, mention: TemporalExpression, explicit: bool) -> Value:
    last = dt.date(year, month, month_days(month, year))
    return Value(
        f"{year:04d}-{month:02d}",
        DATE,
        dt.date(year, month, 1),
        last,
        not explicit,
        True,
        _mod(mention.text),
        year_explicit=explicit,
        year=year,
        month=month,
    )


def _week_value(d: dt.date, mention: TemporalExpression, weekend: bool = False) -> Value:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    value = f"{iso.year:04d}-W{iso.week:02d}" + ("-WE" if weekend else "")
    return Value(value, DATE, monday, monday + dt.timedelta(days=6), True, True, _mod(mention.text))


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
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


def _at_unit(d: dt.date, unit: str, mention: TemporalExpression) -> Value:
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        part = unit if unit in DAYPARTS else ""
        return _day_value(d, mention, part=part)
    if unit in ("week", "fortnight", "weekend"):
        return _week_value(d, mention, unit == "weekend")
    if unit == "month":
        v = _month_value(d.year, d.month, mention, False)
        return Value(v.value, DATE, v.first, v.last, True, True, v.mod, year=d.year, month=d.month)
    if unit == "decade":
        return Value(
            f"{d.year // 10}X",
            DATE,
            dt.date(d.year // 10 * 10, 1, 1),
            dt.date(d.year // 10 * 10 + 9, 12, 31),
            True,
            True,
            _mod(mention.text),
        )
    if unit in ("century", "centurie"):
        return Value(f"{d.year // 100:02d}", DATE, None, None, True, True, _mod(mention.text))
    return _year_value(d.year, mention, False, relative=True)


def _duration(n: float | None, unit: str) -> str:
    code = UNITS.get(unit.rstrip("s") if unit not in ("centuries",) else "century", "Y")
    if unit.startswith("fortnight"):
        n = None if n is None else n * 2
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit.startswith(("hour", "minute", "second")):
        return f"PT{amount}{code}"
    if code in ("DE", "CE"):
        return f"P{amount}{code}"
    return f"P{amount}{code}"


def normalise(
    mention: TemporalExpression,
    anchor: dt.date | None,
    tense: str,
    reference: dt.date | None = None,
) -> Value:
    """The TIMEX3 value of ``mention`` seen from ``anchor`` (the publication date).

    ``tense`` is the tense of the clause the mention dates; ``reference`` is
    the last full date mentioned before it, which anaphoric expressions ("the
    day before", "two days later") count from.
    """
    from factcheck_rules.dates.analysis.normalise_more import normalise_other

    p = mention.parts
    kind = mention.kind
    if kind == "date":
        return _full_date(mention, anchor, tense)
    if kind == "month":
        month = MONTHS[p["m"].rstrip(".").lower()]
        if "y" in p:
            return _month_value(int(p["y"]), month, mention, True)
        if anchor is None:
            return _unknown(mention, f"XXXX-{month:02d}")
        rel = p.get("rel", "").lower().replace("this past", "last").replace("this coming", "next")
        year = _pick_year(month, 1, anchor.replace(day=1), tense, rel)
        if rel == "this":
            year = anchor.year
        ry = p.get("ry", "").lower()
        if ry:
            year = anchor.year + {"last": -1, "next": 1}.get(ry, 0)
        if rel == "last" and year == anchor.year and month >= anchor.month:
            year -= 1
        v = _month_value(year, month, mention, False)
        return v
    if kind == "year":
        year = int(p["y"])
        value = _year_value(year, mention, True)
        end = _range_end(year, p.get("y2", ""))
        if end is not None:  # "2006-07", "1990/91": the value is the start, ``last`` the end
            return replace(value, last=dt.date(end, 12, 31))
        return value
    if kind == "weekday":
        wd = WEEKDAYS[p["wd"].lower()]
        part = p.get("part", "").lower()
        if anchor is None:
            return Value(
                "XXXX-XX-XX", TIME if part else DATE, relative=True, anchored=False, weekday=wd
            )
        d = resolve_weekday(anchor, wd, tense, p.get("rel", ""))
        return _day_value(d, mention, part=part)
    if kind == "relday":
        return _relday(mention, anchor)
    return normalise_other(mention, anchor, tense, reference)


def _range_end(year: int, written: str) -> int | None:
    """The end year of "2006-07" or "1990-2005", None when it is not a later year."""
    if not written.isdigit():
        return None
    end = int(written) if len(written) == 4 else year // 100 * 100 + int(written)
    return end if end > year else None


def _full_date(mention: TemporalExpression, anchor: dt.date | None, tense: str) -> Value:
    p = mention.parts
    if "mn" in p:
        month, day = int(p["mn"]), int(p["dn"])
    else:
        month = MONTHS[p["m"].rstrip(".").lower()]
        day = int(re.sub(r"\D", "", p["d"]))
    weekday = WEEKDAYS[p["wd"].rstrip(".").lower()] if "wd" in p else None
    explicit = "y" in p
    if day > month_days(month, int(p["y"]) if explicit else None):
        return Value(
            "",
            DATE,
            valid=False,
            year_explicit=explicit,
            month=month,
            day=day,
            year=int(p["y"]) if explicit else None,
            weekday=weekday,
        )
    if explicit:
        year = int(p["y"])
    elif anchor is None:
        return Value(
            f"XXXX-{month:02d}-{day:02d}",
            DATE,
            relative=True,
            anchored=False,
            month=month,
            day=day,
            weekday=weekday,
        )
    else:
        year = _pick_year(month, day, anchor, tense)
    try:
        d = dt.date(year, month, day)
    except ValueError:  # 29 February in a year that is not a leap year
        return Value(
            "",
            DATE,
            valid=False,
            year_explicit=explicit,
            month=month,
            day=day,
            year=year,
            weekday=weekday,
        )
    return Value(
        d.isoformat(), DATE, d, d, not explicit, True, "", True, explicit, year, month, day, weekday
    )


def _relday(mention: TemporalExpression, anchor: dt.date | None) -> Value:
    p = mention.parts
    word = re.sub(r"\s+", " ", p.get("rd", "").lower())
    rel = p.get("rel", "").lower()
    part = p.get("part", "").lower()
    if word == "tonight":
        part = "night"
    offset = {
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }.get(word, 0)
    if rel.endswith("last"):
        offset = -1
    if anchor is None:
        return _unknown(
            mention, "XXXX-XX-XX" + (f"T{DAYPARTS[part]}" if part else ""), TIME if part else DATE
        )
    return _day_value(anchor + dt.timedelta(days=offset), mention, part=part)
