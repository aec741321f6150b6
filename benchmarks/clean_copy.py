"""False alarms on clean copy: every warning and error on untouched news articles.

Runs ``factcheck run --format json`` over the 250 BBC originals
(``../shared/data/news_bbc_2004/texts``) and the 210 PolNeAR train originals
(the ``text`` field of ``../shared/data/attribution_polnear_train/polnear_train_docs.jsonl``),
and lists every warning or error with its file, rule and excerpt, then the
count per 1,000 words, per rule and per set. Clean does not mean error-free:
read each one and record a verdict (``benchmarks/verdicts/*.md``) before
calling it a false alarm.

Usage::

    python benchmarks/clean_copy.py                      # every rule, both sets
    python benchmarks/clean_copy.py --family attribution # FC4xx only
    python benchmarks/clean_copy.py --select FC401,FC402 --set polnear --limit 50
    python benchmarks/clean_copy.py --save after.json --compare before.json
    python benchmarks/clean_copy.py --checklist          # info items per article too

Exits 0 and says so when the data is not there.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: ``../shared/data`` beside the repository, or beside any folder above it (a worktree).
DATA = next(
    (p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
    ROOT.parent / "shared" / "data",
)
BBC = Path("news_bbc_2004") / "texts"
POLNEAR = Path("attribution_polnear_train") / "polnear_train_docs.jsonl"
FAMILIES = {"garbled": "FC1", "pronouns": "FC2", "dates": "FC3", "attribution": "FC4"}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    p.add_argument("--family", choices=sorted(FAMILIES), help="only this family's rules")
    p.add_argument("--select", help="passed to factcheck run --select")
    p.add_argument("--set", choices=("bbc", "polnear", "both"), default="both")
    p.add_argument("--limit", type=int, default=0, help="first N articles of each set")
    p.add_argument("--quiet", action="store_true", help="counts only, no listing")
    p.add_argument("--checklist", action="store_true", help="also count info items per article")
    p.add_argument("--extra", action="append", default=[], help="more factcheck run options")
    p.add_argument("--save", type=Path, help="write the figures as JSON")
    p.add_argument("--compare", type=Path, help="print deltas against a saved run")
    return p.parse_args(argv)


def _stage(which: str, data: Path, limit: int, out: Path) -> dict[str, Path]:
    """Copy one set's articles as .txt files into ``out``; name -> path."""
    files: dict[str, Path] = {}
    bbc, polnear = data / BBC, data / POLNEAR
    if which == "bbc" and bbc.is_dir():
        for path in sorted(bbc.glob("*.txt"))[: limit or None]:
            files[path.name] = path
    if which == "polnear" and polnear.is_file():
        out.mkdir(parents=True, exist_ok=True)
        lines = polnear.read_text(encoding="utf-8").splitlines()
        for line in lines[: limit or None]:
            doc = json.loads(line)
            dest = out / f"{doc['doc_id'][:80]}.txt"
            dest.write_text(doc["text"], encoding="utf-8")
            files[dest.name] = dest
    return files


def _run(files: dict[str, Path], args: argparse.Namespace, work: Path) -> dict[str, Any]:
    folder = work / "in"
    folder.mkdir(parents=True, exist_ok=True)
    for name, path in files.items():
        (folder / name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    argv = [
        sys.executable,
        "-m",
        "factcheck",
        "run",
        str(folder),
        "--format",
        "json",
        "--exit-zero",
    ]
    select = args.select or (FAMILIES[args.family] if args.family else None)
    if select:
        argv += ["--select", select]
    argv += list(args.extra)
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    if not proc.stdout.strip():
        raise SystemExit(f"clean_copy.py: no report (exit {proc.returncode}):\n{proc.stderr}")
    report: dict[str, Any] = json.loads(proc.stdout)
    return report


def _findings(report: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in report.get("files", report.get("results", [])):
        path = item.get("path") or item.get("file", "")
        for d in item.get("diagnostics", item.get("findings", [])):
            out.append({**d, "path": Path(path).name})
    return out


def _excerpt(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - 30), min(len(text), end + 30)
    return " ".join(text[lo:hi].split())[:160]


def measure(which: str, args: argparse.Namespace) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory() as tmp:
        files = _stage(which, args.data, args.limit, Path(tmp) / "src")
        if not files:
            print(f"clean_copy.py: no {which} articles found, skipped")
            return None
        words = {n: len(p.read_text(encoding="utf-8").split()) for n, p in files.items()}
        texts = {n: p.read_text(encoding="utf-8") for n, p in files.items()}
        report = _run(files, args, Path(tmp))
    alarms: list[dict[str, Any]] = []
    info = Counter[str]()
    info_rules = Counter[str]()
    for d in _findings(report):
        sev = d.get("severity", "")
        if sev == "info":
            info[d["path"]] += 1
            info_rules[d.get("code", d.get("rule", ""))] += 1
            continue
        start, end = d.get("start", 0), d.get("end", 0)
        alarms.append(
            {
                "path": d["path"],
                "rule": d.get("code", d.get("rule", "")),
                "start": start,
                "excerpt": _excerpt(texts.get(d["path"], ""), start, end),
                "message": d.get("message", "")[:120],
            }
        )
    total = sum(words.values())
    by_rule = Counter(a["rule"] for a in alarms)
    return {
        "articles": len(files),
        "words": total,
        "alarms": len(alarms),
        "per_1000": round(1000 * len(alarms) / total, 3) if total else 0.0,
        "by_rule": dict(sorted(by_rule.items())),
        "info_per_article": round(sum(info.values()) / len(files), 2),
        "info_by_rule": dict(sorted(info_rules.items())),
        "list": alarms,
    }


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sets = ("bbc", "polnear") if args.set == "both" else (args.set,)
    figures: dict[str, Any] = {}
    for which in sets:
        result = measure(which, args)
        if result is None:
            continue
        figures[which] = result
        print(f"\n== {which}: {result['articles']} articles, {result['words']} words")
        if not args.quiet:
            for a in result["list"]:
                print(f"{a['path']}:{a['start']} {a['rule']}  {a['excerpt']}")
        print(f"warnings+errors: {result['alarms']} ({result['per_1000']} per 1,000 words)")
        print("by rule:", ", ".join(f"{r} {n}" for r, n in result["by_rule"].items()) or "none")
        if args.checklist:
            print(f"info findings per article: {result['info_per_article']}")
            print("info by rule:", result["info_by_rule"])
    if not figures:
        return 0
    words = sum(f["words"] for f in figures.values())
    alarms = sum(f["alarms"] for f in figures.values())
    both = round(1000 * alarms / words, 3) if words else 0.0
    print(f"\n== together: {alarms} warnings+errors in {words} words ({both} per 1,000)")
    if args.compare and args.compare.is_file():
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        for which, now in figures.items():
            old = before.get(which)
            if old:
                print(
                    f"{which}: {old['per_1000']} -> {now['per_1000']} per 1,000 "
                    f"({old['alarms']} -> {now['alarms']}); info/article "
                    f"{old['info_per_article']} -> {now['info_per_article']}"
                )
    if args.save:
        args.save.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
