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

import datetime as dt
import re
from dataclasses import replace

from factcheck_rules.dates.analysis.clause import FUTURE, PAST
from factcheck_rules.dates.analysis.extract import TemporalExpression
from factcheck_rules.dates.analysis.normalise_more import normalise_other
from factcheck_rules.dates.analysis.patterns import DAYPARTS
from factcheck_rules.dates.analysis.values import (
    DATE,
    TIME,
    Value,
    day_value,
    month_days,
    month_value,
    resolve_weekday,
    unknown_value,
    year_value,
)

from factcheck.language.calendar import MONTH_NUMBERS, WEEKDAY_NUMBERS


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
    p = mention.parts
    kind = mention.kind
    if kind == "date":
        return _full_date(mention, anchor, tense)
    if kind == "month":
        month = MONTH_NUMBERS[p["m"].rstrip(".").lower()]
        if "y" in p:
            return month_value(int(p["y"]), month, mention, True)
        if anchor is None:
            return unknown_value(mention, f"XXXX-{month:02d}")
        rel = p.get("rel", "").lower().replace("this past", "last").replace("this coming", "next")
        year = _pick_year(month, 1, anchor.replace(day=1), tense, rel)
        if rel == "this":
            year = anchor.year
        ry = p.get("ry", "").lower()
        if ry:
            year = anchor.year + {"last": -1, "next": 1}.get(ry, 0)
        if rel == "last" and year == anchor.year and month >= anchor.month:
            year -= 1
        v = month_value(year, month, mention, False)
        return v
    if kind == "year":
        year = int(p["y"])
        value = year_value(year, mention, True)
        end = _range_end(year, p.get("y2", ""))
        if end is not None:  # "2006-07", "1990/91": the value is the start, ``last`` the end
            return replace(value, last=dt.date(end, 12, 31))
        return value
    if kind == "weekday":
        wd = WEEKDAY_NUMBERS[p["wd"].lower()]
        part = p.get("part", "").lower()
        if anchor is None:
            return Value(
                "XXXX-XX-XX", TIME if part else DATE, relative=True, anchored=False, weekday=wd
            )
        d = resolve_weekday(anchor, wd, tense, p.get("rel", ""))
        return day_value(d, mention, part=part)
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
        month = MONTH_NUMBERS[p["m"].rstrip(".").lower()]
        day = int(re.sub(r"\D", "", p["d"]))
    weekday = WEEKDAY_NUMBERS[p["wd"].rstrip(".").lower()] if "wd" in p else None
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
        return unknown_value(
            mention, "XXXX-XX-XX" + (f"T{DAYPARTS[part]}" if part else ""), TIME if part else DATE
        )
    return day_value(anchor + dt.timedelta(days=offset), mention, part=part)


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
