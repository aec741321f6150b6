def test_full_stop_inside_a_short_parenthetical_is_not_a_sentence_end() -> None:
    from factcheck.testing import check_text

    findings = check_text(
        "Senator Ruth Alvarez (D-N.M.) has not given up on the water bill, aides said.\n\n"
        "The measure (approx.) costs less than the one it replaces, officials said.\n",
        select=["FC102", "FC103"],
    )
    assert findings == []


def test_lower_case_first_paragraph_under_the_headline() -> None:
    from factcheck.testing import check_text

    findings = check_text(
        "Port strike ends after talks\n\n"
        "dock workers in the city returned to work on Thursday after a week-long strike.\n\n"
        "The union said the deal protected jobs.\n",
        select=["FC102", "FC103"],
    )
    assert [(f.rule, f.excerpt) for f in findings] == [("FC103", "dock")]
