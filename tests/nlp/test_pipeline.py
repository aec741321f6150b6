"""Tests of the shipped English pipeline and its loader.

The shipped model is part of the package, so these tests never skip for lack of it.
The sentences are written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from factcheck.nlp import (
    DEFAULT_MODEL,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    ModelError,
    entity_kind,
    load_pipeline,
    model_info,
    shipped_model_path,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _ents(doc: Doc) -> dict[str, str]:
    return {e.text: e.label_ for e in doc.ents}


def test_shipped_model_exists_and_is_small() -> None:
    path = shipped_model_path()
    assert (path / "meta.json").is_file()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 25_000_000


def test_default_name_and_cache(nlp: Language) -> None:
    assert load_pipeline(DEFAULT_MODEL) is nlp
    assert load_pipeline(None) is nlp


def test_model_info(nlp: Language) -> None:
    info = model_info(nlp)
    assert info["name"] == "en_factcheck_news"
    assert info["version"] == "0.1.0"
    assert info["lang"] == "en"


def test_subject_and_finite_verb(nlp: Language) -> None:
    doc = nlp("The new minister says the trade agreement is fair.")
    verb = doc[3]
    assert verb.text == "says"
    assert verb.pos_ == "VERB"
    assert verb.dep_ == "ROOT"
    assert verb.morph.get("VerbForm", []) == ["Fin"]
    assert verb.lemma_ == "say"
    assert [t.text for t in verb.children if t.dep_ == "nsubj"] == ["minister"]


def test_past_tense_clause(nlp: Language) -> None:
    # Known weakness: short "The X signed the Y" sentences are sometimes read as a noun
    # phrase with a reduced relative clause (EWT has many headline fragments).
    doc = nlp("Police arrested two men after the attack.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == "arrested"
    assert root.morph.get("Tense", []) == ["Past"]
    assert [t.text for t in root.children if t.dep_ == "nsubj"] == ["Police"]


def test_plural_noun_lemma_and_number(nlp: Language) -> None:
    doc = nlp("Three companies were fined by the regulators.")
    assert doc[1].lemma_ == "company"
    assert doc[1].morph.get("Number", []) == ["Plur"]
    assert doc[2].lemma_ == "be"


def test_country_is_a_place(nlp: Language) -> None:
    doc = nlp("Officials from Canada and Argentina met in Geneva on Tuesday.")
    ents = _ents(doc)
    assert ents.get("Canada") in PLACE_LABELS
    assert ents.get("Argentina") in PLACE_LABELS


def test_capital_as_government_is_a_place(nlp: Language) -> None:
    doc = nlp("Beijing rejected the accusation, and Moscow said nothing.")
    by_text = {e.text: e for e in doc.ents}
    assert by_text["Beijing"].label_ in PLACE_LABELS
    assert by_text["Beijing"].ent_id_ == "capital/CN"
    assert entity_kind(by_text["Moscow"]) == "place"


def test_person_is_a_person(nlp: Language) -> None:
    doc = nlp("Prime Minister Margaret Hollis told reporters that the plan would work.")
    persons = [e.text for e in doc.ents if e.label_ in PERSON_LABELS]
    assert any("Hollis" in p for p in persons)


def test_international_organisations(nlp: Language) -> None:
    doc = nlp("The proposal was debated at the United Nations and later by NATO.")
    ents = _ents(doc)
    assert ents.get("United Nations") in ORG_LABELS
    assert ents.get("NATO") in ORG_LABELS


def test_demonym_adjective_is_not_an_entity(nlp: Language) -> None:
    doc = nlp("The French delegation and several Brazilian officials left early.")
    assert not [e for e in doc.ents if e.text in {"French", "Brazilian"}]


def test_paragraph_break_starts_a_sentence(nlp: Language) -> None:
    doc = nlp("Markets fell sharply on Monday\n\nInvestors blamed the weak figures.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Markets fell sharply on Monday", "Investors blamed the weak figures."]
    space = next(t for t in doc if t.is_space)
    assert space.pos_ == "SPACE"


def test_missing_model_name_raises() -> None:
    with pytest.raises(ModelError) as info:
        load_pipeline("en_no_such_model_xyz")
    msg = str(info.value)
    assert "en_no_such_model_xyz" in msg
    assert "pip install" in msg


def test_missing_model_path_raises(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no such directory"):
        load_pipeline(str(tmp_path / "nowhere"))


def test_mismatched_spacy_version_raises(tmp_path: Path) -> None:
    copy = tmp_path / "old_model"
    shutil.copytree(shipped_model_path(), copy)
    meta_path = copy / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["spacy_version"] = ">=2.3.0,<2.4.0"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError) as info:
        load_pipeline(str(copy))
    msg = str(info.value)
    assert ">=2.3.0,<2.4.0" in msg
    assert "installed" in msg


def test_import_does_not_load_spacy() -> None:
    code = "import sys, factcheck.nlp; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_explain_doc_formats(nlp: Language) -> None:
    from factcheck.nlp.explain import explain_doc

    doc = nlp("Brazil won the match.\n\nFans celebrated.")
    table = explain_doc(doc)
    assert "Brazil" in table and "LOC" in table and "nsubj" in table
    data = json.loads(explain_doc(doc, fmt="json"))
    assert data["tokens"][0]["text"] == "Brazil"
    assert data["ents"][0]["label"] in PLACE_LABELS
    assert len(data["sents"]) == 2
    with pytest.raises(ValueError):
        explain_doc(doc, fmt="xml")


def test_entity_cleanup_resolves_overlaps_it_creates(nlp: Language) -> None:
    # The NER stopped after a hyphen ("Dodd-") and tagged the rest ("Frank") as its own
    # entity: extending the first over the second once raised spaCy's E1010.
    from spacy.tokens import Span

    from factcheck.nlp.components import EntityCleanup

    doc = nlp.make_doc("They want to repeal Dodd-Frank soon.")
    words = [t.text for t in doc]
    start = words.index("Dodd")
    doc.ents = [Span(doc, start, start + 2, label="ORG"), Span(doc, start + 2, start + 3, "ORG")]
    cleaned = EntityCleanup("cleanup", ["JJ"])(doc)
    assert [e.text for e in cleaned.ents] == ["Dodd-Frank"]
