"""Words that tell what a mention is: honorifics, role nouns, institution nouns.

These are the article-internal signals the pronoun rules may use for gender
and animacy. A person's gender is never guessed from a first name: it comes
from an honorific ("Mrs", "Sir"), a gendered role noun ("widow", "king"), or
pronouns the article already uses for them. Gender-neutral role nouns
("minister", "striker") only say that a mention is a person.
"""

from __future__ import annotations

#: Honorifics and titles before a name, by the gender they state.
HONORIFICS_MALE = frozenset(
    "mr mr. sir lord mister monsieur herr senor señor signor don king prince duke earl "
    "baron viscount marquess emperor sultan sheikh tsar kaiser pope cardinal "
    "archbishop bishop father brother abbot rabbi imam grand-duke".split()
)
HONORIFICS_FEMALE = frozenset(
    "mrs mrs. ms ms. miss lady dame madam madame mme mlle baroness queen princess duchess "
    "countess viscountess marchioness empress sister mother abbess senora señora signora".split()
)
#: Honorifics that say "a person" but not which gender.
HONORIFICS_NEUTRAL = frozenset(
    "dr dr. prof prof. professor president chancellor senator governor mayor judge "
    "justice general gen. colonel col. captain capt. major lieutenant sergeant admiral "
    "commander minister secretary ambassador rev rev. reverend coach chairman "
    "chairwoman speaker inspector detective officer pc sgt sgt. superintendent "
    "commissioner councillor deputy premier prime".split()
)

#: Role nouns that state a gender.
ROLE_MALE = frozenset(
    "man men boy boys husband father son brother uncle nephew grandfather grandson king "
    "prince duke widower chairman spokesman businessman sportsman congressman fireman "
    "policeman gentleman boyfriend fiance groom bridegroom monk dad stepfather stepson "
    "godfather emperor sultan schoolboy grandpa tsar landlord headmaster frontman "
    "countryman salesman craftsman statesman kinsman nobleman horseman fisherman "
    "serviceman patriarch lad baron earl actor-turned-politician".split()
) - {"men", "boys"}
ROLE_FEMALE = frozenset(
    "woman girl wife mother daughter sister aunt niece grandmother granddaughter queen "
    "princess duchess widow actress waitress chairwoman spokeswoman businesswoman "
    "sportswoman congresswoman policewoman lady girlfriend fiancee fiancée bride nun mum "
    "mom stepmother stepdaughter godmother empress heiress hostess schoolgirl grandma "
    "countess baroness mistress stewardess headmistress landlady housewife ballerina "
    "matriarch heroine dame sportswoman songstress seamstress".split()
)

#: Gender-neutral nouns that denote people (jobs, roles, relations, groups of one).
PERSON_NOUNS = frozenset(
    """
    person individual people child kid baby teenager adult citizen resident
    official spokesperson minister president premier chancellor secretary ambassador
    diplomat envoy leader chief executive director manager boss chairperson head
    founder owner employee worker staff colleague partner friend neighbour neighbor
    victim suspect defendant accused prisoner detainee inmate hostage refugee migrant
    defector survivor witness student pupil teacher professor lecturer doctor nurse
    surgeon patient lawyer attorney solicitor barrister judge prosecutor magistrate
    officer detective policeofficer soldier general commander captain colonel
    sergeant pilot driver passenger player striker midfielder defender goalkeeper
    keeper captain coach manager winger forward batsman bowler champion runner
    athlete rider cyclist swimmer boxer golfer singer musician artist writer author
    novelist poet journalist reporter editor correspondent presenter host actor
    director producer composer designer model star celebrity candidate voter
    politician lawmaker senator governor mayor councillor mp peer deputy delegate
    spokesperson analyst economist expert scientist researcher engineer inventor
    entrepreneur investor shareholder banker trader broker consultant adviser
    advisor aide assistant campaigner activist protester demonstrator critic
    supporter fan opponent rival challenger winner loser finalist veteran
    rookie newcomer member chair fellow relative parent sibling spouse cousin
    twin orphan pensioner customer client consumer user buyer seller tenant
    landlord farmer miner labourer builder chef cook cleaner guard bodyguard
    gunman attacker killer murderer thief robber burglar terrorist militant
    rebel fighter insurgent bomber hijacker kidnapper smuggler dealer spy
    negotiator mediator president-elect vice-president ruler monarch dictator
    king queen pope bishop priest cleric imam rabbi pastor vicar archbishop
    cardinal diplomat consul official spokesman spokeswoman nominee appointee
    heir successor predecessor incumbent founder inventor pioneer graduate
    """.split()
) | ROLE_MALE | ROLE_FEMALE

#: Nouns for institutions and places: referred to as "it"/"they", never "he"/"she".
INSTITUTION_NOUNS = frozenset(
    """
    company firm group government party council ministry department agency bank
    club team side union organisation organization association board committee
    commission court parliament assembly senate congress university college school
    hospital authority corporation business retailer airline carrier operator
    carmaker automaker broadcaster network channel newspaper paper magazine regime
    administration army navy police force federation league body institute
    foundation charity trust church mission embassy service watchdog regulator
    exchange fund country nation state republic kingdom city town province region
    county village capital island continent municipality chain brand label studio
    publisher manufacturer maker producer-group supplier insurer lender bank
    conglomerate giant multinational subsidiary unit division branch office
    cabinet executive-branch junta alliance coalition bloc consortium squad outfit
    """.split()
)
