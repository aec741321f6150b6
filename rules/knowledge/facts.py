"""The built-in knowledge provider: a newsroom facts file, checked against date claims.

A desk records a fact once ("UN sanctions on North Korea began in October
2006, Security Council resolution 1718") in a TOML file and every article is
checked against it. The format is documented in ``docs/facts-file.md``. The
provider implements two hooks:

* ``factcheck_configure``: loads every file of ``settings.facts`` up front,
  so a malformed file stops the run with an error that names the file, the
  fact and the problem (a :class:`~factcheck.ConfigError`, exit code 2);
* ``factcheck_verify_claim``: matches a date claim to facts by entity (a name
  or alias in the claim's clause or its resolved subject) and predicate (a
  word of ``predicate`` or ``keywords`` among the clause's lemmas), then
  compares dates at the precision both give.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import Claim, ClaimKind, ConfigError, Outcome, Settings, Verdict, hookimpl

PROVIDER = "factcheck-facts"
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DECADE_RE = re.compile(r"^(\d{3})X?$")
_REQUIRED = ("subject", "entities", "predicate", "date", "source")
_OPTIONAL = ("id", "aliases", "keywords", "until", "url", "note")
#: Claims introduced by these words state when something ended, not when it happened.
_END_SIGNALS = frozenset({"until", "till", "by"})
_SKIP_SIGNALS = frozenset({"before", "after", "for", "within", "over"})


class FactsFileError(ConfigError):
    """A facts file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Fact:
    """One recorded fact: who, what, when, and where that is written down."""

    subject: str
    names: tuple[str, ...]  # entities and aliases, case-folded
    terms: tuple[str, ...]  # predicate and keywords, case-folded stems
    date: tuple[int, ...]  # (year,) (year, month) or (year, month, day)
    until: tuple[int, ...] | None
    source: str
    url: str
    note: str
    path: str
    fact_id: str

    @property
    def date_text(self) -> str:
        return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(self.date))


def _stem(word: str) -> str:
    """A crude stem so that "sanctions", "sanctioned" and "sanction" meet."""
    w = word.lower().strip()
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _parse_date(value: Any, where: str, key: str) -> tuple[int, ...]:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return (value.year, value.month, value.day)
    if isinstance(value, int) and 1000 <= value <= 2999:
        return (value,)
    if isinstance(value, str):
        m = _DATE_RE.match(value.strip())
        if m:
            parts = tuple(int(g) for g in m.groups() if g is not None)
            try:
                dt.date(
                    parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
                )
            except ValueError as exc:
                raise FactsFileError(
                    f"{where}: {key!r} {value!r} is not a real date ({exc})"
                ) from None
            return parts
    raise FactsFileError(
        f"{where}: {key!r} must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}"
    )


def _str_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise FactsFileError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _parse_fact(raw: Any, index: int, path: str) -> Fact:
    where = f"facts file {path}: fact #{index}"
    if not isinstance(raw, dict):
        raise FactsFileError(f"{where}: each [[fact]] must be a table")
    if isinstance(raw.get("subject"), str):
        where += f" ({raw['subject']!r})"
    unknown = sorted(set(raw) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise FactsFileError(
            f"{where}: unknown key(s) {', '.join(map(repr, unknown))} "
            f"(allowed: {', '.join(_REQUIRED + _OPTIONAL)})"
        )
    missing = [k for k in _REQUIRED if k not in raw]
    if missing:
        raise FactsFileError(f"{where}: missing required key(s) {', '.join(map(repr, missing))}")
    for key in ("subject", "predicate", "source", "url", "note", "id"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            raise FactsFileError(f"{where}: {key!r} must be a non-empty string")
    names = _str_list(raw["entities"], where, "entities")
    if "aliases" in raw:
        names += _str_list(raw["aliases"], where, "aliases")
    words = [raw["predicate"]]
    if "keywords" in raw:
        words += _str_list(raw["keywords"], where, "keywords")
    terms = tuple(dict.fromkeys(_stem(w) for text in words for w in re.findall(r"\w+", text)))
    return Fact(
        subject=raw["subject"].strip(),
        names=tuple(n.casefold() for n in names),
        terms=terms,
        date=_parse_date(raw["date"], where, "date"),
        until=_parse_date(raw["until"], where, "until") if "until" in raw else None,
        source=raw["source"].strip(),
        url=str(raw.get("url", "")).strip(),
        note=str(raw.get("note", "")).strip(),
        path=path,
        fact_id=str(raw.get("id", f"{Path(path).name}#{index}")),
    )


_CACHE: dict[str, tuple[float, tuple[Fact, ...]]] = {}
_TOML: dict[str, tuple[float, dict[str, Any]]] = {}


def read_facts_file(path: str, error: type[ConfigError]) -> tuple[float, dict[str, Any]]:
    """The file's modification time and its parsed TOML, read once per change of the file.

    Shared by this provider ([[fact]]) and the people provider ([[person]],
    [[quantity]]), which read the same files: the file is opened and parsed
    once, and each provider raises its own ``error`` on a bad file.
    """
    try:
        mtime = os.stat(path).st_mtime
    except OSError as exc:
        raise error(f"facts file {path}: cannot be read ({exc.strerror})") from None
    cached = _TOML.get(path)
    if cached and cached[0] == mtime:
        return cached
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise error(f"facts file {path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise error(f"facts file {path}: not UTF-8 text") from None
    _TOML[path] = (mtime, data)
    return mtime, data


def duplicate_ids(ids: Sequence[str]) -> list[str]:
    """The ids that occur more than once, sorted."""
    return sorted(i for i, n in Counter(ids).items() if n > 1)


def load_facts(path: str) -> tuple[Fact, ...]:
    """Read and validate one facts file (cached until the file changes)."""
    mtime, data = read_facts_file(path, FactsFileError)
    cached = _CACHE.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    # [[person]] and [[quantity]] tables are read by the people provider (knowledge.people).
    unknown = sorted(set(data) - {"fact", "version", "person", "quantity"})
    if unknown:
        raise FactsFileError(
            f"facts file {path}: unknown top-level key(s) {', '.join(map(repr, unknown))} "
            "(write each fact as a [[fact]], [[person]] or [[quantity]] table)"
        )
    if data.get("version", 1) != 1:
        raise FactsFileError(f"facts file {path}: unsupported version {data['version']!r}")
    raw_facts = data.get("fact", [])
    if not isinstance(raw_facts, list):
        raise FactsFileError(f"facts file {path}: 'fact' must be an array of tables ([[fact]])")
    facts = tuple(_parse_fact(raw, i, path) for i, raw in enumerate(raw_facts, start=1))
    dupes = duplicate_ids([f.fact_id for f in facts])
    if dupes:
        raise FactsFileError(f"facts file {path}: duplicate id(s) {', '.join(dupes)}")
    _CACHE[path] = (mtime, facts)
    return facts


def fact_paths(settings: Settings) -> list[str]:
    """The facts files of the run; relative paths are read from the config file's folder."""
    base = settings.config_file.parent if settings.config_file is not None else Path()
    return [p if Path(p).is_absolute() else str(base / p) for p in settings.facts]


def _claim_date(value: str) -> tuple[int, ...] | None:
    m = _DATE_RE.match(value)
    return tuple(int(g) for g in m.groups() if g is not None) if m else None


def _matches(fact: Fact, claim: Claim) -> bool:
    extra = claim.extra
    pool = [
        claim.subject,
        *claim.entities,
        str(extra.get("subject_resolved", "")),
        *map(str, extra.get("antecedents", ())),
    ]
    haystack = " ".join([*pool, str(extra.get("sentence", ""))]).casefold()
    if not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", haystack) for n in fact.names):
        return False
    words: Sequence[str] = [
        claim.predicate,
        *extra.get("lemmas", ()),
        *re.findall(r"\w+", str(extra.get("sentence", ""))),
    ]
    stems = {_stem(w) for w in words if w}
    return any(t in stems for t in fact.terms)


def _compare(fact_date: tuple[int, ...], value: str) -> Outcome | None:
    decade = _DECADE_RE.match(value)
    if decade and len(value) <= 4 and not value.isdigit():
        return (
            Outcome.VERIFIED
            if fact_date[0] // 10 == int(decade.group(1))
            else (Outcome.CONTRADICTED)
        )
    claimed = _claim_date(value)
    if claimed is None:
        return None
    n = min(len(claimed), len(fact_date))
    return Outcome.VERIFIED if claimed[:n] == fact_date[:n] else Outcome.CONTRADICTED


def verify(claim: Claim, facts: Sequence[Fact]) -> list[Verdict]:
    """The verdicts of ``facts`` on one date claim (empty when no fact is about it)."""
    if claim.kind != ClaimKind.DATE:
        return []
    signal = str(claim.extra.get("signal", ""))
    if signal in _SKIP_SIGNALS:
        return []
    verdicts = []
    for fact in facts:
        if not _matches(fact, claim):
            continue
        target = fact.until if signal in _END_SIGNALS else fact.date
        if target is None:
            continue
        outcome = _compare(target, claim.value)
        if outcome is None:
            continue
        expected = "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(target))
        source = fact.source + (f" <{fact.url}>" if fact.url else "")
        if fact.note:  # after the source: spliced into the subject it garbled the message
            source += f"; note: {fact.note.rstrip('. ')}"
        verdicts.append(
            Verdict(
                outcome=outcome,
                source=source,
                expected=expected,
                note=f"{fact.subject} (facts file {fact.path}, {fact.fact_id})",
                provider=PROVIDER,
            )
        )
    return verdicts


@hookimpl
def factcheck_configure(settings: Settings) -> None:
    """Load every facts file of the run now, so a malformed one fails before any article."""
    for path in fact_paths(settings):
        load_facts(path)


@hookimpl
def factcheck_verify_claim(claim: Claim, settings: Settings) -> list[Verdict] | None:
    """What the newsroom's facts files say about ``claim`` (None when they say nothing)."""
    paths = fact_paths(settings)
    if not paths:
        return None
    facts = [f for p in paths for f in load_facts(p)]
    return verify(claim, facts) or None
