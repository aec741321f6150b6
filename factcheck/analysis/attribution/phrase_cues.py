"""Cues that are not verbs: "in a poll", a bracketed source tag, a speaker label.

News copy attributes with phrases as often as with verbs:

* a survey or report named in a sentence-opening prepositional phrase ("In
  a Des Moines Register poll last month, ..."): the survey is the source;
* a bracketed source tag after a sentence, the style of newsletters and
  digests ("... of all time. [ESPN.]", "(Reuters)");
* a speaker label at the start of a paragraph, the style of transcripts
  ("TAPPER: And obviously ..."), which a sentence splitter may cut off from
  what follows it.

Each function returns ``(cue_tokens, source_tokens, content)`` pieces for the
extractor to build an attribution from; none of them calls the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.language.words import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: Nouns naming a survey or report that is the source of the claims after it. Statements,
#: interviews and speeches are left out: "In a statement, the firm said" has its verb cue.
DOCUMENT_NOUNS = word_set(
    "poll polls survey surveys study studies report reports analysis census audit review "
    "estimate estimates projection projections"
)

#: Longest source tag, in tokens between the brackets.
TAG_TOKENS = 6


def document_phrase(tok: Token) -> tuple[Token, Token] | None:
    """The first word and the document noun of "In a Register poll, ..." when ``tok`` is
    that "in".

    Only an "in" phrase that opens its sentence counts ("In a Register poll last
    month, Cruz led"): inside a clause it is usually where something happened
    ("trails in the polls") or hangs on a verb that is the cue already ("said
    in a statement"). The noun phrase is read off the words, not the parse,
    which often attaches the phrase oddly.
    """
    if tok.lower_ != "in":
        return None
    doc = tok.doc
    lead = doc[tok.sent.start : tok.i]
    if any(not (t.is_space or t.is_punct or t.pos_ == "CCONJ") for t in lead):
        return None
    for j in range(tok.i + 1, min(len(doc), tok.i + 9)):
        t = doc[j]
        if t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON") and t.text not in "/-&'’":
            return None
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in DOCUMENT_NOUNS:
            return doc[tok.i + 1], t
    return None


def bracket_tag(sent: SpacySpan) -> tuple[Token, Token] | None:
    """'... of all time. [ESPN.]': the opening and closing bracket of a source tag that
    follows a sentence end, with one to a few capitalised words inside."""
    doc = sent.doc
    for tok in sent:
        if tok.text not in ("[", "("):
            continue
        close = "]" if tok.text == "[" else ")"
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is None or prev.text not in (".", "!", "?", "”", '"', "''"):
            continue
        stop = min(len(doc), tok.i + TAG_TOKENS + 2)
        end = next((j for j in range(tok.i + 1, stop) if doc[j].text == close), None)
        if end is None or end == tok.i + 1:
            continue
        inner = [t for t in doc[tok.i + 1 : end] if not t.is_punct]
        if inner and all(t.text[:1].isupper() for t in inner):
            return tok, doc[end]
    return None


def speaker_label(sent: SpacySpan) -> Token | None:
    """'TAPPER:' / 'Alex Seitz-Wald:' opening a paragraph, cut off by the sentence splitter:
    the colon, when the sentence is only a short name and the colon."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 2 or toks[-1].text != ":" or len(toks) > 5:
        return None
    names = toks[:-1]
    if not all(t.text[:1].isupper() or t.text in ("-", ".") for t in names):
        return None
    doc = sent.doc
    start = toks[0].idx
    if start > 0 and doc.text[max(0, start - 80) : start].rstrip(" \t")[-1:] not in ("", "\n"):
        return None  # not at the start of a line
    return toks[-1]
