"""The five failure classes of issue 11, each with sentences that must and must not fire.

1. a compatible person in the pronoun's own sentence wins over an incompatible one;
2. two people sharing a surname stay two chains; quoted pronouns do not vote;
3. datelines and bylines are never antecedents;
4. generic and metalinguistic pronouns are not references;
5. the speaker window of "she said" is the last paragraphs, not the article.
All through the real pipeline.
"""

from __future__ import annotations

import pytest

from factcheck.testing import assert_finds, assert_no_finding, check_text

QUIET = [
    # 1. compatible candidate nearby
    "The senator greeted the mayor at the door, and she thanked him for coming.\n",
    "Mr Hale met the head teacher on Friday. She told him the school would reopen.\n",
    "Tom Baker runs the bakery. His wife, Mrs Ann Baker, keeps the accounts. "
    "Mrs Baker said he had never missed a delivery.\n",
    # 2. shared surname, quotations
    "Tom Baker runs the bakery on Main Street. His wife, Ann Baker, keeps the accounts. "
    "Baker said she had never missed a delivery.\n",
    'Mr Grant said the deal was done. "She told me it was over," he said of the buyer.\n',
    "Ann Carter spoke in Iowa on Monday. Carter said the economy was her priority. "
    "Tom Carter, campaigning for his wife, said she would win.\n",
    # a "-man" office title states no gender
    "Campaign spokesman Hope Lane said the group was independent. "
    '"They are not affiliated with us," she said.\n',
    # a speaker's "she" in quoted speech does not vote: the later "he" is not judged by it
    'Mr Reed chaired the inquiry. "She lied to us," he said of a witness. He said the '
    "report was final.\n",
    # 3. dateline
    "LEEDS, England - Thieves took a lorry from a farm overnight. "
    "Its owner said his truck had been found burned out on Sunday.\n",
    # 4. generic and metalinguistic
    "The minister arrived with the press secretary, and he and her aides met the union.\n",
    'The statute says that "he" includes any person, the court ruled on Monday.\n',
    # 5. speaker far away is not a reason to stay silent, but a near one is
    "The ministry published the figures on Monday. Mrs Shah, its spokeswoman, answered "
    "questions. In a statement, she said the figures were final.\n",
]

FIRES = [
    # 1. no compatible person in the window
    ("Mrs Patel chaired the meeting on Monday. He said the budget would be cut.\n", "He", "FC202"),
    # 2. the surname-sharing couple, with the wife's own pronoun flipped
    (
        "Tom Baker opened the bakery in 1990. His wife, Ann Baker, joined in 1995. "
        "Mrs Baker now runs the shop alone. The shop opens at six. Customers queue outside "
        "by seven. Mrs Baker said he would not sell the business.\n",
        "he",
        "FC202",
    ),
    # 4. "his" alone is not generic
    (
        "Shares in Harlow Engineering rose on Monday.\n\n"
        "The company said profits had fallen but stressed that his overseas contracts "
        "were on track.\n",
        "his",
        "FC201",
    ),
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet(text: str) -> None:
    assert_no_finding(check_text(text, select=["FC2"]))


@pytest.mark.parametrize(("text", "excerpt", "code"), FIRES)
def test_fires(text: str, excerpt: str, code: str) -> None:
    assert_finds(check_text(text, select=[code]), code, excerpt)


def test_speaker_window_is_not_the_whole_article() -> None:
    text = (
        "Mrs Shah opened the new library in March.\n\n"
        "The library has 20,000 books and a cafe.\n\n"
        "Opening hours will be longer in summer.\n\n"
        "Parking is free after six.\n\n"
        "The council runs the building. In a statement, he said the roof would be repaired.\n"
    )
    assert_finds(check_text(text, select=["FC201"]), "FC201", "he")
