"""Mentions: the names, noun phrases and pronouns a pronoun may point at.

Each :class:`Mention` carries what agreement needs: ``kind`` (person, org,
place, thing or unknown), number, the gender the article itself states for it
(honorific, gendered role noun, apposition or copula; never a first name) and
its grammatical role, which drives salience. Entity types from the pipeline
are checked against gazetteers and context, because the shipped model often
tags people as places: a name after "Mr", in apposition to "the ambassador",
or sharing a surname with a person is a person whatever its label says.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck_rules.pronouns.analysis.naming import (
    context_person,
    honorific_gender,
    name_tokens,
    named_kind,
    role_noun,
)

from factcheck import Article
from factcheck.language.calendar import MONTHS_AND_DAYS
from factcheck.language.labels import (
    OBJECTS,
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    POSSESSIVES,
    REFERRING_SUBJECTS,
)
from factcheck.language.nouns import (
    INSTITUTION_NOUNS,
)
from factcheck.language.reporting import SPEAKER_VERBS
from factcheck.language.words import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Third-person personal pronouns: form -> (gender m/f/n/None, number sg/pl).
PRONOUNS: dict[str, tuple[str | None, str]] = {
    **dict.fromkeys(("he", "him", "his", "himself"), ("m", "sg")),
    **dict.fromkeys(("she", "her", "hers", "herself"), ("f", "sg")),
    **dict.fromkeys(("it", "its", "itself"), ("n", "sg")),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), (None, "pl")),
}
#: Month and weekday names, and sentence adverbs that open a sentence with a capital:
#: capitalised, but never names.
_CALENDAR = MONTHS_AND_DAYS | word_set(
    "yesterday today tomorrow tonight meanwhile however here there now then earlier later "
    "afterwards instead"
)
_LOCATIVE = frozenset({"in", "at", "from", "near", "outside", "across", "inside", "throughout"})
_NP_LEFT = frozenset(
    {"det", "amod", "compound", "nmod:poss", "poss", "nummod", "det:poss", "nn", "flat"}
)
_ELLIPTICAL = frozenset({"another", "one", "other"})


@dataclass
class Mention:
    """A span that can be an antecedent, or a pronoun that needs one."""

    start: int
    end: int
    text: str
    head: int
    sent: int
    para: int
    kind: str
    number: str
    gender: str | None
    role: str
    pronoun: str | None = None
    named: bool = False
    name: str = ""
    why: str = ""
    entity: int = -1
    ent_id: str = ""
    #: For an elided noun ("Another had ..."): the span of the noun phrase it stands for.
    via: tuple[int, int] | None = None

    @property
    def key(self) -> str:
        """What identifies the referent: the gazetteer id, else the name."""
        return self.ent_id or self.name


def _role(tok: Token) -> str:
    dep = tok.dep_
    if dep in REFERRING_SUBJECTS:
        return "subj"
    if dep in OBJECTS:
        return "obj"
    if dep in POSSESSIVES:
        return "poss"
    if dep in ("conj", "appos", "flat", "compound") and tok.head.i != tok.i:
        return _role(tok.head) if tok.head.dep_ != dep else "other"
    return "other"


def _addressed(head: Token) -> bool:
    """True for a name a reporting verb addresses through a preposition: "writes to
    Sullivan", "told reporters in Leeds" is not (a place after "in")."""
    gov = head.head.head if head.head.dep_ in ("prep", "dative") else head.head
    prep = head.head if head.head.dep_ in ("prep", "dative") else None
    prep = prep or next((c for c in head.children if c.dep_ == "case"), None)
    return (
        head.dep_ in ("pobj", "obl", "obl:to")
        and prep is not None
        and prep.lower_ in ("to", "with")
        and gov.lemma_.lower() in SPEAKER_VERBS
    )


class _Builder:
    def __init__(self, article: Article, doc: Doc) -> None:
        self.article = article
        self.doc = doc
        self.sent_of = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n
        self.para_starts = [b.start for b in article.blocks] or [0]
        self.mentions: list[Mention] = []
        self.covered: set[int] = set()

    def para(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, offset) - 1)

    def add(self, first: int, last: int, head: Token, **kw: object) -> Mention:
        doc = self.doc
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        m = Mention(
            start=start,
            end=end,
            text=self.article.text[start:end],
            head=head.i,
            sent=self.sent_of[head.i],
            para=self.para(start),
            role=_role(head),
            **kw,  # type: ignore[arg-type]
        )
        self.mentions.append(m)
        self.covered.update(range(first, last + 1))
        return m

    def widen(self, first: int, last: int) -> tuple[int, int]:
        """Grow a name over hyphens ("Thomas-Greenfield") and title-case name words."""
        doc = self.doc
        while (
            last + 2 < len(doc)
            and doc[last + 1].text == "-"
            and not doc[last].whitespace_
            and not doc[last + 1].whitespace_
            and doc[last + 2].is_title
        ):
            last += 2
        while (
            first >= 2
            and doc[first - 1].text == "-"
            and not doc[first - 2].whitespace_
            and not doc[first - 1].whitespace_
            and doc[first - 2].is_title
        ):
            first -= 2
        while (
            first >= 1
            and doc[first - 1].pos_ == "PROPN"
            and doc[first - 1].is_title
            and doc[first - 1].dep_ in ("compound", "flat")
            and first - 1 not in self.covered
        ):
            first -= 1
        return first, last

    def modifier(self, first: int, last: int) -> bool:
        """True for a name that only modifies a noun: "US ambassador", "BBC reporter".

        A possessive ("Vitter's case") or a name after an honorific ("Sen. David
        Vitter") is never a mere modifier, whatever the parse made of it.
        """
        root = self.doc[first : last + 1].root
        head = root.head
        if last + 1 < len(self.doc) and self.doc[last + 1].tag_ == "POS":
            return False
        if honorific_gender(self.doc, first)[1]:
            return False
        return root.dep_ == "compound" and head.i > last and head.pos_ == "NOUN"

    def named(self, first: int, last: int, label: str, ent_id: str) -> None:
        doc = self.doc
        toks = name_tokens(doc, first, last + 1)
        name = " ".join(t.text for t in toks)
        head = doc[first : last + 1].root
        kind, why = named_kind(label, ent_id, name)
        gender, person = honorific_gender(doc, toks[0].i if toks else first)
        cg, cperson = context_person(doc, head, first)
        if person or cperson:
            if kind in ("place", "org") and why in ("ent_id", "gazetteer") and not person:
                pass  # "US ambassador" modifies a country name: still a country
            else:
                kind, why = "person", "context"
        if (
            kind == "unknown"
            and label in PLACE_LABELS
            and any(c.dep_ == "case" and c.lower_ in _LOCATIVE for c in head.children)
        ):
            kind = "place"  # "a boy from Irving": a place the gazetteer does not know
        gender = gender or (cg if kind == "person" else None)
        word = doc[last].text
        acronyms = word.endswith("s") and word[:-1].isupper() and len(word) > 2  # "MPs"
        number = "pl" if (doc[last].tag_ == "NNPS" or acronyms) and kind != "place" else "sg"
        self.add(
            first,
            last,
            head,
            kind=kind,
            number=number,
            gender=gender,
            named=True,
            name=name.lower().replace("’", "'"),
            why=why,
            ent_id=ent_id,
        )

    def build(self) -> list[Mention]:
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ in PERSON_LABELS | ORG_LABELS | PLACE_LABELS:
                first, last = self.widen(ent.start, ent.end - 1)
                if first == last and doc[first].lower_ in _CALENDAR:
                    continue
                if any(i in self.covered for i in range(first, last + 1)):
                    continue
                if self.modifier(first, last) and not (
                    ent.label_ in PERSON_LABELS and doc[last].head.is_lower
                ):
                    # "US ambassador": a body or place modifying a noun is no referent;
                    # a person modifying a common noun is ("the Clinton email scandal ...
                    # her career"); before a capitalised word it is part of a longer name.
                    self.covered.update(range(first, last + 1))
                    continue
                self.named(first, last, ent.label_, ent.ent_id_)
        i = 0
        while i < len(doc):
            tok = doc[i]
            if tok.pos_ == "PROPN" and i not in self.covered and tok.lower_ not in _CALENDAR:
                j = i
                while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and j + 1 not in self.covered:
                    j += 1
                i, j = self.widen(i, j)
                head = doc[i : j + 1].root
                referring = head.dep_ in REFERRING_SUBJECTS | OBJECTS | POSSESSIVES
                if (referring or _addressed(head)) and not any(
                    k in self.covered for k in range(i, j + 1)
                ):
                    self.named(i, j, "", "")
                i = j + 1
                continue
            i += 1
        for tok in doc:
            if tok.i in self.covered:
                continue
            low = tok.lower_
            if tok.tag_ in ("PRP", "PRP$") and low in PRONOUNS:
                gender, number = PRONOUNS[low]
                kind = {"m": "person", "f": "person", "n": "thing"}.get(gender or "", "unknown")
                self.add(tok.i, tok.i, tok, kind=kind, number=number, gender=gender, pronoun=low)
            elif tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "amod"):
                self.nominal(tok)
            elif (
                low in _ELLIPTICAL
                and tok.dep_ in REFERRING_SUBJECTS | OBJECTS
                and not any(c.pos_ == "NOUN" for c in tok.children)
            ):
                self.elliptical(tok)
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        return self.mentions

    def nominal(self, tok: Token) -> None:
        gender, person = role_noun(tok)
        # "a viewer who says ...": a relative "who" makes the noun a person.
        person = person or any(
            c.dep_ in ("relcl", "acl:relcl")
            and any(w.lower_ in ("who", "whom", "whose") for w in c.children)
            for c in tok.children
        )
        if (
            tok.is_title
            and not tok.is_sent_start
            and not person
            and tok.dep_ in (REFERRING_SUBJECTS | OBJECTS | POSSESSIVES)
        ) and tok.lemma_.lower() not in INSTITUTION_NOUNS:
            # A capitalised "noun" inside a sentence is a name the tagger missed.
            self.named(tok.i, tok.i, "", "")
            return
        lemma = tok.lemma_.lower()
        if person:
            kind, why = "person", "noun"
        elif lemma in INSTITUTION_NOUNS or tok.lower_ in INSTITUTION_NOUNS:
            kind, why = "org", "noun"
        else:
            kind, why = "thing", "noun"
        number = "pl" if tok.tag_ in ("NNS", "NNPS") else "sg"
        if any(c.dep_ == "cop" for c in tok.children):
            return  # a predicate ("X was the centre of..."): it describes, it does not refer
        first = tok.i
        for child in tok.lefts:
            if child.dep_ in _NP_LEFT:
                first = min(first, child.left_edge.i)
                break
        while first < tok.i and (self.doc[first].is_punct or self.doc[first].dep_ == "case"):
            first += 1
        self.add(first, tok.i, tok, kind=kind, number=number, gender=gender, why=why, name=lemma)

    def elliptical(self, tok: Token) -> None:
        """ "Another had been captured": the noun is elided; take it from the last person."""
        before = sorted((m for m in self.mentions if m.end <= tok.idx), key=lambda m: m.start)
        near = [
            m
            for m in before
            if self.sent_of[tok.i] - m.sent <= 2
            and m.pronoun is None
            and not m.named
            and m.kind == "person"
            and m.number == "sg"
        ]
        # The contrast "A woman ... Another" pairs clause heads: prefer a subject or root.
        heads = [m for m in near if self.doc[m.head].dep_ in REFERRING_SUBJECTS | {"ROOT"}]
        for prev in reversed(heads or near):
            m = self.add(
                tok.i,
                tok.i,
                tok,
                kind="person",
                number="sg",
                gender=prev.gender,
                why="noun",
                name=prev.name,
            )
            m.via = (prev.start, prev.end)
            return


def _furniture(article: Article) -> list[tuple[int, int]]:
    """Spans that are never antecedents: the dateline and byline lines.

    "LEEDS, England -" names where the story was filed, and "By Ann Lee" who
    wrote it; neither is anyone the story's pronouns mean.
    """
    out = []
    if article.dateline is not None:
        out.append((article.dateline.start, article.dateline.end))
    for block in article.blocks[:4]:
        words = article.text[block.start : block.end].split()
        if words and words[0].lower() == "by" and len(words) <= 8:
            out.append((block.start, block.end))
    return out


def extract(article: Article) -> list[Mention]:
    """Every mention in the article, in text order (needs the parse).

    Names in the dateline and byline are left out (see :func:`_furniture`).
    """
    doc = article.require_doc()
    skip = _furniture(article)
    return [
        m
        for m in _Builder(article, doc).build()
        if m.pronoun is not None or not any(s < m.end and m.start < e for s, e in skip)
    ]
