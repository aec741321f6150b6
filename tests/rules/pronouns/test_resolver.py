"""The antecedent resolver's public API, on the real pipeline."""

from __future__ import annotations

from factcheck.testing import run_text


def _article(text: str):  # type: ignore[no-untyped-def]
    from factcheck import Settings, Source
    from factcheck.host.readers.txt import read_txt
    from factcheck.nlp import load_pipeline

    article = read_txt(Source("t.txt", text, "txt"), Settings())
    article.doc = load_pipeline()(article.prose)
    return article


def test_resolve_links_pronoun_to_subject() -> None:
    from factcheck_rules.pronouns.analysis.resolver import DERIVED_KEY, resolve

    article = _article("Mrs Patel said the plan was sound. She added that it would save money.\n")
    found = resolve(article)
    she = next(r for r in found if r.text == "She")
    assert she.antecedent is not None
    assert "Patel" in she.antecedent.text
    assert she.candidates and she.candidates[0].score > 0
    assert article.derived(DERIVED_KEY, lambda a: None) is found


def test_resolve_it_to_organisation() -> None:
    from factcheck_rules.pronouns.analysis.resolver import resolve

    article = _article("The ministry said it would publish the report on Monday.\n")
    it = next(r for r in resolve(article) if r.text == "it")
    assert it.antecedent is not None and it.antecedent.kind == "org"


def test_gazetteer() -> None:
    from factcheck_rules.pronouns.analysis import gazetteer

    assert gazetteer.is_country("North Korea")
    assert gazetteer.is_country("France")
    assert gazetteer.is_place("Tokyo")
    assert not gazetteer.is_place("Lincoln")
    assert gazetteer.is_org_name("Harlow Engineering plc")
    assert not gazetteer.is_org_name("Anna Brook")


def test_run_text_is_importable() -> None:
    assert callable(run_text)
