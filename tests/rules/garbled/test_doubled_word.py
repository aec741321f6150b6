"""FC101 doubled-word: must fire on slips, never on English that doubles on purpose."""

from __future__ import annotations

from factcheck.testing import RuleTester, check_text
from tests.rules.garbled._texts import LEAD, article

doubled = RuleTester("FC101")

test_doubled_word = doubled.run(
    valid=[
        article(LEAD, "By the time the vote was called, the opposition had had enough."),
        article(LEAD, "The mayor insisted that that was the cheapest option on the table."),
        article(
            LEAD, "What the harbour needs is is a matter the council has argued over for years."
        ),
        article(LEAD, "The operator also runs boats to Bora Bora and other islands."),
        article(LEAD, '"It is a very very good day for the town," said the harbourmaster.'),
        article(LEAD, '"No no, we never gave up," said one campaigner.'),
        article(LEAD, "The ferry then ran between the harbour and the island. The company..."),
        article(LEAD, "Her firm, Tata Marine, built the old boat in 1974."),
    ],
    invalid=[
        {
            "text": article(LEAD, "The council said the the first sailing could be in May."),
            "excerpt": "the the",
            "output": article(LEAD, "The council said the first sailing could be in May."),
            "severity": "error",
        },
        {
            "text": article(LEAD, "Campaigners had hoped to to restart the service last summer."),
            "excerpt": "to to",
            "fix": "to",
        },
        {
            "text": article(LEAD, "Tickets will cost less than they did in\nin the 1990s."),
            "excerpt": "in\nin",
        },
        {
            "text": article(LEAD, "A spokesman for the operator said a a decision was close."),
            "excerpt": "a a",
        },
        {
            "text": article(LEAD, "The The harbour master welcomed the vote."),
            "excerpt": "The The",
        },
        {
            "text": article(LEAD, "The opposition's hostility hostility to the plan has faded."),
            "excerpt": "hostility hostility",
        },
    ],
)


def test_doubled_preposition_misparsed_as_particle_is_still_found() -> None:
    findings = check_text(
        "The racing game was developed by by a small studio in Leeds.\n\n"
        "The report focuses on on air quality in the capital.\n",
        select=["FC101"],
    )
    assert [f.excerpt for f in findings] == ["by by", "on on"]


def test_particle_then_preposition_of_time_is_left_alone() -> None:
    findings = check_text(
        "The couple moved in in 2019 and opened the bakery a year later.\n",
        select=["FC101"],
    )
    assert findings == []
