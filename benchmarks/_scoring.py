"""Scoring for ``benchmarks/plant.py --score``: the quality benchmark, plus recall per variant.

Why reuse ``quality.py``: the held-out figures must be computed exactly like the
dev-set figures (same command line, same overlap rule, same false-alarm count),
or the two could not be compared. On top, each planted item carries a
``variant`` (e.g. ``splice`` ``next/run-on``, ``mojibake`` ``dash/latin-1``), and
recall per variant shows *which* kind of variation a rule does not generalise to.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import quality
from _gold import ALARM_SEVERITIES, load_folder_gold, score


def _findings_by_file(report: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for doc in report.get("files", []):
        out[Path(str(doc.get("path", ""))).name] = list(doc.get("findings", []))
    return out


def variant_rows(
    folder: Path, report: dict[str, Any], categories: frozenset[str] | None
) -> dict[tuple[str, str], list[int]]:
    """(kind, variant) -> [found, total] over every must item of the folder's gold files."""
    findings = _findings_by_file(report)
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for path in sorted(folder.glob("*.expected.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for it in gold["items"]:
            cats = set(it["categories"])
            if it["kind"] != "must" or (categories is not None and not cats & categories):
                continue
            hit = any(
                f.get("category") in cats and f["start"] < it["end"] and it["start"] < f["end"]
                for f in findings.get(gold["article"], [])
            )
            row = rows[(it.get("planted", "?"), it.get("variant", "-"))]
            row[0] += hit
            row[1] += 1
    return dict(sorted(rows.items()))


def print_misses(folder: Path, report: dict[str, Any]) -> None:
    """Each missed item with its variant, the text around it and what fired nearby."""
    findings = _findings_by_file(report)
    for path in sorted(folder.glob("*.expected.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (folder / gold["article"]).read_text(encoding="utf-8")
        for it in gold["items"]:
            cats = set(it["categories"])
            near = [
                f
                for f in findings.get(gold["article"], [])
                if f["start"] < it["end"] and it["start"] < f["end"]
            ]
            if any(f.get("category") in cats for f in near):
                continue
            s, e = it["start"], it["end"]
            ctx = text[max(0, s - 60) : s] + "[[" + text[s:e][:80] + "]]" + text[e : e + 40]
            others = ", ".join(sorted({f"{f['rule']}({f.get('category')})" for f in near}))
            print(
                f"   MISS {gold['article']}:{it['line']} {it['planted']} [{it.get('variant')}]"
                f"{' near ' + others if others else ''}\n       {ctx!r}"
            )


def score_folder(folder: Path, args: argparse.Namespace) -> None:
    """Run ``factcheck run --format json`` once over ``folder`` and print the figures."""
    ns = argparse.Namespace(select=args.select, family=args.family, categories=None)
    select, categories, label = quality.resolve_scope(ns)
    started = time.perf_counter()
    report = quality.run_factcheck(quality.factcheck_command(None), folder, select, [])
    s = score(report, load_folder_gold(folder), folder.name, categories=categories)
    print(f"\nquality benchmark on planted copies: {label}")
    quality.print_scores(s, args.show_false_alarms, False, None)
    print("\n   recall by planted kind / variant")
    for (kind, variant), (found, total) in variant_rows(folder, report, categories).items():
        print(f"     {kind:<18s} {variant:<34s} {quality.fmt_recall(found, total)}")
    if args.show_misses:
        print_misses(folder, report)
    alarms = sum(
        1
        for d in report.get("files", [])
        for f in d.get("findings", [])
        if f.get("severity") in ALARM_SEVERITIES
    )
    print(f"   ({alarms} warnings/errors in all; {time.perf_counter() - started:.1f} s)")
    if args.save:
        args.save.write_text(
            json.dumps({"scope": label, "folders": {folder.name: s.figures()}}, indent=2) + "\n",
            encoding="utf-8",
        )
        print(f"\nfigures written to {args.save}")
