"""FC504 quotation-conflict: one quotation, two speakers or two wordings."""

from __future__ import annotations

from factcheck.testing import RuleTester

quotes = RuleTester("FC504")

test_quotation_conflict = quotes.run(
    valid=[
        # An excerpt of an earlier quotation is the same words.
        'Budget row\n\n"We will not accept any cuts to the library budget this year," said '
        'Maria Lopez.\n\nLopez later repeated that she would "not accept any cuts to the '
        'library budget".\n',
        # The same speaker repeating herself.
        'Budget row\n\n"We will not accept any cuts to the library budget," said Maria Lopez.'
        '\n\n"We will not accept any cuts to the library budget," Lopez said again.\n',
        # An edited quotation is marked as such.
        'Budget row\n\n"We will not accept any cuts to the library budget," said Maria Lopez.'
        '\n\nShe said: "We will not accept … cuts to the library budget."\n',
        # Short phrases are anyone's.
        'Budget row\n\n"Not acceptable," said Maria Lopez.\n\n"Not acceptable," said Tom Reyes.\n',
    ],
    invalid=[
        {
            "text": 'Budget row\n\n"We will not accept any cuts to the library budget," said '
            "Maria Lopez, who chairs the committee.\n\nLater, council leader Tom Reyes said: "
            '"We will not accept any cuts to the library budget."\n',
            "excerpt": "Tom Reyes",
            "message": "Maria Lopez",
        },
        {
            "text": 'Budget row\n\n"Libraries are where our children learn to love reading," '
            'Maria Lopez said.\n\nIn a statement, she repeated: "Libraries are where our '
            'children learn to love books."\n',
            "excerpt": '"Libraries are where our children learn to love books."',
            "message": "1 word different",
        },
    ],
)
