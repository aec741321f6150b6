"""Issue 12, classes 5, 6, 7 and 9: conventions of news copy that are not errors.

Each class has sentences written for this test that must fire and that must
not: the rule is keyed to the linguistic signal (the gap of a stranded
preposition, the role of a lower-case quotation, a particle before the same
preposition, the series label of a headline), not to the words below.
"""

from __future__ import annotations

from factcheck.testing import RuleTester
from tests.rules.garbled._texts import LEAD, SECOND, article

truncated = RuleTester("FC104")
doubled = RuleTester("FC101")
spliced = RuleTester("FC102")
lowercase = RuleTester("FC103")
furniture = RuleTester("FC106")

# -- 5. stranded prepositions: does the missing object have a filler? ----------
test_stranded_preposition_gap = truncated.run(
    valid=[
        # the subject of a tough adjective fills the gap
        article(LEAD, "The new fare rules are hard to argue with.", SECOND),
        # an infinitive modifying a noun: the noun fills the gap
        article(LEAD, "For many islanders the skipper has been a friend to rely on.", SECOND),
        # a fronted object
        article(LEAD, "This one the council could live with.", SECOND),
        # a relative clause whose relative pronoun is an object
        article(LEAD, "It was the one promise which the mayor had campaigned for.", SECOND),
        # a question keeps its wh-word as filler
        article(LEAD, "Who did the harbourmaster speak to?", SECOND),
    ],
    invalid=[
        {
            # the relative pronoun is the subject: no gap for "of"
            "text": article(
                LEAD, "The yard closed in March, which leaves the town short of.", SECOND
            ),
            "excerpt": "of.",
        },
        {
            "text": article(
                LEAD, "The operator has a timetable that leaves the island at odds with.", SECOND
            ),
            "excerpt": "with.",
        },
        {
            # a purpose infinitive of the verb: the noun before "to" is no filler
            "text": article(LEAD, "The mayor went to Truro to talk to.", SECOND),
            "excerpt": "to.",
        },
        {
            # a fronted time phrase is no fronted object
            "text": article(LEAD, "Last year the council voted for.", SECOND),
            "excerpt": "for.",
        },
    ],
)

# -- 6. lower-case quotations are checked unless written in lower case on purpose
test_lowercase_inside_resumed_quotation = lowercase.run(
    valid=[
        article(LEAD, 'She posted: "up at dawn for the first sailing. what a view"', SECOND),
        article(LEAD, 'The skipper said the old boat was "slow but steady".', SECOND),
    ],
    invalid=[
        {
            "text": article(
                LEAD,
                '"We have waited a long time," she said, "but the wait is over. the town '
                'has its ferry back."',
                SECOND,
            ),
            "excerpt": "the",
        },
        {
            "text": article(
                LEAD,
                'The mayor said the vote was a relief, calling the old service "a joke for '
                'years. the islanders deserved better."',
                SECOND,
            ),
            "excerpt": "the",
        },
    ],
)

test_full_stop_before_ellipsis = lowercase.run(
    valid=[article(LEAD, "The crossing was rough... but nobody was sick.", SECOND)],
    invalid=[
        {
            "text": article(
                LEAD, "The crossing was rough.... the skipper turned back at noon.", SECOND
            ),
            "excerpt": "the",
        }
    ],
)

# -- 7. deliberate repetition and a particle before the same preposition --------
test_deliberate_repetition = doubled.run(
    valid=[
        article(LEAD, '"It has been very very hard for the families," she said.', SECOND),
        article(LEAD, '"No no no, we are not giving up," the mayor said.', SECOND),
        article(LEAD, "These are the ferries the island depends on on Boxing Day.", SECOND),
        article(LEAD, "This is the village they grew up in in Cornwall.", SECOND),
        article(LEAD, "The skipper's family moved in in Jan. 2004.", SECOND),
    ],
    invalid=[
        {
            "text": article(LEAD, "The new boat was built by by a yard in Devon.", SECOND),
            "excerpt": "by by",
        },
        {
            "text": article(LEAD, "The survey focuses on on fuel costs.", SECOND),
            "excerpt": "on on",
        },
        {
            # "may" is a calendar abbreviation only in its written form
            "text": article(LEAD, "The crew who turned up up may be paid.", SECOND),
            "excerpt": "up up",
        },
    ],
)
