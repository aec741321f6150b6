"""The quality benchmark: recall on planted errors, false alarms on clean copy.

Runs the real command line, ``factcheck run --format json``, once per folder of
articles, and scores the report against the ``NAME.expected.json`` gold files
beside the articles (format: ``../shared/examples/un-security-council.expected.json``).
For each folder it prints:

* recall on ``must`` items, per category and per planted kind (the ``planted``
  field of an item, or a kind derived from its ``why``): an item is found when
  a finding of one of its categories overlaps its span;
* false alarms on ``must_not`` items (warning or error findings that overlap one);
* false alarms per 1,000 words on the articles that have no gold file, where
  every warning or error counts (``--show-false-alarms`` lists them).

Usage::

    python benchmarks/quality.py                         # every rule, default folders
    python benchmarks/quality.py --family garbled        # FC1xx and its categories
    python benchmarks/quality.py --select FC102,FC103    # passed through to factcheck
    python benchmarks/quality.py --save before.json
    python benchmarks/quality.py --compare before.json --show-false-alarms

Default folders (relative to the repository root, used when present):
``../shared/data/injected_bbc_2004/articles/`` and ``../shared/examples/``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gold import FAMILIES, FAMILY_ALIASES, Scores, load_folder_gold, score

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = (
    REPO.parent / "shared" / "data" / "injected_bbc_2004" / "articles",
    REPO.parent / "shared" / "examples",
)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("folders", nargs="*", type=Path, help="folders of articles (default: shared)")
    p.add_argument("--select", help="rule codes or prefixes, passed to factcheck run --select")
    p.add_argument(
        "--family",
        help="restrict to one family: garbled, pronouns, dates, "
        "attribution, consistency (or FC1..FC5)",
    )
    p.add_argument("--categories", help="comma-separated categories to score (items and findings)")
    p.add_argument("--save", type=Path, help="write the figures as JSON to this file")
    p.add_argument("--compare", type=Path, help="print deltas against figures saved with --save")
    p.add_argument(
        "--show-false-alarms",
        action="store_true",
        help="list every warning/error on clean articles and on must_not items",
    )
    p.add_argument("--show-misses", action="store_true", help="list every must item not found")
    p.add_argument(
        "--factcheck",
        default=None,
        help="the factcheck command (default: the one on PATH, else python -m factcheck)",
    )
    p.add_argument(
        "--extra",
        action="append",
        default=[],
        help="extra argument for factcheck run (repeatable), e.g. --extra=--model=X",
    )
    return p.parse_args(argv)


def resolve_scope(args: argparse.Namespace) -> tuple[str | None, frozenset[str] | None, str]:
    """The ``--select`` to pass, the categories to score, and a label for the header."""
    select: str | None = args.select
    categories: set[str] | None = None
    label = "all rules"
    if args.family:
        key = args.family.strip().lower()
        family = FAMILY_ALIASES.get(key, key)
        if family not in FAMILIES:
            names = ", ".join(FAMILIES)
            raise SystemExit(f"quality.py: unknown family {args.family!r} (one of: {names})")
        prefix, cats = FAMILIES[family]
        select = select or prefix
        categories = set(cats)
        label = f"family {family} ({prefix}xx)"
    if args.categories:
        wanted = {c.strip() for c in args.categories.split(",") if c.strip()}
        categories = wanted if categories is None else categories & wanted
        label += f", categories {','.join(sorted(wanted))}"
    if args.select:
        label += f", --select {args.select}"
    return select, frozenset(categories) if categories is not None else None, label


def factcheck_command(given: str | None) -> list[str]:
    if given:
        return given.split()
    exe = shutil.which("factcheck")
    return [exe] if exe else [sys.executable, "-m", "factcheck"]


def run_factcheck(
    cmd: list[str], folder: Path, select: str | None, extra: Sequence[str]
) -> dict[str, Any]:
    """One ``factcheck run --format json`` over the whole folder; the parsed report."""
    argv = [*cmd, "run", str(folder), "--format", "json", "--exit-zero", *extra]
    if select:
        argv += ["--select", select]
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    if not proc.stdout.strip():
        raise SystemExit(
            f"quality.py: factcheck produced no report (exit {proc.returncode}):\n"
            f"  {' '.join(argv)}\n{proc.stderr.strip()}"
        )
    try:
        report: dict[str, Any] = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise SystemExit(f"quality.py: factcheck output is not JSON ({exc})") from exc
    return report


def fmt_recall(found: int, total: int) -> str:
    return (
        f"{found:4d}/{total:<4d} {found / total:6.3f}"
        if total
        else f"{found:4d}/{total:<4d}    -  "
    )


def print_scores(
    s: Scores, show_fa: bool, show_misses: bool, before: Mapping[str, Any] | None
) -> None:
    fig = s.figures()
    print(f"\n== {s.folder}")
    print(
        f"   {s.files} files: {s.gold_files} with gold, {s.clean_files} without "
        f"({s.clean_words:,} words)"
    )
    for err in s.file_errors:
        print(f"   ! file error: {err}")
    if s.rule_failures:
        print(f"   ! {len(s.rule_failures)} rule failures, first: {s.rule_failures[0]}")
    for title, key in (("category", "recall_by_category"), ("planted kind", "recall_by_kind")):
        rows = fig[key]
        if not rows:
            continue
        print(f"\n   recall by {title:<20s} found/total recall{'   delta' if before else ''}")
        for name, row in rows.items():
            delta = ""
            if before is not None:
                old = before.get(key, {}).get(name, {}).get("recall")
                if old is not None and row["recall"] is not None:
                    delta = f" {row['recall'] - old:+7.3f}"
                elif row["recall"] is not None:
                    delta = "     new"
            print(f"     {name:<30s} {fmt_recall(row['found'], row['total'])}{delta}")
    mn = fig["must_not"]
    print(
        f"\n   must_not items: {mn['total']}, false alarms on them: {mn['false_alarms']}"
        + _delta(before, ("must_not", "false_alarms"), mn["false_alarms"], "d")
    )
    clean = fig["clean"]
    if s.clean_files:
        per = clean["per_1k_words"]
        print(
            f"   clean articles: {clean['false_alarms']} warnings/errors, "
            f"{per:.3f} per 1,000 words" + _delta(before, ("clean", "per_1k_words"), per, ".3f")
        )
        for rule, n in clean["by_rule"].items():
            print(f"     {rule:<36s} {n}")
    if show_fa:
        for f in s.must_not_alarms:
            print(
                f"   FA must_not {f['path']}:{f['line']} {f['rule']} {f['severity']} "
                f"{f['excerpt'][:60]!r} (item {f['item_text'][:40]!r})"
            )
        for f in s.clean_alarms:
            print(
                f"   FA clean {f['path']}:{f['line']} {f['rule']} {f['severity']} "
                f"{f['excerpt'][:60]!r}\n       {f['message'][:220]}"
            )
    if show_misses:
        for m in s.misses:
            print(f"   MISS {m.article} [{m.label}] {m.text[:70]!r}")


def _delta(before: Mapping[str, Any] | None, path: tuple[str, str], now: Any, spec: str) -> str:
    if before is None or now is None:
        return ""
    old = before.get(path[0], {}).get(path[1])
    if old is None:
        return ""
    return f"  (delta {now - old:+{spec}})"


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    folders = [f for f in (args.folders or DEFAULT_FOLDERS) if f.is_dir()]
    if not folders:
        print(
            "quality.py: no article folders found (looked for ../shared/data/injected_bbc_2004/"
            "articles and ../shared/examples); nothing to measure."
        )
        return 0
    select, categories, label = resolve_scope(args)
    before: dict[str, Any] = {}
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8")).get("folders", {})
    cmd = factcheck_command(args.factcheck)
    print(f"quality benchmark: {label}")
    saved: dict[str, Any] = {"scope": label, "select": select, "folders": {}}
    for folder in folders:
        started = time.perf_counter()
        report = run_factcheck(cmd, folder, select, args.extra)
        gold = load_folder_gold(folder)
        s = score(report, gold, folder.name, categories=categories)
        print_scores(s, args.show_false_alarms, args.show_misses, before.get(folder.name))
        print(f"   ({time.perf_counter() - started:.1f} s)")
        saved["folders"][folder.name] = s.figures()
    if args.save:
        args.save.write_text(json.dumps(saved, indent=2) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.save}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
