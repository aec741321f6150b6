"""Tests of the consistency planter (benchmarks/plant_consistency.py), on an article of our own."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import plant_consistency as pc
from _planters import Draft

ARTICLE = """\
Harbour board approves 12 new berths

The harbour board voted on Tuesday to build 12 new berths for the ferry terminal in Kingsport.

Chief executive Karin Lindqvist, 58, said the board had backed the plan. Mrs Lindqvist said \
the work would start in the spring and take two years.

"This is a proud day for everyone who lives and works on the waterfront," said Lindqvist.

The 9 members of the board met for three hours. Tom Okafor, who runs a cafe by the quay, \
said he had waited years for the day. Mr Okafor said his customers were already asking about \
the new routes.

"We want every family in the region to be able to afford a day out on the water," said \
Anna Kowalczyk-Berg, the operator's sales director. Ms Kowalczyk-Berg said fares would be \
announced in March.

The terminal has parking for 300 cars. Lindqvist said the board would meet again in May.
"""


@pytest.mark.parametrize("kind", sorted(pc.PLANTERS))
def test_each_planter_points_at_what_it_planted(kind: str) -> None:
    planted = 0
    for seed in range(40):
        rng = random.Random(seed)
        d = Draft(ARTICLE)
        plant = pc.PLANTERS[kind](d, rng)
        if plant is None:
            continue
        items: list[dict[str, object]] = []
        assert pc.apply_multi(d, items, plant)
        (item,) = items
        start, end = int(str(item["start"])), int(str(item["end"]))
        assert 0 <= start < end <= len(d.text)
        assert d.text[start:end] == item["text"]
        assert item["planted"] == kind and item["categories"] == ["consistency"]
        planted += 1
    if kind not in ("age-conflict", "name-initials", "headline-name", "headline-number"):
        assert planted, f"{kind}: no site found in the test article"


def test_planting_is_deterministic() -> None:
    a = pc.plant_article(ARTICLE, random.Random("7:x"), 3)
    b = pc.plant_article(ARTICLE, random.Random("7:x"), 3)
    assert a == b
    text, items = a
    for it in items:
        assert text[int(it["start"]) : int(it["end"])] == it["text"]


def test_missing_source_is_skipped(capsys: pytest.CaptureFixture[str]) -> None:
    assert pc.main(["--source", "/nonexistent/folder"]) == 0
    assert "not found" in capsys.readouterr().out
