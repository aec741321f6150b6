"""The attribution cue lexicon: the words with which news copy says who says so.

Reporting and attitude verbs are a closed-ish class of English (Levin's
"verbs of communication", "verbs of assessment" and the verbs of belief that
take a clausal complement). The extractor combines this lexicon with the
parse: a verb that governs a clausal complement (``ccomp``) and has a subject
is treated as a cue even when it is not listed, at lower confidence.
"""

from __future__ import annotations

from factcheck_rules.attribution.quotes import words

#: Verbs of saying, writing and publishing: the core of news attribution.
SPEECH_VERBS = words(
    "say tell add state claim announce report note write tweet post blog text email argue "
    "explain ask answer reply respond retort acknowledge admit concede confirm deny "
    "declare assert maintain contend allege insist stress emphasise emphasize underline "
    "underscore reiterate repeat remark comment observe mention cite quote recount recall "
    "reveal disclose inform notify brief testify assure reassure warn caution advise urge "
    "vow pledge promise threaten demand propose recommend suggest hint imply complain "
    "lament boast brag joke quip shout scream yell whisper mutter exclaim cry predict "
    "forecast estimate project calculate reckon speculate guess wonder describe call dub "
    "label brand term characterise characterize portray accuse blame criticise criticize "
    "condemn denounce praise applaud hail slam blast attack lambast rebuke dismiss reject "
    "dispute question challenge counter protest charge conclude agree disagree concur "
    "object signal indicate show find suggest point tout insist affirm aver contend opine "
    "posit pronounce proclaim publish release issue told explain elaborate clarify "
    "continue interject recommend decline"
)

#: Verbs of belief, perception and attitude that report a stance ("X believes that").
ATTITUDE_VERBS = words(
    "believe think feel fear hope worry expect doubt suspect know understand learn hear "
    "consider regard see view assume presume suppose imagine anticipate acknowledge "
    "recognise recognize realise realize agree trust want wish prefer support oppose "
    "endorse favour favor insist appear seem"
)

#: Lemmas that take a clausal complement but do not attribute a claim to anyone.
NON_CUE_CCOMP_HEADS = words(
    "be have do make let help ensure mean seem appear get go come take give put keep need "
    "try want like love hate begin start stop decide plan intend aim expect prove turn "
    "remain become happen matter depend require"
)

#: Nouns heading an attribution ("in a statement", "a report by", "the claim that").
CUE_NOUNS = words(
    "statement report study survey poll analysis interview speech briefing announcement "
    "release letter memo tweet post blog op-ed editorial comment comments remarks claim "
    "claims allegation allegations testimony evidence data figures research estimate "
    "estimates forecast forecasts ruling verdict findings filing document documents paper "
    "papers"
)

#: Verbs whose direct object is the hearer, not the content ("told reporters").
HEARER_VERBS = words("tell inform notify brief assure reassure warn advise urge ask")

#: Adverbs and phrases that attribute a whole clause ("reportedly", "allegedly").
ATTRIBUTING_ADVERBS = words(
    "reportedly allegedly purportedly supposedly apparently ostensibly seemingly"
)

#: Multi-word prepositions that introduce a source ("according to X").
SOURCE_PREPOSITIONS = (
    ("according", "to"),
    ("in", "the", "words", "of"),
    ("quoted", "by"),
    ("as", "reported", "by"),
    ("citing",),
)

#: Every lemma that is a cue by itself.
CUE_VERBS = SPEECH_VERBS | ATTITUDE_VERBS
