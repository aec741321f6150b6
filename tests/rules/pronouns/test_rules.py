"""FC201 and FC202 on realistic news sentences, with the real shipped pipeline."""

from __future__ import annotations

import pytest

from factcheck.testing import assert_finds, assert_no_finding, check_text

# -- FC201 personal-pronoun-for-non-person -------------------------------------

FIRES_201 = [
    (
        "Shares in Harlow Engineering rose on Monday.\n\n"
        "The company said profits had fallen but stressed that his overseas contracts "
        "were on track.\n",
        "his",
    ),
    (
        "Brazil has raised interest rates again.\n\n"
        "The central bank said inflation was too high. Brazil said he would not "
        "accept outside help.\n",
        "he",
    ),
]

QUIET_201 = [
    "The company said its profits had fallen.\n\nChief executive Anna Brook said she "
    "expected a better year.\n",
    "France beat Italy on Saturday.\n\nCoach Marc Leroy said he was delighted with his players.\n",
    "The ministry said it would publish the report. Mr Ahmed, the minister, said he had read it.\n",
]


@pytest.mark.parametrize(("text", "excerpt"), FIRES_201)
def test_fc201_fires(text: str, excerpt: str) -> None:
    findings = check_text(text, select=["FC201"])
    assert_finds(findings, "FC201", excerpt)


@pytest.mark.parametrize("text", QUIET_201)
def test_fc201_quiet(text: str) -> None:
    assert_no_finding(check_text(text, select=["FC2"]))


# -- FC202 gender-conflict ---------------------------------------------------------

FIRES_202 = [
    (
        "Council leader defends plan\n\n"
        "Mrs Patel said the plan was sound and would save money. "
        "He added that the council would vote on Monday.\n",
        "He",
    ),
    (
        "Mr Okafor, the club's chairman, said he was proud of the players. "
        "She said the new stadium would open next year.\n",
        "She",
    ),
]

QUIET_202 = [
    # Two people of different genders: the pronoun has a referent of its own.
    "Mrs Patel met Mr Jones on Monday. He said the talks had gone well.\n",
    # Generic "he or she".
    "Mr Jones said every pupil would get a laptop. A pupil can keep it if he or she "
    "passes the course.\n",
    # Singular they.
    "Sam Taylor, the spokesperson, said they would not comment.\n",
    # A quotation may mean someone the article never names.
    'Mrs Patel said the plan was sound. "He told me it would never work," she said.\n',
    # Gender is never taken from a first name.
    "Maria Lopez chairs the committee. He said the budget was fair.\n",
]


@pytest.mark.parametrize(("text", "excerpt"), FIRES_202)
def test_fc202_fires(text: str, excerpt: str) -> None:
    findings = check_text(text, select=["FC202"])
    assert_finds(findings, "FC202", excerpt)


@pytest.mark.parametrize("text", QUIET_202)
def test_fc202_quiet(text: str) -> None:
    assert_no_finding(check_text(text, select=["FC2"]))


def test_fc202_evidence_points_at_earlier_mention() -> None:
    text = "Mrs Patel said the plan was sound. He added that the vote was on Monday.\n"
    findings = [f for f in check_text(text, select=["FC202"]) if f.rule == "FC202"]
    assert findings, "expected a finding"
    assert findings[0].evidence
    assert findings[0].fix is not None and findings[0].fix.replacement == "She"


def test_fc201_country_inside_quotation_when_unambiguous() -> None:
    text = (
        "Sanctions talks stall\n\n"
        '"Venezuela chose confrontation over dialogue," the envoy, Mrs Okoro, said. '
        '"In doing so, he isolated himself from every neighbour."\n'
    )
    findings = check_text(text, select=["FC201"])
    assert_finds(findings, "FC201", "he")


def test_fc202_elided_noun_keeps_its_gender() -> None:
    text = (
        "Refugees describe escape\n\n"
        "The charity spoke to families who had crossed the border. "
        "A woman, the charity said, had walked for nine days with her children. "
        "Another had been turned back twice as he tried to cross.\n\n"
        "She finally crossed in March with her two daughters.\n"
    )
    findings = check_text(text, select=["FC202"])
    assert_finds(findings, "FC202", "he")


QUIET_MORE = [
    # "she said" after a quotation is the speaker, not the person quoted about.
    "Trade talks resume\n\nThe minister, Ms Rivera, met farmers on Monday. "
    '"Mr Chen has done more for this valley than anyone," she said.\n',
    # A pronoun the writer glosses at once.
    'Mr Kerr said the coach had called. "It was something he (Mr Tan) wanted," he said.\n',
    # A company spokesman is a person: "he" after the company is fine.
    "Brightwell Energy raised its prices. Its spokesman, Tom Avery, said he regretted it.\n",
    # Reporting "he said" with the speaker named paragraphs earlier.
    "Mr Lund, the bank's economist, spoke at the conference.\n\n"
    "Inflation would fall next year.\n\n"
    "The central bank would hold rates, he said.\n",
]


@pytest.mark.parametrize("text", QUIET_MORE)
def test_quiet_more(text: str) -> None:
    assert_no_finding(check_text(text, select=["FC2"]))
