"""FC106 web-furniture: interface lines recognised as a class, never inside copy."""

from __future__ import annotations

import pytest
from factcheck_rules.garbled.web_furniture import furniture_kind

from factcheck.testing import RuleTester
from tests.rules.garbled._texts import LEAD, SECOND, article

# Lines of web pages written for these tests (none comes from the dev data).
FURNITURE = [
    "Sign up to our morning briefing",
    "Subscribe to our weekly newsletter",
    "Most Read",
    "Skip to main content",
    "Accept all cookies",
    "Story continues below advertisement",
    "Listen to this article",
    "4 min read",
    "Updated 2 hours ago",
    "Last updated: 14 March 2024, 09:12 GMT",
    "Photo: Anna Berg/Reuters",
    "Picture: PA Media",
    "(Photograph by Tom Hale/AFP via Getty Images)",
    "Copyright 2024 Harbour Media Ltd. All rights reserved.",
    "Tags: ferries, transport, council",
    "Facebook Twitter WhatsApp Email",
    "Join the conversation",
    "Sign in to keep reading",
    "Download our free app",
    "Reporting by Lena Ortiz; Editing by Sam Reed",
    "Media caption: Residents queue for the first sailing",
    "37 comments",
    "Comments (12)",
    "Show all comments",
    "See also: Why island ferries keep failing",
    "Related stories",
    "Trending now",
    "Click to enlarge",
    "Share on WhatsApp",
    "Email this page",
    "Tell us what you think",
    "Recommended",
    "Enable JavaScript to watch this video",
]

# Short lines of copy that use the same words in their ordinary sense.
NOT_FURNITURE = [
    "Share prices",
    "Video games",
    "Mobile apps and video",
    "Follow the money",
    "Read all about it",
    "Watch this space",
    "Related issues",
    "Cookies and cream",
    "Photo finish",
    "Email scandal deepens",
    "Print media in decline",
    "Privacy concerns",
    "Back to school",
    "Top of the table",
    "Most of the time",
    "Rovers v United",
    "By Lena Ortiz, transport correspondent",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_kind_recognises_interface_lines(line: str) -> None:
    assert furniture_kind(line) is not None, line


@pytest.mark.parametrize("line", NOT_FURNITURE)
def test_furniture_kind_leaves_copy_alone(line: str) -> None:
    assert furniture_kind(line) is None, line


furniture = RuleTester("FC106")

test_web_furniture = furniture.run(
    valid=[
        article(LEAD, "Share prices in the ferry operator rose 4% after the vote.", SECOND),
        article(LEAD, '"Follow us on this journey," the mayor told the crowd.', SECOND),
        article(
            LEAD, "Campaigners urged people to sign up for the newsletter\nand share it.", SECOND
        ),
        article(LEAD, "Video games", "The arcade on the pier will also reopen.", SECOND),
        article(LEAD, SECOND, headline="Ferry returns - and so do the tourists"),
    ],
    invalid=[
        {
            "text": article(LEAD, "Sign up to our morning briefing", SECOND),
            "excerpt": "Sign up to our morning briefing",
            "output": article(LEAD, "", SECOND),
            "severity": "warning",
        },
        {
            "text": article(LEAD, "Photo: Anna Berg/Reuters", SECOND),
            "excerpt": "Photo: Anna Berg/Reuters",
            "message": "credit",
        },
        {
            "text": article(LEAD, SECOND, "37 comments"),
            "excerpt": "37 comments",
        },
        {
            "text": article(
                LEAD,
                SECOND,
                headline=("Harbour town votes to restore its old ferry link | The Coastal Times"),
            ),
            "excerpt": "| The Coastal Times",
            "message": "site name",
        },
        {
            "text": article(
                LEAD,
                SECOND,
                headline=("Harbour town votes to restore ferry link - Westshire News Online"),
            ),
            "excerpt": "- Westshire News Online",
        },
        {
            "text": article(LEAD, "Advertisement", SECOND, "Share this story"),
            "excerpt": ["Advertisement", "Share this story"],
        },
    ],
)


@pytest.mark.parametrize(
    "line",
    [
        "More from Politics",
        "Latest on Climate Change",
        "Find us on Mastodon",
        "1,204 readers are viewing this story",
        "You might also like",
    ],
)
def test_navigation_counters_and_recommendations(line: str) -> None:
    assert furniture_kind(line) is not None, line


@pytest.mark.parametrize(
    "line",
    ["More in hope than expectation", "More on that in a moment", "12 arrested after clashes"],
)
def test_lines_of_copy_that_look_like_navigation(line: str) -> None:
    assert furniture_kind(line) is None, line
