"""The news-format temporal expression patterns: one regular expression per kind.

News copy writes dates in a handful of house styles ("17 March 2023", "March 17,
2023", "Mar. 17", "on Friday", "since 2006", "the 79-year-old"). A set of
anchored regular expressions finds them in one pass over the text, which is
far faster than asking a general date parser about every token (dateparser's
``search_dates`` costs more than the spaCy parse itself). Each pattern names
the kind of expression it finds; :mod:`factcheck_rules.dates.analysis.extract` filters
the candidates with the parse and :mod:`factcheck_rules.dates.analysis.normalise`
computes their values.

Month and weekday names are matched case-sensitively: "may" and "march" in
lower case are the verb and the noun, never the month.
"""

from __future__ import annotations

import functools
import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2,
    "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a dozen": 12, "dozen": 12, "half a": 0, "a couple of": 2,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "final": 4, "last": 4,
}  # fmt: skip
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA",
                           "winter": "WI"}  # fmt: skip
DAYPARTS: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                            "overnight": "NI"}  # fmt: skip

_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_NUM = (
    r"(?:\d{1,3}(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|a\s+hundred|hundred|a\s+dozen|a\s+couple\s+of|a\s+few|several|a|an"
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
        r"(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
        rf"{_E}",
    ),
    # the 19th century, this century
    (
        "century",
        rf"{_B}(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?"
        r"(?P<cen>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh"
        r"|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
        r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)"
        rf"[-\s]century{_E}",
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
