"""The attribution cue lexicon: the words with which news copy says who says so.

Reporting and attitude verbs are a closed-ish class of English (Levin's
"verbs of communication", "verbs of assessment" and the verbs of belief that
take a clausal complement). They come in tiers, because many of them report
speech only in some uses: "said" always attributes, "called" only with a
complement ("called it reckless", not "called a meeting"), "believes" only
with a clause. :func:`cue_kind` combines the lexicon with the parse; a verb
outside the lexicon that has a subject and a *that*-clause ("she
insinuated that ...") is a cue too, at lower confidence. Lemmas are also
recovered from the surface form when the tagger mistakes a reporting verb
for a noun ("..., he adds") or the lemmatizer slips ("hoped" -> "hop").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.analysis.attribution.paragraphs import words
from factcheck.analysis.attribution.source_finder import OBJECTS, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of saying and writing: a cue wherever they occur ("..., she said").
SPEECH_VERBS = words(
    "say tell state claim announce report note write tweet post argue explain answer "
    "reply respond retort acknowledge admit concede confirm deny declare assert maintain "
    "contend allege insist stress emphasise emphasize underline underscore reiterate repeat "
    "remark comment observe mention recount recall reveal disclose testify assure reassure "
    "warn caution predict forecast estimate reckon speculate complain lament boast brag "
    "joke quip shout scream yell whisper mutter exclaim conclude affirm aver opine posit "
    "proclaim pronounce clarify elaborate interject"
)

#: Verbs that report speech or judgement only with a complement: a clause ("urged that",
#: "showed that"), a quotation next to them, or an object with a predicate ("called it
#: reckless"). Without one they describe an act ("called a meeting", "found the keys").
FRAMING_VERBS = words(
    "add ask urge vow pledge promise threaten demand propose recommend suggest hint imply "
    "speak talk discuss address express refer highlight advocate remember recognise "
    "recognize identify mock ridicule confess profess coin assail decry lament deride "
    "acknowledge tease reply continue encourage persuade convince remind "
    "describe call dub label brand term characterise characterize portray accuse blame "
    "criticise criticize condemn denounce praise applaud hail slam blast attack lambast "
    "rebuke dismiss reject dispute question challenge counter protest charge agree disagree "
    "concur object signal indicate show find point tout cite quote inform notify brief "
    "advise guess wonder calculate project decline"
)

#: Verbs that report speech only with a clause, a quotation or a colon next to them
#: ("shared that ...", "offered: ..."); with a bare object they are acts ("shared the
#: award", "released a film").
DISCLOSURE_VERBS = words("share release unveil offer issue sound disclose outline")

#: Adjectives of attitude that take a clause ("is confident that", "was glad the ...").
#: Any adjective with a subject and a clausal complement counts (see :func:`cue_kind`);
#: these also count with a bare "about"/"of" phrase ("was optimistic about the talks").
ATTITUDE_ADJECTIVES = words(
    "confident sure certain convinced aware concerned worried optimistic hopeful "
    "pessimistic skeptical sceptical doubtful adamant glad happy pleased proud angry "
    "furious upset critical supportive wary fearful afraid unhappy disappointed"
)

#: Prepositions of a verb's oblique that name what a stance or a speech act is about
#: ("called for a ban", "voted against", "agreed with", "spoke about").
TOPIC_CASES = words("for against on with about over of to")

#: Verbs of belief, perception and attitude: a cue with a clausal complement
#: ("X believes that ...").
ATTITUDE_VERBS = words(
    "believe think feel fear hope worry expect doubt suspect know understand learn hear "
    "consider regard see view assume presume suppose imagine anticipate recognise recognize "
    "realise realize trust wish appear seem want hope"
)

#: Verbs of stance towards a person or policy ("X endorsed Y"): attributions of a
#: position, not of a claim; extracted (kind ``stance``) but no rule treats them as
#: giving a speaker.
STANCE_VERBS = words(
    "support oppose endorse back favour favor prefer seek refuse defend "
    "embrace reject side campaign lobby plan nominate appoint name order pledge champion"
)

#: Lemmas that take a clausal complement but do not attribute a claim to anyone.
NON_CUE_CCOMP_HEADS = words(
    "be have do make let help ensure mean seem appear get go come take give put keep need "
    "try like love hate begin start stop aim prove turn "
    "remain become happen matter depend require"
)

#: Nouns that report what their possessor said or holds ("Trump's proposal to ban",
#: "her remark that"): a cue when a possessive names the source.
SPEECH_NOUNS = words(
    "statement remark remarks comment comments claim claims proposal call demand "
    "promise pledge warning message view views belief argument assertion allegation "
    "accusation criticism suggestion insistence announcement testimony speech tweet "
    "interview stance opposition endorsement refusal vow soundbite soundbites quip retort "
    "riposte words"
)

#: Nouns of a position held rather than words said ("his support for", "her decision to"):
#: extracted as ``stance`` attributions, never taken as a quotation's speaker.
STANCE_NOUNS = words(
    "support opposition plan plans decision attack attacks endorsement concern concerns "
    "suggestion push pitch"
)

#: Words that label a passage rather than name a speaker ("Question: ...").
LABEL_WORDS = words(
    "question answer note update editor correction disclosure source photo caption "
    "advertisement related watch read listen follow from via"
)

#: Verbs whose direct object is the hearer, not the content ("told reporters").
HEARER_VERBS = words("tell inform notify brief assure reassure warn advise urge ask")

#: Adverbs and phrases that attribute a whole clause ("reportedly", "allegedly").
ATTRIBUTING_ADVERBS = words(
    "reportedly allegedly purportedly supposedly apparently ostensibly seemingly"
)

#: Every lemma that can be a cue.
CUE_VERBS = SPEECH_VERBS | FRAMING_VERBS | ATTITUDE_VERBS | STANCE_VERBS | DISCLOSURE_VERBS


# -- finding cue verbs in the parse ------------------------------------------

COMPLEMENTS = frozenset({"ccomp", "parataxis"})


#: Reporting verbs with no noun homograph: safe to read as verbs when the tagger says noun.
_VERB_ONLY = words(
    "say tell add argue explain indicate suggest insist believe think write announce "
    "reveal warn acknowledge admit concede confirm deny declare assert allege predict "
    "conclude find show describe criticise criticize accuse urge"
)


QUOTE_CHARS = frozenset("\"“”‘’'`")


def has_clause(verb: Token) -> bool:
    """A clausal complement; a line break or punctuation the parser hung as parataxis
    is none."""
    return any(c.dep_ in COMPLEMENTS and not (c.is_space or c.is_punct) for c in verb.children)


def _stem(word: str) -> str | None:
    """The lexicon lemma of an inflected reporting verb ("indicates", "found", "argued")."""
    irregular = {
        "said": "say",
        "says": "say",
        "told": "tell",
        "found": "find",
        "wrote": "write",
        "thought": "think",
        "felt": "feel",
        "knew": "know",
        "saw": "see",
    }
    if word in irregular:
        return irregular[word]
    for suffix, repl in (
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ):
        if word.endswith(suffix) and word[: -len(suffix)] + repl in CUE_VERBS:
            return word[: -len(suffix)] + repl
    return None


def near_quote(tok: Token) -> bool:
    """True when a quotation mark is within a few tokens: '"...," Smith notes.'"""
    doc = tok.doc
    lo, hi = max(0, tok.i - 4), min(len(doc), tok.i + 3)
    return any(doc[j].text[:1] in QUOTE_CHARS or doc[j].text == "''" for j in range(lo, hi))


def cue_lemma(tok: Token) -> str | None:
    """The verb lemma of ``tok``, also for a reporting verb mis-tagged ("a poll indicates")."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        lemma = tok.lemma_.lower()
        if lemma not in CUE_VERBS:
            stem = _stem(tok.lower_)  # the lemmatizer's slips: "hoped" -> "hop"
            if stem is not None:
                return stem
        return lemma
    if tok.pos_ in ("NOUN", "ADJ", "PROPN") and not tok.is_sent_start:
        prev = tok.doc[tok.i - 1]
        stem = _stem(tok.lower_)
        if stem is None or tok.lower_ == stem:
            return None
        if prev.lemma_.lower() == "be" and tok.lower_.endswith("ed") and stem in CUE_VERBS:
            return stem  # "is expected to", "are shocked that": a participle tagged ADJ
        if prev.pos_ in ("DET", "ADJ", "ADP", "NUM") or prev.dep_ in ("nmod:poss", "poss"):
            return None  # a noun after all: "the claims", "her report"
        if stem in _VERB_ONLY or (stem in SPEECH_VERBS and near_quote(tok)):
            return stem
    return None


def _colon_after(tok: Token) -> bool:
    """'He added: ...' - a colon right after the verb (or its object) introduces content."""
    doc = tok.doc
    return any(doc[j].text == ":" for j in range(tok.i + 1, min(len(doc), tok.i + 4)))


def _has_predicate(tok: Token) -> bool:
    """An object with a predicate or an "as" phrase: "called it reckless", "described as"."""
    return any(c.dep_ in ("xcomp", "oprd", "acomp") for c in tok.children) or any(
        c.lower_ == "as" and c.i > tok.i for c in tok.subtree if c.i - tok.i <= 4
    )


def _that_clause(tok: Token) -> bool:
    """A clausal complement introduced by "that": the mark of reported speech or thought."""
    for child in tok.children:
        if child.dep_ == "ccomp" and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            return True
    return False


#: Framing verbs that are also aspectual verbs ("continued to", "went on to"): a cue only
#: next to a quotation or a colon.
_ASPECTUAL = words("continue")


def _topic(tok: Token) -> bool:
    """An oblique or particle phrase saying what the act is about ("called for a ban")."""
    for child in tok.children:
        if child.dep_ in ("obl", "prep", "nmod") or child.dep_.startswith("obl"):
            if child.dep_ == "prep" and child.lower_ in TOPIC_CASES:
                return True
            if any(c.dep_ == "case" and c.lower_ in TOPIC_CASES for c in child.children):
                return True
        if child.dep_ in ("prt", "compound:prt") and child.lower_ in TOPIC_CASES:
            return True
    return False


def _has_agent(tok: Token) -> bool:
    """A subject, or a participle/clause that takes its subject from the verb it hangs on."""
    return subject_of(tok) is not None or tok.dep_ in ("advcl", "conj", "xcomp", "acl")


def _attitude_adjective(tok: Token) -> tuple[str | None, float]:
    """'Pundits are shocked that ...', 'she is confident about the vote'."""
    if tok.pos_ != "ADJ" or subject_of(tok) is None:
        return None, 0.0
    if not any(c.dep_ in ("cop",) for c in tok.children):
        return None, 0.0
    if has_clause(tok) or _that_clause(tok):
        return "verb", 0.6
    if tok.lemma_.lower() in ATTITUDE_ADJECTIVES and (
        _topic(tok) or any(c.dep_ in ("xcomp", "advcl") for c in tok.children)
    ):
        return "verb", 0.5
    return None, 0.0


def cue_kind(tok: Token) -> tuple[str | None, float]:
    """Whether ``tok`` is a cue: its kind (``verb`` or ``stance``) and a confidence."""
    if tok.pos_ == "ADJ":
        kind, conf = _attitude_adjective(tok)
        if kind is not None:
            return kind, conf
    lemma = cue_lemma(tok)
    if lemma is None:
        if tok.pos_ == "ADJ" and tok.lower_.endswith("ed") and _introduces_quotation(tok):
            return "verb", 0.6  # a past tense the tagger took for an adjective: "boomed"
        return None, 0.0
    if lemma in SPEECH_VERBS:
        return "verb", 0.9
    clause = has_clause(tok)
    if lemma in _ASPECTUAL:
        # "continued: ..." reports speech; "continued to raise money" does not
        return ("verb", 0.8) if near_quote(tok) or _colon_after(tok) else (None, 0.0)
    if lemma in FRAMING_VERBS:
        if clause or _has_predicate(tok) or near_quote(tok) or _colon_after(tok):
            return "verb", 0.8
        if any(
            c.dep_ in ("prt", "compound:prt") and c.lower_ in ("out", "for") for c in tok.children
        ):
            return "verb", 0.7  # "called out his rival", "called for a ban"
        if subject_of(tok) is not None and any(c.dep_ in OBJECTS for c in tok.children):
            return "verb", 0.6  # "accused the senator of lying": an act of speech
        if _has_agent(tok) and _topic(tok):
            return "verb", 0.55  # "called on Congress", "spoke about the bill"
        return None, 0.0
    if lemma in DISCLOSURE_VERBS:
        if clause or near_quote(tok) or _colon_after(tok):
            return "verb", 0.6
        return None, 0.0
    if lemma in ATTITUDE_VERBS:
        xcomp = any(c.dep_ == "xcomp" for c in tok.children)
        if clause or xcomp:
            return "verb", 0.75
        if _has_predicate(tok) and _has_agent(tok):
            return "verb", 0.6  # "sees golf courses as wasted space"
        return None, 0.0
    if lemma in STANCE_VERBS:
        has_obj = any(c.dep_ in OBJECTS or c.dep_ == "xcomp" for c in tok.children)
        if (has_obj or _topic(tok)) and _has_agent(tok):
            return "stance", 0.6
        return None, 0.0
    if lemma in NON_CUE_CCOMP_HEADS or tok.pos_ == "AUX":
        return None, 0.0
    if _that_clause(tok) and subject_of(tok) is not None:
        return "verb", 0.5
    if tok.pos_ in ("VERB", "ADJ") and _introduces_quotation(tok):
        return "verb", 0.6  # 'she boomed, "Today, ..."': any verb that frames a quotation
    return None, 0.0


_OPENING = ('"', "“", "''", "``")
_CLOSING = ('"', "”", "''")


def _introduces_quotation(tok: Token) -> bool:
    """A verb of manner of speaking the lexicon lacks, framing a quotation: 'then boomed,
    "Today ..."' or '"...," she boomed.'"""
    doc = tok.doc
    nxt = doc[tok.i + 1 : tok.i + 3]
    if len(nxt) == 2 and nxt[0].text in (",", ":") and nxt[1].text.startswith(_OPENING):
        return _has_agent(tok)
    subj = subject_of(tok)
    if subj is None or subj.i > tok.i or tok.i - subj.i > 3:
        return False
    before = [doc[j] for j in range(max(0, subj.i - 2), subj.i)]
    return any(t.text.startswith(_CLOSING) for t in before) and not any(
        c.dep_ in OBJECTS for c in tok.children
    )


#: Children that belong to the cue's span by the PolNeAR/PARC convention: auxiliaries,
#: negation and particles ("has not said", "pointed out").
_CUE_CHILDREN = frozenset({"aux", "aux:pass", "auxpass", "neg", "prt", "compound:prt"})
_TOPIC_PREPOSITIONS = words("for to of on about against with")


def cue_span_tokens(verb: Token) -> list[Token]:
    """The tokens of a verb cue as attribution corpora mark it: auxiliaries, negation,
    adverbs between them and the verb, particles, and the preposition of an oblique
    right after it ("has not yet called for", "referring to")."""
    toks = [verb]
    for child in verb.children:
        if child.dep_ in _CUE_CHILDREN or (child.dep_ == "advmod" and child.lower_ == "not"):
            toks.append(child)
    first = min(t.i for t in toks)
    doc = verb.doc
    toks.extend(t for t in doc[first : verb.i] if t.pos_ in ("ADV", "PART") and t not in toks)
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ in _TOPIC_PREPOSITIONS
        and nxt.pos_ == "ADP"
        and (nxt.head.i == verb.i or nxt.head.head.i == verb.i)
    ):
        toks.append(nxt)
    return toks
