"""FC505 headline-claim-unsupported: a name or number at the top the body never supports."""

from __future__ import annotations

from factcheck.testing import RuleTester

headline = RuleTester("FC505")

test_headline_claim = headline.run(
    valid=[
        "Council cuts 25 jobs at city libraries\n\nThe city council voted on Tuesday to cut 25 "
        "posts in the library service.\n",
        # Other forms of the same number and name.
        "Harbour deal worth $2.3m signed\n\nNordlys Shipping signed the 2.3 million dollar "
        "contract on Monday.\n",
        "China protests over visit\n\nChinese officials complained on Friday about the visit.\n",
        "Man Utd sign striker\n\nManchester United have signed a striker for an undisclosed fee.\n",
        # A site name after a bar is no claim.
        "Council cuts jobs | Westbrook Evening Gazette\n\nThe city council voted on Tuesday to "
        "cut posts in the library service.\n",
        # Years are left to the date rules.
        "The 2004 budget explained\n\nThe chancellor set out his plans on Wednesday.\n",
    ],
    invalid=[
        {
            "text": "Council cuts 40 jobs at city libraries\n\nThe city council voted on "
            "Tuesday to cut 25 posts in the library service.\n",
            "excerpt": "40",
            "severity": "warning",
        },
        {
            "text": "Halvorsen backs library cuts\n\nThe city council voted on Tuesday to cut "
            "posts in the library service.\n",
            "excerpt": "Halvorsen",
            "severity": "info",
        },
        {
            "text": "Ingrid Halvorsen backs library cuts\n\nThe city council voted on Tuesday "
            "to cut posts in the library service.\n",
            "excerpt": "Ingrid Halvorsen",
            "severity": "warning",
        },
    ],
)
