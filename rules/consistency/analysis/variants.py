"""Name variants: one name written in two or more ways within an article.

Every written form of a name is compared with every other with
:func:`~factcheck_rules.consistency.analysis.names.compare_forms`; two forms
that are the same name written differently give two *spellings* (the parts
that differ, aligned: "Thomas-Greenfeld" and "Thomas-Greenfield"). Spellings
are counted over every mention that contains them, and the most frequent
one (the first written, on a tie) is taken as the intended one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck_rules.consistency.analysis.names import (
    NameMention,
    compare_forms,
    fold,
    letters,
    name_mentions,
)

from factcheck import Article, DerivedKey, Span

VARIANTS: DerivedKey[list[Variant]] = DerivedKey("factcheck.consistency.name-variants")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


@dataclass(frozen=True)
class Spelling:
    """One way of writing a name (or its aligned end) and where it is written so."""

    text: str
    words: tuple[str, ...]
    seps: tuple[str, ...]
    spans: tuple[Span, ...]
    quoted: tuple[bool, ...]

    @property
    def count(self) -> int:
        return len(self.spans)


@dataclass(frozen=True)
class Variant:
    """A spelling (``minority``) that differs from the intended one (``majority``).

    ``kind`` says how: ``hyphenation``, ``spacing``, ``diacritics``, ``case``,
    ``spelling`` or ``initials``. ``group`` holds every spelling of the name,
    most frequent first.
    """

    kind: str
    minority: Spelling
    majority: Spelling
    group: tuple[Spelling, ...]


@dataclass
class _Form:
    words: tuple[str, ...]
    seps: tuple[str, ...]
    mentions: list[NameMention]

    @property
    def text(self) -> str:
        return _join(self.words, self.seps)

    @property
    def person(self) -> bool:
        return any(m.kind == "person" for m in self.mentions)

    @property
    def known(self) -> bool:
        return any(m.known for m in self.mentions)


def _join(words: tuple[str, ...], seps: tuple[str, ...]) -> str:
    out = words[0] if words else ""
    for w, s in zip(words[1:], seps, strict=False):
        out += s + w
    return out


def _occurrences(
    forms: list[_Form], words: tuple[str, ...], seps: tuple[str, ...]
) -> tuple[tuple[Span, ...], tuple[bool, ...]]:
    """Every place a spelling is written, as whole parts of a mention."""
    n = len(words)
    spans: list[Span] = []
    quoted: list[bool] = []
    for form in forms:
        w, s = form.words, form.seps
        for o in range(len(w) - n + 1):
            if w[o : o + n] == words and s[o : o + n - 1] == seps:
                for m in form.mentions:
                    spans.append(Span(m.parts[o].start, m.parts[o + n - 1].end))
                    quoted.append(m.quoted or m.bracketed)
                break
    order = sorted(range(len(spans)), key=lambda i: spans[i].start)
    return tuple(spans[i] for i in order), tuple(quoted[i] for i in order)


def _is_acronym(word: str) -> bool:
    return len(re.sub(r"\W", "", word)) > 1 and word.isupper()


def _foreign(article: Article, spelling: Spelling) -> bool:
    """True when every occurrence is in a quotation or brackets that hold non-English letters."""
    if not spelling.spans or not all(spelling.quoted):
        return False
    for span in spelling.spans:
        q = article.quotation_at(span.start)
        context = (
            article.text[q.start : q.end] if q else article.text[span.start - 80 : span.end + 80]
        )
        if not _NON_ASCII_LETTER.search(context.replace(spelling.text, "")):
            return False
    return True


def _belongs_elsewhere(a: _Form, b: _Form, forms: list[_Form]) -> bool:
    """True when form ``a`` is exactly the end of a full name other than ``b``'s.

    "Carlson" next to "Tucker Carlson" is his surname, not a slip for "Ben
    Carson"; a near miss is only a slip when nothing else explains it.
    """
    n = len(a.words)
    key = [fold(w) for w in a.words]
    for c in forms:
        if c is a or c is b or len(c.words) <= n:
            continue
        if [fold(w) for w in c.words[-n:]] == key:
            return True
    return False


def find_variants(article: Article) -> list[Variant]:
    """Every spelling of a name that differs from the name's most frequent spelling."""
    by_form: dict[tuple[tuple[str, ...], tuple[str, ...]], _Form] = {}
    text = article.text
    for m in name_mentions(article):
        words = tuple(m.words(text))
        key = (words, m.separators)
        if key not in by_form:
            by_form[key] = _Form(words, m.separators, [])
        by_form[key].mentions.append(m)
    forms = list(by_form.values())
    pairs: dict[
        tuple[str, str],
        tuple[
            str, tuple[tuple[str, ...], tuple[str, ...]], tuple[tuple[str, ...], tuple[str, ...]]
        ],
    ] = {}
    keys = {id(f): (letters(f.text), letters(f.words[-1])[:1]) for f in forms}
    for a in forms:
        a_letters, a_initial = keys[id(a)]
        for b in forms:
            if a is b or len(a.words) > len(b.words):
                continue
            if len(a.words) == len(b.words) and id(a) > id(b):
                continue
            # Cheap test first: the same last initial (a slip) or the same letters (spacing).
            b_letters, b_initial = keys[id(b)]
            if a_initial != b_initial and not b_letters.endswith(a_letters):
                continue
            diff = compare_forms(a.words, a.seps, b.words, b.seps)
            if diff is None or diff.kind == "punctuation":
                continue
            b0, b1 = diff.b_parts
            b_words, b_seps = b.words[b0:b1], b.seps[b0 : b1 - 1]
            if diff.kind in ("spelling", "initials"):
                if a.known or b.known:
                    continue
                if any(_is_acronym(w) for w in (*a.words, *b_words)):
                    continue
                # A slip in the first name of a person is more often another person.
                if diff.part == 0 and len(a.words) >= 2 and (a.person or b.person):
                    continue
                if _belongs_elsewhere(a, b, forms):
                    continue
            a_key = _join(a.words, a.seps)
            b_key = _join(b_words, b_seps)
            pair = tuple(sorted((a_key, b_key)))
            if a_key != b_key and pair not in pairs:
                pairs[(pair[0], pair[1])] = (diff.kind, (a.words, a.seps), (b_words, b_seps))
    out: list[Variant] = []
    for (_, _), (kind, (aw, asep), (bw, bsep)) in pairs.items():
        sa = Spelling(_join(aw, asep), aw, asep, *_occurrences(forms, aw, asep))
        sb = Spelling(_join(bw, bsep), bw, bsep, *_occurrences(forms, bw, bsep))
        if not sa.spans or not sb.spans:
            continue
        major, minor = sorted((sa, sb), key=lambda s: (-s.count, s.spans[0].start))
        if not _reportable(article, kind, minor, major):
            continue
        out.append(Variant(kind, minor, major, (major, minor)))
    return _dedupe(_grouped(out))


def _reportable(article: Article, kind: str, minor: Spelling, major: Spelling) -> bool:
    if kind == "case":
        if any(_is_acronym(w) for w in (*minor.words, *major.words)):
            return False
        # Only the first letter differs: a sentence-initial "De" or a title-case line.
        if minor.text[1:] == major.text[1:]:
            return False
        if any(
            article.headline is not None and article.headline.contains(s.start) for s in minor.spans
        ):
            return False
    if kind == "spelling" and minor.count >= 2:
        # Two names, each written more than once, a letter apart: two people.
        return False
    if kind == "diacritics" and minor.spans and all(minor.quoted):
        # Accents written only inside a quotation: the name as the quoted language writes it.
        return False
    return not (kind in ("spelling", "initials") and _foreign(article, minor))


def _grouped(variants: list[Variant]) -> list[Variant]:
    """Join variants that share a spelling: one name written three ways is one group."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for v in variants:
        parent[find(v.minority.text)] = find(v.majority.text)
    members: dict[str, dict[str, Spelling]] = {}
    for v in variants:
        root = find(v.minority.text)
        members.setdefault(root, {})[v.minority.text] = v.minority
        members[root][v.majority.text] = v.majority
    out = []
    for v in variants:
        group = sorted(
            members[find(v.minority.text)].values(), key=lambda s: (-s.count, s.spans[0].start)
        )
        major = group[0] if group[0].text != v.minority.text else v.majority
        out.append(Variant(v.kind, v.minority, major, tuple(group)))
    return out


def _dedupe(variants: list[Variant]) -> list[Variant]:
    """One variant per written occurrence: the longest spelling wins."""
    variants.sort(key=lambda v: -len(v.minority.text))
    taken: list[Span] = []
    out = []
    for v in variants:
        if any(s.overlaps(t) for s in v.minority.spans for t in taken):
            continue
        taken.extend(v.minority.spans)
        out.append(v)
    out.sort(key=lambda v: v.minority.spans[0].start)
    return out


def name_variants(article: Article) -> list[Variant]:
    """The name variants of ``article``, computed once and shared."""
    return article.derived(VARIANTS, find_variants)
