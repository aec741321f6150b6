"""FC501 name-variant: one name written in different ways."""

from __future__ import annotations

from factcheck.testing import RuleTester, assert_finds, check_text

variants = RuleTester("FC501")

test_name_variant = variants.run(
    valid=[
        # Relatives and namesakes share a surname.
        "Clintons return to Arkansas\n\nBill Clinton and Hillary Clinton spoke in Little Rock on "
        "Monday. Hillary Clinton said the state had made her. Bill Clinton agreed.\n",
        "Twins open bakery\n\nChristian Holm and Christina Holm opened the bakery in March. "
        "Christina Holm said the queue stretched around the block.\n",
        # A surname that is exactly another person's is that person's.
        "Debate night\n\nBen Carson spoke first, and the host, Tucker Carlson, asked about taxes. "
        "Carson said he would cut them. Carlson pressed him on the deficit.\n",
        # Possessives are the same name.
        "Shipping firm reports profit\n\nKarin Lindqvist announced the results on Tuesday. "
        "Lindqvist’s board approved a dividend, and Lindqvist said more would follow.\n",
        # Two towns a letter apart are two towns.
        "Cup draw\n\nBolton will host Boston in the third round. Bolton last met them in 1998.\n",
        # Words of one stem are not slips.
        "Party split\n\nThe Democrats met on Friday. The Democratic leadership said little.\n",
        # A name quoted in another language keeps its accents.
        "Mayor quits\n\nJose Munoz resigned on Monday. The Madrid paper led with “El alcalde José "
        "Muñoz dimite”. Jose Munoz said he was tired.\n",
    ],
    invalid=[
        {
            "text": "UN envoy speaks\n\nLinda Thomas-Greenfield, the US ambassador, spoke "
            "first. Thomas-Greenfield said the vote would go ahead. Later, Thomas-Greenfeld told "
            "reporters she was confident.\n",
            "excerpt": "Thomas-Greenfeld",
            "fix": "Thomas-Greenfield",
            "message": "Thomas-Greenfield",
            "severity": "warning",
        },
        {
            "text": "Missile test\n\nKim Jong Un watched the launch on Thursday, state media "
            "said. Analysts said Kim Jong-un wanted to be seen with the army.\n",
            "excerpt": "Kim Jong-un",
            "message": "hyphen",
        },
        {
            "text": "Harbour deal signed\n\nNordlys Shipping will run the new terminal. The "
            "contract gives Nordlys Shipping ten years. A spokesman for Nordlis Shipping said "
            "work would start in May.\n",
            "excerpt": "Nordlis Shipping",
            "fix": "Nordlys Shipping",
        },
        {
            "text": "President visits Dili\n\nJosé Ramos-Horta opened the new school on "
            "Friday. Jose Ramos-Horta said every child deserved a desk. Ramos-Horta then "
            "left for the airport.\n",
            "excerpt": "Jose Ramos-Horta",
            "message": "accents",
        },
        {
            "text": "Physicist honoured\n\nJohn F. Barrowman received the medal in London. "
            "Colleagues of John D. Barrowman said the prize was overdue.\n",
            "excerpt": "John D. Barrowman",
            "message": "initials",
        },
    ],
)


def test_evidence_lists_every_spelling_with_its_count() -> None:
    text = (
        "Drug approved\n\nThe regulator approved Sativex on Monday. Sativex is made from "
        "cannabis. Doctors said Satifex would help patients. Sativex goes on sale in June.\n"
    )
    (f,) = assert_finds(check_text(text, select=["FC501"]), "FC501", "Satifex")
    assert f.data["variants"] == {"Sativex": 3, "Satifex": 1}
    assert f.data["kind"] == "spelling"
    assert [e.text for e in f.evidence] == ["Sativex"]
