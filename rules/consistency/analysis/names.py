"""Name mentions, how two written forms of a name compare, and person clusters.

A *name mention* is a run of proper-noun tokens of the parse ("Linda
Thomas-Greenfield", "Nordlys Shipping", "Kim Jong-un"), with the title before
it split off ("Prime Minister" in "Prime Minister Fumio Kishida") and kept.
:func:`compare_forms` says whether two written forms are the same name, the
same name written another way (hyphenation, spacing, diacritics, a letter
dropped, doubled or transposed, a middle initial), or different names.
:func:`person_clusters` groups the mentions that name the same person or
organisation: full names by first name and surname, a surname alone with the
one full name it can belong to.

This module is the one place that decides "same name": the consistency rules
ask :func:`person_clusters`, so a better coreference (the pronoun resolver's
chains) can replace the clustering behind that one function.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck_rules.consistency.analysis.words import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    ORG_HEADS,
    PERSON_TITLES,
    TITLE_WORDS,
)
from rapidfuzz.distance import OSA, Levenshtein

from factcheck import Article, DerivedKey, Span
from factcheck.nlp import ORG_LABELS, PERSON_LABELS, PLACE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_HYPHENS = frozenset({"-", "‐", "‑"})
_APOSTROPHES = "'’‘`"
_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,3}$|^(?:[A-Z]\.){1,3}$")

NAMES: DerivedKey[list[NameMention]] = DerivedKey("factcheck.consistency.name-mentions")
CLUSTERS: DerivedKey[list[Cluster]] = DerivedKey("factcheck.consistency.person-clusters")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-folded, without diacritics and apostrophes or full stops: the key of a spelling."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[.'’‘`]", "", bare.casefold().replace("ß", "ss"))


@functools.lru_cache(maxsize=65536)
def letters(text: str) -> str:
    """The letters of a spelling only: what stays the same when hyphens and spaces move."""
    return re.sub(r"[^\w]|_", "", fold(text))


def is_initial(part: str) -> bool:
    """True for an initial or initials: "F.", "F", "H.W."."""
    return bool(_INITIAL.match(part))


@dataclass(frozen=True)
class NameMention:
    """One name in the text, its title split off.

    ``parts`` are the spans of the name's words (split at spaces and hyphens;
    a particle such as "van" is a part). ``kind`` is ``person``, ``org``,
    ``place`` or empty (unknown); ``known`` is the gazetteer id of a known
    entity ("country/KP"). ``title`` is the lower-case title before the name
    ("prime minister"), starting at ``title_start``. ``zone`` is ``headline``,
    ``standfirst`` or ``body``.
    """

    start: int
    end: int
    text: str
    parts: tuple[Span, ...]
    kind: str
    known: str
    title: str
    title_start: int
    sentence: int
    zone: str
    quoted: bool
    bracketed: bool
    separators: tuple[str, ...] = ()

    def words(self, article_text: str) -> list[str]:
        """The written parts, in order."""
        return [article_text[p.start : p.end] for p in self.parts]


@dataclass
class Cluster:
    """Mentions that name one person or organisation, in text order."""

    mentions: list[NameMention] = field(default_factory=list)
    #: The longest name of the cluster as written first ("Linda Thomas-Greenfield").
    name: str = ""
    kind: str = ""

    @property
    def is_person(self) -> bool:
        return self.kind == "person"


# -- extraction --------------------------------------------------------------------


def _name_token(tok: Token) -> bool:
    text = tok.text
    if tok.is_space or tok.is_punct or not text[:1].isupper():
        return False
    if not any(c.isalpha() for c in text):
        return False
    if fold(text) in NOT_NAMES:
        return False
    if tok.pos_ == "PROPN" or tok.tag_ in ("NNP", "NNPS") or tok.ent_type_ in PERSON_LABELS:
        return True
    # A capitalised noun inside a sentence is a name the tagger missed ("Prime Minister Redwood").
    return tok.pos_ == "NOUN" and not tok.is_sent_start and text.isalpha() and not text.isupper()


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges ``[i, j)`` of proper-noun runs, hyphen joins and particles included."""
    runs: list[tuple[int, int]] = []
    n = len(doc)
    i = 0
    while i < n:
        if not _name_token(doc[i]):
            i += 1
            continue
        j = i + 1
        while j < n and not doc[j].is_sent_start:
            prev = doc[j - 1]
            tok = doc[j]
            if prev.whitespace_ == " " and _name_token(tok):
                j += 1
                continue
            # A hyphen glued to both neighbours: "Thomas-Greenfield", "Jong-un".
            if (
                tok.text in _HYPHENS
                and not prev.whitespace_
                and not tok.whitespace_
                and j + 1 < n
                and doc[j + 1].is_alpha
                and not doc[j + 1].is_sent_start
            ):
                j += 2
                continue
            # A particle between two name words: "Ludwig van Beethoven".
            if (
                prev.whitespace_ == " "
                and tok.text in NAME_PARTICLES
                and tok.whitespace_ == " "
                and j + 1 < n
                and _name_token(doc[j + 1])
            ):
                j += 2
                continue
            break
        runs.append((i, j))
        i = j
    return runs


def _title_split(doc: Doc, i: int, j: int) -> int:
    """The index of the first name token of run ``[i, j)`` after any title words."""
    last = doc[j - 1].text.lower().strip(".")
    if last in ORG_HEADS:
        return i
    k = i
    while k < j - 1 and (
        doc[k].text.lower().strip(".") in TITLE_WORDS
        or (doc[k].text in _HYPHENS and k > i and doc[k + 1].text.lower() in TITLE_WORDS)
    ):
        k += 1
    if k == i:
        # "US President Joe Biden": a place or adjective before the title.
        for m in range(j - 2, i, -1):
            if doc[m].text.lower().strip(".") in PERSON_TITLES:
                return m + 1
        return i
    words = {doc[m].text.lower().strip(".") for m in range(i, k)}
    person = any(doc[m].ent_type_ in PERSON_LABELS for m in range(k, j))
    return k if (words & PERSON_TITLES or person) else i


def _title_before(article: Article, doc: Doc, i: int, k: int) -> tuple[str, int]:
    """The title written before a name: the run's title words plus lower-case ones before."""
    if k > i:
        start = doc[i].idx
        return " ".join(t.text.lower() for t in doc[i:k]), start
    # Lower-case titles are not proper nouns: "the UN secretary-general António Guterres".
    words: list[str] = []
    start = doc[k].idx
    m = k - 1
    while m >= 0 and len(words) < 4:
        tok = doc[m]
        low = tok.text.lower().strip(".")
        if tok.is_sent_end or tok.text in _HYPHENS:
            break
        if low in TITLE_WORDS:
            words.insert(0, tok.text.lower())
            start = tok.idx
            m -= 1
            continue
        break
    return " ".join(words), start


def zone(article: Article, offset: int) -> str:
    """Where ``offset`` stands: "headline", "standfirst" or "body" (shared by the
    name, number and quotation analyses)."""
    if article.headline is not None and article.headline.contains(offset):
        return "headline"
    if article.standfirst is not None and article.standfirst.contains(offset):
        return "standfirst"
    return "body"


def _bracketed(text: str, start: int) -> bool:
    """True when ``start`` lies inside round or square brackets on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


def _parts(text: str, start: int, end: int) -> tuple[tuple[Span, ...], tuple[str, ...]]:
    spans: list[Span] = []
    seps: list[str] = []
    for m in re.finditer(r"[^\s\-‐‑]+", text[start:end]):
        if spans:
            gap = text[start + spans[-1].end - start : start + m.start()]
            seps.append("-" if any(h in gap for h in _HYPHENS) else " ")
        spans.append(Span(start + m.start(), start + m.end()))
    return tuple(spans), tuple(seps)


def _kind(doc: Doc, k: int, j: int, title: str) -> tuple[str, str]:
    known = next((doc[m].ent_id_ for m in range(k, j) if doc[m].ent_id_), "")
    labels = {doc[m].ent_type_ for m in range(k, j)}
    if labels & PERSON_LABELS or set(title.replace(".", "").split()) & PERSON_TITLES:
        return "person", known
    if known or labels & PLACE_LABELS:
        return "place", known
    if labels & ORG_LABELS or fold(doc[j - 1].text) in ORG_HEADS:
        return "org", known
    return "", known


def extract_names(article: Article) -> list[NameMention]:
    """Every name mention of the article, in text order."""
    doc = article.require_doc()
    text = article.text
    sent_index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            sent_index[t] = n
    out: list[NameMention] = []
    for i, j in _runs(doc):
        k = _title_split(doc, i, j)
        if k >= j:
            continue
        # Drop a trailing possessive apostrophe glued to the name ("Jones’").
        start, end = doc[k].idx, doc[j - 1].idx + len(doc[j - 1].text)
        while end > start and text[end - 1] in _APOSTROPHES:
            end -= 1
        if end <= start:
            continue
        title, title_start = _title_before(article, doc, i, k)
        kind, known = _kind(doc, k, j, title)
        parts, seps = _parts(text, start, end)
        if not parts:
            continue
        out.append(
            NameMention(
                start=start,
                end=end,
                text=text[start:end],
                parts=parts,
                kind=kind,
                known=known,
                title=title,
                title_start=title_start,
                sentence=sent_index[i],
                zone=zone(article, start),
                quoted=article.in_quotation(start, end),
                bracketed=_bracketed(text, start),
                separators=seps,
            )
        )
    return out


def name_mentions(article: Article) -> list[NameMention]:
    """The name mentions of ``article``, computed once and shared."""
    return article.derived(NAMES, extract_names)


# -- comparing two written forms ------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    """How two forms of one name differ: ``kind`` and the differing spellings.

    ``kind`` is ``hyphenation`` (a hyphen for a space or none), ``spacing``
    (words run together or split), ``diacritics``, ``case``, ``spelling`` (a
    letter dropped, added, doubled, changed or two transposed) or
    ``initials`` (middle initials that disagree). ``a_parts`` and ``b_parts``
    are the index ranges of the parts that carry the difference in each form,
    so that a rule can point at them.
    """

    kind: str
    a_parts: tuple[int, int]
    b_parts: tuple[int, int]
    #: The index in ``a`` of the one part that differs (spelling, initials), else -1.
    part: int = -1


def _core(words: Sequence[str]) -> list[str]:
    return [w for w in words if fold(w) not in NAME_SUFFIXES]


#: Endings that make another word of the same stem: "Democrat", "Democrats", "Democratic".
_ENDINGS = (
    "",
    "s",
    "es",
    "ic",
    "ics",
    "ian",
    "ians",
    "an",
    "ans",
    "ese",
    "ish",
    "ism",
    "ist",
    "ists",
    "ite",
    "ites",
    "ly",
    "ed",
    "ing",
    "er",
    "ers",
    "n",
    "ns",
    "i",
    "a",
    "e",
)
_VOWELS = frozenset("aeiouy")
_QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POS = {c: (r, i) for r, row in enumerate(_QWERTY) for i, c in enumerate(row)}


def _adjacent_keys(x: str, y: str) -> bool:
    if x not in _KEY_POS or y not in _KEY_POS:
        return False
    (rx, ix), (ry, iy) = _KEY_POS[x], _KEY_POS[y]
    return abs(rx - ry) <= 1 and abs(ix - iy) <= 1


def _same_stem(a: str, b: str) -> bool:
    """True when the two words are one stem with different endings ("democrats", "democratic")."""
    stems_a = {a[: len(a) - len(e)] for e in _ENDINGS if a.endswith(e) and len(a) - len(e) >= 4}
    stems_b = {b[: len(b) - len(e)] for e in _ENDINGS if b.endswith(e) and len(b) - len(e) >= 4}
    return bool(stems_a & stems_b) and a[:-1] != b[:-1]


def _plausible_substitution(a: str, b: str) -> bool:
    """For one changed letter: a vowel for a vowel, or a key next to the intended one."""
    ops = Levenshtein.editops(a, b).as_list()
    if len(ops) != 1 or ops[0][0] != "replace":
        return True
    x, y = a[int(ops[0][1])], b[int(ops[0][2])]
    return (x in _VOWELS and y in _VOWELS) or _adjacent_keys(x, y)


@functools.lru_cache(maxsize=65536)
def near_miss(a: str, b: str, strict: bool = False) -> bool:
    """True when two spellings of one word differ by a typing slip, not as two names do.

    A slip is one edit (a letter dropped, added, changed, or two letters
    transposed) in a word of five letters or more, or two in a word of nine
    or more; the first letter is the same, and neither word is the other
    plus an ending ("Robert"/"Roberts", "Democrat"/"Democratic"). With
    ``strict`` (a word compared alone, with no other word of the name to
    agree) a changed letter must be a vowel for a vowel or a neighbouring
    key: "Boston" and "Bolton" are two towns, "Sativex" and "Satifex" a slip.
    """
    fa, fb = letters(a), letters(b)
    if fa == fb or not fa.isalpha() or not fb.isalpha() or fa[0] != fb[0]:
        return False
    short, long_ = sorted((fa, fb), key=len)
    if len(short) < 5:
        return False
    if long_.startswith(short):
        tail = long_[len(short) :]
        if len(tail) > 1 or tail in "se" or len(short) < 6:
            return False
    if _same_stem(fa, fb):
        return False
    limit = 2 if len(short) >= 9 else 1
    if OSA.distance(fa, fb) > limit:
        return False
    return not strict or _plausible_substitution(fa, fb)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _spelling_kind(a: str, b: str) -> str:
    """The kind of difference between two spellings with the same letters."""
    if sum(a.count(h) for h in _HYPHENS) != sum(b.count(h) for h in _HYPHENS):
        return "hyphenation"
    if len(a.split()) != len(b.split()):
        return "spacing"
    if a.casefold() == b.casefold():
        return "case"
    if _strip_marks(a).casefold() == _strip_marks(b).casefold():
        return "diacritics"
    return "punctuation"


def compare_forms(
    a: Sequence[str], a_seps: Sequence[str], b: Sequence[str], b_seps: Sequence[str]
) -> Difference | None:
    """How form ``a`` differs from the end of form ``b`` (``a`` no longer than ``b``).

    Returns None when they are the same spelling or different names. ``a``
    is compared with the last ``len(a)`` parts of ``b`` ("Thomas-Greenfeld"
    against "Linda Thomas-Greenfield"), and, when the letters run together,
    with the last parts of ``b`` that hold the same letters ("Thomas
    Greenfield" against "Thomas-Greenfield").
    """
    if len(a) > len(b) or not a:
        return None
    n, m = len(a), len(b)
    a_text = _join(a, a_seps)
    a_letters = letters(a_text)
    # Same letters, written differently: hyphens, spaces, diacritics, case.
    for k in range(1, m + 1):
        tail = _join(b[m - k :], b_seps[m - k :])
        if letters(tail) == a_letters:
            if tail == a_text:
                return None
            kind = _spelling_kind(a_text, tail)
            return Difference(kind, (0, n), (m - k, m))
        if len(letters(tail)) > len(a_letters) + 2:
            break
    tail_words = b[m - n :]
    diffs = [i for i in range(n) if fold(a[i]) != fold(tail_words[i])]
    if len(diffs) != 1:
        return None
    i = diffs[0]
    x, y = a[i], tail_words[i]
    if is_initial(x) and is_initial(y):
        # Middle initials that disagree: "John F. Smith" / "John D. Smith".
        if n == m and 0 < i < n - 1 and len(x.strip(".")) == len(y.strip(".")):
            return Difference("initials", (0, n), (m - n, m), i)
        return None
    if not near_miss(x, y, strict=n == 1):
        return None
    return Difference("spelling", (0, n), (m - n, m), i)


def _join(words: Sequence[str], seps: Sequence[str]) -> str:
    out = words[0] if words else ""
    for w, s in zip(words[1:], seps, strict=False):
        out += s + w
    return out


# -- clusters ----------------------------------------------------------------------


def _same_person(a: list[str], b: list[str]) -> bool:
    """True when two full names (two parts or more) can name one person."""
    if letters(" ".join(a)) == letters(" ".join(b)):
        return True
    fa, fb = fold(a[0]), fold(b[0])
    first_ok = fa == fb or ((is_initial(a[0]) or is_initial(b[0])) and fa[:1] == fb[:1])
    if not first_ok:
        return False
    la, lb = a[-1], b[-1]
    return fold(la) == fold(lb) or near_miss(la, lb) or letters(la) == letters(lb)


def _home(word: str, clusters: list[Cluster], words_of: dict[int, list[str]]) -> Cluster | None:
    """The one full-name cluster a one-word mention belongs to, or None (none, or ambiguous).

    Tried in order: the word is a surname written the same way; it is the
    first word of a name written family name first ("Xing" for "Xing
    Jisheng"); it is a surname a slip away. At the first step that finds
    any cluster, one cluster is an answer and two are an ambiguity.
    """
    key = letters(word)

    def test(step: int, full: list[str]) -> bool:
        if step == 0:
            return letters(full[-1]) == key
        if step == 1:
            return letters(full[0]) == key and not is_initial(full[0])
        return near_miss(word, full[-1])

    for step in range(3):
        homes = [
            c
            for c in clusters
            if any(test(step, words_of[id(x)]) for x in c.mentions if len(words_of[id(x)]) >= 2)
        ]
        if homes:
            return homes[0] if len(homes) == 1 else None
    return None


def cluster_mentions(article: Article) -> list[Cluster]:
    """Group the person and organisation mentions that name one referent.

    Full names (two parts or more, places excluded) join when their first
    names agree (or one is an initial of the other) and their surnames are
    the same or a slip apart. A one-word mention joins the one cluster whose
    surname it is; when two clusters share that surname ("Bill Clinton",
    "Hillary Clinton") it is ambiguous and joins none. Other one-word
    mentions form clusters of their own.
    """
    mentions = [m for m in name_mentions(article) if not m.known]
    clusters: list[Cluster] = []
    words_of = {id(m): _core(m.text.split()) or m.text.split() for m in mentions}
    for m in mentions:
        w = words_of[id(m)]
        if len(w) < 2:
            continue
        for c in clusters:
            if _same_person(w, words_of[id(c.mentions[0])]):
                c.mentions.append(m)
                break
        else:
            clusters.append(Cluster(mentions=[m], name=m.text, kind=m.kind))
    singles: dict[str, Cluster] = {}
    full = [c for c in clusters if len(words_of[id(c.mentions[0])]) >= 2]
    for m in mentions:
        w = words_of[id(m)]
        if len(w) != 1:
            continue
        home = _home(w[0], full, words_of)
        if home is not None:
            home.mentions.append(m)
            continue
        key = fold(w[0])
        if key not in singles:
            singles[key] = Cluster(mentions=[], name=m.text, kind=m.kind)
        singles[key].mentions.append(m)
    clusters.extend(singles.values())
    for c in clusters:
        c.mentions.sort(key=lambda x: x.start)
        longest = max(c.mentions, key=lambda x: (len(x.parts), -x.start))
        c.name = longest.text
        if any(x.kind == "person" for x in c.mentions):
            c.kind = "person"
        elif any(x.kind == "org" for x in c.mentions):
            c.kind = "org"
    clusters.sort(key=lambda c: c.mentions[0].start)
    return clusters


def person_clusters(article: Article) -> list[Cluster]:
    """The clusters of name mentions of ``article`` (people and organisations), shared.

    The one entry point for "which mentions name the same person": swap the
    clustering here for the coreference chains when they are shared.
    """
    return article.derived(CLUSTERS, cluster_mentions)


def cluster_of(clusters: Sequence[Cluster], offset: int) -> Cluster | None:
    """The cluster with a mention that covers ``offset``."""
    for c in clusters:
        for m in c.mentions:
            if m.start <= offset < m.end:
                return c
    return None
