"""The claims-to-verify checklist: how long it is, and how often it lists attributed content.

Runs ``factcheck run --format json --select FC301,FC306,FC404`` over the BBC and
PolNeAR originals twice, with ``--checklist short`` (the default) and ``--checklist
all``, and prints:

* (a) on PolNeAR, the share of FC404 items that lie inside the content span of
  a gold attribution (target at most 5%): such an item asks the editor to
  verify what a source already answers for; and (a') the looser share whose
  sentence overlaps any gold attribution (``in_attribution``: 70% of all
  PolNeAR sentences, because PolNeAR annotates beliefs and perceptions too);
* (c) items per article on each set, both ways; ``--sample N`` prints N short
  checklist items drawn at random (seeded) to read and judge
  (``benchmarks/verdicts/checklist.md``).

(b), the ranking's average precision on CLEF/ClaimBuster, is
``benchmarks/eval_checkworthy.py``: the checklist ranks by that model unchanged.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from clean_copy import DATA, POLNEAR, _findings, _run, _stage

CLAIMS = "FC301,FC306,FC404"


def _items(which: str, mode: str, args: argparse.Namespace) -> tuple[dict[str, Path], list[Any]]:
    extra = ["--checklist", mode] if mode != "plain" else []
    ns = argparse.Namespace(select=CLAIMS, family=None, extra=extra)
    with tempfile.TemporaryDirectory() as tmp:
        files = _stage(which, args.data, args.limit, Path(tmp) / "src")
        texts = {n: p.read_text(encoding="utf-8") for n, p in files.items()}
        report = _run(files, ns, Path(tmp)) if files else {}
    found = [d for d in _findings(report) if d.get("severity") == "info"]
    return {n: Path(t) for n, t in texts.items()}, [(f, texts[f["path"]]) for f in found]


def _contents(data: Path) -> dict[str, list[tuple[int, int]]]:
    """Gold content spans of every PolNeAR attribution, per staged file name."""
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for line in (data / POLNEAR).read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for a in doc.get("attributions", []):
            for span in a.get("content", []):
                out[doc["doc_id"][:80] + ".txt"].append((span["start"], span["end"]))
    return out


def _gold(data: Path) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    path = data / POLNEAR.parent / "polnear_train_sentences.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        s = json.loads(line)
        out[s["doc_id"][:80] + ".txt"].append(s)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DATA)
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--sample", type=int, default=0)
    p.add_argument("--seed", type=int, default=12)
    p.add_argument("--sets", default="bbc,polnear", help="which sets: bbc, polnear or both")
    p.add_argument(
        "--modes",
        default="all,short",
        help="checklist modes to run; 'plain' runs without --checklist (a version without it)",
    )
    args = p.parse_args(argv)
    if not (args.data / POLNEAR).is_file():
        print("eval_checklist.py: no PolNeAR data; nothing to do")
        return 0
    gold = _gold(args.data)
    contents = _contents(args.data)
    sample: list[tuple[str, Any]] = []
    for which in args.sets.split(","):
        for mode in args.modes.split(","):
            files, items = _items(which, mode, args)
            n = max(1, len(files))
            print(
                f"{which} --checklist {mode}: {len(items)} items, {len(items) / n:.2f} per article"
            )
            if mode in ("short", "plain"):
                sample += [(which, f) for f, _ in items]
            if which != "polnear":
                continue
            fc404 = [f for f, _ in items if f.get("rule") == "FC404"]
            attributed = 0
            for f in fc404:
                sents = gold.get(f["path"], [])
                hit = next((s for s in sents if s["start"] <= f["start"] < s["end"] + 1), None)
                attributed += bool(hit and hit["in_attribution"])
            inside = sum(
                any(a <= f["start"] and f["end"] <= b for a, b in contents.get(f["path"], []))
                for f in fc404
            )
            share = attributed / max(1, len(fc404))
            print(
                f"  (a) FC404 items inside a gold content span: {inside}/{len(fc404)} = "
                f"{inside / max(1, len(fc404)):.3f}"
            )
            print(
                f"  (a') FC404 items in a sentence overlapping any attribution: "
                f"{attributed}/{len(fc404)}"
                f" = {share:.3f}"
            )
    if args.sample:
        rng = random.Random(args.seed)
        for which, f in rng.sample(sample, min(args.sample, len(sample))):
            print(
                f"- [{which}] {f['path']}:{f['start']} {f.get('rule')} "
                f"'{f.get('excerpt', '')[:80]}'"
                f" :: {f.get('message', '')[:140]}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
