"""Who is the source of an attribution: reading it off the parse.

The source of a reporting verb is its subject, the ``by`` agent of a passive, or
- when a small parser loses it - the name next to the verb and the quotation
('"...," said coach Andy Robinson'; '"...," Smith later said'). Participles and
coordinated verbs inherit the subject of the verb they hang from ("..., adding
that"). :func:`source_type` tells a named source from a pronoun, a described
one ("a senior official in the ministry") and a vague one ("critics", "some").
Dependency labels of both schemes a pipeline may use are accepted: UD (the
shipped model) and ClearNLP (the spaCy English models).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from factcheck.contract.article import Span
from factcheck.language.labels import (
    ADNOMINAL_CLAUSES,
    DIRECT_OBJECTS,
    GROUP_LABELS,
    NOMINAL_SUBJECTS,
    ORG_LABELS,
    PASSIVES,
    PERSON_LABELS,
    PLACE_LABELS,
)
from factcheck.language.reporting import HEARER_VERBS
from factcheck.language.words import word_list, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Labels under which a verb takes its subject from the verb it hangs on ("..., adding that").
_INHERIT = frozenset({"conj", "advcl", "xcomp", "acl", "relcl", "acl:relcl", "pcomp"})
_BE = word_set("be is are was were been being")
_PERSONAL_PRONOUNS = word_set("i you he she we they it who which that one")
#: Entity labels of a source that is named: a person, an organisation, a place, a group.
_NAMED_LABELS = PERSON_LABELS | ORG_LABELS | PLACE_LABELS | GROUP_LABELS
#: Sources that name a kind of people ("critics", "officials"), not a person.
_GENERIC_WORDS = word_list("generic-sources")


def span_of(tokens: Iterable[Token]) -> Span | None:
    toks = list(tokens)
    if not toks:
        return None
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return Span(first.idx, last.idx + len(last.text))


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in NOMINAL_SUBJECTS:
            return child
    return None


def _agent(verb: Token) -> Token | None:
    """The ``by`` phrase of a passive: ClearNLP ``agent``/``pobj``, UD ``obl`` + ``case``."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
        if child.dep_ in ("obl", "obl:agent") and any(
            c.dep_ == "case" and c.lower_ == "by" for c in child.children
        ):
            return child
    return None


def _is_passive(verb: Token) -> bool:
    if any(c.dep_ in PASSIVES for c in verb.children):
        return True
    # "it is widely thought that": a past participle after "be", whatever the label.
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "cop") and c.lower_ in _BE for c in verb.children
    )


def _inverted_subject(verb: Token) -> Token | None:
    """The speaker after the verb in '"...," said coach Andy Robinson.'"""
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or not (prev.is_punct or prev.tag_ in ("''", "``", ",")):
        return None
    if verb.tag_ == "VBG":
        return None  # "..., saying she ...": a participle has no inverted speaker
    nouns: list[Token] = []
    for j in range(verb.i + 1, min(len(doc), verb.i + 8)):
        t = doc[j]
        if t.pos_ in ("PROPN", "NOUN") or t.tag_ in ("NNP", "NN") or _name_like(t):
            nouns.append(t)
        elif (
            t.tag_ in ("DT", "CD", "JJ", "HYPH", "VBN", "RB") or t.pos_ in ("ADJ", "NUM")
        ) and not (nouns and nouns[-1].pos_ == "PROPN"):
            continue  # "said one well-connected Democrat", "explained Democratic strategist"
        else:
            break
    nouns = [n for n in nouns if not _subject_elsewhere(n, verb)]
    proper = [n for n in nouns if n.pos_ == "PROPN"]
    return proper[-1] if proper else (nouns[-1] if nouns else None)


def _subject_elsewhere(tok: Token, verb: Token) -> bool:
    """True for the subject of another clause ('said he would', 'said the plan is'), or
    for the hearer or time of the verb itself ('told MSNBC Monday')."""
    if tok.dep_ in ("iobj", "obl", "obl:tmod", "npadvmod", "nmod:tmod") and tok.head.i == verb.i:
        return True
    if tok.dep_ in DIRECT_OBJECTS and tok.head.i == verb.i and verb.lemma_.lower() in HEARER_VERBS:
        return True
    return (tok.dep_ in NOMINAL_SUBJECTS or tok.pos_ == "PRON") and tok.head.i != verb.i


def _name_like(tok: Token) -> bool:
    """A noun, pronoun or capitalised word (taggers call "O'Neil" an interjection)."""
    if tok.pos_ in ("PROPN", "NOUN", "PRON"):
        return True
    return tok.text[:1].isupper() and tok.text[:1].isalpha() and tok.pos_ in ("INTJ", "X", "ADJ")


def _left_subject(verb: Token) -> Token | None:
    """The speaker just before the verb when the parse gave none ('," Smith later said')."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].pos_ in ("ADV", "AUX", "PART"):
        j -= 1
    if j < 0:
        return None
    t = doc[j]
    if _name_like(t) and not (t.is_punct or t.lower_ in ("that", "which")):
        k = j - 1
        while k >= 0 and doc[k].pos_ == "PROPN":
            k -= 1
        if k >= 0 and doc[k].is_punct:
            return t
    return _after_quote(verb)


def _after_quote(verb: Token) -> Token | None:
    """'"...," Amy Pope, deputy security adviser, said': the name right after the quote."""
    doc = verb.doc
    for j in range(verb.i - 1, max(-1, verb.i - 14), -1):
        t = doc[j]
        if t.text[:1] in '”"' or t.text == "''":
            k = j + 1
            if k < verb.i and doc[k].text == ",":
                k += 1
            names = []
            while k < verb.i and (doc[k].pos_ in ("DET", "NOUN", "ADJ") or _name_like(doc[k])):
                names.append(doc[k])
                k += 1
            proper = [n for n in names if n.pos_ == "PROPN"]
            return proper[-1] if proper else (names[-1] if names else None)
        if t.pos_ == "VERB" or t.text in ".!?":
            return None
    return None


def noun_phrase_after(tok: Token) -> Token | None:
    """The head of the noun phrase that starts after ``tok`` (when the parse lost it)."""
    doc = tok.doc
    for j in range(tok.i + 1, min(len(doc), tok.i + 6)):
        t = doc[j]
        if t.pos_ in ("NOUN", "PROPN", "PRON"):
            while (
                t.head is not t
                and t.head.i > tok.i
                and t.head.pos_ in ("NOUN", "PROPN")
                and t.dep_ in ("compound", "flat", "amod", "nmod:poss", "poss", "det")
            ):
                t = t.head
            return t
    return None


def is_modifier(verb: Token) -> bool:
    """A participle modifying the noun just before it: "messages posted online"."""
    if subject_of(verb) is not None or verb.tag_ not in ("VBN", "VBG", "VBD", "JJ"):
        return False
    doc = verb.doc
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.pos_ not in ("NOUN", "PROPN"):
        return False
    # "messages posted to", but not '"...," the US mission tweeted' (a speaker after a quote)
    k = prev.i
    while k > 0 and doc[k - 1].pos_ in ("NOUN", "PROPN", "DET", "ADJ"):
        k -= 1
    return not (k == 0 or doc[k - 1].is_punct)


def is_object_relative(verb: Token) -> bool:
    """A relative clause whose missing object is the noun it modifies: "the website it
    mentions", "the plan she described". What it says is that noun, not a claim, so it
    gives no quotation a speaker."""
    subj = subject_of(verb)
    if verb.dep_ not in ("relcl", "acl:relcl") or subj is None:
        return False
    if subj.lower_ in ("who", "that", "which"):
        return False
    return not any(
        c.dep_ in DIRECT_OBJECTS or (c.dep_ in ("ccomp", "parataxis") and not c.is_space)
        for c in verb.children
    )


def find_source(
    verb: Token, quoted: Callable[[int], bool] = lambda _: False
) -> tuple[Token | None, Token | None, bool]:
    """The source of a cue verb: the token for its span, the token that says who it is
    (the antecedent of a relative "who"), and whether the clause is an impersonal passive.

    A subject inside a quotation is a parse error ('"Judge," Brafman said'), so the
    speaker next to the verb is taken instead.
    """
    # A parse may give two subjects, one of them inside the quotation: take one outside.
    subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS and not quoted(c.idx)]
    subj = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    if subj is not None and not _is_passive(verb):
        return _relative(verb, subj)
    if _is_passive(verb):
        agent = _agent(verb)
        return agent, agent, agent is None
    inverted = _inverted_subject(verb)
    if inverted is not None and not quoted(inverted.idx):
        return inverted, inverted, False
    subj = _left_subject(verb)
    if subj is not None:
        return _relative(verb, subj)
    current = verb
    for _ in range(3):
        if current.dep_ not in _INHERIT or current.head.i == current.i:
            break
        head = current.head
        if current.dep_ in ADNOMINAL_CLAUSES and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head, head, False
        subj = subject_of(head)
        if subj is not None and not quoted(subj.idx):
            return subj, subj, False
        current = head
    return None, None, False


def _relative(verb: Token, subj: Token) -> tuple[Token | None, Token | None, bool]:
    """The subject, and for a relative "who" the noun it stands for."""
    if subj.lower_ in ("who", "that", "which") and verb.dep_ in ADNOMINAL_CLAUSES | {"conj"}:
        head = verb.head
        return subj, (head if head.pos_ in ("NOUN", "PROPN", "PRON") else subj), False
    return subj, subj, False


def _is_named(tok: Token) -> bool:
    if tok.ent_type_ in _NAMED_LABELS:
        return True
    # A sentence-initial capital is no evidence of a name ("Critics say ...").
    return tok.pos_ == "PROPN" and not (tok.is_sent_start and tok.lower_ in _GENERIC_WORDS)


def source_type(tok: Token | None, impersonal: bool = False) -> str:
    """Classify a source: named, pronoun, described, generic, impersonal or none."""
    if tok is None:
        return "impersonal" if impersonal else "none"
    lower = tok.lower_
    if _is_named(tok):
        return "named"
    if lower in ("some", "many", "others", "few", "most", "several"):
        described = any(c.dep_ in ("prep", "nmod") for c in tok.children) or any(
            _is_named(t) for t in tok.subtree
        )
        return "described" if described else "generic"
    if tok.pos_ == "PRON" or lower in _PERSONAL_PRONOUNS:
        return "pronoun"
    subtree = [t for t in tok.subtree if t is not tok]
    if any(_is_named(t) for t in subtree):
        return "described"
    dets = [c for c in tok.children if c.dep_ in ("det", "poss", "nmod:poss")]
    vague_det = all(c.lower_ in ("some", "many", "several", "most") for c in dets)
    modifiers = [
        c
        for c in tok.children
        if c.dep_ in ("amod", "compound", "prep", "nmod", "appos", "nummod", *ADNOMINAL_CLAUSES)
    ]
    plural = tok.tag_ in ("NNS", "NNPS") or (tok.pos_ == "PROPN" and lower.endswith("s"))
    if plural and vague_det and not modifiers:
        return "generic"
    if plural and vague_det and all(c.dep_ == "amod" for c in modifiers) and len(modifiers) == 1:
        return "generic"  # "some senior officials" / "many economists"
    return "described"


def source_span(tok: Token) -> Span | None:
    """The source noun phrase with its appositions, without a relative clause."""
    dropped: set[int] = set()
    for child in tok.children:
        if child.dep_ in ADNOMINAL_CLAUSES:
            dropped.update(t.i for t in child.subtree)
    toks = [t for t in tok.subtree if t.i not in dropped]
    while toks and (toks[0].is_punct or toks[0].is_space) and toks[0] is not tok:
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1] is not tok:
        toks.pop()
    return span_of(toks)
