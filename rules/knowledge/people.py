"""Knowledge provider: people and named quantities from the newsroom facts files.

The same TOML files that record dates (``[[fact]]``, see docs/facts-file.md)
may record people and named quantities:

* ``[[person]]``: a name and aliases, a birth date, pronouns and roles with
  dates (``[[person.role]]``), so that "Lindqvist, 61", "chief executive
  Karin Lindqvist" and "she said" can be checked;
* ``[[quantity]]``: a named figure ("Security Council members: 15").

It answers ``factcheck_verify_claim`` for role, pronoun, age and quantity
claims (the claims the consistency rules FC506 and FC507 send), naming the
source, and loads every file in ``factcheck_configure`` so that a malformed
person or quantity stops the run with a message naming the file and entry.
``[[fact]]`` tables are the date provider's and are not read here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck_rules.knowledge.facts import (
    _parse_date,
    duplicate_ids,
    fact_paths,
    read_facts_file,
)

from factcheck import Claim, ClaimKind, ConfigError, Outcome, Settings, Verdict, hookimpl

PROVIDER = "factcheck-people"
_PERSON_KEYS = (
    "id",
    "name",
    "aliases",
    "born",
    "pronouns",
    "role",
    "complete",
    "source",
    "url",
    "note",
)
_ROLE_KEYS = ("title", "aliases", "of", "from", "until", "source")
_QUANTITY_KEYS = (
    "id",
    "subject",
    "entities",
    "aliases",
    "unit",
    "keywords",
    "value",
    "tolerance",
    "source",
    "url",
    "note",
)
#: Which pronouns each pronoun of a claim stands for.
PRONOUN_SETS: Mapping[str, frozenset[str]] = {
    "he": frozenset({"he", "him", "his", "himself"}),
    "she": frozenset({"she", "her", "hers", "herself"}),
    "they": frozenset({"they", "them", "their", "theirs", "themself", "themselves"}),
}


class PeopleFileError(ConfigError):
    """A person or quantity in a facts file that cannot be used; names the file and entry."""


@dataclass(frozen=True)
class RoleRecord:
    """One role a person holds or held."""

    titles: tuple[str, ...]  # the title and its aliases, normalised
    title: str
    of: str
    start: tuple[int, ...] | None
    until: tuple[int, ...] | None
    source: str


@dataclass(frozen=True)
class Person:
    """One recorded person."""

    name: str
    names: tuple[str, ...]
    born: tuple[int, ...] | None
    pronouns: frozenset[str]
    roles: tuple[RoleRecord, ...]
    complete: bool
    source: str
    path: str
    entry_id: str


@dataclass(frozen=True)
class NamedQuantity:
    """One recorded figure: "Security Council members: 15"."""

    subject: str
    names: tuple[str, ...]
    terms: tuple[str, ...]
    value: float
    tolerance: float
    source: str
    path: str
    entry_id: str


def normalise(text: str) -> str:
    """Lower case, hyphens as spaces, single spaces: how titles and names are compared."""
    return " ".join(re.sub(r"[‐\-]", " ", text.casefold()).replace("’", "'").split())


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ies", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return w


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise PeopleFileError(f"{where}: {key!r} must be a string or a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _text(raw: Mapping[str, Any], key: str, where: str, required: bool = True) -> str:
    if key not in raw:
        if required:
            raise PeopleFileError(f"{where}: missing required key {key!r}")
        return ""
    if not isinstance(raw[key], str) or not raw[key].strip():
        raise PeopleFileError(f"{where}: {key!r} must be a non-empty string")
    return str(raw[key]).strip()


def _check_keys(raw: Any, allowed: Sequence[str], where: str, what: str) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise PeopleFileError(f"{where}: each [[{what}]] must be a table")
    unknown = sorted(set(raw) - set(allowed))
    if unknown:
        raise PeopleFileError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))} "
            f"(allowed: {', '.join(allowed)})"
        )
    return raw


def _parse_person(raw: Any, index: int, path: str) -> Person:
    where = f"facts file {path}: person #{index}"
    if isinstance(raw, dict) and isinstance(raw.get("name"), str):
        where += f" ({raw['name']!r})"
    raw = _check_keys(raw, _PERSON_KEYS, where, "person")
    name = _text(raw, "name", where)
    source = _text(raw, "source", where)
    names = (name, *(_strings(raw["aliases"], where, "aliases") if "aliases" in raw else ()))
    pronouns: frozenset[str] = frozenset()
    if "pronouns" in raw:
        given = [
            p
            for v in _strings(raw["pronouns"], where, "pronouns")
            for p in re.split(r"[/,\s]+", v.lower())
            if p
        ]
        unknown = [p for p in given if not any(p in s for s in PRONOUN_SETS.values())]
        if unknown:
            raise PeopleFileError(f"{where}: unknown pronoun(s) {', '.join(map(repr, unknown))}")
        pronouns = frozenset(given)
    roles = []
    raw_roles = raw.get("role", [])
    if not isinstance(raw_roles, list):
        raise PeopleFileError(f"{where}: 'role' must be an array of tables ([[person.role]])")
    for j, r in enumerate(raw_roles, start=1):
        rw = f"{where}, role #{j}"
        r = _check_keys(r, _ROLE_KEYS, rw, "person.role")
        title = _text(r, "title", rw)
        titles = (title, *(_strings(r["aliases"], rw, "aliases") if "aliases" in r else ()))
        roles.append(
            RoleRecord(
                titles=tuple(normalise(t) for t in titles),
                title=title,
                of=_text(r, "of", rw, required=False),
                start=_parse_date(r["from"], rw, "from") if "from" in r else None,
                until=_parse_date(r["until"], rw, "until") if "until" in r else None,
                source=_text(r, "source", rw, required=False) or source,
            )
        )
    complete = raw.get("complete", False)
    if not isinstance(complete, bool):
        raise PeopleFileError(f"{where}: 'complete' must be true or false")
    return Person(
        name=name,
        names=tuple(normalise(n) for n in names),
        born=_parse_date(raw["born"], where, "born") if "born" in raw else None,
        pronouns=pronouns,
        roles=tuple(roles),
        complete=complete,
        source=source + (f" <{raw['url']}>" if isinstance(raw.get("url"), str) else ""),
        path=path,
        entry_id=str(raw.get("id", f"{Path(path).name}#person{index}")),
    )


def _parse_quantity(raw: Any, index: int, path: str) -> NamedQuantity:
    where = f"facts file {path}: quantity #{index}"
    if isinstance(raw, dict) and isinstance(raw.get("subject"), str):
        where += f" ({raw['subject']!r})"
    raw = _check_keys(raw, _QUANTITY_KEYS, where, "quantity")
    subject = _text(raw, "subject", where)
    source = _text(raw, "source", where)
    _text(raw, "unit", where)
    if "entities" not in raw:
        raise PeopleFileError(f"{where}: missing required key 'entities'")
    names = _strings(raw["entities"], where, "entities")
    if "aliases" in raw:
        names += _strings(raw["aliases"], where, "aliases")
    words = [
        str(raw["unit"]),
        *(_strings(raw["keywords"], where, "keywords") if "keywords" in raw else ()),
    ]
    value = raw.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PeopleFileError(f"{where}: 'value' must be a number, got {value!r}")
    tolerance = raw.get("tolerance", 0)
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or tolerance < 0:
        raise PeopleFileError(f"{where}: 'tolerance' must be a number of 0 or more")
    return NamedQuantity(
        subject=subject,
        names=tuple(normalise(n) for n in names),
        terms=tuple(dict.fromkeys(_stem(w) for text in words for w in re.findall(r"\w+", text))),
        value=float(value),
        tolerance=float(tolerance),
        source=source + (f" <{raw['url']}>" if isinstance(raw.get("url"), str) else ""),
        path=path,
        entry_id=str(raw.get("id", f"{Path(path).name}#quantity{index}")),
    )


_CACHE: dict[str, tuple[float, tuple[tuple[Person, ...], tuple[NamedQuantity, ...]]]] = {}


def load_people(path: str) -> tuple[tuple[Person, ...], tuple[NamedQuantity, ...]]:
    """The people and quantities of one facts file (cached until the file changes)."""
    mtime, data = read_facts_file(path, PeopleFileError)
    cached = _CACHE.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    result: list[Any] = []
    for key, parse in (("person", _parse_person), ("quantity", _parse_quantity)):
        raw = data.get(key, [])
        if not isinstance(raw, list):
            raise PeopleFileError(
                f"facts file {path}: {key!r} must be an array of tables ([[{key}]])"
            )
        result.append(tuple(parse(r, i, path) for i, r in enumerate(raw, start=1)))
    dupes = duplicate_ids([e.entry_id for group in result for e in group])
    if dupes:
        raise PeopleFileError(f"facts file {path}: duplicate id(s) {', '.join(dupes)}")
    loaded = (result[0], result[1])
    _CACHE[path] = (mtime, loaded)
    return loaded


# -- verification --------------------------------------------------------------------


def _on(date: tuple[int, ...], day: dt.date) -> tuple[int, int, int]:
    """A recorded date as a comparable (year, month, day), its unknown parts at the start."""
    return (date[0], date[1] if len(date) > 1 else 1, date[2] if len(date) > 2 else 1)


def _current(role: RoleRecord, day: dt.date | None) -> bool | None:
    """Whether the role is held on ``day``: None when the record or the day cannot tell."""
    if day is None:
        return None if role.until is not None else True
    today = (day.year, day.month, day.day)
    if role.start is not None and today < _on(role.start, day):
        return False
    if role.until is not None:
        end = role.until
        last = (end[0], end[1] if len(end) > 1 else 12, end[2] if len(end) > 2 else 28)
        return today <= last
    return True


def _published(claim: Claim) -> dt.date | None:
    value = str(claim.extra.get("published", ""))
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _people_for(claim: Claim, people: Sequence[Person]) -> list[Person]:
    names = {normalise(str(n)) for n in (claim.subject, *claim.extra.get("names", ()))}
    return [p for p in people if names & set(p.names)]


def _verdict(person: Person, outcome: Outcome, expected: str, note: str = "") -> Verdict:
    return Verdict(
        outcome=outcome,
        source=person.source,
        expected=expected,
        note=f"{person.name} (facts file {person.path}, {person.entry_id})"
        + (f"; {note}" if note else ""),
        provider=PROVIDER,
    )


def _verify_role(claim: Claim, person: Person) -> Verdict | None:
    written = normalise(str(claim.extra.get("written", claim.value)))
    office = normalise(str(claim.extra.get("office", claim.value)))
    qualified = bool(claim.extra.get("qualified", False))
    day = _published(claim)
    matching = [r for r in person.roles if written in r.titles or office in r.titles]
    if not matching:
        if not person.complete or qualified:
            return None
        held = "; ".join(r.title + (f" of {r.of}" if r.of else "") for r in person.roles)
        return _verdict(
            person,
            Outcome.CONTRADICTED,
            held or "no recorded role",
            "the record lists every role this person holds",
        )
    states = [_current(r, day) for r in matching]
    role = matching[0]
    title = role.title + (f" of {role.of}" if role.of else "")
    if any(s is True for s in states):
        if qualified:
            return _verdict(person, Outcome.CONTRADICTED, title, "the role is current, not former")
        return _verdict(person, Outcome.VERIFIED, title)
    if all(s is False for s in states):
        if qualified:
            return _verdict(person, Outcome.VERIFIED, f"former {title}")
        return _verdict(
            person,
            Outcome.CONTRADICTED,
            f"former {title}",
            "the role is not held at the publication date",
        )
    return None


def _verify_pronoun(claim: Claim, person: Person) -> Verdict | None:
    if not person.pronouns:
        return None
    said = PRONOUN_SETS.get(str(claim.value).lower())
    if said is None:
        return None
    expected = "/".join(sorted(person.pronouns))
    outcome = Outcome.VERIFIED if said & person.pronouns else Outcome.CONTRADICTED
    return _verdict(person, outcome, expected)


def _verify_age(claim: Claim, person: Person) -> Verdict | None:
    day = _published(claim)
    if person.born is None or day is None:
        return None
    born = person.born
    if len(born) == 3:
        age = day.year - born[0] - ((day.month, day.day) < (born[1], born[2]))
        possible = {age}
    else:
        age = day.year - born[0]
        possible = {age - 1, age}
    try:
        claimed = int(float(claim.value))
    except ValueError:
        return None
    expected = " or ".join(str(a) for a in sorted(possible))
    outcome = Outcome.VERIFIED if claimed in possible else Outcome.CONTRADICTED
    born_text = "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(born))
    return _verdict(person, outcome, expected, f"born {born_text}, age on {day.isoformat()}")


def _verify_quantity(claim: Claim, known: Sequence[NamedQuantity]) -> list[Verdict]:
    extra = claim.extra
    haystack = normalise(
        " ".join(
            [
                claim.subject,
                str(extra.get("owner", "")),
                str(extra.get("sentence", "")),
                *claim.entities,
            ]
        )
    )
    noun = _stem(claim.predicate)
    out = []
    for q in known:
        if noun not in q.terms:
            continue
        if not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", haystack) for n in q.names):
            continue
        try:
            lo = float(extra.get("lo", claim.value))
            hi = float(extra.get("hi", claim.value))
        except ValueError:
            continue
        ok = lo - q.tolerance <= q.value <= hi + q.tolerance
        shown = f"{q.value:g}"
        out.append(
            Verdict(
                outcome=Outcome.VERIFIED if ok else Outcome.CONTRADICTED,
                source=q.source,
                expected=shown,
                note=f"{q.subject} (facts file {q.path}, {q.entry_id})",
                provider=PROVIDER,
            )
        )
    return out


def verify(claim: Claim, people: Sequence[Person], known: Sequence[NamedQuantity]) -> list[Verdict]:
    """The verdicts of the recorded people and quantities on one claim."""
    if claim.kind == ClaimKind.QUANTITY and claim.predicate != "age":
        return _verify_quantity(claim, known)
    out: list[Verdict] = []
    for person in _people_for(claim, people):
        verdict: Verdict | None = None
        if claim.kind == ClaimKind.ROLE and claim.predicate == "pronoun":
            verdict = _verify_pronoun(claim, person)
        elif claim.kind == ClaimKind.ROLE:
            verdict = _verify_role(claim, person)
        elif claim.kind == ClaimKind.QUANTITY:
            verdict = _verify_age(claim, person)
        if verdict is not None:
            out.append(verdict)
    return out


@hookimpl
def factcheck_configure(settings: Settings) -> None:
    """Load the people and quantities of every facts file now, so a bad entry fails early."""
    for path in fact_paths(settings):
        load_people(path)


@hookimpl
def factcheck_verify_claim(claim: Claim, settings: Settings) -> list[Verdict] | None:
    """What the facts files record about a person or a named quantity in ``claim``."""
    if claim.kind not in (ClaimKind.ROLE, ClaimKind.QUANTITY):
        return None
    people: list[Person] = []
    known: list[NamedQuantity] = []
    for path in fact_paths(settings):
        p, q = load_people(path)
        people.extend(p)
        known.extend(q)
    return verify(claim, people, known) or None
