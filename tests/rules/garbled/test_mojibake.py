"""FC105 mojibake: wrong decodings repaired with ftfy, lost and control characters."""

from __future__ import annotations

from factcheck.testing import RuleTester, check_text
from tests.rules.garbled._texts import LEAD, article

mojibake = RuleTester("FC105")

test_mojibake = mojibake.run(
    valid=[
        article(LEAD, "The island’s café, run by José Müller, will reopen in June."),
        article(LEAD, "A return ticket is expected to cost £12, or about €14."),
        article(LEAD, "Naïve optimism, said the critics – but the vote was clear."),
        article(LEAD, "Crème brûlée and smørrebrød will be served on board."),
    ],
    invalid=[
        {
            "text": article(LEAD, "The council’s budget allows Â£2.5m for a new pier."),
            "excerpt": "Â£",
            "fix": "£",
            "severity": "error",
        },
        {
            "text": article(LEAD, "The operatorâ€™s chief executive welcomed the decision."),
            "excerpt": "â€™",
            "fix": "’",
        },
        {
            "text": article(LEAD, "Passengers will be able to buy coffee at the cafÃ© on deck."),
            "output": article(LEAD, "Passengers will be able to buy coffee at the café on deck."),
        },
        {
            "text": article(LEAD, "The mayor called it â€œa historic dayâ€\x9d for the town."),
            "output": article(LEAD, "The mayor called it “a historic day” for the town."),
        },
        {
            "text": article(LEAD, "The boat was named after Ren\ufffde Dupont, a local skipper."),
            "excerpt": "\ufffd",
            "message": "REPLACEMENT CHARACTER",
        },
        {
            "text": article(LEAD, "The vote was 14 to\x07 3 in favour."),
            "excerpt": "\x07",
            "fix": "",
        },
    ],
)


def test_mojibake_runs_without_the_parse() -> None:
    """FC105 is character-level: it declares it needs no parse."""
    from factcheck_rules.garbled.mojibake import Mojibake

    assert Mojibake.needs_parse is False
    findings = check_text(article(LEAD, "It cost Â£3."), select=["FC105"])
    assert [f.rule for f in findings] == ["FC105"]
