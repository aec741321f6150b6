"""Applying fixes to a text: the pure core of ``factcheck run --fix`` and ``--diff``.

A rule's :class:`~factcheck.contract.findings.Fix` replaces the finding's
span. Applying one is not quite ``text[:start] + replacement + text[end:]``:

- The edit is narrowed to what actually changes (the common prefix and
  suffix of the span and its replacement are kept), so "Friday" → "Thursday"
  in "Friday 14 March" touches "Fri" only, and a capital touches one letter.
- An edit never touches markup: in Markdown and HTML a narrowed edit whose
  text holds a tag, a comment or a character reference (``Article.prose``
  differs from ``Article.text`` there) is skipped, and what it inserts into
  HTML is escaped. The finding is then reported again after the run, as one
  to fix by hand.
- A deletion tidies the space it leaves: deleting a whole line of a text or
  Markdown file takes the line break (and one of two surrounding blank
  lines) with it, and deleting the end of a line takes the spaces before it.
- Overlapping fixes are resolved as ruff does: sorted by position (then rule
  code and replacement), each fix that overlaps one already taken is skipped.
  The caller re-checks the new text and applies what is still fixable, so a
  skipped fix gets its turn if it still applies.

Everything here is a pure function of its arguments; reading, re-checking
and writing live in :mod:`factcheck.engine.fixloop`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.contract.findings import Finding

#: Why a fix was not applied in a pass (``FixPass.skipped``).
SKIP_OVERLAP = "overlaps a fix applied before it"
SKIP_MARKUP = "the edit would touch markup"
SKIP_NOOP = "the replacement is already there"
SKIP_STALE = "the span is outside the text"


@dataclass(frozen=True)
class Edit:
    """One planned change: ``text[start:end]`` becomes ``insert``.

    ``claim`` is the range no other fix of the same pass may touch: the
    finding's span joined with the edit, so that two fixes for overlapping
    findings are never both applied to a text neither of them saw.
    """

    start: int
    end: int
    insert: str
    claim: tuple[int, int]
    finding: Finding


@dataclass(frozen=True)
class FixPass:
    """The outcome of one pass: the new text, what was applied, what was skipped and why."""

    text: str
    applied: tuple[Finding, ...]
    skipped: tuple[tuple[Finding, str], ...]

    @property
    def changed(self) -> bool:
        """True when at least one fix was applied."""
        return bool(self.applied)


def wanted(finding: Finding, *, unsafe: bool) -> bool:
    """True when the finding's fix is one this run applies (safe, or unsafe when asked)."""
    return finding.fix is not None and (finding.fix.safe or unsafe)


def apply_fixes(
    text: str,
    findings: Iterable[Finding],
    *,
    prose: str | None = None,
    fmt: str = "txt",
    unsafe: bool = False,
) -> FixPass:
    """Apply every wanted, non-overlapping fix of ``findings`` to ``text`` in one pass.

    ``prose`` is the text with markup blanked (``Article.prose``; the text
    itself for plain text) and ``fmt`` the input format, ``txt``, ``md`` or
    ``html``. Deterministic: the same text and findings give the same result
    whatever order the findings come in.
    """
    prose = text if prose is None or len(prose) != len(text) else prose
    planned: list[Edit] = []
    skipped: list[tuple[Finding, str]] = []
    for finding in findings:
        if not wanted(finding, unsafe=unsafe):
            continue
        edit = plan_edit(text, prose, finding, fmt)
        if isinstance(edit, str):
            skipped.append((finding, edit))
        else:
            planned.append(edit)
    planned.sort(key=lambda e: (*e.claim, e.finding.rule, e.insert, e.start))
    taken: list[Edit] = []
    applied: list[Finding] = []
    for edit in planned:
        if taken and (edit.start, edit.end, edit.insert) == (
            taken[-1].start,
            taken[-1].end,
            taken[-1].insert,
        ):
            applied.append(edit.finding)  # two rules, one identical edit: apply it once
        elif taken and _overlaps(taken[-1].claim, edit.claim):
            skipped.append((edit.finding, SKIP_OVERLAP))
        else:
            taken.append(edit)
            applied.append(edit.finding)
    out: list[str] = []
    pos = 0
    for edit in taken:
        out += [text[pos : edit.start], edit.insert]
        pos = edit.end
    out.append(text[pos:])
    return FixPass("".join(out), tuple(applied), tuple(skipped))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Claims overlap when they share a character, or are empty at the same place."""
    if a[0] < b[1] and b[0] < a[1]:
        return True
    return a[0] == a[1] == b[0] or b[0] == b[1] == a[1]


def plan_edit(text: str, prose: str, finding: Finding, fmt: str) -> Edit | str:
    """The edit ``finding``'s fix makes, or the reason it cannot be made safely."""
    assert finding.fix is not None
    start, end = finding.start, finding.end
    if end > len(text):
        return SKIP_STALE
    old, new = text[start:end], finding.fix.replacement
    a, b, insert = narrow(old, new)
    a, b = start + a, start + b
    if a == b and not insert:
        return SKIP_NOOP
    if not insert:
        a, b = _tidy_deletion(text, prose, a, b, fmt)
    if text[a:b] != prose[a:b]:
        return SKIP_MARKUP
    if fmt == "html":
        insert = html.escape(insert, quote=False)
    return Edit(a, b, insert, (min(a, start), max(b, end)), finding)


def narrow(old: str, new: str) -> tuple[int, int, str]:
    """Trim the common prefix and suffix: ``old[a:b]`` becomes the returned text.

    "the the" → "the" becomes deleting " the"; "Friday" → "Thursday" becomes
    "Fri" → "Thurs". The prefix is taken first, so a doubled word keeps its
    first copy, which is the one the rule's message calls the original.
    """
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    limit -= prefix
    while suffix < limit and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, new[prefix : len(new) - suffix]


def _tidy_deletion(text: str, prose: str, a: int, b: int, fmt: str) -> tuple[int, int]:
    """Widen a deletion so that it leaves no empty line, trailing space or doubled space."""
    starts_line = a == 0 or text[a - 1] == "\n"
    ends_line = b == len(text) or text[b] in "\r\n"
    if starts_line and ends_line and fmt in ("txt", "md"):
        return _whole_line(text, a, b)
    line_end = prose.find("\n", b)
    rest = prose[b : len(prose) if line_end < 0 else line_end]
    if not rest.strip():  # the end of a visible line: take the spaces before it too
        while a > 0 and text[a - 1] in " \t" and prose[a - 1] == text[a - 1]:
            a -= 1
    elif a > 0 and text[a - 1] == " " == prose[a - 1] and prose[b : b + 1] == " ":
        a -= 1  # "a b c" minus "b" is "a c", not "a  c"
    return a, b


def _whole_line(text: str, a: int, b: int) -> tuple[int, int]:
    """A deleted line goes with its line break, and with one blank line of two around it."""
    b = _after_break(text, b)
    if b == -1:  # the last line, with no break after it: take the one before
        b = len(text)
        a = _before_break(text, a)
    if a == 0 or text[:a].endswith(("\n\n", "\n\r\n")):
        after = _after_break(text, b)
        if after != -1:
            b = after
        elif a > 0:
            a = _before_break(text, a)
    return a, b


def _after_break(text: str, pos: int) -> int:
    """The position after the line break at ``pos``, or -1 when there is none."""
    if text.startswith("\r\n", pos):
        return pos + 2
    if text.startswith("\n", pos):
        return pos + 1
    return -1


def _before_break(text: str, pos: int) -> int:
    """The position of the line break that ends just before ``pos`` (``pos`` if none)."""
    if text[:pos].endswith("\r\n"):
        return pos - 2
    if text[:pos].endswith("\n"):
        return pos - 1
    return pos
