"""``factcheck run --fix``, ``--diff``, ``--unsafe-fixes`` and ``--statistics``.

Kept out of the ``run`` command itself so that the command only wires
options: the loop and the writing live in :mod:`factcheck.engine.fixloop`,
and this module decides what is printed and which exit code follows, as
ruff does:

- ``--diff`` prints a unified diff of what ``--fix`` would write and exits 1
  when there is one (0 when there is nothing to fix); nothing is written.
- ``--fix`` writes the fixed files, re-checks them, and the run goes on to
  report what remains, in the chosen format; the exit code is that of the
  remaining findings.
- ``--unsafe-fixes`` adds the unsafe fixes to either.
- ``--statistics`` prints one line per rule (count, code, whether a fix is
  available, name) instead of the findings.

Notes for people (what was fixed, what needs ``--unsafe-fixes``) go to
standard error, so that standard output stays the report, the diff or the
statistics a program may read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from typing import IO

import click

from factcheck.contract.results import RunResult
from factcheck.contract.source import InputError
from factcheck.engine.fixloop import FixedFile, run_fix_loop, write_fixed
from factcheck.engine.session import Session, exit_code


def option_error(paths: Sequence[str], *, fix: bool, diff: bool, write_baseline: bool) -> str:
    """Why these options cannot go together, or ``""``."""
    if not (fix or diff):
        return ""
    if not paths or "-" in paths:
        return "--fix and --diff rewrite files: they cannot read standard input"
    if write_baseline:
        return "--write-baseline records findings: run it without --fix or --diff"
    return ""


def fix_diff_or_statistics(
    session: Session,
    result: RunResult,
    *,
    fix: bool,
    diff: bool,
    unsafe: bool,
    statistics: bool,
    fmt: str,
    output: str | None,
    exit_zero: bool,
) -> int | None:
    """Do what the options ask; the exit code, or None when the normal report follows."""
    if fix or diff:
        fixed = run_fix_loop(session, result, unsafe=unsafe)
        for item in fixed:
            if not item.converged:
                _note(f"{item.path}: fixes kept making new findings; stopped after ten passes")
        if diff:
            changed = [f for f in fixed if f.changed]
            _write(output, "".join(f.diff() for f in changed))
            _summarise(result, changed, unsafe=unsafe, verb="would fix")
            _report_failures(result)
            if result.failures:
                return 3
            if any(f.error for f in result.files):
                return 2
            return 1 if changed else 0
        _write_files(result, fixed)
        _summarise(result, [f for f in fixed if f.changed], unsafe=unsafe, verb="fixed")
    if statistics:
        _write(output, render_statistics(result, fmt))
        _report_failures(result)
        return exit_code(result, exit_zero=exit_zero)
    return None


def _write_files(result: RunResult, fixed: list[FixedFile]) -> None:
    """Write every changed file; a file that cannot be written becomes a file error (exit 2)."""
    for item in fixed:
        if not item.changed:
            continue
        try:
            write_fixed(item)
        except InputError as exc:
            for fr in result.files:
                if fr.path == item.path:
                    fr.error = str(exc)
            item.fixed.clear()


def _summarise(result: RunResult, changed: list[FixedFile], *, unsafe: bool, verb: str) -> None:
    count = sum(len(f.fixed) for f in changed)
    files = len(changed)
    hidden = 0 if unsafe else sum(1 for f in result.findings if f.fix and not f.fix.safe)
    if count:
        line = f"{verb} {_plural(count, 'finding')} in {_plural(files, 'file')}"
    else:
        line = "no fixes to apply" if verb == "fixed" else "nothing to fix"
    if hidden:
        line += f" ({_plural(hidden, 'more fix', 'more fixes')} with --unsafe-fixes)"
    _note(line[:1].upper() + line[1:] + ".")


def render_statistics(result: RunResult, fmt: str) -> str:
    """Counts by rule, most frequent first: ruff's ``--statistics``.

    The marker says whether the rule's findings can be fixed: ``[*]`` by
    ``--fix``, ``[-]`` only with ``--unsafe-fixes``, ``[ ]`` by hand. With
    ``--format json``, a list of ``{"code", "name", "count", "fixable"}``.
    """
    counts = Counter(f.rule for f in result.findings)
    names = {f.rule: f.name for f in result.findings}
    safe = {f.rule for f in result.findings if f.fix is not None and f.fix.safe}
    unsafe = {f.rule for f in result.findings if f.fix is not None} - safe
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if fmt == "json":
        doc = [
            {
                "code": code,
                "name": names[code],
                "count": n,
                "fixable": "safe" if code in safe else "unsafe" if code in unsafe else None,
            }
            for code, n in rows
        ]
        return json.dumps(doc, indent=2) + "\n"
    if not rows:
        return ""
    width = max(len(str(n)) for _, n in rows)
    code_width = max(len(code) for code, _ in rows)
    lines = []
    for code, n in rows:
        mark = "[*]" if code in safe else "[-]" if code in unsafe else "[ ]"
        lines.append(f"{n:>{width}}\t{code:<{code_width}}\t{mark} {names[code]}")
    return "\n".join(lines) + "\n"


def _report_failures(result: RunResult) -> None:
    for fr in result.files:
        if fr.error:
            _note(f"error: {fr.path}: {fr.error}")
    for failure in result.failures:
        _note(
            f"error: rule {failure.rule} (plugin {failure.plugin}) failed on "
            f"{failure.path}: {failure.error}"
        )


def _write(output: str | None, text: str) -> None:
    if output:
        with open(output, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    else:
        out: IO[str] = sys.stdout
        out.write(text)
        out.flush()


def _note(message: str) -> None:
    click.echo(f"factcheck: {message}", err=True)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"
