"""The multi-pass sieve and the cues of the FC202 decision rule, on the real pipeline.

FC202 rows use the project's ``RuleTester``: each cue has a text where it must
fire and texts where it must stay silent. The sieve is checked through the
shared chains (``factcheck.analysis.coref``), as other families read them.
"""

from __future__ import annotations

from factcheck.testing import RuleTester

gender = RuleTester("FC202")

test_decision_rule = gender.run(
    valid=[
        # i-within-i: "his" inside Mrs Cho's apposition is not Mrs Cho.
        "Ward by-election\n\nMr Harris, the candidate, knocked on doors all day. "
        "Mrs Cho, his agent, said she was tired.\n",
        # Bound by the matrix subject, but another person is in the same sentence.
        "Mrs Patel greeted Mr Jones at the door as he arrived.\n",
        # A reported clause is not bound: "said he" may mean the man named before.
        "Council vote\n\nMr Cole faces a vote of confidence. Mrs Patel said he would resign "
        "if he lost.\n",
        # The one a reporting verb addresses may answer: "He replied" is Sullivan.
        'Emails released\n\nMrs Lane wrote to Sullivan on Monday. "Did we not say this '
        'first?" Mrs Lane asked. He replied, "Yes, but we can share it."\n',
        # Two people share a surname: the bare surname is neither's, so nothing is judged.
        "Neighbours remember\n\nBetsy Ebeling and her husband, Tom, were greeted at the door. "
        "Tom Ebeling said the couple had known the family for years. Walking to the next "
        "house, Ebeling talked about her childhood in Park Ridge.\n",
        # A name modifying a noun is a weak antecedent: the campaign acts, not Quist.
        "Primary race\n\nSenator Mara Quist won Ohio on Tuesday, and her rival, Mr Dale, "
        "needs a miracle. The Quist campaign is working to deny him even that path.\n",
        # A possessive name is a mention, so "His office" has its person.
        "Immigration row\n\nRepublicans tied the policy to crime and, in Sen. Tom Vail's "
        "(R-Ky.) case, to terrorism. His office put out a statement on Monday.\n",
        # A later subject is a rival only for a pronoun inside a fronted phrase.
        "Defector speaks\n\nMrs Paris grew up in the church. She was moved to an office "
        "where a lawyer questioned her for hours.\n",
        # A full name the tagger may call a body is still a person who can be "she".
        "Primary season\n\nTrump says he would replace Federal Reserve Chair Janet L. Yellen, "
        "but he thinks she has done a good job.\n",
    ],
    invalid=[
        # Hobbs: the subject of the clause "as he tried" modifies is its antecedent;
        # "her husband", a sentence back, does not make the slip plausible.
        {
            "text": "Refugees describe escape\n\nThe charity spoke to families who had fled "
            "the region. A woman, the charity said, had watched her husband being arrested. "
            "Another had been stopped twice as he tried to cross the border.\n",
            "excerpt": "he",
        },
        # A speaker pronoun: the man named in a reported clause does not speak the quotation.
        {
            "text": "Peers debate reform\n\nBaroness Hale, the first woman to lead the court, "
            'said she believed Tom Reed had acted too soon. "Now we must live with the '
            'result," he told the BBC.\n',
            "excerpt": "he",
            "fix": "she",
        },
        {
            "text": "Market report\n\nMr Ortega, the fund's manager, bought shares on Monday "
            "as she expected a rally.\n",
            "excerpt": "she",
        },
        # Principle C: the main subject "She" is not the lawyer named later in its sentence.
        {
            "text": "Court case\n\nMr Ortiz was arrested in March. He was driven to the "
            "Century City Towers. She was put in an office where a lawyer questioned him.\n",
            "excerpt": "She",
            "message": "Ortiz",
        },
        # A name after "the" is a body, however the tagger typed it: no person in reach.
        {
            "text": "Defector speaks\n\nMrs Paris grew up in the church. She joined the Sea "
            "Org aged 14. At seventeen, he was sent to the ship.\n",
            "excerpt": "he",
        },
    ],
)


def _chains(text: str) -> list[list[tuple[str, str]]]:
    import factcheck_rules.pronouns.analysis.chains  # noqa: F401  (registers the resolver)

    from factcheck import Settings, Source
    from factcheck.analysis.coref import coreference
    from factcheck.host.readers.txt import read_txt
    from factcheck.nlp import load_pipeline

    article = read_txt(Source("t.txt", text, "txt"), Settings())
    article.doc = load_pipeline()(article.prose)
    return [[(m.text, m.via) for m in c.mentions] for c in coreference(article).chains]


def _chain_of(chains: list[list[tuple[str, str]]], text: str) -> list[tuple[str, str]]:
    """The chain with a mention that is ``text`` or ends with it."""
    return next(c for c in chains if any(t == text or text.endswith(t) for t, _ in c))


def test_shared_surname_keeps_two_people_apart() -> None:
    chains = _chains(
        "Tom Baker runs the bakery. His wife, Ann Baker, keeps the accounts. "
        "Baker said the shop would stay open.\n"
    )
    tom = _chain_of(chains, "Tom Baker")
    ann = _chain_of(chains, "Ann Baker")
    assert tom is not ann
    assert ("Baker", "proper-head") not in tom + ann


def test_honorific_picks_the_surname_owner() -> None:
    chains = _chains(
        "Tom Baker runs the bakery. His wife, Ann Baker, keeps the accounts. "
        "Mrs Baker said she had never missed a delivery.\n"
    )
    ann = _chain_of(chains, "Ann Baker")
    assert ("Baker", "proper-head") in ann
    assert ("His wife", "") in ann or ("His wife", "appositive") in ann
    assert not any(t == "Tom Baker" for t, _ in ann)


def test_sieves_link_names_and_say_which_sieve() -> None:
    chains = _chains(
        "Clinton wins endorsement\n\nHillary Clinton won the union's backing on Monday. "
        "Xing Jisheng, the envoy, welcomed it. Clinton said the vote mattered.\n"
    )
    clinton = _chain_of(chains, "Hillary Clinton")
    # The headline's bare "Clinton" comes first; the full name joins it (strict head).
    assert ("Hillary Clinton", "strict-head") in clinton
    assert ("Clinton", "exact") in clinton
    xing = _chain_of(chains, "Xing Jisheng")
    assert ("the envoy", "appositive") in xing


def test_first_person_in_a_quotation_is_its_speaker() -> None:
    chains = _chains(
        'Mrs Patel chairs the council. "I told my colleagues it would work," she said.\n'
    )
    patel = _chain_of(chains, "Patel")
    assert ("I", "speaker") in patel and ("my", "speaker") in patel


def test_a_person_modifying_a_noun_is_a_mention() -> None:
    chains = _chains(
        "Maria Lopez met voters on Monday. The Lopez campaign said turnout would be high.\n"
    )
    lopez = _chain_of(chains, "Maria Lopez")
    assert ("Lopez", "proper-head") in lopez
