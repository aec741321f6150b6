"""FC102 spliced-sentence and FC103 lowercase-sentence-start: a full stop, then lower case."""

from __future__ import annotations

from factcheck.testing import RuleTester, check_text
from tests.rules.garbled._texts import LEAD, SECOND, article

spliced = RuleTester("FC102")
lowercase = RuleTester("FC103")

# Texts where neither rule may fire: continuations, brands, quoted fragments, lists.
CLEAN = [
    article(LEAD, "The crossing takes approx. forty minutes in calm weather.", SECOND),
    article(LEAD, "Fares will be compared with other routes, e.g. the one to Lundy.", SECOND),
    article(LEAD, "It will be the harbour vs. the airport for the tourist trade.", SECOND),
    article(LEAD, "Bookings will open online. iPhone users can also use an app.", SECOND),
    article(LEAD, "Tickets were listed for sale. eBay sellers offered souvenirs too.", SECOND),
    article(LEAD, 'The mayor called the old service "slow and unreliable".', SECOND),
    article(LEAD, 'She tweeted: "so proud of this town. what a night."', SECOND),
    article(
        LEAD, "The plan has three parts:\n- a new pier.\n- two boats.\n- cheaper fares.", SECOND
    ),
    article(LEAD, "Details are at www.portwenn.gov.uk and bookings open in May.", SECOND),
    article(LEAD, "The boat was designed by Jan de Vries. de Vries also built the pier.", SECOND),
    article(LEAD, "The first boat leaves at 7 a.m. and returns at noon.", SECOND),
    article(LEAD, '"Will it pay?" asked one councillor. "We think so," said another.', SECOND),
]

test_spliced_sentence = spliced.run(
    valid=CLEAN,
    invalid=[
        {
            "text": article(
                LEAD,
                "The harbourmaster said the delays had hurt local trade. fishermen and their "
                "families on the quay.",
                SECOND,
            ),
            "message": "Spliced sentence",
        },
        {
            "text": article(
                LEAD,
                "The previous operator ran the route until 2009. been losing money for years "
                "before it withdrew.",
                SECOND,
            ),
            "message": "subject is missing",
        },
        {
            "text": article(
                LEAD,
                'She said the old boat "kept the island alive. a lifeline for the elderly".',
                SECOND,
            ),
            "message": "no verb of its own",
        },
    ],
)

test_lowercase_sentence_start = lowercase.run(
    valid=CLEAN,
    invalid=[
        {
            "text": article(
                LEAD, "The vote was close. the council had been split for months.", SECOND
            ),
            "excerpt": "the",
            "fix": "The",
            "severity": "warning",
        },
        {
            "text": article(
                LEAD, "Turnout was high. but some residents said they had not been asked.", SECOND
            ),
            "excerpt": "but",
            "fix": "But",
        },
        {
            "text": article(LEAD, "they will hear the bids in the spring.", SECOND),
            "excerpt": "they",
            "message": "start of a paragraph",
        },
    ],
)


def test_a_splice_is_reported_once() -> None:
    """The two rules split the cases between them: one finding per cut."""
    text = article(LEAD, "The pier needs repairs. gulls and rust on every railing.", SECOND)
    findings = check_text(text, select=["FC102", "FC103"])
    assert [f.rule for f in findings] == ["FC102"]


def test_verbless_sentences_are_opt_in() -> None:
    """The long-verbless-sentence check of FC102 runs only when configured."""
    text = article(
        LEAD,
        "The new pier, with its two berths for the island ferry and a heated waiting room "
        "for passengers in the winter months.",
        SECOND,
    )
    assert check_text(text, select=["FC102"]) == []
    found = check_text(text, select=["FC102"], rule_options={"FC102": {"verbless-sentences": True}})
    assert [f.data["reason"] for f in found] == ["no-finite-verb"]
