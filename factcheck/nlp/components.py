"""Custom spaCy components of the shipped pipeline, registered as factories.

Why these exist:

* ``factcheck_paragraph_sentences`` — news copy is written in paragraphs separated by
  line breaks, and a paragraph break is always a sentence break. The statistical parser
  was trained on web text joined with spaces and does not know that, so it sometimes
  runs a headline into the first paragraph. This component, placed *before* the
  parser, presets sentence starts after line breaks (and optionally after clear
  sentence-final punctuation); the parser respects preset boundaries and decides the
  rest itself.
* ``factcheck_entity_cleanup`` — demonyms used as adjectives ("Chinese diplomat",
  "North Korean people") are not entities in our label scheme (rules ask "is this a
  place / organisation / person"), but the statistical NER sometimes tags them. This
  component drops entities headed by an adjective, trims lower-case tails ("North
  Korean people"), completes hyphenated person names the NER cut short, and relabels a
  one-word mention as PER when it repeats part of a full person name in the same doc.
* ``factcheck_space_heads`` — re-attaches dependents the parser hung on a whitespace
  token (a hard line wrap inside a sentence); the treebanks have none.
* ``factcheck_gazetteer`` — the entity ruler: a ``SpanRuler`` for long name lists that
  loads fast, merging its matches with the NER's via :func:`gazetteer_ents_filter`
  (also registered as ``factcheck.gazetteer_ents_filter.v1`` for a stock ``span_ruler``).

This module imports spaCy at top level; it is imported only by
:func:`factcheck.nlp.load_pipeline` and by the training scripts, never by
``import factcheck.nlp``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, MorphAnalysis, Span
from spacy.util import filter_spans, registry

#: Tokens that end a sentence when followed by a capitalised word.
_FINAL_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
#: Tokens that may sit between the final punctuation and the next sentence.
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
#: Tokens that may open a sentence before its first word.
_OPENERS = frozenset({'"', "'", "“", "‘", "(", "[", "«", "-", "–", "—"})

_HYPHENS = frozenset({"-", "‐"})

PARAGRAPH_FACTORY = "factcheck_paragraph_sentences"
GAZETTEER_FILTER = "factcheck.gazetteer_ents_filter.v1"
CLEANUP_FACTORY = "factcheck_entity_cleanup"
GAZETTEER_FACTORY = "factcheck_gazetteer"
SPACE_HEADS_FACTORY = "factcheck_space_heads"

#: Dependency labels of a clause that a stray whitespace head stole from its real head.
_CLAUSAL = ("ccomp", "conj", "parataxis", "xcomp", "advcl", "acl", "dep")


def _starts_like_sentence(doc: Doc, i: int) -> bool:
    """True when token ``i`` (skipping opening quotes) begins with an upper-case letter or digit."""
    n = len(doc)
    while i < n and (doc[i].text in _OPENERS or doc[i].is_space):
        i += 1
    if i >= n:
        return False
    first = doc[i].text[:1]
    return first.isupper() or first.isdigit()


class ParagraphSentences:
    """Preset sentence starts at paragraph breaks (and, if asked, after final punctuation).

    Only sentence *starts* are written (plus "not a start" for the line-break token
    itself, so it stays with the sentence before): the parser keeps the freedom to add
    further boundaries, so on text without line breaks the result equals the parser's
    unless the optional punctuation rule (``punct``) is on; both are measured in
    ``benchmarks/eval_pipeline.py``.
    """

    def __init__(self, name: str, punct: bool, max_tokens: int = 0) -> None:
        self.name = name
        self.punct = punct
        self.max_tokens = max_tokens

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        # Sentence starts are collected here and written once: spaCy's per-token setter
        # scans the whole document each time, quadratic on an article of many paragraphs.
        starts: list[int] = doc.to_array([SENT_START]).astype("int64").reshape(-1).tolist()
        for i, tok in enumerate(doc):
            if tok.is_space:
                # The treebanks have no whitespace tokens, so the tagger guesses nonsense
                # for them; use the conventional spaCy analysis instead.
                tok.tag_ = "_SP"
                tok.pos_ = "SPACE"
                tok.morph = MorphAnalysis(doc.vocab, {})
                tok.lemma_ = tok.text
            if tok.is_space and "\n" in tok.text:
                # The tokenizer turns every line break into its own space token: keep it
                # with the sentence before (no whitespace-only sentences); start anew
                # after a paragraph break or a line that clearly ended a sentence.
                if i > 0:
                    starts[i] = -1
                if i + 1 < n and not doc[i + 1].is_space and _breaks(doc, i):
                    _start_at(doc, starts, i + 1)
            elif self.punct and tok.text in _FINAL_PUNCT:
                j = i + 1
                while j < n and doc[j].text in _CLOSERS:
                    j += 1
                if j < n and doc[j - 1].whitespace_ and _starts_like_sentence(doc, j):
                    _start_at(doc, starts, j)
        if self.max_tokens:
            _cap_sentences(doc, starts, self.max_tokens)
        if n:
            values: Any = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1)
            doc.from_array([SENT_START], values)
        return doc


def _cap_sentences(doc: Doc, starts: list[int], limit: int) -> None:
    """Start a sentence every ``limit`` tokens in a run with no boundary preset.

    A single line of megabytes, or a paragraph of thousands of quotation marks,
    would otherwise become one sentence, and every rule that looks at "the
    sentence around a word" would cost time quadratic in its length. Real
    sentences of news copy stay far below the limit (the longest of 250 BBC
    articles has under 150 tokens), so ordinary text is never cut.
    ``starts`` holds 1 (starts a sentence), -1 (does not) or 0 (the parser decides).
    """
    since = 0
    for i, tok in enumerate(doc):
        if starts[i] == 1:
            since = 0
        elif starts[i] == 0 and since >= limit and not tok.is_space:
            starts[i] = 1
            since = 0
        since += 1


def _breaks(doc: Doc, i: int) -> bool:
    """Does the line-break token ``i`` end a sentence?

    A blank line (paragraph break) always does. A single line break may be a hard wrap
    inside a sentence ("will now\nask"), so it counts only after sentence-final
    punctuation, or before a capitalised word when the line did not end in a lower-case
    word; otherwise the parser decides.
    """
    if doc[i].text.count("\n") >= 2 or i == 0:
        return True
    prev = doc[i - 1]
    if prev.text in _FINAL_PUNCT or prev.text in _CLOSERS:
        return True
    return _starts_like_sentence(doc, i + 1) and not (prev.is_alpha and prev.is_lower)


def _start_at(doc: Doc, starts: list[int], i: int) -> None:
    """Start a sentence at token ``i``; opening quotes there belong to it, so the parser
    must not start another sentence at the first word after them."""
    starts[i] = 1
    k = i
    while k < len(doc) - 1 and doc[k].text in _OPENERS:
        k += 1
        starts[k] = -1


#: Longest run of tokens without a sentence start (see :func:`_cap_sentences`).
MAX_SENTENCE_TOKENS = 256


@Language.factory(
    PARAGRAPH_FACTORY,
    default_config={"punct": False, "max_tokens": MAX_SENTENCE_TOKENS},
    requires=[],
    assigns=["token.is_sent_start"],
)
def make_paragraph_sentences(
    nlp: Language, name: str, punct: bool, max_tokens: int
) -> ParagraphSentences:
    """Factory for :class:`ParagraphSentences` (see the module docstring for why)."""
    return ParagraphSentences(name, punct, max_tokens)


class SpaceHeads:
    """Re-attach dependents that the parser hung on a whitespace token.

    The treebanks have no whitespace tokens, so a hard line wrap inside a sentence
    ("the council will now\nask ...") can become the parser's root, with the real verb
    as its dependent. The clause's head is then the whitespace token's best dependent (a
    verb, preferably a clausal one); it takes over the whitespace token's place in the
    tree and its other dependents; the whitespace token attaches to its left neighbour.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            if not tok.is_space or tok.i == 0:
                continue
            kids = list(tok.children)
            if not kids:
                continue
            verbs = [k for k in kids if k.pos_ in ("VERB", "AUX")]
            clausal = [k for k in verbs if k.dep_ in _CLAUSAL]
            new = (clausal or verbs or kids)[0]
            is_root = tok.head.i == tok.i
            new_dep = tok.dep_
            new.head = new if is_root else tok.head
            new.dep_ = new_dep
            for k in kids:
                if k.i != new.i:
                    k.head = new
            tok.head = doc[tok.i - 1]
            tok.dep_ = "dep"
        return doc


@Language.factory(SPACE_HEADS_FACTORY, requires=["token.dep"], assigns=["token.dep", "token.head"])
def make_space_heads(nlp: Language, name: str) -> SpaceHeads:
    """Factory for :class:`SpaceHeads`."""
    return SpaceHeads(name)


def _extend_hyphenated(doc: Doc, ent: Span) -> Span:
    """Extend a PER entity over a hyphenated capitalised continuation ("Thomas-Greenfield").

    spaCy's tokenizer splits "Thomas-Greenfield" into three tokens and the NER, trained on
    few such names, sometimes stops at the hyphen.
    """
    end = ent.end
    if (
        doc[end - 1].text in _HYPHENS
        and not doc[end - 1].whitespace_
        and end < len(doc)
        and doc[end].is_alpha
    ):
        end += 1  # the NER stopped right after a hyphen: "Wong Kwok-" + "kin"
    while (
        ent.label_ == "PER"
        and end + 1 < len(doc)
        and not doc[end - 1].whitespace_
        and doc[end].text in _HYPHENS
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
        and not doc[end + 1].ent_type_
    ):
        end += 2
    if end == ent.end:
        return ent
    return Span(doc, ent.start, end, label=ent.label, span_id=ent.id)


def _trim_lowercase_tail(ent: Span) -> Span:
    """Cut trailing lower-case words off an entity ("North Korean people" -> "North Korean").

    Names end in a capitalised word; a lower-case tail is the NER running into the noun
    the name modifies. Wholly lower-case entities (web text: "enron") are kept as they are.
    """
    end = ent.end
    while end > ent.start and ent.doc[end - 1].is_lower and ent.doc[end - 1].is_alpha:
        end -= 1
    if end in (ent.end, ent.start):
        return ent
    return Span(ent.doc, ent.start, end, label=ent.label, span_id=ent.id)


#: Personal titles: a name right after one is a person (closed class, hand-kept).
_TITLES = frozenset(
    {
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Miss",
        "Dr",
        "Dr.",
        "Prof",
        "Prof.",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "Mx",
        "Mx.",
    }
)


def _titled_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """Make "Mrs Okoro" a person: relabel an entity after a title, or add one if missing."""
    out: list[Span] = []
    taken = {t.i for e in ents for t in e}
    for e in ents:
        if e.start > 0 and doc[e.start - 1].text in _TITLES and e.label_ != "PER" and not e.ent_id_:
            e = Span(doc, e.start, e.end, label="PER")
        out.append(e)
    for tok in doc:
        if tok.text in _TITLES and tok.i + 1 < len(doc) and tok.i + 1 not in taken:
            end = tok.i + 1
            while end < len(doc) and doc[end].is_title and end not in taken:
                end += 1
            if end > tok.i + 1:
                out.append(Span(doc, tok.i + 1, end, label="PER"))
    return sorted(out, key=lambda e: e.start)


def _person_consistency(ents: list[Span]) -> list[Span]:
    """Relabel one-word entities as PER when they repeat a part of a full person name.

    News names a person in full once and by surname afterwards ("Andy Warhol" ...
    "Warhol"); the NER sees each mention alone and often calls the short one a place.
    Gazetteer matches (with an ``ent_id_``) are not touched.
    """
    parts = {t.text for e in ents if e.label_ == "PER" and len(e) > 1 for t in (e[0], e[-1])}
    out = []
    for e in ents:
        if len(e) == 1 and e.label_ != "PER" and not e.ent_id_ and e.text in parts:
            e = Span(e.doc, e.start, e.end, label="PER")
        out.append(e)
    return out


class EntityCleanup:
    """Drop entities headed by an adjective (demonyms: "Chinese", "North Korean"), trim
    lower-case tails, and extend person names over hyphenated parts.

    A name's last word is its head in English, and names are tagged NNP/NNPS, so an
    entity ending in an adjective is a demonym or a tagging slip, not a name. Spans set
    by the entity ruler (they carry an ``ent_id_``) are kept: its patterns are names.
    Entities that are wholly lower case (web text: "tmobile") are left alone.
    """

    def __init__(self, name: str, adj_tags: Iterable[str]) -> None:
        self.name = name
        self.adj_tags = frozenset(adj_tags)

    def _keep(self, ent: Span) -> bool:
        if ent.ent_id_:
            return True
        return not (ent[-1].tag_ in self.adj_tags or ent[-1].pos_ == "ADJ")

    def __call__(self, doc: Doc) -> Doc:
        ents = [
            e if e.ent_id_ else _trim_lowercase_tail(_extend_hyphenated(doc, e)) for e in doc.ents
        ]
        kept = _person_consistency(_titled_persons(doc, [e for e in ents if self._keep(e)]))
        if kept != list(doc.ents):
            # Extending a hyphenated name can reach into the next entity: keep the
            # longer of two overlapping spans rather than fail on the whole text.
            doc.ents = filter_spans(kept)  # tokens of dropped spans become O
        return doc


@Language.factory(
    CLEANUP_FACTORY,
    default_config={"adj_tags": ["JJ", "JJR", "JJS"]},
    requires=["doc.ents", "token.tag"],
    assigns=["doc.ents"],
)
def make_entity_cleanup(nlp: Language, name: str, adj_tags: list[str]) -> EntityCleanup:
    """Factory for :class:`EntityCleanup`."""
    return EntityCleanup(name, adj_tags)


def gazetteer_ents_filter(entities: Iterable[Span], spans: Iterable[Span]) -> list[Span]:
    """Merge gazetteer matches (``spans``) into the NER's entities.

    A match replaces the statistical entities it covers (same span, or smaller ones
    inside it: a relabel/extension, e.g. NER "Korea" as PER -> ruler "North Korea" LOC),
    but never cuts a *larger* or crossing entity: "Michael Jordan" (PER) and
    "Bank of China" (ORG) stay whole although "Jordan"/"China" are in the gazetteer. It
    also leaves a PER entity alone when its words belong to a longer person name in the
    same document (the short mention "Jordan" of "Michael Jordan").
    """
    chosen: dict[int, Span] = dict(enumerate(entities))
    # Words of multi-word person names in this doc: a later "Jordan" after "Michael
    # Jordan" that the NER tagged PER is that person, not the country.
    person_words = {t.text for e in chosen.values() if e.label_ == "PER" and len(e) > 1 for t in e}
    # Chosen entities never overlap, so each token has at most one: the clashes of a
    # match are found through its own tokens, not by scanning every entity per match.
    owner = {t: k for k, e in chosen.items() for t in range(e.start, e.end)}
    next_key = len(chosen)
    for new in filter_spans(spans):
        ids = sorted({owner[t] for t in range(new.start, new.end) if t in owner})
        clash = [chosen[k] for k in ids]
        if any(e.label_ == "PER" and all(t.text in person_words for t in e) for e in clash):
            continue
        if all(new.start <= e.start and e.end <= new.end for e in clash):
            for k in ids:
                old = chosen.pop(k)
                for t in range(old.start, old.end):
                    del owner[t]
            chosen[next_key] = new
            owner.update((t, next_key) for t in range(new.start, new.end))
            next_key += 1
    return sorted(chosen.values(), key=lambda e: (e.start, e.end))


def make_gazetteer_ents_filter() -> Callable[[Iterable[Span], Iterable[Span]], list[Span]]:
    """Registered so a ``span_ruler`` in the shipped pipeline can name it in its config."""
    return gazetteer_ents_filter


# Registered so a ``span_ruler`` in the shipped pipeline can name the filter in its config.
registry.misc.register(GAZETTEER_FILTER, func=make_gazetteer_ents_filter)


class GazetteerRuler(SpanRuler):
    """An entity ruler (spaCy ``SpanRuler`` writing ``doc.ents``) for large name lists.

    Phrase patterns matched on ORTH only need the tokenizer, but ``SpanRuler`` runs every
    earlier pipeline component over them whenever the model is loaded (~2 s for ~1,300
    names); token patterns avoid that but make the ``Matcher`` crawl (3.8 s per 37k
    words). This subclass builds the ``PhraseMatcher`` docs with the tokenizer alone.
    """

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        phrases = [p for p in patterns if isinstance(p["pattern"], str)]
        super().add_patterns([p for p in patterns if not isinstance(p["pattern"], str)])
        for entry in phrases:
            label = repr((str(entry["label"]), str(entry.get("id", ""))))
            self._match_label_id_map[self.nlp.vocab.strings.as_int(label)] = {
                "label": str(entry["label"]),
                "id": str(entry.get("id", "")),
            }
            self.phrase_matcher.add(label, [self.nlp.make_doc(entry["pattern"])])
            self._patterns.append(entry)


def _ents_scorer(examples: Iterable[Any], **kwargs: Any) -> dict[str, Any]:
    return get_ner_prf(examples)


@Language.factory(
    GAZETTEER_FACTORY,
    default_config={"phrase_matcher_attr": "ORTH", "validate": False},
    requires=["doc.ents"],
    assigns=["doc.ents"],
)
def make_gazetteer_ruler(
    nlp: Language, name: str, phrase_matcher_attr: str, validate: bool
) -> GazetteerRuler:
    """Factory for :class:`GazetteerRuler`, merging with :func:`gazetteer_ents_filter`."""
    return GazetteerRuler(
        nlp,
        name,
        spans_key=None,
        spans_filter=None,
        annotate_ents=True,
        ents_filter=gazetteer_ents_filter,
        phrase_matcher_attr=phrase_matcher_attr,
        validate=validate,
        overwrite=False,
        scorer=_ents_scorer,
    )
