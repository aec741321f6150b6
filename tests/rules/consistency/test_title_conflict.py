"""FC502 title-conflict: one person given two offices no one holds at once."""

from __future__ import annotations

from factcheck.testing import RuleTester

titles = RuleTester("FC502")

test_title_conflict = titles.run(
    valid=[
        "Summit ends\n\nPrime Minister Fumio Kishida met the delegation. Later, Prime Minister "
        "Kishida said talks would continue.\n",
        # A former office is no claim about the present.
        "Summit ends\n\nFormer President Olav Brekke met Prime Minister Anna Lund. Brekke, "
        "the ambassador to France, said little.\n",
        # Roles that coexist.
        "Party conference\n\nPrime Minister Anna Lund spoke for an hour. Lund, the party "
        "leader, thanked the members.\n",
        # Two offices written together are both meant.
        "Island votes\n\nIvo Tomic, the president and prime minister of the island, called an "
        "election. President Tomic said it would be held in May.\n",
        # A hypothetical office.
        "Polls tighten\n\nSenator Mara Quist leads the polls. Aides say a President Quist would "
        "cut taxes, and Prime Minister Quist is a phrase nobody uses.\n",
    ],
    invalid=[
        {
            "text": "Leaders meet in Tokyo\n\nPrime Minister Fumio Kishida met the delegation "
            "in Tokyo on Monday.\n\nLater, President Kishida said talks would continue.\n",
            "excerpt": "President",
            "fix": "Prime Minister",
            "message": "Fumio Kishida",
        },
        {
            "text": "Council meets\n\nLinda Thomas-Greenfield, the US ambassador to the UN, told "
            "the council that the vote would go ahead.\n\nThomas-Greenfield, the UN "
            "secretary-general, said the text was agreed.\n",
            "excerpt": "secretary-general",
            "message": "ambassador",
        },
    ],
)
