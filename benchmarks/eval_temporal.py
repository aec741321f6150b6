"""Temporal expression extraction and normalisation against TempEval-3 (TBAQ-cleaned) gold.

Why: the date rules (FC3xx) stand on the extractor finding every date and
giving it the right value. TimeBank/AQUAINT newswire with TIMEX3 gold is the
standard yardstick (HeidelTime: strict F1 0.81 / relaxed 0.90 / value F1 0.78
on the TempEval-3 test set).

What it does: parses every document with the shipped pipeline, runs the date
family's extractor (``factcheck_rules.dates.analysis.claims.analyse_article``) with the
document creation time as the publication date, and compares DATE and TIME
expressions with the gold ones:

* strict span F1: same start and end;
* relaxed span F1: overlapping spans (each gold and each prediction matched once);
* value accuracy: share of relaxed matches whose value equals the gold value
  (decades written ``199`` or ``199X``, weeks ``W6`` or ``W06``, count as equal:
  the gold uses both notations).

Usage: python benchmarks/eval_temporal.py [--limit N] [--errors 40] [--model NAME]
Reads ../shared/data/temporal_tbaq/tbaq.jsonl relative to the repo root; skips
with a message when it is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "temporal_tbaq" / "tbaq.jsonl"
TYPES = ("DATE", "TIME")


def _same_value(pred: str, gold: str) -> bool:
    """Equal TIMEX3 values, allowing the notational variants found in the gold.

    A decade is ``199`` or ``199X``; a week number ``2000-W6`` or ``2000-W06``.
    """
    if pred == gold:
        return True
    if pred.rstrip("X") == gold.rstrip("X") and len(pred.rstrip("X")) == 3:
        return True
    week = re.compile(r"^(\d{4}-W)0?(\d+)(.*)$")
    mp, mg = week.match(pred), week.match(gold)
    return bool(mp and mg and mp.groups() == mg.groups())


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print N misses of each kind")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: shipped)")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"eval_temporal: {DATA} not found; skipping (needs the shared dev data).")
        return 0
    from factcheck_rules.dates.analysis.claims import analyse_article

    from factcheck import Article
    from factcheck.nlp import load_pipeline

    docs = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    if args.limit:
        docs = docs[: args.limit]
    nlp = load_pipeline(args.model) if args.model else load_pipeline()
    tp_strict = n_pred = n_gold = tp_relaxed = value_ok = 0
    by_type: Counter[str] = Counter()
    by_type_found: Counter[str] = Counter()
    by_type_strict: Counter[str] = Counter()
    pred_type: Counter[str] = Counter()
    pred_type_ok: Counter[str] = Counter()
    by_kind_pred: Counter[str] = Counter()
    by_kind_ok: Counter[str] = Counter()
    misses: list[str] = []
    false_pos: list[str] = []
    wrong_values: list[str] = []
    parse_time = extract_time = 0.0
    texts = [d["text"] for d in docs]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe(texts, batch_size=16))
    parse_time = time.perf_counter() - t0
    for d, doc in zip(docs, parsed, strict=True):
        anchor = dt.date.fromisoformat(d["dct"][:10])
        article = Article(path=d["doc_id"], text=d["text"], published=anchor)
        article.doc = doc
        t1 = time.perf_counter()
        analysis = analyse_article(article)
        extract_time += time.perf_counter() - t1
        gold = [t for t in d["timexes"] if t["type"] in TYPES]
        preds = [c for c in analysis.claims if c.value.timex_type in TYPES]
        n_gold += len(gold)
        n_pred += len(preds)
        pred_type.update(c.value.timex_type for c in preds)
        used: set[int] = set()
        for g in gold:
            by_type[g["type"]] += 1
            match: Any = None
            for i, c in enumerate(preds):
                m = c.mention
                if i not in used and m.start < g["end"] and g["start"] < m.end:
                    match = (i, c)
                    break
            if match is None:
                ctx = d["text"][max(0, g["start"] - 40) : g["end"] + 20].replace("\n", " ")
                misses.append(f"{g['type']} {g['text']!r} ({g['value']}) …{ctx}…")
                continue
            i, c = match
            used.add(i)
            tp_relaxed += 1
            by_type_found[g["type"]] += 1
            pred_type_ok[c.value.timex_type] += 1
            if (c.mention.start, c.mention.end) == (g["start"], g["end"]):
                tp_strict += 1
                by_type_strict[g["type"]] += 1
            by_kind_pred[c.mention.kind] += 1
            if _same_value(c.value.value, g["value"]):
                value_ok += 1
                by_kind_ok[c.mention.kind] += 1
            else:
                wrong_values.append(
                    f"{c.mention.kind} {g['text']!r}/{c.mention.text!r}: gold {g['value']} "
                    f"got {c.value.value} (dct {d['dct'][:10]}, tense {c.tense})"
                )
        for i, c in enumerate(preds):
            if i not in used:
                m = c.mention
                ctx = d["text"][max(0, m.start - 40) : m.end + 20].replace("\n", " ")
                false_pos.append(f"{m.kind} {m.text!r} ({c.value.value}) …{ctx}…")
    sp, sr, sf = _f1(tp_strict, n_pred, n_gold)
    rp, rr, rf = _f1(tp_relaxed, n_pred, n_gold)
    print(f"TempEval-3 TBAQ: {len(docs)} documents, {n_gold} gold DATE/TIME, {n_pred} predicted")
    print(f"strict  span P {sp:.3f} R {sr:.3f} F1 {sf:.3f}")
    print(f"relaxed span P {rp:.3f} R {rr:.3f} F1 {rf:.3f}")
    print(
        f"value accuracy on matched spans {value_ok / max(1, tp_relaxed):.3f} "
        f"({value_ok}/{tp_relaxed}); value F1 (relaxed x value) "
        f"{_f1(value_ok, n_pred, n_gold)[2]:.3f}"
    )
    for t in TYPES:
        print(
            f"  {t:5} gold {by_type[t]:5}"
            f"  relaxed recall {by_type_found[t] / max(1, by_type[t]):.3f}"
            f"  strict recall {by_type_strict[t] / max(1, by_type[t]):.3f}"
            f"  predicted {pred_type[t]:5}"
            f"  relaxed precision {pred_type_ok[t] / max(1, pred_type[t]):.3f}"
        )
    print(
        "value accuracy by extractor kind: "
        + ", ".join(f"{k} {by_kind_ok[k]}/{n}" for k, n in by_kind_pred.most_common())
    )
    words = sum(len(t.split()) for t in texts)
    print(
        f"speed: parse {parse_time:.1f}s, extraction {extract_time:.2f}s "
        f"({100 * extract_time / max(parse_time, 1e-9):.1f}% of parse) for {words} words"
    )
    if args.errors:
        for title, rows in (
            ("MISSED", misses),
            ("FALSE POSITIVE", false_pos),
            ("WRONG VALUE", wrong_values),
        ):
            print(f"\n== {title} ({len(rows)}) ==")
            for row in rows[: args.errors]:
                print("  " + row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
