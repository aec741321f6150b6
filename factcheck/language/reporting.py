"""Reporting verbs: the words with which news copy says who says so.

Reporting and attitude verbs are a closed-ish class of English (Levin's verbs
of communication and of assessment, and the verbs of belief that take a
clause). They come in tiers, because many report speech only in some uses:
"said" always attributes, "called" only with a complement ("called it
reckless", not "called a meeting"), "believes" only with a clause. The tiers
are data files (``data/*-verbs.txt``); together they are :data:`REPORTING_VERBS`.

Several checks need a part of the class for a reason of their own (the verbs
whose object is the hearer; the verbs that attribute even with nothing after
them; the forms that close a quotation). Each part is defined here, once, by
:func:`_subset` or :func:`_forms`, which refuse a word that is not a reporting
verb or one of its forms, so the parts cannot drift from the whole.
"""

from __future__ import annotations

from factcheck.language.words import word_list, word_set

#: Verbs of saying and writing: a cue wherever they occur ("..., she said").
SPEECH_VERBS = word_list("speech-verbs")
#: Verbs that report speech or judgement only with a complement: a clause, a quotation
#: beside them, or an object with a predicate ("called it reckless").
FRAMING_VERBS = word_list("framing-verbs")
#: Verbs that report speech only with a clause, a quotation or a colon ("shared that").
DISCLOSURE_VERBS = word_list("disclosure-verbs")
#: Verbs of belief, perception and attitude: a cue with a clausal complement.
ATTITUDE_VERBS = word_list("attitude-verbs")
#: Verbs of stance towards a person or policy ("X endorsed Y"): a position, not a claim.
STANCE_VERBS = word_list("stance-verbs")
#: Every lemma that can report speech, thought or stance.
REPORTING_VERBS = SPEECH_VERBS | FRAMING_VERBS | ATTITUDE_VERBS | STANCE_VERBS | DISCLOSURE_VERBS
#: Verbs of hearsay used only in the passive ("it is rumoured that"): no cue on their own.
HEARSAY_VERBS = word_set("rumour rumor")

#: Adjectives of attitude that take a clause ("is confident that").
ATTITUDE_ADJECTIVES = word_list("attitude-adjectives")
#: Nouns that report what their possessor said ("her remark that").
SPEECH_NOUNS = word_list("speech-nouns")
#: Nouns of a position held rather than words said ("his support for").
STANCE_NOUNS = word_list("stance-nouns")
#: Verbs that take a clausal complement but attribute nothing ("make sure that").
NON_REPORTING_CLAUSE_VERBS = word_list("non-reporting-clause-verbs")
#: Adverbs that attribute a whole clause to somebody unnamed.
ATTRIBUTING_ADVERBS = word_set(
    "reportedly allegedly purportedly supposedly apparently ostensibly seemingly"
)

#: Past tenses that do not end in -ed, by lemma.
IRREGULAR_PAST: dict[str, str] = {
    "say": "said", "tell": "told", "write": "wrote", "find": "found", "think": "thought",
    "feel": "felt", "know": "knew", "see": "saw",
}  # fmt: skip


def inflections(lemma: str) -> frozenset[str]:
    """The base form, third person singular and past tense of a regular or listed verb."""
    if lemma in IRREGULAR_PAST:
        past = IRREGULAR_PAST[lemma]
    elif lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    third = lemma[:-1] + "ies" if past.endswith("ied") else lemma + "s"
    return frozenset({lemma, third, past})


def _subset(spaced: str) -> frozenset[str]:
    """Lemmas of the reporting-verb class; a word outside it is a mistake here."""
    chosen = word_set(spaced)
    stray = chosen - REPORTING_VERBS - HEARSAY_VERBS
    if stray:
        raise ValueError(f"not reporting verbs: {sorted(stray)}")
    return chosen


def _forms(spaced: str) -> frozenset[str]:
    """Inflected forms of reporting verbs; a form of no reporting verb is a mistake here."""
    chosen = word_set(spaced)
    known = {form for lemma in REPORTING_VERBS for form in inflections(lemma)}
    stray = chosen - known
    if stray:
        raise ValueError(f"not forms of reporting verbs: {sorted(stray)}")
    return chosen


#: Verbs whose direct object is the hearer, not the content ("told reporters").
HEARER_VERBS = _subset("tell inform notify brief assure reassure warn advise urge ask")
#: Reporting verbs with no noun homograph: a verb even when the tagger says noun.
NOUNLESS_REPORTING_VERBS = _subset(
    "say tell add argue explain indicate suggest insist believe think write announce "
    "reveal warn acknowledge admit concede confirm deny declare assert allege predict "
    "conclude find show describe criticise criticize accuse urge"
)
#: Verbs that attribute even with no complement found ("..., he said.").
BARE_REPORTING_VERBS = _subset("say tell add write tweet report announce claim state insist")
#: Verbs that report a statement just made: their subject is a speaker ("he said").
STATEMENT_VERBS = _subset("say tell add tweet state announce declare report")
#: Verbs whose subject is the speaker of a quotation beside them ('"...," she added').
SPEAKER_VERBS = _subset(
    "say add tell tweet write explain insist claim warn ask argue note state continue "
    "recall admit reply respond conclude declare announce"
)
#: Verbs of an impersonal passive that hides its source ("it is thought that").
IMPERSONAL_REPORTING_VERBS = _subset(
    "say think believe understand claim allege rumour rumor fear suggest argue estimate"
)
#: Verbs that put a claim in a generic source's mouth ("critics say", "experts fear").
GENERIC_REPORTING_VERBS = _subset(
    "say claim argue believe think suggest warn fear predict insist allege estimate "
    "contend maintain suspect reckon"
)
#: Reporting verbs whose content is usually about the future: after them a past tense
#: may date a later event ("said the plant would open in 2030").
FORWARD_REPORTING_VERBS = _subset(
    "say tell warn announce forecast predict project promise pledge vow agree propose "
    "expect hope want seek plan"
)

#: Words that follow a quotation closed with a full stop when a comma was meant
#: ('"We will win." he said'): speech lemmas and their commonest forms, matched in
#: raw text.
QUOTE_TAG_WORDS = _subset(
    "say tell add ask explain insist claim argue warn reply write note state continue "
    "admit conclude suggest"
) | _forms("told said says added asked")
#: Forms of a reporting clause tacked onto the end of a quoted passage ("..., he said."):
#: they show that a quotation lost its closing mark rather than a paragraph break.
CLOSING_TAG_FORMS = _forms(
    "said says say told tells added adds explained asked wrote writes insisted argued noted "
    "warned claimed stated declared continued recalled"
)
#: Forms after a pronoun that close a quoted passage ('..., he said.').
PRONOUN_TAG_FORMS = _forms("said says added told explained")
#: Forms before a name that close a quoted passage ('..., said Mr Smith.').
INVERTED_TAG_FORMS = _forms("said says added")
#: Past-tense attributions: a paragraph with one reports, it does not summarise.
PAST_ATTRIBUTION_FORMS = _forms("said told")
