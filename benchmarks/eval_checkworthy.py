"""Evaluate the check-worthiness score on ClaimBuster; optionally refit it on CLEF-2019.

Reads ``../shared/data/checkworthy_claimbuster`` (evaluation) and, with
``--fit``, ``../shared/data/checkworthy_clef2019_train`` (fitting: a
class-balanced logistic regression over
:data:`factcheck_rules.attribution.analysis.checkworthy.FEATURES`, printed as a dict to
paste into ``WEIGHTS``). The two sets come from different debates and
annotation schemes, so the ClaimBuster figures are out-of-sample.

Figures: average precision of the score for label 1 (check-worthy factual
sentence), and P/R/F1 at the default threshold 0.5.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def average_precision(scores: list[float], labels: list[int]) -> float:
    """Non-interpolated AP (the mean of precision at each positive, ranked by score)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits = 0
    total = 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / max(1, sum(labels))


def _parse(texts: list[str]) -> list[object]:
    from factcheck.nlp import load_pipeline

    nlp = load_pipeline()
    return [doc[:] for doc in nlp.pipe(texts, batch_size=256)]


def fit(xs: list[dict[str, float]], ys: list[int], names: tuple[str, ...]) -> dict[str, float]:
    """Class-balanced logistic regression by gradient descent (L2 0.01)."""
    n_pos = sum(ys)
    n_neg = len(ys) - n_pos
    cw = {1: len(ys) / (2 * n_pos), 0: len(ys) / (2 * n_neg)}
    w = dict.fromkeys(names, 0.0)
    for _ in range(400):
        grad = dict.fromkeys(names, 0.0)
        for x, y in zip(xs, ys, strict=True):
            z = sum(w[k] * x[k] for k in names)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            for k in names:
                grad[k] += cw[y] * (p - y) * x[k]
        for k in names:
            w[k] -= 0.5 * (grad[k] / len(xs) + 0.01 * w[k] * (k != "bias"))
    return {k: round(v, 2) for k, v in w.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fit", action="store_true", help="refit the weights on CLEF-2019")
    args = parser.parse_args()
    cb = DATA / "checkworthy_claimbuster" / "claimbuster_2.5xNCS_sample3000.jsonl"
    if not cb.exists():
        print(f"skipped: {cb} not found (ClaimBuster dev data is not available)")
        return 0
    from factcheck_rules.attribution.analysis import checkworthy

    weights = dict(checkworthy.WEIGHTS)
    if args.fit:
        clef = DATA / "checkworthy_clef2019_train" / "clef2019_train_subset.jsonl"
        rows = [json.loads(line) for line in clef.open(encoding="utf-8")]
        sents = _parse([r["text"] for r in rows])
        xs = [checkworthy.features(s) for s in sents]  # type: ignore[arg-type]
        weights = fit(xs, [int(r["label"]) for r in rows], checkworthy.FEATURES)
        print("fitted on CLEF-2019:", weights)
    rows = [json.loads(line) for line in cb.open(encoding="utf-8")]
    t0 = time.time()
    sents = _parse([r["text"] for r in rows])
    scores = [checkworthy.score(s, weights) for s in sents]  # type: ignore[arg-type]
    elapsed = time.time() - t0
    labels = [int(r["label"]) for r in rows]
    ap = average_precision(scores, labels)
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= 0.5 and y)
    fp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= 0.5 and not y)
    fn = sum(1 for s, y in zip(scores, labels, strict=True) if s < 0.5 and y)
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"ClaimBuster sample: {len(rows)} sentences, {sum(labels)} check-worthy")
    print(f"average precision {ap:.3f} (base rate {sum(labels) / len(labels):.3f})")
    print(f"at threshold 0.5: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    print(f"parse + score {elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
