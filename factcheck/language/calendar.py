"""Month and weekday names, with the abbreviations news copy writes.

Dateline parsing (:mod:`factcheck.analysis.dateline`), the date family's
patterns, the sentence-boundary tests (an abbreviated month does not end a
sentence) and the name detectors (a month is not a person) all read these
tables, so "Sept" or "Thurs" is known everywhere once it is known here.
Keys are lower case; regular expressions are built from them with
:func:`factcheck.language.words.alternation`.
"""

from __future__ import annotations

#: Full month names -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
#: Abbreviated month names as written with or without a full stop ("Sept.", "Dec");
#: May has none.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: Full weekday names -> weekday number (Monday is 0, as in :mod:`datetime`).
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
#: Abbreviated weekday names ("Tues.", "Thurs").
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

#: Every written form of a month -> its number.
MONTH_NUMBERS: dict[str, int] = {**MONTHS, **MONTH_ABBREVIATIONS}
#: Every written form of a weekday -> its number.
WEEKDAY_NUMBERS: dict[str, int] = {**WEEKDAYS, **WEEKDAY_ABBREVIATIONS}
#: Month and weekday names (lower case): calendar words, not names or ordinary nouns.
MONTHS_AND_DAYS = frozenset(MONTHS) | frozenset(WEEKDAYS)
