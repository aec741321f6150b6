"""Word lists of the consistency analyses: titles, offices, qualifiers, numbers, units.

Kept in one module so that they can move, as they are, into the shared
language package (``factcheck.language``) that will hold every word list of
the project. Every list is closed-class vocabulary of news English, never
the words of a particular article.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (long lists stay readable)."""
    return frozenset(text.split())


_words = word_set


#: Honorifics and titles that may stand before a name and are not part of it.
#: Compared case-insensitively, full stops removed ("Sen." is "sen").
TITLE_WORDS = _words(
    "mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron earl duke duchess "
    "president vice prime minister ministers premier chancellor secretary general "
    "secretary-general "
    "ambassador envoy senator sen rep representative congressman congresswoman gov governor "
    "mayor king queen prince princess emperor empress pope cardinal archbishop bishop rev "
    "reverend father sister brother sheikh imam rabbi judge justice magistrate chief executive "
    "chairman chairwoman chair director commissioner inspector superintendent constable officer "
    "sergeant sgt det detective lt lieutenant capt captain col colonel maj major gen brig "
    "brigadier adm admiral marshal commander cmdr private cpl corporal coach manager "
    "deputy acting interim former ex foreign home finance defence defense interior health "
    "trade industry justice education transport environment culture energy treasury state "
    "labor labour economy agriculture agricultural shadow opposition leader speaker "
    "first lady spokesman spokeswoman spokesperson candidate nominee senior junior "
    "then-president then-prime supreme attorney attorney-general counsel coroner"
)
#: Titles that say the name after them is a person's.
PERSON_TITLES = _words(
    "mr mrs ms miss mx dr prof professor sir dame lord lady president minister premier "
    "chancellor secretary-general ambassador senator sen rep gov governor mayor king queen "
    "prince princess pope judge justice sheikh rev reverend general gen col colonel capt "
    "captain lt sgt det detective inspector chief chairman chairwoman congressman "
    "congresswoman representative commissioner coach manager envoy baroness baron"
)
#: Last words that make a capitalised run an organisation or a place, never a titled person.
ORG_HEADS = _words(
    "department office ministry council committee party court bank agency commission service "
    "services union association group university college school hospital house street road "
    "square centre center institute foundation trust board authority company corporation corp "
    "inc ltd plc club league federation organisation organization police army navy force "
    "forces assembly parliament senate congress government administration cabinet embassy "
    "station airport museum fund times post news journal channel network"
)
#: Lower-case words that join the parts of a name: "Ludwig van Beethoven", "bin Salman".
NAME_PARTICLES = _words("de da di du del della der den des la le van von bin ibn al el dos das")
#: Generational suffixes, ignored when two names are compared.
NAME_SUFFIXES = _words("jr jr. sr sr. ii iii iv")
#: Capitalised words that are not names of people or organisations.
NOT_NAMES = _words(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep "
    "sept oct nov dec mon tue tues wed thu thur thurs fri sat sun i the a an"
)

#: Offices a person holds one at a time: two of them for one person at one time
#: conflict. Keys are what is written (lower case, hyphens and spaces as
#: written or normalised), values the office they name.
OFFICES: dict[str, str] = {
    "president": "president",
    "vice-president": "vice-president",
    "vice president": "vice-president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "deputy prime minister": "deputy prime minister",
    "chancellor": "chancellor",
    "vice-chancellor": "vice-chancellor",
    "king": "king",
    "queen": "queen",
    "emperor": "emperor",
    "empress": "empress",
    "pope": "pope",
    "secretary-general": "secretary-general",
    "secretary general": "secretary-general",
    "supreme leader": "supreme leader",
    "ambassador": "ambassador",
    "taoiseach": "prime minister",
}
#: Roles that are no one-at-a-time office but that a facts file can record
#: and check ("chief executive of Nordlys Shipping"). Values as for OFFICES.
ROLE_TITLES: dict[str, str] = {
    "chief executive": "chief executive",
    "chief executive officer": "chief executive",
    "ceo": "chief executive",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "chair": "chair",
    "governor": "governor",
    "mayor": "mayor",
    "senator": "senator",
    "foreign minister": "foreign minister",
    "finance minister": "finance minister",
    "defence minister": "defence minister",
    "defense minister": "defence minister",
    "health minister": "health minister",
    "interior minister": "interior minister",
    "secretary of state": "secretary of state",
    "foreign secretary": "foreign secretary",
    "home secretary": "home secretary",
    "director general": "director-general",
    "director-general": "director-general",
    "managing director": "managing director",
    "chief of staff": "chief of staff",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "leader": "leader",
    "speaker": "speaker",
    "coach": "coach",
    "manager": "manager",
    "head coach": "head coach",
}
#: Offices that commonly go with the name of an organisation or a country and
#: differ with it ("president of the bank" and "president of the club" are
#: different jobs; "chancellor" of a university is not a head of government).
#: For these a conflict needs both mentions to name no organisation, or the same.
SCOPED_OFFICES = frozenset({"president", "vice-president", "chancellor", "vice-chancellor"})
#: Words before or around a title that make it no claim about the present:
#: "former", "then-", "acting", "would-be", "outgoing", "late"...
TITLE_QUALIFIERS = _words(
    "former ex ex- then then- acting interim outgoing incoming future would-be designate "
    "elect -elect late onetime one-time erstwhile retired disgraced deposed ousted exiled "
    "caretaker care-taker honorary emeritus previous past next new hopeful candidate "
    "aspiring potential prospective likely possible self-styled self-proclaimed "
    "de facto nominal titular candidate nominee wannabe fictional fictitious"
)

#: Verbs that attribute speech ("said", "told"), in the forms that follow or
#: precede a quotation. Lemmas and inflected forms both.
SPEECH_VERBS = _words(
    "say says said saying tell tells told add adds added ask asks asked answer answers "
    "answered reply replies replied explain explains explained insist insists insisted "
    "argue argues argued claim claims claimed declare declares declared warn warns warned "
    "write writes wrote note notes noted continue continues continued recall recalls recalled "
    "state states stated tweet tweets tweeted post posts posted quip quips quipped admit "
    "admits admitted concede concedes conceded suggest suggests suggested acknowledge "
    "acknowledges acknowledged announce announces announced remark remarks remarked "
    "observe observes observed exclaim exclaims exclaimed joke jokes joked shout shouts "
    "shouted urge urges urged stress stresses stressed"
)

#: Number words and their values.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "hundred": 100,
}
#: Scale words and abbreviations, with their factor.
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
}
#: Currency signs and words, mapped to one code.
CURRENCY_SIGNS: dict[str, str] = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "us$": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "gbp": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
}
PERCENT_WORDS = _words("% per cent percent pc")
#: Words before a number that make it an approximation or a bound, and the
#: interval they give around the value ``v`` (as factors of ``v``).
APPROXIMATORS: dict[str, tuple[float, float]] = {
    "about": (0.75, 1.34),
    "around": (0.75, 1.34),
    "approximately": (0.75, 1.34),
    "roughly": (0.75, 1.34),
    "some": (0.75, 1.34),
    "circa": (0.75, 1.34),
    "c": (0.75, 1.34),
    "estimated": (0.75, 1.34),
    "an estimated": (0.75, 1.34),
    "nearly": (0.75, 1.0),
    "almost": (0.75, 1.0),
    "close to": (0.75, 1.01),
    "just under": (0.75, 1.0),
    "under": (0.0, 1.0),
    "fewer than": (0.0, 1.0),
    "less than": (0.0, 1.0),
    "below": (0.0, 1.0),
    "up to": (0.0, 1.0),
    "at most": (0.0, 1.0),
    "no more than": (0.0, 1.0),
    "more than": (1.0, float("inf")),
    "over": (1.0, float("inf")),
    "above": (1.0, float("inf")),
    "at least": (1.0, float("inf")),
    "just over": (1.0, 1.34),
    "in excess of": (1.0, float("inf")),
    "upwards of": (1.0, float("inf")),
    "some of": (0.0, float("inf")),
    "tens of": (0.0, float("inf")),
}
#: Words after a number or its noun that make it approximate: "15 or so", "15-odd".
APPROX_AFTER = re.compile(r"^(?:-odd|\s+or\s+so|\s+or\s+more|\s+or\s+fewer|\s+plus|\+)", re.I)
#: Determiners that make a counted noun phrase the whole set: "the 15 members",
#: "all 14 members", "its 15 members".
TOTAL_DETERMINERS = _words("the all its their his her our your these those both")
#: Nouns after a number that are units of time, measure or score: such numbers
#: are durations and measurements, not counts of things.
MEASURE_NOUNS = _words(
    "year years month months week weeks day days hour hours minute minutes second seconds "
    "decade decades century centuries am pm a.m. p.m. mph km kilometre kilometres kilometer "
    "kilometers mile miles metre metres meter meters foot feet inch inches yard yards kg "
    "kilogram kilograms gram grams tonne tonnes ton tons pound lb lbs litre litres liter liters "
    "gallon gallons acre acres hectare hectares degree degrees point points percentage "
    "per cent percent times time goal goals run runs wicket wickets set sets game games "
    "round rounds lap laps stroke strokes shot shots bn m k st nd rd th"
)
#: Ordinal and other words after a number that make it no count ("number 10").
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
