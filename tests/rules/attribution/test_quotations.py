"""FC401 quotation-without-speaker and FC402 unclosed-quotation, on the real pipeline."""

from __future__ import annotations

from factcheck.testing import assert_finds, assert_no_finding, check_text

HEAD = "Council approves budget\n\n"


def test_quotation_alone_after_narrative_paragraph_is_reported() -> None:
    text = (
        HEAD
        + "The council voted on Tuesday to approve the new budget.\n\n"
        + '"We have no choice but to balance the books this year."\n'
    )
    found = assert_finds(check_text(text, select=["FC401"]), "FC401")
    assert found[0].excerpt.startswith('"We have no choice')
    assert {e.kind for e in found[0].evidence} >= {"searched sentence", "searched paragraph"}


def test_quotation_mid_paragraph_without_speaker_is_reported() -> None:
    text = (
        HEAD
        + "The mayor opened the new library on Saturday morning. "
        + '"Reading changes lives and this building will change this town." '
        + "The library cost four million pounds to build.\n"
    )
    assert_finds(check_text(text, select=["FC401"]), "FC401")


def test_attributed_quotations_are_not_reported() -> None:
    text = (
        HEAD
        + '"We have no choice but to balance the books," said council leader Mary Evans.\n\n'
        + 'She added: "Nobody wants to cut services, but the money has run out."\n\n'
        + '"The reserves are empty and the grant has been cut again," the treasurer told '
        + 'reporters. "We cannot borrow to pay salaries."\n\n'
        + 'According to Ms Evans, "the next two years will be the hardest we have faced".\n'
    )
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


def test_previous_paragraph_speaker_continues() -> None:
    text = (
        HEAD
        + '"The budget is balanced," said council leader Mary Evans.\n\n'
        + '"Every department has made savings and nobody will lose their job."\n'
    )
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


def test_quoted_terms_are_not_quotations_needing_a_speaker() -> None:
    text = (
        HEAD
        + 'Opposition members called the plan "reckless" and a "fantasy budget".\n\n'
        + 'The so-called "rainy day fund" will be emptied by March.\n'
    )
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


def test_unclosed_quotation_is_reported() -> None:
    text = (
        HEAD
        + '"We will appeal against the ruling, said the club chairman on Monday.\n\n'
        + "The club was fined for breaching spending rules last season.\n"
    )
    found = assert_finds(check_text(text, select=["FC402"]), "FC402")
    assert found[0].severity.label == "warning"


def test_multi_paragraph_quotation_is_not_unclosed() -> None:
    text = (
        HEAD
        + 'The chairman said: "We will appeal against the ruling. We believe the club '
        + "acted within the rules at all times.\n\n"
        + '"Our lawyers are confident and we expect a decision within weeks."\n'
    )
    assert_no_finding(check_text(text, select=["FC402"]), "FC402")


def test_closed_quotations_and_apostrophes_are_not_unclosed() -> None:
    text = (
        HEAD
        + "The players' union said the club's decision was 'regrettable'.\n\n"
        + '"It\'s a sad day for the town," said Mr Jones. "We\'ll fight on."\n'
    )
    assert_no_finding(check_text(text, select=["FC402"]), "FC402")


def test_run_on_quotation_of_flattened_paragraphs_is_not_unclosed() -> None:
    text = (
        HEAD
        + 'The manager said: "We played well in the first half. "After the break we lost '
        + 'our shape and they punished us," he said.\n'
    )
    assert_no_finding(check_text(text, select=["FC402"]), "FC402")
