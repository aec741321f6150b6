"""Word classes the text-integrity rules reason with.

These are properties of English and of web pages, not lists of errors: the
abbreviations that end in a full stop and may be followed by a lower-case word,
the words that cannot end a sentence because they need a complement, and the
vocabulary of a web page's interface (the words of buttons, counters and
credits). No rule matches a whole furniture line against a fixed list. The
long lists are data files of :mod:`factcheck.language`; the closed classes
are written here.
"""

from __future__ import annotations

from factcheck.language.calendar import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from factcheck.language.words import word_list, word_set

#: Abbreviations written with a final full stop after which the sentence goes on
#: ("approx. 40", "vs. the champions", "e.g. the budget"). Lower-cased, no final stop.
CONTINUING_ABBREVIATIONS = (
    word_list("continuing-abbreviations")
    | frozenset(MONTH_ABBREVIATIONS)
    | frozenset(WEEKDAY_ABBREVIATIONS)
)

#: Abbreviations of names written with their capital and a full stop, after
#: which the sentence may go on in lower case ("Pa., Md. and Del.").
CAPITALISED_ABBREVIATIONS = word_list("state-abbreviations")

#: Determiners and possessives that always need a noun after them: a sentence
#: cannot end on them ("...was sent off for bringing down the.").
NEEDS_NOUN = word_set("a an the their its our your every")

#: Conjunctions and other words that need a following clause or phrase.
NEEDS_CLAUSE = word_set(
    "and or nor but because although whereas unless whether than including such if as per via"
)

#: Prepositions that need an object unless the object was moved away
#: (relative clause, question, passive, infinitival relative, phrasal verb).
STRANDABLE_PREPOSITIONS = word_set(
    "of from with at to for into onto upon between among amongst towards toward about "
    "against across without within despite during until throughout beneath beside besides "
    "beyond"
)

#: Prepositions that are also adverbs of place or time and may end a sentence
#: after "and"/"or" ("through 2016 and beyond", "from the capital and across").
ADVERBIAL_PREPOSITIONS = word_set("beyond within without throughout beneath besides across")
#: Prepositions a verb may use as an adverb of stance ("Sanders voted against.").
STANCE_PREPOSITIONS = word_set("against")

#: Verbs after which "to" may end a sentence by verb-phrase ellipsis ("He had
#: promised to.", "She wanted to but could not."): weaker evidence of a cut.
ELLIPSIS_VERBS = word_list("ellipsis-verbs")
#: Nouns after which "to" may end a sentence by ellipsis ("He had every right to.").
ELLIPSIS_NOUNS = word_list("ellipsis-nouns")

#: Words that belong only to a web page's interface: on a short line of their
#: own they are page furniture ("Advertisement", "Comments (4)", "Related").
CHROME_INTERFACE = word_list("web-interface-words")
#: Words of a web page's buttons and links that are also ordinary English
#: ("share", "video", "follow"): they count only together with other signals.
CHROME_ACTION = word_list("web-action-words")
#: Words that point at the page itself or at a place on it ("this article",
#: "read more", "back to top"). Weak alone.
CHROME_DEIXIS = word_list("web-deixis-words")
#: Verbs that open a call to action on a web page ("Share this", "Sign up").
CALL_TO_ACTION_VERBS = word_list("call-to-action-verbs")
#: Photo and news agencies that appear in image credits ("Photo: Reuters").
CREDIT_AGENCIES = word_list("credit-agencies")
#: Words that mark a site name glued to a headline ("... | Metro News").
SITE_NAME_WORDS = word_list("site-name-words")
#: Nouns whose genitive stands alone for premises or a home ("at the dentist's").
PREMISES_NOUNS = word_list("premises-nouns")
