"""Issue 12, classes 1-4 and 8: conventions of real copy, with sentences written for the test.

Each class has texts that must be reported and texts that must not.
"""

from __future__ import annotations

from factcheck.testing import assert_finds, assert_no_finding, check_text

HEAD = "Town hall closes its doors\n\n"


# -- 1. attribution by layout ---------------------------------------------------------


def test_dash_and_name_after_the_quotation_attribute_it() -> None:
    text = (
        HEAD
        + "Readers wrote to us about the closure of the town hall.\n\n"
        + '"It was the only building where I could pay my rent in cash." ― Rosa Kemp\n\n'
        + '"We will have to drive for an hour to reach the new office." — Owen Marsh, Ohio\n'
    )
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


def test_delayed_attribution_in_the_next_paragraph() -> None:
    text = (
        HEAD
        + "The two firms agreed terms on Monday evening.\n\n"
        + '"This deal makes us the strongest lender in the northern counties."\n\n'
        + "That was how the chief executive described the merger to staff.\n"
    )
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


def test_a_dash_before_a_lower_case_phrase_is_no_signature() -> None:
    text = (
        HEAD
        + "The council met on Tuesday to vote on the closure.\n\n"
        + '"We have no money left to keep the building open." — and then the vote.\n'
    )
    assert_finds(check_text(text, select=["FC401"]), "FC401")


def test_next_paragraph_without_a_demonstrative_does_not_attribute() -> None:
    text = (
        HEAD
        + "The two firms agreed terms on Monday evening.\n\n"
        + '"This deal makes us the strongest lender in the northern counties."\n\n'
        + "The chief executive described the merger to staff on Tuesday.\n"
    )
    assert_finds(check_text(text, select=["FC401"]), "FC401")


# -- 2. carry-over speakers from indirect speech ---------------------------------------


def test_indirect_speech_does_not_lend_its_speaker_to_the_next_quotation() -> None:
    text = (
        HEAD
        + "The judge read the papers on Monday.\n\n"
        + "She noted that the filing had arrived two days late.\n\n"
        + '"This is absurd and the court will not accept it from anyone."\n'
    )
    assert_finds(check_text(text, select=["FC401"]), "FC401")


def test_a_quoting_paragraph_still_lends_its_speaker() -> None:
    text = (
        HEAD
        + '"The filing arrived two days late," said Judge Alma Reyes.\n\n'
        + '"This is absurd and the court will not accept it from anyone."\n'
    )
    assert_no_finding(check_text(text, select=["FC401"]), "FC401")


# -- 3. nested quotations and abbreviations --------------------------------------------


def test_a_nested_quotation_in_the_same_style_does_not_end_the_outer_one() -> None:
    text = (
        HEAD
        + '"He told me "go away" and then he walked out of the room," she said.\n\n'
        + "“He told me “go away” and then he walked out of the room,” she said.\n"
    )
    found = check_text(text, select=["FC401", "FC402"])
    assert_no_finding(found, "FC402")
    assert_no_finding(found, "FC401")


def test_an_apostrophe_after_an_abbreviation_opens_no_quotation() -> None:
    text = (
        HEAD
        + "The U.N.'s review of the aid budget is due in the spring, officials said.\n\n"
        + "The I.R.S.’s new rules apply from May, the agency said.\n"
    )
    assert_no_finding(check_text(text, select=["FC402"]), "FC402")


def test_a_quotation_that_really_lost_its_closing_mark_is_still_reported() -> None:
    text = HEAD + '"We will appeal against the ruling, said the chairman of the club.\n'
    assert_finds(check_text(text, select=["FC402"]), "FC402")


# -- 4. unclosed quotation versus the multi-paragraph convention -----------------------


def test_continuation_holding_its_own_attribution_is_unclosed() -> None:
    text = (
        HEAD
        + '"We will appeal against the ruling because it is plainly wrong.\n\n'
        + '"The club has done nothing wrong, said the director of the club."\n'
    )
    found = assert_finds(check_text(text, select=["FC402"]), "FC402")
    assert "own attribution" in found[0].message


def test_multi_paragraph_quotation_without_attribution_inside_is_fine() -> None:
    text = (
        HEAD
        + 'The director said: "We will appeal against the ruling because it is wrong.\n\n'
        + '"The club has done nothing wrong and we will say so in court."\n'
    )
    assert_no_finding(check_text(text, select=["FC402"]), "FC402")


# -- 8. genre -------------------------------------------------------------------------


def test_evaluative_language_in_a_signed_opinion_piece_is_not_reported() -> None:
    text = (
        "Opinion: The council has lost its way\n\n"
        + "By Ada Quill\n\n"
        + "I have lived in this town for twenty years. The notorious planning chief, the "
        + "most incompetent official in the county, should go.\n"
    )
    assert_no_finding(check_text(text, select=["FC404"]), "FC404")


def test_the_same_words_in_news_copy_are_reported() -> None:
    text = HEAD + "The notorious planning chief approved the scheme on Monday.\n"
    assert_finds(check_text(text, select=["FC404"]), "FC404", "The notorious planning chief")


def test_a_superlative_ranking_data_is_not_an_evaluation() -> None:
    text = (
        HEAD
        + "Factory output fell in March, the statistics office said.\n\n"
        + "The steepest fall was in manufacturing, where orders dropped again.\n"
    )
    findings = check_text(text, select=["FC404"], settings={"checklist": "all"})
    assert not [f for f in findings if f.excerpt == "steepest fall"]


def test_an_evaluative_superlative_in_news_copy_is_still_a_claim() -> None:
    text = HEAD + "Ms Vale, the town's greatest benefactor, paid for the new roof.\n"
    findings = check_text(text, select=["FC404"], settings={"checklist": "all"})
    assert_finds(findings, "FC404", "greatest benefactor")


def test_a_possessive_inside_an_inner_quotation_does_not_close_the_outer_single() -> None:
    text = (
        HEAD
        + "And how ‘bout this headline from the paper: “Surge in thefts alters residents’ "
        + "routines, lifestyles.” The city will vote on it.\n"
    )
    assert_no_finding(check_text(text, select=["FC402"]), "FC402")


def test_three_apostrophes_close_the_inner_single_then_the_outer_double() -> None:
    text = (
        HEAD
        + "''Voters will not be satisfied with 'We'll bomb them all,''' said Senator Jo Bell.\n\n"
        + "''Part of my job is to say: 'Hey, he's one of us,''' Mr. Tate said.\n"
    )
    assert_no_finding(check_text(text, select=["FC402"]), "FC402")


def test_a_single_quotation_still_closes_after_a_plural_possessive() -> None:
    text = HEAD + "The union said ‘the owners’ offer is an insult to the players’ on Monday.\n"
    found = check_text(text, select=["FC402"])
    assert_no_finding(found, "FC402")


def test_a_loaded_adjective_on_an_event_is_no_warning() -> None:
    text = HEAD + "In the town, refugees from the brutal civil war have found homes.\n"
    found = check_text(text, select=["FC404"], settings={"checklist": "all"})
    assert not [f for f in found if f.severity.name == "WARNING"]
    regime = HEAD + "The brutal regime closed the border on Monday.\n"
    assert_finds(check_text(regime, select=["FC404"]), "FC404", "The brutal regime")


def test_a_first_person_clause_is_no_attribution_of_the_continuation() -> None:
    text = (
        HEAD
        + 'Mr Vane said: "There was one thing I said that I should not have said then.\n\n'
        + '"I was trying to help and it was the wrong thing to do, I should have told the '
        + 'truth."\n'
    )
    assert_no_finding(check_text(text, select=["FC402"]), "FC402")


def test_a_nested_quotation_in_the_other_style_does_not_end_the_outer_one() -> None:
    text = (
        HEAD
        + "The paper wrote:\n\n"
        + '"The pastor called the remark a “term of endearment” and moved on.\n\n'
        + '"The host called it “a disgrace” and ended the interview."\n'
    )
    assert_no_finding(check_text(text, select=["FC402"]), "FC402")


def test_an_outer_quotation_left_open_around_a_nested_one_is_still_reported() -> None:
    text = HEAD + '"We will appeal, he said, calling the ruling “a disgrace” on Monday.\n'
    assert_finds(check_text(text, select=["FC402"]), "FC402")


def test_a_negated_or_hypothetical_cue_is_no_vague_attribution() -> None:
    text = (
        HEAD
        + "Five delegates backed her. Two others have not said who they would vote for.\n\n"
        + "Many might think it is simply another chance to shine.\n"
    )
    assert_no_finding(check_text(text, select=["FC405"]), "FC405")
    assert_finds(check_text(HEAD + "Critics say the plan costs too much.\n"), "FC405")
