"""The news-format temporal expression patterns: one regular expression per kind.

News copy writes dates in a handful of house styles ("17 March 2023", "March 17,
2023", "Mar. 17", "on Friday", "since 2006", "the 79-year-old"). A set of
anchored regular expressions finds them in one pass over the text, which is
far faster than asking a general date parser about every token (dateparser's
``search_dates`` costs more than the spaCy parse itself). Each pattern names
the kind of expression it finds; :mod:`.extract` filters the candidates with
the parse and :mod:`.normalise` computes their values. Month, weekday and
number words come from :mod:`factcheck.language`.

Month and weekday names are matched case-sensitively: "may" and "march" in
lower case are the verb and the noun, never the month.
"""

from __future__ import annotations

import functools
import re

from factcheck.language import numerals
from factcheck.language.calendar import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from factcheck.language.words import alternation

#: Counts written as words, as they appear before a unit ("three years", "a dozen days").
NUMBER_WORDS: dict[str, int] = {
    **{word: value for word, value in numerals.CARDINALS.items() if value <= 100},
    "a": 1, "an": 1, "a hundred": 100, "a dozen": 12, "dozen": 12, "half a": 0,
    "a couple of": 2,
}  # fmt: skip
#: Ordinals of centuries, quarters and halves; a "final" or "last" quarter is the fourth.
ORDINALS: dict[str, int] = {**numerals.ORDINALS, "final": 4, "last": 4}
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA",
                           "winter": "WI"}  # fmt: skip
DAYPARTS: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                            "overnight": "NI"}  # fmt: skip

_MONTH_FULL = alternation(m.capitalize() for m in MONTHS)
_MONTH_ABBR = alternation(m.capitalize() for m in MONTH_ABBREVIATIONS) + r"\.?"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY_FULL = alternation(d.capitalize() for d in WEEKDAYS)
_WEEKDAY_ABBR = alternation(d.capitalize() for d in WEEKDAY_ABBREVIATIONS) + r"\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_NUM = (
    rf"(?:\d{{1,3}}(?:\.\d+)?|{alternation(numerals.TENS)}(?:[-\s]{alternation(numerals.ONES)})?"
    rf"|{alternation({**numerals.ONES, **numerals.TEENS})}"
    r"|a\s+hundred|hundred|a\s+dozen|a\s+couple\s+of|a\s+few|several|a|an"
    r"|half\s+a|many|some|few)"
)
_APPROX = (
    r"(?:(?:about|almost|nearly|some|around|roughly|just|more\s+than|less\s+than|over"
    r"|under|barely|only)\s+)?"
)
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centurie)"
_MOD = r"(?:(?:early|late|mid|earlier|later)[-\s]+(?:in\s+)?)?"
_B = r"(?<![\w£$€¥#])"  # not inside a word or a sum of money
_E = r"(?![\w-])"

# (kind, pattern). Longer candidates win when spans overlap, so the order only
# breaks ties of equal length.
SPECS: list[tuple[str, str]] = [
    # 17 March 2023, Friday 17 March, 30th of February, Friday, March 17, 2023.
    (
        "date",
        rf"{_B}(?:(?P<wd>{_WEEKDAY_FULL}|{_WEEKDAY_ABBR}),?\s+(?:the\s+)?)?"
        rf"(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?![\w-])",
    ),
    (
        "date",
        rf"{_B}(?:(?P<wd>{_WEEKDAY_FULL}|{_WEEKDAY_ABBR}),?\s+)?"
        rf"(?P<m>{MONTH})\s+(?P<d>{_DAY})(?![\w%]|[:.,]\d|[-/]\d)"
        rf"(?:,?\s+(?P<y>{_YEAR})(?![\d,]\d))?",
    ),
    ("date", rf"{_B}(?P<y>{_YEAR})-(?P<mn>0[1-9]|1[0-2])-(?P<dn>[0-3]\d){_E}"),
    # March 2023, March of 2023
    ("month", rf"{_B}{_MOD}(?P<m>{MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR}){_E}"),
    # last May, early December, March
    (
        "month",
        rf"{_B}{_MOD}(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?"
        rf"(?P<m>{_MONTH_FULL})(?:,?\s+(?P<ry>last|this|next)\s+year)?{_E}",
    ),
    # 2006, the year 2006, fiscal 2006, early 2006, 2006-07
    (
        "year",
        rf"{_B}(?:(?:the\s+)?(?:end|start|beginning|middle|turn|close)\s+of\s+)?"
        rf"(?:(?:fiscal|the\s+year)\s+)?{_MOD}(?P<y>{_YEAR})"
        rf"(?:[-–/](?P<y2>\d\d|{_YEAR}))?(?![\w%]|[.,:]\d|-\d|\s*(?:%|per\s*cent))",
    ),
    # the 1990s, the early 1980s, the '80s, the nineties
    (
        "decade",
        rf"{_B}(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?"
        rf"(?P<dec>(?:1[0-9]|20)\d0|['’]\d0|\d0)['’]?s{_E}",
    ),
    (
        "decade",
        rf"{_B}(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(?:nineteen[-\s])?"
        rf"(?P<decw>{alternation(numerals.DECADES)}){_E}",
    ),
    # the 19th century, this century
    (
        "century",
        rf"{_B}(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?"
        rf"(?P<cen>\d{{1,2}}(?:st|nd|rd|th)|{alternation(numerals.ORDINALS)})[-\s]century{_E}",
    ),
    # the third quarter (of 1989), third-quarter, the year-ago quarter
    (
        "quarter",
        rf"{_B}(?:the\s+)?(?:(?:fiscal|year-ago|year-earlier|comparable|latest|current"
        r"|same|recent|previous|latest|June|September|December|March)[-\s]+)*"
        r"(?:(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[-\s]+)?"
        rf"(?:fiscal[-\s]+)?quarter(?:\s+of\s+(?P<y>{_YEAR}))?{_E}",
    ),
    ("half", rf"{_B}(?:the\s+)?(?P<h>first|second|last)[-\s]half(?:\s+of\s+(?P<y>{_YEAR}))?{_E}"),
    # last summer, the winter of 1994
    (
        "season",
        rf"{_B}(?:the\s+)?{_MOD}(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?"
        r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
        rf"(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?{_E}",
    ),
    # last Friday, Friday night, the previous Friday, Friday's
    (
        "weekday",
        rf"{_B}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous"
        r"|the\s+following|early|late|earlier|later)\s+)?"
        rf"(?P<wd>{_WEEKDAY_FULL})"
        r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?(?![\w-])",
    ),
    # today, yesterday morning, late yesterday, tonight, last night, this morning
    (
        "relday",
        r"(?<![\w-])(?:(?:early|late|earlier|later)\s+)?"
        r"(?P<rd>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight"
        r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?(?![\w-])",
    ),
    (
        "relday",
        r"(?<![\w-])(?P<rel>[Ll]ast|[Tt]his|[Ee]arly\s+this|[Ll]ate\s+last)\s+"
        r"(?P<part>morning|afternoon|evening|night)(?![\w-])",
    ),
    # last week, this year, earlier this month, the coming week, the current year
    (
        "relunit",
        rf"(?<![\w-]){_MOD}(?:(?:the\s+)?(?P<rel>last|this|next|past|coming"
        r"|current|latest|present)\s+)"
        r"(?:(?:fiscal|calendar|full|financial|academic|school)\s+)?"
        r"(?P<unit>week|weekend|month|year|decade|century|fortnight)(?![\w-])",
    ),
    (
        "relunit",
        r"(?<![\w-])(?:[Ee]arlier|[Ll]ater)\s+in\s+the\s+(?P<unit>week|month|year)"
        r"(?![\w-])",
    ),
    (
        "relunit",
        r"(?<![\w-])(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+the\s+"
        r"(?P<unit>week|month|year)(?![\w-])",
    ),
    (
        "relunit",
        r"(?<![\w-])(?P<rel>[Tt]he)\s+(?:(?:full|fiscal|whole|entire)\s+)?"
        r"(?P<unit>weekend|year)(?![\w-])",
    ),
    # the day before, the next day, that same day, two days later
    (
        "anaphor",
        r"(?<![\w-])(?:the|that|this)\s+(?:(?P<rel>previous|following|next|same)\s+)?"
        r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)"
        r"(?:\s+(?P<dir>before|after|earlier|later))?(?![\w-])",
    ),
    (
        "anaphor",
        rf"(?<![\w-]){_APPROX}(?P<n>{_NUM})\s+(?P<unit>{_UNIT})s?\s+"
        r"(?P<dir>earlier|later|before|after)(?![\w-])",
    ),
    # six years ago, a decade ago
    (
        "ago",
        rf"(?<![\w-]){_APPROX}(?P<n>{_NUM})\s+(?:or\s+so\s+)?(?P<unit>{_UNIT})s?"
        r"(?:\s+or\s+so)?\s+ago(?![\w-])",
    ),
    # the 79-year-old, aged 79
    ("age", r"(?<![\w-])(?P<n>\d{1,3})[-\s]year[-\s]old(?P<plural>s)?(?![\w-])"),
    ("age", r"(?<![\w-])(?:aged|age)\s+(?P<n>\d{1,3})(?![\w.,]\d|\d)"),
    # three years, a 10-year contract, decades, the past three months
    (
        "duration",
        rf"(?<![\w-])(?:(?:the\s+)?(?P<rel>past|last|next|coming|first|previous)\s+)?"
        rf"{_APPROX}(?P<n>{_NUM})[-\s](?P<unit>{_UNIT})s?(?:[-\s]long)?(?![\w-])",
    ),
    (
        "duration",
        r"(?<![\w-])(?:(?:the\s+)?(?P<rel>past|last|next|coming|recent)\s+)?"
        r"(?:(?:many|several|few)\s+)?"
        r"(?P<unit>years|months|weeks|days|decades|centuries|hours)(?![\w-])",
    ),
    # 10:35 a.m., 3pm, noon
    (
        "time",
        r"(?<![\w:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*"
        r"(?P<ampm>[ap]\.m\.|[ap]m)(?:\s+(?P<tz>GMT|BST|UTC|[ECMP][SD]T))?(?![\w])"
        rf"(?:\s+(?P<wd>{_WEEKDAY_FULL}))?",
    ),
    (
        "time",
        r"(?<![\w:.])(?P<h>[01]\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*(?:hours?\s+)?"
        r"(?P<tz>GMT|BST|UTC|CET|local\s+time|[ECMP][SD]T)(?![\w])",
    ),
    (
        "time",
        r"(?<![\w-])(?:(?:at|by|until|before|after|around)\s+)(?P<named>noon|midnight|"
        rf"midday)(?:\s+(?P<wd>{_WEEKDAY_FULL}))?(?![\w-])",
    ),
    ("yearadj", r"(?<![\w-])(?P<ya>year-earlier|year-ago|year-end|year\s+end)(?![\w-])"),
    # now, recently, the future
    (
        "ref",
        r"(?<![\w-])(?P<ref>[Nn]ow|[Cc]urrently|[Rr]ecently|[Rr]ecent|[Cc]urrent"
        r"|the\s+(?:near\s+|distant\s+)?future|the\s+past|[Tt]hese\s+days|[Nn]owadays"
        r"|the\s+near\s+term|the\s+short\s+term)(?![\w-])",
    ),
    # holidays with a fixed or computable date
    (
        "holiday",
        r"(?<![\w-])(?P<hol>Christmas\s+(?:Day|Eve)|Christmas|New\s+Year['’]s\s+"
        r"(?:Day|Eve)|Boxing\s+Day|Easter(?:\s+(?:Sunday|Monday|Day))?|Good\s+Friday"
        r"|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day"
        r"|Independence\s+Day|Election\s+Day|Bastille\s+Day)(?![\w-])",
    ),
]


@functools.cache
def compiled() -> list[tuple[str, re.Pattern[str]]]:
    """The compiled patterns, built on first use so that listing rules stays fast."""
    return [(kind, re.compile(p)) for kind, p in SPECS]
