"""Datelines and publication dates.

A wire story opens with a dateline ("LONDON (Reuters) -", "WASHINGTON,
March 17 (AP) —", "Pyongyang, 17 March 2023 –"). Date rules need to know
where it is (its date is the story's date, not a claim) and, when it has a
year, it is the last-resort publication date. The date parser here is also
used for front matter and HTML meta values.

Why not ``dateparser``: it guesses. "03/04/2023" silently becomes one of two
dates and a bare "March 17" gets the current year, and a wrong publication
date makes every relative-date check ("on Friday") wrong. The formats news
systems write are few; anything else is left unparsed.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Sequence

from factcheck.contract.article import Block, Span
from factcheck.language.calendar import MONTH_NUMBERS, WEEKDAY_NUMBERS
from factcheck.language.words import alternation

MONTH = alternation(m.capitalize() for m in MONTH_NUMBERS) + r"\.?"
_WEEKDAY = alternation(d.capitalize() for d in WEEKDAY_NUMBERS) + r"\.?"
_ORD = r"(?:st|nd|rd|th)?"
#: "March 17", "17 March", "March 17, 2023", "17 March 2023", optionally after a weekday.
DATE = (
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}}){_ORD}|(?P<d2>\d{{1,2}}){_ORD}\s+(?P<m2>{MONTH}))"
    rf"(?:,?\s+(?P<year>\d{{4}}))?"
)
_DATE_RE = re.compile(rf"^\s*{DATE}\s*$", re.IGNORECASE)

_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_TITLE_WORD = r"[A-Z][a-z'’\-]+"
_PLACE = (
    rf"(?P<caps>{_CAPS_WORD}(?:[ \-]{_CAPS_WORD}){{0,3}})"
    rf"|(?P<title>{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|de|da|del|al|el|la|upon)){{0,3}})"
)
_REGION = rf",\s+(?!{MONTH}\s)(?!{_WEEKDAY}\b)[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){{0,2}}"
_AGENCY = r"\([A-Za-z][\w&.'’ /\-]{0,30}\)"
_DATELINE_RE = re.compile(
    rf"(?:{_PLACE})(?P<region>{_REGION})?(?:,\s+(?P<date>{DATE}|{_WEEKDAY}))?"
    rf"(?:\s+(?P<agency>{_AGENCY}))?\s*(?:--|[-–—])(?=\s)"
)


def find_dateline(prose: str, blocks: Sequence[Block]) -> tuple[Span | None, dt.date | None]:
    """The dateline at the start of the first body paragraph, and its full date if any.

    Short lines above the body that a web page or CMS export leaves there (a
    byline, "Updated 17 March 2023", a photo credit) are stepped over, and so
    is one full paragraph (a standfirst the layout did not reveal) when the
    next one opens with a place plus an agency or date. A
    title-case place ("Pyongyang") needs a date or an agency to count, so an
    ordinary sentence such as "Officials said -" is not taken for one. A
    month and day without a year gives no date: guessing the year would make
    every relative date in the story wrong around New Year.
    """
    body = [b for b in blocks if b.kind == "paragraph"]
    passed = 0  # body paragraphs (not bylines) already passed over
    for block in body[:4]:
        match = _DATELINE_RE.match(prose, block.start, block.end)
        if match is not None and _plausible(match, strong_only=passed > 0):
            return Span(match.start(), match.end()), _date_from_match(match)
        if not _is_preamble(prose[block.start : block.end]):
            passed += 1
            if passed > 1:
                break
    return None, None


def _plausible(match: re.Match[str], *, strong_only: bool) -> bool:
    """A place alone is weak; with an agency or a date it is a dateline for sure."""
    if strong_only or match.group("title"):
        return bool(match.group("date") or match.group("agency"))
    return len(match.group("caps")) >= 3 or bool(match.group("agency"))


def _is_preamble(text: str) -> bool:
    """A byline or a short furniture line rather than the first paragraph."""
    count = len(text.split())
    if re.match(r"(?i)by\s+\S", text) and count <= 8:
        return True
    return count <= 6 and not re.search(r"[.!?…][”’\"')]*\s*$", text)


def _date_from_match(match: re.Match[str]) -> dt.date | None:
    if not match.group("year") or not (match.group("d1") or match.group("d2")):
        return None
    name = (match.group("m1") or match.group("m2")).rstrip(".").lower()
    month = MONTH_NUMBERS[name]
    day = int(match.group("d1") or match.group("d2"))
    try:
        return dt.date(int(match.group("year")), month, day)
    except ValueError:
        return None


def parse_date(value: object) -> dt.date | None:
    """A date from a front-matter or meta value, or None when it is not unambiguous.

    Accepts ``date``/``datetime`` objects (YAML and TOML produce them), ISO 8601
    ("2023-03-17", "2023-03-17T09:30:00Z"), RFC 2822 as in RSS ``pubDate``
    ("Fri, 17 Mar 2023 09:30:00 GMT"), "2023/03/17", and written dates with a
    year ("17 March 2023", "March 17, 2023"). Numeric day/month orders are
    ambiguous and rejected.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    iso = text.replace("Z", "+00:00") if text.endswith("Z") else text
    for parse in (dt.date.fromisoformat, lambda s: dt.datetime.fromisoformat(s).date()):
        try:
            return parse(iso)
        except ValueError:
            pass
    slashed = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", text)
    if slashed:
        try:
            return dt.date(*(int(g) for g in slashed.groups()))
        except ValueError:
            return None
    match = _DATE_RE.match(text)
    if match:
        return _date_from_match(match)
    if re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d", text):
        try:
            return email.utils.parsedate_to_datetime(text).date()
        except (TypeError, ValueError):
            return None
    return None
