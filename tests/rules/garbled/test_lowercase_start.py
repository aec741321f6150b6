

def test_full_stop_inside_a_short_parenthetical_is_not_a_sentence_end() -> None:
    from factcheck.testing import check_text

    findings = check_text(
        "Senator Ruth Alvarez (D-N.M.) has not given up on the water bill, aides said.\n\n"
        "The measure (approx.) costs less than the one it replaces, officials said.\n",
        select=["FC102", "FC103"],
    )
    assert findings == []
