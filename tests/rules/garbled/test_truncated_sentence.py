"""FC104 truncated-sentence: sentences that stop on a word that needs more."""

from __future__ import annotations

from factcheck.testing import RuleTester
from tests.rules.garbled._texts import LEAD, SECOND, article

truncated = RuleTester("FC104")

test_truncated_sentence = truncated.run(
    valid=[
        article(LEAD, "It is the service the islanders have waited for.", SECOND),
        article(
            LEAD,
            "Nobody knows what the new boat will be called or where it will sail from.",
            SECOND,
        ),
        article(LEAD, "The old timetable was something to be ashamed of.", SECOND),
        article(LEAD, "The subsidy has already been paid for.", SECOND),
        article(LEAD, "It is the worst winter the crew can remember sailing in.", SECOND),
        article(LEAD, "It is the best crossing I have ever been on.", SECOND),
        article(
            LEAD, '"We wanted to restart it years ago but were never allowed to," he said.', SECOND
        ),
        article(LEAD, "Fuel prices went up.", SECOND),
        article(LEAD, "Tickets will cost £4 each.", SECOND),
        article(LEAD, SECOND, "Harbour timetable", "Monday to Friday: 07:00, 12:00, 18:00"),
        article(LEAD, "Result: Portwenn 3 Lundy 1", SECOND),
        article(LEAD, "Points raised by residents included:", "- parking at the quay", SECOND),
    ],
    invalid=[
        {
            "text": article(LEAD, "The first sailing is planned for the.", SECOND),
            "excerpt": "the.",
            "message": "needs a noun",
        },
        {
            "text": article(
                LEAD, "Operators have drawn criticism from. They deny any wrongdoing.", SECOND
            ),
            "excerpt": "from.",
            "message": "preposition with no object",
        },
        {
            "text": article(
                LEAD, "The route will link the harbour and. The council agreed.", SECOND
            ),
            "excerpt": "and.",
        },
        {
            "text": article(LEAD, "Islanders would have to pay more than.", SECOND),
            "excerpt": "than.",
        },
        {
            "text": article(
                LEAD,
                "The council spent two years studying the costs of the route and the condition "
                "of the pier before it",
                "agreed to hold the vote.",
            ),
            "message": "next paragraph goes on in lower case",
        },
        {
            "text": article(
                LEAD,
                "The council has studied the costs of the route for two years. It said the "
                "condition of the old pier had worried engineers for even longer",
                SECOND,
            ),
            "message": "no final punctuation",
        },
        {
            "text": article(LEAD, "The council had hoped to.", SECOND),
            "excerpt": "to.",
            "message": "ellipsis",
            "severity": "info",
        },
    ],
)


def test_sentence_cut_after_a_genitive() -> None:
    from factcheck.testing import check_text

    findings = check_text(
        "Cup run ends\n\nThe coach took the side to the league's. Supporters were delighted.\n",
        select=["FC104"],
    )
    assert [f.excerpt for f in findings] == ["league's."]


def test_legitimate_final_genitives() -> None:
    from factcheck.testing import check_text

    findings = check_text(
        "Lunch break\n\nThe final decision was the minister's.\n\n"
        "She stayed at a friend's.\n\nThey ate at McDonald's.\n",
        select=["FC104"],
    )
    assert findings == []
