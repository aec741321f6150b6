"""FC404 unattributed-assertion and the shared attribution extractor."""

from __future__ import annotations

import pytest

from factcheck.testing import assert_finds, check_text


def test_evaluative_superlative_about_an_entity_is_a_warning() -> None:
    text = (
        "Summit ends\n\n"
        "The talks ended without agreement. But Germany – France's most trusted partner "
        "in the bloc – refused to sign the declaration.\n"
    )
    found = assert_finds(check_text(text, select=["FC404"]), "FC404")
    assert any(f.severity.label == "warning" and "most trusted" in f.excerpt for f in found)


def test_attributed_superlative_is_not_a_warning() -> None:
    text = (
        "Summit ends\n\n"
        "Germany is France's most trusted partner in the bloc, the foreign minister said.\n"
    )
    findings = check_text(text, select=["FC404"])
    assert not [f for f in findings if f.severity.label != "info"]


def test_loaded_characterisation_is_at_least_info() -> None:
    text = (
        "Border closed\n\n"
        "The notorious warlord closed the border crossing on Sunday.\n\n"
        "The isolated republic has few trading partners.\n"
    )
    found = check_text(text, select=["FC404"])
    assert_finds(found, "FC404", message="notorious")
    assert_finds(found, "FC404", message="isolated")


def test_plain_reporting_is_not_flagged_at_warning() -> None:
    text = (
        "Bridge reopens\n\n"
        "The bridge reopened on Monday after three months of repairs.\n\n"
        "Drivers queued from early morning to cross it.\n"
    )
    findings = check_text(text, select=["FC404"])
    assert not [f for f in findings if f.severity.label != "info"]


@pytest.fixture(scope="module")
def article() -> object:
    from factcheck import Settings, Source
    from factcheck.host.readers.txt import read_txt
    from factcheck.nlp import load_pipeline

    text = (
        "Budget row\n\n"
        '"We will not raise taxes," the chancellor told MPs.\n\n'
        "According to the Treasury, borrowing fell last year.\n\n"
        "She said the plan had been agreed by the cabinet.\n"
    )
    art = read_txt(Source("a.txt", text, "txt"), Settings())
    art.doc = load_pipeline()(art.prose)
    return art


def test_extractor_finds_source_cue_and_content(article: object) -> None:
    from factcheck.analysis.attribution.extractor import attributions

    found = attributions(article)  # type: ignore[arg-type]
    text = article.text  # type: ignore[attr-defined]
    cues = {text[a.cue.start : a.cue.end]: a for a in found}
    assert "told" in cues and "according to" in {c.lower() for c in cues}
    told = cues["told"]
    assert told.source is not None and "chancellor" in text[told.source.start : told.source.end]
    assert told.content is not None and "raise taxes" in text[told.content.start : told.content.end]
    said = cues["said"]
    assert said.source_type == "pronoun"
    assert said.content is not None and "agreed" in text[said.content.start : said.content.end]


def test_extractor_result_is_shared(article: object) -> None:
    from factcheck.analysis.attribution.extractor import DERIVED_KEY, attributions

    first = attributions(article)  # type: ignore[arg-type]
    assert attributions(article) is first  # type: ignore[arg-type]
    assert article._derived[DERIVED_KEY] is first  # type: ignore[attr-defined]


def test_writer_framing_inside_an_attributed_sentence_is_a_claim_to_verify() -> None:
    from factcheck.testing import check_text

    findings = check_text(
        "Harbour row deepens\n\n"
        "The mayor called the vote “a mistake” given growing anger among dock workers.\n",
        select=["FC404"],
    )
    framing = [f for f in findings if "growing anger" in f.excerpt]
    assert framing and framing[0].severity.label == "info"
    assert not any(f" is a {v}" in framing[0].message for v in "aeiou")  # "an evaluative"
