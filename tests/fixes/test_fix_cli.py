"""``factcheck run --diff / --fix / --unsafe-fixes`` on the real pipeline, rule by rule.

One folder holds an article per rule that offers a fix (all written for
these tests). The command line runs a handful of times over the folder, in
a subprocess, and each rule's case checks its own file in every run: the
applicability in the JSON report, the safe diff, the unsafe diff, and the
file after ``--fix`` and after ``--fix --unsafe-fixes``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

HEAD = "Council opens new reading room\n\n"
MOJIBAKE = "The mayor called it \u00e2\u20ac\u0153a proud day\u00e2\u20ac\x9d for the town."


@dataclass(frozen=True)
class Case:
    """A rule's fix: the file that triggers it, what it changes, and how safe it is."""

    code: str
    name: str
    text: str
    before: str
    after: str
    applicability: str


CASES = [
    Case(
        "FC101",
        "doubled.txt",
        HEAD + "The library will open its new reading room to to the public in May.\n",
        "room to to the public",
        "room to the public",
        "safe",
    ),
    Case(
        "FC103",
        "lowercase.txt",
        HEAD + "The library will open its new reading room in May. the mayor will cut the "
        "ribbon.\n",
        "May. the mayor",
        "May. The mayor",
        "safe",
    ),
    Case(
        "FC105",
        "mojibake.txt",
        HEAD + MOJIBAKE + "\n",
        MOJIBAKE,
        "The mayor called it \u201ca proud day\u201d for the town.",
        "safe",
    ),
    Case(
        "FC105",
        "control.txt",
        HEAD + "The vote was 9 to\x07 2 in favour of the plan.\n",
        "9 to\x07 2",
        "9 to 2",
        "safe",
    ),
    Case(
        "FC106",
        "site-name.txt",
        "Council opens new reading room | Valley Gazette\n\nThe library will open its new "
        "reading room in May, the council said.\n",
        "reading room | Valley Gazette\n",
        "reading room\n",
        "unsafe",
    ),
    Case(
        "FC106",
        "furniture.txt",
        HEAD + "The library will open its new reading room in May, the council said.\n\n"
        "Follow us on Twitter\n",
        "the council said.\n\nFollow us on Twitter\n",
        "the council said.\n",
        "unsafe",
    ),
    Case(
        "FC201",
        "country.txt",
        HEAD + "Portugal has reviewed its library budget. In March he promised more money "
        "for rural towns.\n",
        "In March he promised",
        "In March it promised",
        "unsafe",
    ),
    Case(
        "FC202",
        "gender.txt",
        HEAD + "Mrs Alvarez, the head librarian, said the room would open in May. She thanked "
        "the volunteers who built the shelves. Later he said the opening could slip by a "
        "week.\n",
        "Later he said",
        "Later she said",
        "unsafe",
    ),
    Case(
        "FC303",
        "weekday.txt",
        HEAD + "VALLEYTOWN, Tuesday 3 June 2024 - The library will open its new reading room "
        "next month, the council said.\n",
        "Tuesday 3 June",
        "Monday 3 June",
        "unsafe",
    ),
    Case(
        "FC307",
        "facts.txt",
        HEAD + "The Valley Library has served readers since 1951, the council said.\n",
        "since 1951",
        "since 1953",
        "unsafe",
    ),
    Case(
        "FC402",
        "spaced-quote.txt",
        HEAD + "The council said the reading room would open in May.\n\n"
        '"We expect every school to visit this year. " Garcia said on the radio.\n',
        'this year. " Garcia',
        'this year." Garcia',
        "unsafe",
    ),
]

FACTS = """\
[[fact]]
subject = "Founding of the Valley Library"
entities = ["Valley Library"]
predicate = "served"
keywords = ["founded", "opened", "served"]
date = 1953
source = "Valley Library annual report"
"""
CLEAN = HEAD + "The library will open its new reading room in May, the council said.\n"


def factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real command line, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )


@dataclass
class Runs:
    """The folder and what every run over it printed and left behind."""

    root: Path
    report: dict[str, Any]
    safe_diff: subprocess.CompletedProcess[str]
    unsafe_diff: subprocess.CompletedProcess[str]
    safe_fix: subprocess.CompletedProcess[str]
    unsafe_fix: subprocess.CompletedProcess[str]
    again: subprocess.CompletedProcess[str]
    stats_before: dict[str, tuple[int, int]]
    stats_after: dict[str, tuple[int, int]]
    bytes_after: dict[str, bytes]
    stats_again: dict[str, tuple[int, int]]
    bytes_again: dict[str, bytes]


def _stats(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_mtime_ns, p.stat().st_ino) for p in sorted(folder.iterdir())}


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    root = tmp_path_factory.mktemp("fixes")
    copy = root / "copy"
    copy.mkdir()
    for case in CASES:
        (copy / case.name).write_text(case.text, encoding="utf-8")
    (copy / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (root / "facts.toml").write_text(FACTS, encoding="utf-8")
    for name in ("safe", "unsafe"):
        shutil.copytree(copy, root / name)
    facts = ("--facts", "facts.toml")
    report = json.loads(factcheck("run", "--format", "json", *facts, "copy", cwd=root).stdout)
    safe_diff = factcheck("run", "--diff", *facts, "copy", cwd=root)
    unsafe_diff = factcheck("run", "--diff", "--unsafe-fixes", *facts, "copy", cwd=root)
    safe_fix = factcheck("run", "--fix", *facts, "safe", cwd=root)
    before = _stats(root / "unsafe")
    unsafe_fix = factcheck("run", "--fix", "--unsafe-fixes", *facts, "unsafe", cwd=root)
    after, bytes_after = _stats(root / "unsafe"), _bytes(root / "unsafe")
    again = factcheck("run", "--fix", "--unsafe-fixes", *facts, "unsafe", cwd=root)
    return Runs(
        root,
        report,
        safe_diff,
        unsafe_diff,
        safe_fix,
        unsafe_fix,
        again,
        before,
        after,
        bytes_after,
        _stats(root / "unsafe"),
        _bytes(root / "unsafe"),
    )


def _diff_of(diff: str, name: str) -> str:
    """The part of a multi-file unified diff about ``name``."""
    for part in diff.split("--- a/")[1:]:
        if part.split("\n", 1)[0].endswith(f"/{name}"):
            return part
    return ""


def _changed(diff: str, case: Case) -> bool:
    part = _diff_of(diff, case.name)
    removed = "\n".join(ln[1:] for ln in part.splitlines() if ln.startswith("-"))
    added = "\n".join(ln[1:] for ln in part.splitlines() if ln.startswith("+"))
    [line] = [ln for ln in case.before.split("\n") if ln and ln not in case.after]
    return line in removed and line not in added


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.code}-{c.name}")
def test_the_rule_offers_its_fix_with_its_applicability(runs: Runs, case: Case) -> None:
    [file] = [f for f in runs.report["files"] if f["path"].endswith(case.name)]
    fixes = [f["fix"] for f in file["findings"] if f["rule"] == case.code and f["fix"]]
    assert fixes, f"{case.code} offered no fix on {case.name}: {file['findings']}"
    assert {f["applicability"] for f in fixes} == {case.applicability}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.code}-{c.name}")
def test_diff_shows_safe_fixes_and_unsafe_ones_only_when_asked(runs: Runs, case: Case) -> None:
    assert _changed(runs.safe_diff.stdout, case) == (case.applicability == "safe")
    assert _changed(runs.unsafe_diff.stdout, case)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.code}-{c.name}")
def test_fix_applies_safe_fixes_and_unsafe_fixes_adds_the_rest(runs: Runs, case: Case) -> None:
    safe = (runs.root / "safe" / case.name).read_text(encoding="utf-8")
    unsafe = (runs.root / "unsafe" / case.name).read_text(encoding="utf-8")
    assert (case.after in safe and case.before not in safe) == (case.applicability == "safe")
    assert case.after in unsafe and case.before not in unsafe
    # Nothing but the fixed span changed.
    original = case.text.replace(case.before, case.after, 1)
    assert unsafe == original


def test_diff_writes_nothing_and_exits_one(runs: Runs) -> None:
    assert runs.safe_diff.returncode == 1 and runs.unsafe_diff.returncode == 1
    for case in CASES:
        assert (runs.root / "copy" / case.name).read_text(encoding="utf-8") == case.text
    assert runs.safe_diff.stdout.startswith("--- a/copy/")
    assert "Would fix 5 findings in 4 files (7 more fixes with --unsafe-fixes)." in (
        runs.safe_diff.stderr
    )


def test_diff_of_a_clean_file_is_empty_and_exits_zero(runs: Runs) -> None:
    proc = factcheck("run", "--diff", "copy/clean.txt", cwd=runs.root)
    assert (proc.returncode, proc.stdout) == (0, "")
    assert "Nothing to fix." in proc.stderr


def test_fix_rechecks_and_reports_what_remains(runs: Runs) -> None:
    out = runs.unsafe_fix.stdout
    assert "Fixed 12 findings in 11 files." in runs.unsafe_fix.stderr
    for code in ("FC101", "FC103", "FC105", "FC106", "FC201", "FC202", "FC303", "FC307"):
        assert f" {code} " not in out, f"{code} should have been fixed"
    assert " info: " in out  # the claims to verify remain: fixes do not check facts
    assert runs.unsafe_fix.returncode == 0  # no error left


def test_safe_fix_exits_by_what_remains(runs: Runs) -> None:
    assert runs.safe_fix.returncode == 1  # the weekday error needs --unsafe-fixes
    assert " FC303 error" in runs.safe_fix.stdout
    assert "(7 more fixes with --unsafe-fixes)" in runs.safe_fix.stderr


def test_fixing_twice_changes_nothing(runs: Runs) -> None:
    assert "No fixes to apply." in runs.again.stderr
    assert runs.bytes_again == runs.bytes_after
    assert runs.stats_again == runs.stats_after


def test_a_file_with_no_fix_is_not_rewritten(runs: Runs) -> None:
    assert runs.stats_after["clean.txt"] == runs.stats_before["clean.txt"]
    for case in CASES:  # every fixed file is a new inode: written by replacing it
        assert runs.stats_after[case.name][1] != runs.stats_before[case.name][1]


def test_overlapping_fixes_resolve_the_same_way_every_time(tmp_path: Path) -> None:
    # The capital and the doubled word start at the same 'the': the capital goes
    # first, the re-check then finds 'The the' and deletes the second copy.
    text = HEAD + "The mayor spoke at noon. the the crowd cheered her.\n"
    results = set()
    for attempt in range(2):
        story = tmp_path / f"story{attempt}.txt"
        story.write_text(text, encoding="utf-8")
        factcheck("run", "--fix", story.name, cwd=tmp_path)
        results.add(story.read_text(encoding="utf-8"))
    assert results == {HEAD + "The mayor spoke at noon. The crowd cheered her.\n"}


def test_standard_input_cannot_be_fixed(tmp_path: Path) -> None:
    proc = factcheck("run", "--fix", "-", cwd=tmp_path)
    assert proc.returncode == 2
    assert "cannot read standard input" in proc.stderr


def test_statistics_count_by_rule_with_fix_markers(runs: Runs) -> None:
    proc = factcheck("run", "--statistics", "--facts", "facts.toml", "copy", cwd=runs.root)
    assert proc.returncode == 1
    rows = {line.split("\t")[1].strip(): line.split("\t") for line in proc.stdout.splitlines()}
    assert rows["FC106"][0].strip() == "2"
    assert rows["FC106"][2] == "[-] web-furniture"
    assert rows["FC101"][2] == "[*] doubled-word"
    assert any(r[2].startswith("[ ] ") for r in rows.values())  # a claim to verify: by hand
    assert "Council opens" not in proc.stdout  # counts, not findings
    counts = [int(line.split("\t")[0]) for line in proc.stdout.splitlines()]
    assert counts == sorted(counts, reverse=True)
    as_json = factcheck(
        "run", "--statistics", "--format", "json", "--facts", "facts.toml", "copy", cwd=runs.root
    )
    doc = json.loads(as_json.stdout)
    assert {
        "code": "FC201",
        "name": "personal-pronoun-for-non-person",
        "count": 1,
        "fixable": "unsafe",
    } in doc
