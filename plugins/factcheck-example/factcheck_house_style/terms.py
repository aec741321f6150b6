"""House-style term lists: reading them from configuration and finding them in copy.

A newsroom's style guide is mostly a list of "write this, not that" pairs,
and the wrong forms come in many spellings: "Kim Jong-un", "Kim Jong-Un",
"Kim Jong un". Listing every variant would be tedious and always incomplete,
so one entry covers every hyphenation and spacing of the same letters, and
the preferred form itself is never reported.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Keys accepted in ``[tool.factcheck.plugin-options.house-style]`` and in the rule options.
OPTION_KEYS = ("terms", "terms-file")
#: Keys accepted in the long form of a term: ``"e-mail" = { use = "email", note = "..." }``.
TERM_KEYS = ("use", "note", "case-sensitive")

# What may separate two parts of a term: nothing, spaces, a hyphen (ASCII,
# Unicode or non-breaking, with stray spaces around it) or one line break.
_SEP = r"[ \t\u00a0]*(?:[-\u2010\u2011\n][ \t\u00a0]*)?"
_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")
# Spans never checked: web addresses, e-mail addresses, handles and hashtags.
_URLISH = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"'\]\[()]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@#])[@#]\w+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|info|news|io|co|uk|eu|de|fr)\b"
    r"(?:/[^\s<>\"']*)?",
    re.IGNORECASE,
)


class TermError(ValueError):
    """A term list that cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Term:
    """One style-guide entry: ``avoid`` (and its variants) should be written ``use``.

    ``case_sensitive`` terms are names ("Kim Jong-un", "Turkey"): they match
    only with the capitals of the entry, so "turkey" the bird is left alone.
    Other terms ("e-mail") match in any case, and the fix keeps a capital at
    the start of a sentence.
    """

    avoid: str
    use: str
    case_sensitive: bool
    note: str = ""


@dataclass(frozen=True)
class Match:
    """A wrong form found in the text, with its suggested replacement."""

    start: int
    end: int
    term: Term
    found: str
    replacement: str


def _is_name(avoid: str, use: str) -> bool:
    return any(c.isupper() for c in avoid + use)


def parse_terms(table: Any, where: str) -> list[Term]:
    """Read a ``terms`` table: ``"avoid" = "use"`` or ``"avoid" = { use = ..., note = ... }``."""
    if not isinstance(table, Mapping):
        raise TermError(f'{where}: terms must be a table such as {{ "e-mail" = "email" }}')
    out: list[Term] = []
    for avoid, value in table.items():
        if not isinstance(avoid, str) or not _SPLIT.sub("", avoid):
            raise TermError(f"{where}: empty term {avoid!r}")
        if isinstance(value, str):
            value = {"use": value}
        if not isinstance(value, Mapping):
            raise TermError(f"{where}: term {avoid!r} must map to a string or a table")
        unknown = sorted(set(value) - set(TERM_KEYS))
        if unknown:
            raise TermError(
                f"{where}: term {avoid!r} has unknown key(s) {', '.join(unknown)} "
                f"(known: {', '.join(TERM_KEYS)})"
            )
        use, note = value.get("use"), value.get("note", "")
        if not isinstance(use, str) or not use.strip():
            raise TermError(f'{where}: term {avoid!r} needs a preferred form: use = "..."')
        if not isinstance(note, str):
            raise TermError(f"{where}: the note of term {avoid!r} must be a string")
        case = value.get("case-sensitive", _is_name(avoid, use))
        if not isinstance(case, bool):
            raise TermError(f"{where}: case-sensitive of term {avoid!r} must be true or false")
        if avoid.strip() == use.strip():
            raise TermError(f"{where}: term {avoid!r} is its own preferred form")
        out.append(Term(avoid.strip(), use.strip(), case, note.strip()))
    return out


@functools.lru_cache(maxsize=32)
def _load_file(path: str, mtime_ns: int) -> tuple[Term, ...]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TermError(f"{path}: not valid TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TermError(f"{path}: cannot be read: {exc}") from exc
    if "terms" not in data:
        raise TermError(f'{path}: no [terms] table (write: [terms] "e-mail" = "email")')
    return tuple(parse_terms(data["terms"], path))


def load_terms_file(path: Path) -> list[Term]:
    """The terms of a TOML file with a ``[terms]`` table; re-read when the file changes."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise TermError(f"terms-file {path} cannot be read: {exc.strerror}") from exc
    return list(_load_file(str(path.resolve()), mtime))


def terms_from_options(options: Mapping[str, Any], base: Path, where: str) -> list[Term]:
    """The terms of one options table: its ``terms-file`` entries, then its inline ``terms``.

    Relative ``terms-file`` paths are resolved against ``base`` (the folder of
    the configuration file). Later entries override earlier ones for the same
    wrong form, so inline terms can amend a shared file.
    """
    unknown = sorted(set(options) - set(OPTION_KEYS))
    if unknown:
        raise TermError(
            f"{where}: unknown option(s) {', '.join(unknown)} (known: {', '.join(OPTION_KEYS)})"
        )
    files = options.get("terms-file", [])
    if isinstance(files, str):
        files = [files]
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise TermError(f"{where}: terms-file must be a path or a list of paths")
    terms: list[Term] = []
    for name in files:
        terms += load_terms_file(base / Path(name).expanduser())
    if "terms" in options:
        terms += parse_terms(options["terms"], where)
    return terms


def merge(*lists: Sequence[Term]) -> tuple[Term, ...]:
    """One list, the last entry for each wrong form winning."""
    by_avoid: dict[str, Term] = {}
    for terms in lists:
        for term in terms:
            by_avoid[term.avoid] = term
    return tuple(by_avoid.values())


# -- matching ----------------------------------------------------------------------


def _letters(form: str) -> str:
    return _SPLIT.sub("", form)


def _cuts(form: str) -> set[int]:
    """Positions, in the form's letters, where the form has a space or hyphen."""
    cuts, n = set(), 0
    for part in _SPLIT.split(form.strip())[:-1]:
        n += len(part)
        cuts.add(n)
    return cuts


@dataclass(frozen=True)
class _Compiled:
    term: Term
    pattern: re.Pattern[str]
    avoid_letters: str
    use_letters: str | None  # None when the preferred form has other letters


def _compile(term: Term) -> _Compiled:
    letters = _letters(term.avoid)
    use_letters = _letters(term.use)
    cuts = _cuts(term.avoid)
    same = use_letters.lower() == letters.lower()
    if same:  # "healthcare" -> "health care" also finds "health-care"
        cuts |= _cuts(term.use)
    bounds = [0, *sorted(cuts), len(letters)]
    parts = [re.escape(letters[a:b]) for a, b in itertools.pairwise(bounds)]
    pattern = re.compile(r"(?<!\w)" + _SEP.join(parts) + r"(?!\w)", re.IGNORECASE)
    return _Compiled(term, pattern, letters, use_letters if same else None)


def _case_ok(found: str, c: _Compiled) -> bool:
    """For names: every letter has the case of the wrong or of the preferred form."""
    if not c.term.case_sensitive:
        return True
    got = _letters(found)
    for i, ch in enumerate(got):
        if ch == c.avoid_letters[i]:
            continue
        if c.use_letters is not None and ch == c.use_letters[i]:
            continue
        return False
    return True


def _recase(use: str, found: str) -> str:
    """The preferred form in the case of what was written ("E-mail" -> "Email")."""
    letters = _letters(found)
    if len(letters) > 1 and letters.isupper():
        return use.upper()
    if found[:1].isupper() and use[:1].islower():
        return use[:1].upper() + use[1:]
    return use


@functools.lru_cache(maxsize=16)
def compile_terms(terms: tuple[Term, ...]) -> tuple[_Compiled, ...]:
    """Compiled patterns for a term list (cached: every article of a run shares one list)."""
    return tuple(_compile(t) for t in terms)


def _skip_spans(*texts: str) -> list[tuple[int, int]]:
    return sorted({(m.start(), m.end()) for text in texts for m in _URLISH.finditer(text)})


def find_terms(prose: str, text: str, terms: tuple[Term, ...]) -> Iterator[Match]:
    """Every wrong form in ``prose``, longest first where two overlap, outside web addresses.

    ``text`` is the original file (same length as ``prose``): addresses that
    the reader blanked out of the prose, such as Markdown link targets, are
    found there.
    """
    skip = _skip_spans(prose, text)
    candidates: list[Match] = []
    for c in compile_terms(terms):
        for m in c.pattern.finditer(prose):
            found = m.group()
            flat = " ".join(found.split())
            if not _case_ok(found, c):
                continue
            replacement = c.term.use if c.term.case_sensitive else _recase(c.term.use, found)
            if flat in (c.term.use, replacement):
                continue  # already the preferred form, perhaps wrapped across a line
            if any(a < m.end() and m.start() < b for a, b in skip):
                continue
            candidates.append(Match(m.start(), m.end(), c.term, found, replacement))
    taken_until = -1
    for match in sorted(candidates, key=lambda x: (x.start, -(x.end - x.start))):
        if match.start >= taken_until:
            taken_until = match.end
            yield match
