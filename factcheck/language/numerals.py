"""Numbers written as words: cardinals, ordinals and decades.

News style spells out small numbers ("three years ago", "the third quarter",
"the nineties"), so the date family reads them as values and the doubled-word
check accepts "in in three years" as a particle and a preposition. One table
serves both, and the regular expressions of the date patterns are built from
it.
"""

from __future__ import annotations

#: One to nine.
ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
#: Ten to nineteen.
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
#: Twenty to ninety.
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Round large numbers.
MULTIPLIERS: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip
#: Every cardinal written as one word -> its value.
CARDINALS: dict[str, int] = {**ONES, **TEENS, **TENS, **MULTIPLIERS}

#: Ordinals written as words, first to twenty-first.
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
}  # fmt: skip

#: Decades written as words ("the sixties") -> the tens digit.
DECADES: dict[str, int] = {word[:-1] + "ies": value // 10 for word, value in TENS.items()}
