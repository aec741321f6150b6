"""Evaluative language in the writer's voice: what makes a sentence need a source.

Three kinds of phrase are found in a parsed sentence:

* ``superlative``: a superlative ("the most important ally", "the world's
  largest carmaker"); evaluative when its adjective carries sentiment or
  judges importance, measurable otherwise ("largest" is a statistic); one on
  a noun of measured change or quantity ("the steepest fall was in
  manufacturing", "the highest rate") reports a data ranking and is left to
  the sentence's own figures;
* ``loaded``: an adjective with negative sentiment characterising an entity
  ("the isolated communist state", "a notorious warlord");
* ``trend``: a negative noun framed as a trend ("rising tensions", "growing
  anger").

Sentiment comes from the VADER lexicon (vaderSentiment, MIT; 7,500 words
rated by ten people each), read as a data file without importing the
analyser; a small built-in list of importance adjectives covers judgements
that carry no sentiment ("key", "crucial").
"""

from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.language.labels import FINITE_VERB_TAGS
from factcheck.language.nouns import INSTITUTION_NOUNS, PERSON_NOUNS, RANKING_NOUNS
from factcheck.language.words import word_list, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: Adjectives that judge importance or standing: evaluative with no sentiment.
IMPORTANCE = word_list("importance-adjectives")
#: Strongly loaded characterisations of people, states and groups (a warning on their own).
LOADED = word_list("loaded-labels")
#: Words that frame a noun as a trend.
TREND = word_list("trend-words")
#: Superlative-looking words that are not evaluations ("the latest figures").
NOT_EVALUATIVE = word_set("latest last first next least most")
_FIXED = frozenset({("at", "least"), ("at", "most"), ("at", "best"), ("at", "worst")})


@functools.cache
def sentiment() -> dict[str, float]:
    """Word -> VADER valence (-4..4); empty when vaderSentiment is not installed."""
    try:
        data = importlib.resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
        text = data.read_bytes().decode("utf-8", errors="replace")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    out: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


def valence(word: str) -> float:
    """The sentiment of ``word`` (0.0 when neutral or unknown)."""
    return sentiment().get(word.lower(), 0.0)


@dataclass(frozen=True)
class Phrase:
    """An evaluative phrase: character offsets, kind, whether it is strong, and why."""

    start: int
    end: int
    kind: str
    strong: bool
    reason: str
    head: int


def _np_end(noun: Token) -> int:
    """End offset of a noun phrase: the noun with its right-hand prepositional modifiers."""
    last = noun
    for child in noun.rights:
        if child.dep_ in ("nmod", "prep", "compound", "amod") and child.i - last.i <= 4:
            last = max(child.subtree, key=lambda t: t.i)
    return last.idx + len(last.text)


_STOP = word_set(
    "the a an of in on at to for by with and or but than as that which who is are was "
    "were be been has have had"
)


def _noun_after(tok: Token) -> Token | None:
    """The noun an adjective modifies: the next nominal word (taggers often miss it)."""
    doc = tok.doc
    for j in range(tok.i + 1, min(len(doc), tok.i + 4)):
        t = doc[j]
        if t.tag_ == "HYPH" or t.text == "-":
            continue
        if not t.is_alpha or t.lower_ in _STOP or t.tag_ in FINITE_VERB_TAGS:
            return None
        if t.pos_ in ("ADJ",) and j + 1 < len(doc) and doc[j + 1].is_alpha:
            continue
        k = j
        while k + 1 < len(doc) and doc[k + 1].tag_ in ("NN", "NNS") and k - j < 2:
            k += 1
        return doc[k]
    return None


def _denotes_actor(noun: Token) -> bool:
    """True when a noun names people, a state or a group: what a loaded label characterises.

    "the brutal regime" and "the notorious warlord" label an actor; "Syria's brutal
    civil war" describes an event, which is not a characterisation of anyone.
    """
    lemma = noun.lemma_.lower()
    return (
        _is_name(noun)
        or lemma in PERSON_NOUNS
        or lemma in INSTITUTION_NOUNS
        or noun.lower_ in PERSON_NOUNS
        or noun.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")
        or (noun.lemma_.lower().endswith(("or", "er", "ist", "ian", "lord")) and noun.tag_ == "NN")
    )


def _is_name(tok: Token) -> bool:
    return tok.tag_ in ("NNP", "NNPS") or bool(tok.ent_type_)


def _characterises_entity(sent: SpacySpan, first: Token, noun: Token) -> bool:
    """True when the phrase is said of a named entity: in apposition to it ("China,
    North Korea's most important ally") or as its predicate ("China is the most ...").

    A superlative merely owned by a name ("some of Hollywood's greatest players") or
    without an article ("was best foreign film": an award category) is not.
    """
    doc = sent.doc
    i = first.i - 1
    determined = False
    while i >= sent.start and (doc[i].tag_ in ("DT", "PRP$") or doc[i].lower_ in ("’s", "'s")):
        determined = True
        if doc[i].lower_ in ("’s", "'s"):
            i -= 1
            while i >= sent.start and _is_name(doc[i]) and doc[i].pos_ != "PUNCT":
                i -= 1  # skip the possessor: "North Korea's"
            continue
        i -= 1
    if not determined or i < sent.start:
        return False
    if doc[i].text in (",", "–", "—", "-", "("):
        j = i - 1
        return j >= sent.start and _is_name(doc[j])
    if doc[i].lemma_ == "be":
        return any(_is_name(t) for t in doc[sent.start : i])
    return noun.dep_ == "appos" and _is_name(noun.head)


def phrases(sent: SpacySpan) -> list[Phrase]:
    """The evaluative phrases of one sentence."""
    found: list[Phrase] = []
    doc = sent.doc
    for tok in sent:
        prev = doc[tok.i - 1] if tok.i > sent.start else None
        lower = tok.lower_
        if prev is not None and (prev.lower_, lower) in _FIXED:
            continue
        adj: Token | None = None
        first = tok
        if tok.tag_ == "JJS" and lower not in NOT_EVALUATIVE:
            adj = tok
        elif (
            lower in ("most", "least")
            and tok.i + 1 < sent.end
            and doc[tok.i + 1].tag_ in ("JJ", "VBN")
        ):
            adj = doc[tok.i + 1]
        if adj is not None and adj.i + 1 < sent.end and doc[adj.i + 1].tag_ in ("VBN", "VBG"):
            continue  # "best known for", "the best-selling album": not a characterisation
        if adj is not None:
            determined = prev is not None and (
                prev.tag_ in ("DT", "PRP$", "POS") or prev.lower_ in ("’s", "'s")
            )
            if not determined:
                continue  # "won best actress" (a category), "most large firms" (a quantity)
            noun = _noun_after(adj)
            if noun is None:
                continue
            if noun.lemma_.lower() in RANKING_NOUNS or noun.lower_ in RANKING_NOUNS:
                continue  # "the steepest fall was in manufacturing": a ranking of data
            base = adj.lemma_.lower()
            evaluative = (
                base in IMPORTANCE or abs(valence(adj.lower_)) >= 1.0 or abs(valence(base)) >= 1.0
            )
            entity = _characterises_entity(sent, first, noun)
            found.append(
                Phrase(
                    first.idx,
                    _np_end(noun),
                    "superlative",
                    evaluative and entity,
                    "evaluative superlative" if evaluative else "superlative (a measurable claim)",
                    noun.i,
                )
            )
            continue
        participle = (
            tok.tag_ in ("VBN", "VBG")
            and prev is not None
            and prev.tag_ in ("DT", "PRP$", "JJ", ",")
        )
        if (tok.tag_ == "JJ" or participle or lower in TREND) and tok.dep_ in ("amod", "compound"):
            noun = tok.head if tok.head.i > tok.i else _noun_after(tok)
            if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            if lower in LOADED or valence(lower) <= -1.0:
                if any(f.start <= tok.idx < f.end for f in found):
                    continue
                start = tok.idx
                if prev is not None and prev.tag_ == "DT":
                    start = prev.idx
                found.append(
                    Phrase(
                        start,
                        _np_end(noun),
                        "loaded",
                        lower in LOADED and _denotes_actor(noun),
                        "loaded characterisation",
                        noun.i,
                    )
                )
            elif lower in TREND and valence(noun.lower_) <= -1.0:
                found.append(
                    Phrase(tok.idx, _np_end(noun), "trend", False, "evaluative framing", noun.i)
                )
    return found
