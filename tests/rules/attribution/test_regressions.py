"""Patterns of news copy that the family once got wrong, written as fresh examples."""

from __future__ import annotations

from factcheck.testing import assert_finds, assert_no_finding, check_text

HEAD = "Harbour plan approved\n\n"


def test_speaker_after_quote_with_a_noun_phrase_subject() -> None:
    text = (
        HEAD
        + '"We will keep fighting for the fishing fleet," the harbour board tweeted. '
        + '"The new quay is only the start."\n'
    )
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


def test_speaker_with_an_apostrophe_in_the_name() -> None:
    text = HEAD + '"The quay will be finished by the spring," O\'Brien said.\n'
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


def test_participle_modifier_is_not_a_speaker() -> None:
    text = (
        HEAD
        + "Hundreds of comments posted to local forums criticised the plan. "
        + '"The harbour belongs to the town and the town was never asked."\n'
    )
    assert_finds(check_text(text, select=["FC401"]), "FC401")


def test_closing_mark_typed_after_a_space_is_info_with_a_fix() -> None:
    text = HEAD + '"It is a great day for the town. " Ms Reid said after the vote.\n'
    found = check_text(text, select=["FC402"])
    assert not [f for f in found if f.severity.label != "info"]


def test_award_category_superlative_is_not_a_warning() -> None:
    text = (
        "Comedy awards\n\n"
        "The sitcom was named Britain's best new comedy at the ceremony on Friday.\n\n"
        "Germany, Europe's largest economy, hosted the summit.\n"
    )
    found = check_text(text, select=["FC404"])
    assert not [f for f in found if f.severity.label != "info"]


def test_quantifier_with_a_named_example_is_not_vague() -> None:
    text = (
        "Council tax protest\n\n"
        "Some, such as retired teacher Jane Smith, said they would refuse to pay.\n"
    )
    assert_no_finding(check_text(text, select=["FC405"]), "FC405")


def test_speaker_of_a_chain_of_quotation_paragraphs() -> None:
    text = (
        HEAD
        + "The harbour master was pleased with the vote.\n\n"
        + '"This is what the town has waited twenty years for," she said.\n\n'
        + '"The boats will be safer and the quay will bring visitors back."\n\n'
        + '"We start building in March."\n'
    )
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")
