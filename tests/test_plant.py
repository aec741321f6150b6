"""Tests of the held-out error planter (``benchmarks/plant.py``).

The benchmark is only as good as its gold: every planted item must point at the
text that was planted, after all later edits of the same article. These tests
plant into short articles written for the purpose (no ``../shared`` needed).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import plant
from _furniture import _DEV_LINES, furniture_line
from _planters import Draft, mojibake

ARTICLE = """\
Harbour town opens new ferry terminal

The new ferry terminal in Kingsport opened on Tuesday after three years of building work.

Mayor Helen Ward said she was delighted with the result. She thanked the builders and said \
she hoped the terminal would bring more visitors to the town centre.

"This is a proud day for everyone who lives and works on the waterfront," Ms Ward said.

The company said it would add two more routes to the islands in the spring. The firm expects \
its ferries to carry 400,000 passengers a year, up from 250,000 - a rise of 60%.

Tickets will cost £12 for adults and £6 for children, the operator said in a statement on \
Monday. The first crossing on 14 March 2004 was fully booked within an hour.

"We want every family in the region to be able to afford a day out on the water," said Anna \
Kowal, the operator's sales director.

The terminal has parking for 300 cars and a covered waiting hall for foot passengers.

Mr Tom Reyes, who runs a cafe by the quay, said he had waited years for the day. He said his \
customers were already asking about the timetable for the new routes.
"""


def _check(text: str, items: list[dict[str, object]]) -> None:
    for it in items:
        start, end = int(str(it["start"])), int(str(it["end"]))
        assert 0 <= start < end <= len(text)
        assert text[start:end] == it["text"], it
        assert it["kind"] == "must" and it["planted"] in plant.CATEGORIES
        assert it["categories"] == list(plant.CATEGORIES[str(it["planted"])])


@pytest.mark.parametrize("kind", sorted(plant.PLANTERS))
def test_each_planter_points_at_what_it_planted(kind: str) -> None:
    planted_any = False
    for seed in range(12):
        d = Draft(ARTICLE)
        p = plant.PLANTERS[kind](d, random.Random(seed))
        if p is None:
            continue
        planted_any = True
        items: list[dict[str, object]] = []
        assert plant.apply_plant(d, items, p)
        assert d.text != ARTICLE
        # everything outside the edit is unchanged
        assert d.text[: p.start] == ARTICLE[: p.start]
        assert d.text[p.start + len(p.replacement) :] == ARTICLE[p.end :]
        _check(d.text, items)
    assert planted_any, f"no site for {kind} in the test article"


def test_gender_flip_contradicts_the_paragraph() -> None:
    d = Draft(ARTICLE)
    p = plant.PLANTERS["gender-flip"](d, random.Random(0))
    assert p is not None
    items: list[dict[str, object]] = []
    plant.apply_plant(d, items, p)
    word = str(items[0]["text"]).lower()
    para = d.text[d.text.rfind("\n\n", 0, p.start) : d.text.find("\n\n", p.start)]
    if "Helen" in para:
        assert word in ("he", "him", "his", "himself")
    else:
        assert word in ("she", "her", "herself")


def test_offsets_survive_several_plants_in_one_article() -> None:
    for seed in range(30):
        text, items = plant.plant_article(ARTICLE, random.Random(seed), 3)
        assert items
        _check(text, items)
        for it in items:
            assert it["line"] == text.count("\n", 0, int(str(it["start"]))) + 1


def test_mojibake_is_real_mojibake() -> None:
    assert mojibake("’", "sloppy-cp1252") == "â€™"
    assert mojibake("£", "latin-1") == "Â£"
    assert mojibake("”", "cp1252-replace") == "â€\ufffd"
    assert mojibake("é", "double") == "ÃƒÂ©"
    ftfy = pytest.importorskip("ftfy")
    assert ftfy.fix_encoding(mojibake("café – “fine”", "sloppy-cp1252")) == "café – “fine”"


def test_furniture_never_repeats_a_dev_line() -> None:
    rng = random.Random(5)
    lines = {furniture_line(rng)[1] for _ in range(3000)}
    assert len(lines) > 200
    assert not {line.casefold() for line in lines} & _DEV_LINES


def test_write_set_is_deterministic_and_leaves_some_articles_clean(tmp_path: Path) -> None:
    articles = [(f"a{i:02d}.txt", ARTICLE) for i in range(24)]
    first = plant.write_set(articles, tmp_path / "one", 3, "test", 1 / 3)
    second = plant.write_set(articles, tmp_path / "two", 3, "test", 1 / 3)
    assert first == second and sum(first.values()) > 0
    for name, _ in articles:
        assert (tmp_path / "one" / name).read_text() == (tmp_path / "two" / name).read_text()
    gold = sorted((tmp_path / "one").glob("*.expected.json"))
    assert 0 < len(gold) < len(articles)
    for path in gold:
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (tmp_path / "one" / data["article"]).read_text(encoding="utf-8")
        _check(text, data["items"])
    clean = {n for n, _ in articles} - {p.name.replace(".expected.json", ".txt") for p in gold}
    assert all((tmp_path / "one" / n).read_text() == ARTICLE for n in clean)


def test_missing_source_skips_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert plant.main(["--source", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o")]) == 0
    assert "not found" in capsys.readouterr().out


def test_no_gender_flip_where_the_paragraph_has_both_genders() -> None:
    mixed = (
        "Minister resigns\n\nThe minister thanked her deputy on Friday. He said he would stay "
        "on until the summer and he hoped to return to teaching after that.\n"
    )
    for seed in range(10):
        assert plant.PLANTERS["gender-flip"](Draft(mixed), random.Random(seed)) is None
    one_gender = mixed.replace("her deputy", "the deputy")
    assert plant.PLANTERS["gender-flip"](Draft(one_gender), random.Random(0)) is not None
