"""FC503 number-conflict: one quantity or one age stated with two values."""

from __future__ import annotations

from factcheck.testing import RuleTester

numbers = RuleTester("FC503")

test_number_conflict = numbers.run(
    valid=[
        "Council votes\n\nThe 15 members of the council met on Monday. All 15 members agreed.\n",
        # Events are not totals.
        "Storm damage\n\nFourteen people were hurt in the north. In the south 15 people were "
        "hurt when a roof fell.\n",
        # Scales and units are normalised.
        "Harbour deal\n\nThe $2.3m deal was signed on Monday. The board said the 2.3 million "
        "dollar deal was fair.\n",
        # Approximations and ranges hold the values inside them.
        "Rally\n\nAbout 300 people joined the march. Organisers said the 320 people who came "
        "were a record.\n",
        # A change is the point of two figures.
        "Board grows\n\nThe board's 12 members met for the last time. The board now has 14 "
        "members after the merger.\n",
        # Different owners are different sets.
        "Two panels\n\nThe 9 members of the finance committee met. The 12 members of the "
        "planning committee met later.\n",
        "Chief executive\n\nKarin Lindqvist, 61, announced the results. Lindqvist said the "
        "61-year-old board chair would stay.\n",
    ],
    invalid=[
        {
            "text": "Council votes\n\nEach of the 15 members of the Security Council must agree."
            "\n\nAll 14 members of the Security Council voted for the text on Friday.\n",
            "excerpt": "14",
            "fix": "15",
            "message": "15 members",
        },
        {
            "text": "Shipping chief stays\n\nKarin Lindqvist, 61, announced the results on "
            "Tuesday.\n\nAnalysts praised the plan. The 62-year-old said she would stay.\n",
            "excerpt": "62",
            "fix": "61",
            "message": "Age conflict",
        },
        {
            "text": "Council's 14 members back plan\n\nThe 15 members of the council met on "
            "Monday to discuss the plan.\n",
            "excerpt": "14",
            "message": "body says",
        },
    ],
)
