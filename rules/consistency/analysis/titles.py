"""Titles and roles given to people: "Prime Minister Fumio Kishida", "X, the US ambassador".

A *role* is an office from :data:`~.words.OFFICES` written right before a
name ("President Kishida", "the UN secretary-general, António Guterres,")
or in an appositive right after it ("Linda Thomas-Greenfield, the US
ambassador to the UN,"). A role with a qualifier ("former", "then-",
"acting", "-elect", "a President Clinton") says nothing about the present
and is marked ``qualified``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck_rules.consistency.analysis.names import (
    Cluster,
    NameMention,
    fold,
    person_clusters,
)
from factcheck_rules.consistency.analysis.words import (
    OFFICES,
    ROLE_TITLES,
    TITLE_QUALIFIERS,
    word_set,
)

from factcheck import Article, DerivedKey, Span

ROLES: DerivedKey[list[Role]] = DerivedKey("factcheck.consistency.roles")

_ALL_ROLES = {**ROLE_TITLES, **OFFICES}
_OFFICE_ALT = "|".join(
    re.escape(k).replace(r"\-", "[-‐ ]?").replace(r"\ ", r"\s+")
    for k in sorted(_ALL_ROLES, key=len, reverse=True)
)
#: An office right before a name: "Prime Minister ", "the UN secretary-general, ".
_BEFORE = re.compile(
    rf"(?P<mods>(?:[\w.'’-]+\s+){{0,3}}?)(?P<office>(?<![\w-])(?:{_OFFICE_ALT}))\s*(?P<comma>,)?\s*$",
    re.IGNORECASE,
)
#: The appositive after a name: ", the US ambassador to the UN," up to its end.
_AFTER = re.compile(r"^\s*,\s+(?P<phrase>[^,;:()\"“”\n]{2,100}?)(?=\s*(?:,|;|\.(?:\s|$)|\)|—|–|$))")
_OFFICE_IN = re.compile(rf"(?<![\w-])(?P<office>{_OFFICE_ALT})(?![\w-])", re.IGNORECASE)
_SCOPE_AFTER = re.compile(
    r"^\s+(?:of|to|at|for)\s+(?:the\s+)?(?P<scope>[A-Z][\w.'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'’-]*)*)"
)
#: Words that, between the start of an appositive and its office, make the office someone else's.
_BLOCKERS = word_set(
    "of to for with by from and or who whom whose which that as than like against under "
    "about after before while when where said says told met"
)
_WORD = re.compile(r"[\w'’.-]+")


@dataclass(frozen=True)
class Role:
    """One office given to one named person."""

    office: str
    written: str
    span: Span
    mention: NameMention
    scope: str
    qualified: bool
    form: str  # "title" (before the name) or "appositive" (after it)
    coexisting: frozenset[str] = frozenset()

    @property
    def exclusive(self) -> bool:
        """True for an office one person holds one at a time (president, prime minister...)."""
        return self.office in OFFICES.values()


def _office(written: str) -> str:
    key = re.sub(r"[\s‐-]+", " ", written.lower()).strip()
    for k, office in _ALL_ROLES.items():
        if re.sub(r"[\s‐-]+", " ", k) == key:
            return office
    return ""


def _qualified(words: list[str]) -> bool:
    for w in words:
        low = w.lower().strip(".,")
        if low in TITLE_QUALIFIERS or low.startswith(("ex-", "then-", "former-")):
            return True
        if low.endswith(("-elect", "-designate", "-in-waiting")):
            return True
    return False


def _scope(words: list[str]) -> str:
    """The organisation or country an office belongs to, from the words before it."""
    keep = [
        w.rstrip("’'s").rstrip("’'") if w.endswith(("'s", "’s")) else w
        for w in words
        if w[:1].isupper() and w.lower() not in TITLE_QUALIFIERS
    ]
    return fold(" ".join(keep))


_OFFICE_WORDS = frozenset(w for k in _ALL_ROLES for w in re.split(r"[\s‐-]+", k))


def _before(article: Article, m: NameMention, sent_start: int) -> Role | None:
    start = max(sent_start, m.start - 90)
    before = article.text[start : m.start]
    # Cheap test first: an office word among the last words before the name.
    last = re.findall(r"[\w’'-]+", before[-40:].lower())[-2:]
    if not any(p in _OFFICE_WORDS for w in last for p in re.split(r"[‐-]", w)):
        return None
    match = _BEFORE.search(before)
    if match is None:
        return None
    mods = _WORD.findall(match.group("mods"))
    # "a President Clinton" is a hypothetical one; "the president's aide, X" is someone else.
    if mods and mods[-1].lower() in ("a", "an"):
        return None
    if match.group("comma"):
        # An appositive before the name must close after it: "the president, X, said".
        after = article.text[m.end : m.end + 2]
        if not after.startswith((",", ".", ")")):
            return None
        if any(w.lower() in _BLOCKERS for w in mods):
            return None
    context = _WORD.findall(
        article.text[max(sent_start, start + match.start() - 30) : start + match.start()]
    )
    qualified = _qualified([*context[-2:], *mods, match.group("office")])
    office_start = start + match.start("office")
    written = match.group("office")
    after_office = article.text[start + match.end("office") : start + match.end("office") + 1]
    if after_office in ("-", "‐"):
        return None
    return Role(
        office=_office(written),
        written=written,
        span=Span(office_start, office_start + len(written)),
        mention=m,
        scope=_scope(mods),
        qualified=qualified,
        form="title",
    )


def _after(article: Article, m: NameMention) -> Role | None:
    rest = article.text[m.end : m.end + 140]
    if rest.startswith(("’s", "'s")):
        return None
    # Step over an age: "Karin Lindqvist, 61, the chief executive".
    age = re.match(r"^,\s*\d{1,3}(?=\s*,)", rest)
    offset = m.end
    if age:
        rest = rest[age.end() :]
        offset += age.end()
    match = _AFTER.match(rest)
    if match is None:
        return None
    phrase = match.group("phrase")
    words = _WORD.findall(phrase)
    if not words or words[0].lower() in ("who", "which", "whose", "whom", "that", "now"):
        return None
    found = _OFFICE_IN.search(phrase)
    if found is None:
        return None
    before_words = _WORD.findall(phrase[: found.start()])
    if any(w.lower() in _BLOCKERS for w in before_words):
        return None
    following = phrase[found.end() : found.end() + 3]
    if following.startswith(("'s", "’s", "-", "‐")):
        return None
    scope_match = _SCOPE_AFTER.match(phrase[found.end() :])
    scope = fold(scope_match.group("scope")) if scope_match else _scope(before_words)
    start = offset + match.start("phrase") + found.start()
    written = found.group("office")
    others = frozenset(o for x in _OFFICE_IN.finditer(phrase) if (o := _office(x.group("office"))))
    return Role(
        office=_office(written),
        written=written,
        span=Span(start, start + len(written)),
        mention=m,
        scope=scope,
        qualified=_qualified(words),
        form="appositive",
        coexisting=others,
    )


def extract_roles(article: Article) -> list[Role]:
    """Every office given to a clustered name mention, in text order."""
    doc = article.require_doc()
    sent_starts = sorted(s.start_char for s in doc.sents)
    import bisect

    out: list[Role] = []
    for cluster in person_clusters(article):
        for m in cluster.mentions:
            i = bisect.bisect_right(sent_starts, m.start) - 1
            sent_start = sent_starts[i] if i >= 0 else 0
            for role in (_before(article, m, sent_start), _after(article, m)):
                if role is not None and role.office:
                    out.append(role)
    out.sort(key=lambda r: r.span.start)
    return out


def roles(article: Article) -> list[Role]:
    """The roles of ``article``, computed once and shared."""
    return article.derived(ROLES, extract_roles)


def roles_by_cluster(article: Article) -> list[tuple[Cluster, list[Role]]]:
    """Each person cluster with the roles given to its mentions."""
    found = roles(article)
    out = []
    for c in person_clusters(article):
        ids = {id(m) for m in c.mentions}
        mine = [r for r in found if id(r.mention) in ids]
        if mine:
            out.append((c, mine))
    return out
