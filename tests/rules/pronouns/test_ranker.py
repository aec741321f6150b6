"""The antecedent ranker (rules/pronouns/analysis/ranker.py) on the real pipeline.

The shipped weights must describe the features the code computes (a model read
against other columns would score nonsense without failing), the ranker must
fix what it was shipped for, and ``USE_RANKER = False`` must give back the
salience resolver for comparisons.
"""

from __future__ import annotations

import importlib.resources
import json
from typing import Any

import pytest
from factcheck_rules.pronouns.analysis import ranker, resolver
from factcheck_rules.pronouns.analysis.entities import settle

from factcheck import Article, Settings, Source
from factcheck.analysis.coref import coreference
from factcheck.host.readers.txt import read_txt
from factcheck.nlp import load_pipeline

# The possessor of "brother" is not the brother: salience prefers the nearer name.
BROTHERS = (
    "Samuel Price built the company from a garage in Ohio. "
    "His brother Tom joined the firm in 1985.\n"
)


def _article(text: str) -> Article:
    article = read_txt(Source("t.txt", text, "txt"), Settings())
    article.doc = load_pipeline()(article.prose)
    return article


def _shipped() -> dict[str, Any]:
    text = (
        importlib.resources.files("factcheck_rules.pronouns.analysis")
        .joinpath("data", "ranker.json")
        .read_text(encoding="utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data


def _his(article: Article) -> resolver.Resolution:
    return next(r for r in resolver.Analysis(article).resolutions() if r.text == "His")


def test_shipped_weights_load_and_match_the_feature_list() -> None:
    data = _shipped()
    names = ranker.feature_names()
    assert data["format"] == ranker.FORMAT
    assert data["features"] == names, "retrain: training/train_coref_ranker.py --save"
    model = ranker.scorer()
    assert model.weights.shape == model.mean.shape == model.scale.shape == (len(names),)
    assert (model.scale > 0).all()


def test_a_feature_list_that_disagrees_with_the_code_fails_loudly() -> None:
    data = _shipped()
    renamed = {**data, "features": [*data["features"][:-1], "something_else"]}
    with pytest.raises(ValueError, match="something_else"):
        ranker.Scorer.from_json(renamed)
    shorter = {**data, "features": data["features"][:-1]}
    with pytest.raises(ValueError, match="other features"):
        ranker.Scorer.from_json(shorter)
    with pytest.raises(ValueError, match="format"):
        ranker.Scorer.from_json({**data, "format": ranker.FORMAT + 1})


def test_ranker_prefers_the_main_person_to_the_nearer_name() -> None:
    assert resolver.USE_RANKER, "the ranker ships switched on"
    his = _his(_article(BROTHERS))
    assert his.antecedent is not None and "Price" in his.antecedent.text
    # Salience alone ranks the brother first: the ranker overrode it, and says so.
    assert his.candidates[0].text == "Tom"
    article = _article(BROTHERS)
    [link] = [lnk for lnk in coreference(article).links if lnk.text == "His"]
    assert "ranker" in link.reason and "Tom" in link.reason


def test_switching_the_ranker_off_gives_the_salience_choice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(resolver, "USE_RANKER", False)
    his = _his(_article(BROTHERS))
    assert his.antecedent is not None and his.antecedent.text == "Tom"
    assert his.antecedent.entity == his.candidates[0].entity


def test_running_counts_match_a_recount() -> None:
    """The per-entity counts the features keep (so a huge entity stays O(1) a pronoun)."""
    text = (
        "Anna Berg chairs the council. Berg said she would cut the budget. "
        "Her deputy, Olga Lind, disagreed. Berg replied that she had the votes, "
        "and she said the council would meet on Friday. Mr Lind's sister called her.\n"
    )
    an = resolver.Analysis(_article(text))
    features = ranker.Features(an)
    for e, ent in enumerate(an.entities):
        members = [an.mentions[j] for j in ent.mentions]
        t = features._tally(e)
        assert t.seen == len(members)
        assert t.named == any(m.named for m in members)
        assert t.pronouns == sum(m.pronoun is not None for m in members)
        assert settle(t.strong, t.weights)[0] == an.gender(e)[0]
