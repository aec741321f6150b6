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
        # an infinitive after the verb's object modifies that object
        article(LEAD, "The council needs new addresses to send the ballots to.", SECOND),
        # a fronted object
        article(LEAD, "This one the council could live with.", SECOND),
        # a relative clause whose relative pronoun is an object
        article(LEAD, "It was the one promise which the mayor had campaigned for.", SECOND),
        # "that" before a named subject is the object, whatever the parse says
        article(LEAD, "It is the kind of subsidy that Tremayne routinely rails against.", SECOND),
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

# -- 9. furniture vocabulary by class; a series label makes a headline ----------
test_furniture_classes = furniture.run(
    valid=[
        article(LEAD, SECOND, headline="Analysis: Why the island vote matters to the mainland"),
        article(LEAD, SECOND, headline="Live: Harbour town counts the ferry votes"),
        article(LEAD, "Our partners in the ferry consortium were told on Friday.", SECOND),
        article(LEAD, "Keep the change, the skipper told passengers.", SECOND),
        # a subordinate clause introducing a post is prose
        article(LEAD, "While another resident posted this photo:", SECOND),
    ],
    invalid=[
        # related content
        {"text": article(LEAD, "Related coverage", SECOND), "excerpt": "Related coverage"},
        {"text": article(LEAD, "Recommended for you", SECOND), "excerpt": "Recommended for you"},
        # calls to action and contact links
        {"text": article(LEAD, "Advertise with us", SECOND), "excerpt": "Advertise with us"},
        {"text": article(LEAD, "Keep reading", SECOND), "excerpt": "Keep reading"},
        # credits
        {"text": article(LEAD, "File photo", SECOND), "excerpt": "File photo"},
        {
            "text": article(LEAD, "Photo illustration by Ann Tremayne", SECOND),
            "excerpt": "Photo illustration by Ann Tremayne",
        },
        # a link label in the body is still a link label
        {
            "text": article(LEAD, "Read more: Ferry fares to rise in spring", SECOND),
            "excerpt": "Read more: Ferry fares to rise in spring",
        },
    ],
)

# -- clean-copy conventions found on untouched news (sentences written for the test)
test_initials_and_state_abbreviations = lowercase.run(
    valid=[
        article(LEAD, "The yard was founded by Thomas J. and Mary K. Pascoe in 1921.", SECOND),
        article(LEAD, "The operator also runs boats in Calif. and Wash. in summer.", SECOND),
    ],
    invalid=[
        {
            "text": article(LEAD, "The vote was close. and the council will meet again.", SECOND),
            "excerpt": "and",
        }
    ],
)
test_spliced_not_after_initial = spliced.run(
    valid=[article(LEAD, "The yard was founded by Thomas J. and Mary K. Pascoe in 1921.", SECOND)],
    invalid=[],
)
test_word_and_name_doubles = doubled.run(
    valid=[
        article(LEAD, "Islanders hope to best Best Ferries on price, the mayor said.", SECOND),
        article(LEAD, "Some councillors tsk tsk at the cost of the new pier.", SECOND),
        article(LEAD, '"I like like the new boat," one pupil said.', SECOND),
    ],
    invalid=[
        {
            "text": article(LEAD, '"We will go to to the end of this," she said.', SECOND),
            "excerpt": "to to",
        }
    ],
)
test_adverbial_prepositions = truncated.run(
    valid=[
        article(LEAD, "The subsidy will run through 2030 and perhaps beyond.", SECOND),
    ],
    invalid=[
        {
            # an object pronoun between the verb and an elided infinitive: info only
            "text": article(LEAD, "The fares rose not because the council wanted them to.", SECOND),
            "excerpt": "to.",
            "severity": "info",
        },
        {
            "text": article(LEAD, "On the final motion, two councillors voted against.", SECOND),
            "excerpt": "against.",
            "severity": "info",
        },
        {
            "text": article(LEAD, "The service will run from the quay and from.", SECOND),
            "excerpt": "from.",
        },
    ],
)
