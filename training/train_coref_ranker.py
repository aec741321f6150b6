"""Train and evaluate a mention-ranking model for pronoun antecedents on GUM.

Does a small statistical ranker choose pronoun antecedents better than the
resolver's salience ranking? For every scored third-person pronoun (as in
``benchmarks/eval_coref_gum_open.py``: a gold mention of an entity mentioned
earlier) the candidates are the resolver's own agreeing candidates, recorded at
the moment it decides (number, binding, gender and animacy already applied;
best salience first). A candidate is correct when its mention overlaps an
earlier gold mention of the pronoun's entity. Features:
:class:`factcheck_rules.pronouns.analysis.ranker.Features` (the product's own
code; the resolver runs with ``USE_RANKER`` off here, so (a) is the salience
choice and the candidates are those of the salience run). Model: softmax over a
pronoun's candidates with a linear scorer on standardised features, full-batch
gradient descent in numpy, L2 penalty; trained on pronouns with at least one
correct candidate.

Every figure is on documents the model did not see:

* news (the genre the rules were tuned on): trained on all other genres, tested
  on the GUM open news documents and on ``pronoun_gum_news_train`` (scored as in
  ``benchmarks/eval_coref_gum.py``);
* the seven other genres: 2-fold by document (alternate documents of each genre),
  train on one half, test on the other, and swap.

(a) is the resolver's choice (the top salience candidate), (b) the ranker's
choice among the same candidates; "oracle" is the share with any correct
candidate; "all held-out" pools news and the two folds. "b-only"/"a-only"
count pronouns only one of them gets right; p is the two-sided exact sign (McNemar) test on those.

Run: ``python training/train_coref_ranker.py [--l2 X] [--weights] [--save PATH]``
(``--weights`` prints the weights of the model trained on all non-news documents;
``--save`` trains the shipped model on **all** GUM open documents, news included,
and nothing else, and writes it as JSON for
:meth:`~factcheck_rules.pronouns.analysis.ranker.Scorer.from_json`: ship it as
``rules/pronouns/analysis/data/ranker.json``).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "benchmarks"))

import eval_coref_gum  # noqa: E402
from _pronouns import data_dir, parsed  # noqa: E402
from eval_coref_gum_open import _GENDERED, gold_pronouns, read_gum  # noqa: E402
from factcheck_rules.pronouns.analysis import ranker, resolver  # noqa: E402
from factcheck_rules.pronouns.analysis.resolver import Analysis  # noqa: E402

if TYPE_CHECKING:
    from factcheck import Article, Span

L2 = 1e-2
STEPS = 1500
RATE = 0.5


class Recorder(Analysis):
    """The resolver, keeping each pronoun's agreeing candidates as it decides."""

    def __init__(self, article: Article) -> None:
        self.decided: dict[int, tuple[list[ranker.Ranked], list[list[float]]]] = {}
        self._features: ranker.Features | None = None
        self._recording = True
        super().__init__(article)
        self._recording = False

    def scores(self, pi: int, within: list[Span] | None = None) -> dict[int, tuple[float, int]]:
        out = super().scores(pi, within)
        if self._recording and within is None and pi not in self.decided:
            p = self.mentions[pi]
            ranked = sorted(
                ((s, e, ci) for e, (s, ci) in out.items() if self._agrees(p, pi, e)),
                reverse=True,
            )
            if self._features is None:
                self._features = ranker.Features(self)
            self.decided[pi] = ranked, self._features(pi, ranked)
        return out


@dataclass
class Item:
    """One scored pronoun: its document, whether he/she family, candidates and labels."""

    doc: str
    gendered: bool
    x: list[list[float]]
    y: list[bool]


def items(
    an: Recorder, doc: str, gold: Iterable[tuple[int, str, list[tuple[int, int]]]]
) -> list[Item]:
    """Items for the gold pronouns ``(start, word, earlier gold spans)`` of one document."""
    at = {m.start: i for i, m in enumerate(an.mentions) if m.pronoun is not None}
    out = []
    for start, word, earlier in gold:
        ranked, x = an.decided.get(at.get(start, -1), ([], []))
        y = []
        for _, _, ci in ranked:
            c = an.mentions[ci]
            y.append(any(a < c.end and c.start < b for a, b in earlier))
        out.append(Item(doc, word in _GENDERED, x, y))
    return out


def gum_open() -> dict[str, list[Item]]:
    """Items of the GUM open documents, by document id."""
    path = data_dir("ud-gum-open")
    if path is None:
        return {}
    docs = read_gum(path / "conllu" / "gum-open-train.conllu.gz")
    out = {}
    for doc, art in zip(docs, parsed([d.text for d in docs]), strict=True):
        if art.doc is None or art.prose != doc.text or art.text != doc.text:
            continue
        gold = ((s, word, earlier) for s, _, word, earlier in gold_pronouns(doc))
        out[doc.id] = items(Recorder(art), doc.id, gold)
    return out


def gum_news() -> list[Item]:
    """Items of ``pronoun_gum_news_train`` (scored as in ``eval_coref_gum.py``)."""
    path = data_dir("pronoun_gum_news_train")
    if path is None:
        return []
    docs = [json.loads(line) for line in (path / "gum_news_train.jsonl").open()]
    out: list[Item] = []
    for d, art in zip(docs, parsed([d["text"] for d in docs]), strict=True):
        if art.doc is None:
            continue
        gold = (
            (p["start"], p["pronoun"].lower(), [(m["start"], m["end"]) for m in ms])
            for p, ms in eval_coref_gum.gold_pronouns(d)
        )
        out += items(Recorder(art), d["doc_id"], gold)
    return out


# -- model ---------------------------------------------------------------------------
Model = ranker.Scorer


def choose(model: Model, x: list[list[float]]) -> int:
    """The model's choice among candidates ``x`` (ties: the first, i.e. the salience order)."""
    return int(np.argmax(model.score(x)))


def train(data: Sequence[Item], l2: float = L2) -> Model:
    """Softmax over each pronoun's candidates, linear scorer, gradient descent."""
    usable = [it for it in data if any(it.y)]
    rows = np.asarray([r for it in usable for r in it.x])
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale < 1e-6] = 1.0
    k = max(len(it.x) for it in usable)
    n, f = len(usable), rows.shape[1]
    x = np.zeros((n, k, f))
    mask = np.zeros((n, k), dtype=bool)
    pos = np.zeros((n, k), dtype=bool)
    for i, it in enumerate(usable):
        x[i, : len(it.x)] = (np.asarray(it.x) - mean) / scale
        mask[i, : len(it.x)] = True
        pos[i, : len(it.y)] = it.y
    w = np.zeros(f)
    velocity = np.zeros(f)
    for _ in range(STEPS):
        s = np.where(mask, x @ w, -np.inf)
        s -= s.max(axis=1, keepdims=True)
        e = np.exp(s)
        p_all = e / e.sum(axis=1, keepdims=True)
        e_pos = np.where(pos, e, 0.0)
        p_pos = e_pos / e_pos.sum(axis=1, keepdims=True)
        # d(-log sum_pos p)/ds = p_all - p_pos (the posterior over the correct candidates)
        grad = np.einsum("nk,nkf->f", p_all - p_pos, x) / n + l2 * w
        velocity = 0.9 * velocity - RATE * grad
        w += velocity
    return Model(mean, scale, w)


# -- report --------------------------------------------------------------------------
def sign_test(b: int, c: int) -> float:
    """Two-sided exact binomial p-value for ``b`` vs ``c`` discordant pairs."""
    n = b + c
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(min(b, c) + 1)) / (1 << n)
    return min(1.0, 2 * tail)


def report(label: str, models: list[Model], sets: list[list[Item]]) -> None:
    """Rows for gendered and all pronouns; ``models[k]`` is tested on ``sets[k]``."""
    for group in ("gendered", "all"):
        n = a = b = oracle = b_only = a_only = 0
        for m, its in zip(models, sets, strict=True):
            for it in its:
                if group == "gendered" and not it.gendered:
                    continue
                n += 1
                ok_a = bool(it.y) and it.y[0]
                ok_b = bool(it.y) and it.y[choose(m, it.x)]
                a, b, oracle = a + ok_a, b + ok_b, oracle + any(it.y)
                b_only, a_only = b_only + (ok_b and not ok_a), a_only + (ok_a and not ok_b)
        print(
            f"{label:<28}{group:<9}{a:>5}/{n:<5}{a / (n or 1):.3f}  {b:>5}/{n:<5}{b / (n or 1):.3f}"
            f"  {(b - a) / (n or 1) * 100:+5.1f}  {oracle / (n or 1):.3f}  {b_only:>4} {a_only:>4}"
            f"  {sign_test(b_only, a_only):.3f}"
        )


def save(model: Model, path: Path, l2: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {
        "about": "pronoun antecedent ranker (factcheck_rules.pronouns.analysis.ranker), "
        "trained by training/train_coref_ranker.py on all GUM open documents and nothing else",
        "format": ranker.FORMAT,
        "l2": l2,
        "features": ranker.feature_names(),
        "mean": [round(float(v), 6) for v in model.mean],
        "scale": [round(float(v), 6) for v in model.scale],
        "weights": [round(float(v), 6) for v in model.weights],
    }
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--save", type=Path, help="write the model trained on all documents here")
    ap.add_argument("--weights", action="store_true", help="print the non-news model's weights")
    ap.add_argument("--l2", type=float, default=L2, help=f"L2 penalty (default {L2})")
    args = ap.parse_args()
    resolver.USE_RANKER = False  # (a) is the salience choice; the candidates are its run's
    by_doc = gum_open()
    news_docs = sorted(d for d in by_doc if d.split("_")[1] == "news")
    other = sorted(d for d in by_doc if d.split("_")[1] != "news")
    folds: list[list[str]] = [[], []]
    for genre in sorted({d.split("_")[1] for d in other}):
        for n, d in enumerate(d for d in other if d.split("_")[1] == genre):
            folds[n % 2].append(d)
    flat = [[it for d in fold for it in by_doc[d]] for fold in folds]
    news = [it for d in news_docs for it in by_doc[d]]
    print(
        f"documents: {len(news_docs)} news, {len(folds[0])} + {len(folds[1])} other; "
        f"features {len(ranker.feature_names())}, L2 {args.l2}, {STEPS} steps"
    )
    full = train(flat[0] + flat[1], args.l2)
    per_fold = [train(flat[1], args.l2), train(flat[0], args.l2)]  # model k is tested on fold k
    head = f"{'test set':<28}{'group':<9}{'(a) salience':<17}{'(b) ranker':<17}"
    print(head + "  b-a pt oracle b-only a-only  p")
    report("GUM open news", [full], [news])
    report("pronoun_gum_news_train", [full], [gum_news()])
    report("other genres, 2-fold", per_fold, flat)
    report("all held-out", [full, *per_fold], [news, *flat])
    for genre in sorted({d.split("_")[1] for d in other}):
        per = [[it for d in fold if d.split("_")[1] == genre for it in by_doc[d]] for fold in folds]
        report(f"  {genre}", per_fold, per)
    if args.weights:
        for name, v in sorted(
            zip(ranker.feature_names(), full.weights, strict=True), key=lambda t: -abs(t[1])
        ):
            print(f"  {name:<22}{v:+.3f}")
    if args.save:
        save(train(news + flat[0] + flat[1], args.l2), args.save, args.l2)
        print(f"wrote {args.save}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
