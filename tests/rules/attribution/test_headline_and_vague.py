"""FC403 headline-quote-not-in-body and FC405 vague-attribution."""

from __future__ import annotations

from factcheck.testing import assert_finds, assert_no_finding, check_text


def test_headline_quote_missing_from_body_quotes() -> None:
    text = (
        "Minister 'ashamed' of hospital waiting lists\n\n"
        "The health minister was questioned by MPs on Wednesday.\n\n"
        '"The figures are deeply disappointing," she said.\n'
    )
    found = assert_finds(check_text(text, select=["FC403"]), "FC403", "'ashamed'")
    assert found[0].category == "consistency"


def test_headline_clause_quote_missing_is_a_warning() -> None:
    text = (
        "Minister: 'we will end waiting lists by spring'\n\n"
        "The health minister was questioned by MPs on Wednesday.\n\n"
        '"The figures are deeply disappointing," she said.\n'
    )
    found = assert_finds(check_text(text, select=["FC403"]), "FC403")
    assert found[0].severity.label == "warning"


def test_headline_quote_found_in_body_quotation() -> None:
    text = (
        "Minister 'disappointed' by waiting lists\n\n"
        "The health minister was questioned by MPs on Wednesday.\n\n"
        '"I am deeply disappointed by these figures," she said.\n'
    )
    assert_no_finding(check_text(text, select=["FC403"]), "FC403")


def test_vague_sources_are_reported() -> None:
    text = (
        "Tax plan criticised\n\n"
        "Critics say the scheme will cost far more than the government admits.\n\n"
        "It is widely thought that the minister will resign before the summer.\n"
    )
    found = check_text(text, select=["FC405"])
    assert_finds(found, "FC405", message="Critics")
    assert_finds(found, "FC405", message="passive")


def test_named_and_described_sources_are_not_vague() -> None:
    text = (
        "Tax plan criticised\n\n"
        "The Institute for Fiscal Studies said the scheme would cost more than planned.\n\n"
        "Two economists at the central bank said the plan was affordable.\n\n"
        "She said the minister would not resign.\n"
    )
    assert_no_finding(check_text(text, select=["FC405"]), "FC405")
