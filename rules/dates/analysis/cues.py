"""Closed-class words the date extractor uses as cues (grammar, not data).

Prepositions and determiners that introduce or modify temporal expressions,
and the capitalised function words that may start a sentence before one.
"""

from __future__ import annotations

from factcheck.language.numerals import CARDINALS
from factcheck.language.words import word_set

#: Prepositions that introduce a temporal expression and say how it relates to the event.
SIGNALS = word_set(
    "since in on at by until till from during before after between through throughout for over "
    "within of to as around circa"
)
#: Words before a bare month name that make it a month ("in May", not "May said").
MONTH_CUES = word_set(
    "in since until till by from through during before after last next this early late mid end "
    "throughout between of"
)
#: Words before a weekday that make it a date, even next to a capitalised name.
WEEKDAY_CUES = word_set("on by until till since from before after last next this and or between")
#: Words before a four-digit number that make it a year.
YEAR_CUES = word_set(
    "in since until till by from during before after of between and to through circa c. around "
    "early late mid end fiscal year"
)
#: Words before a season name that make it a date ("in the autumn").
SEASON_CUES = word_set("in during this last next by until since over through of the")
#: Words before "a year", "an hour" that make it a duration ("for a year", not "£5m a year").
SPAN_PREPS = word_set("for in over within than after about almost nearly of during")
#: Nouns after "current" that make it not temporal ("current account").
CURRENT_NOT = word_set("account accounts affairs events flows flow")
#: "in his 70s" is an age, not a decade.
POSSESSIVES = word_set("his her their its my our your one's")
#: Plural nouns after a year that keep it a date ("the 2005 elections" aside, "2006 seasons").
TEMPORAL_NOUNS = word_set(
    "year years season seasons month months week weeks day days period quarter half decade "
    "century anniversary"
)
#: Capitalised words lower-cased before matching ("Last year" -> "last year").
FOLDABLE = word_set(
    "the last this next a an early late earlier later mid that these past coming about almost "
    "nearly some around roughly just more less over under only fiscal first second third fourth "
    "final year-ago year-earlier year-end several many few recent recently current currently "
    "now today yesterday tomorrow tonight nowadays spring summer autumn fall winter aged age "
    "half third-quarter fourth-quarter first-quarter second- quarter same previous following"
) | frozenset(CARDINALS)
