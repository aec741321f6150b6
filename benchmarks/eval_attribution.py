"""Evaluate the attribution extractor and the FC4xx warnings on PolNeAR.

Reads ``../shared/data/attribution_polnear_train`` (relative to the repo root).
Figures:

* cue P/R/F1: a predicted cue is right when it overlaps a gold cue span;
  a gold cue is found when a predicted cue overlaps it;
* source P/R/F1: a predicted (cue, source) pair is right when one gold
  attribution has a cue overlapping the predicted cue and a source overlapping
  the predicted source; recall over gold attributions that have a source;
* span convention: the share of right cues and sources whose span is exactly
  the gold span (the scores above count overlap, so this says how far the
  extractor's span convention is from PolNeAR's, not how often it is right);
* warning precision: of the gold sentences that an attribution-category FC4xx
  warning (other than vague-attribution, which by definition flags attributed
  sentences; the quote rules judge marks, not sources) overlaps,
  the share that PolNeAR marks as outside any attribution.

Usage: ``python benchmarks/eval_attribution.py [--split dev|heldout|all] [--limit N]``.

The 210 documents are split deterministically into two halves: within each
publisher, documents sorted by id alternate DEV, HELD-OUT, DEV, ... Error
analysis (``--errors``) is for the DEV half only; the HELD-OUT half is only
measured, so that its figures say how the lexicon and parse rules generalise.
Set ``FACTCHECK_BENCH_CACHE`` to a folder to keep the parses between runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "attribution_polnear_train"


def split_of(docs: list[dict[str, Any]]) -> dict[str, str]:
    """``doc_id`` -> ``dev`` or ``heldout``: alternate within each publisher, by sorted id."""
    by_pub: dict[str, list[str]] = {}
    for d in docs:
        by_pub.setdefault(str(d.get("publisher", "")), []).append(d["doc_id"])
    out: dict[str, str] = {}
    for ids in by_pub.values():
        for i, doc_id in enumerate(sorted(ids)):
            out[doc_id] = "dev" if i % 2 == 0 else "heldout"
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_PLANTED = {"unclosed-quote", "quote-no-speaker"}


def _load(folder: Path) -> tuple[list[Path], list[Any]] | None:
    """The folder's .txt articles, read and parsed; None (with a message) when it is absent."""
    if not folder.exists():
        print(f"skipped: {folder} not found")
        return None
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _attribution import make_articles

    paths = sorted(folder.glob("*.txt"))
    return paths, make_articles([(str(p), p.read_text(encoding="utf-8")) for p in paths])


def injected(show: bool) -> None:
    """Recall on planted quotation errors; warnings per 1,000 words on untouched articles."""
    loaded = _load(DATA.parent / "injected_bbc_2004" / "articles")
    if loaded is None:
        return
    paths, articles = loaded
    from _attribution import run_family

    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    words = 0
    for path, article in zip(paths, articles, strict=True):
        gold_file = path.with_suffix(".expected.json")
        hits = run_family(article)
        if not gold_file.exists():
            words += article.words
            for h in hits:
                if h.severity >= 2:
                    alarms[h.name] += 1
                    if show:
                        print("ALARM", path.name, h.rule, repr(article.text[h.start : h.end][:120]))
            continue
        for item in json.loads(gold_file.read_text(encoding="utf-8"))["items"]:
            kind = item.get("planted", "")
            if kind not in _PLANTED:
                continue
            total[kind] += 1
            span = (item["start"], item["end"])
            if any(
                h.category in item["categories"] and _overlaps(span, (h.start, h.end)) for h in hits
            ):
                found[kind] += 1
            elif show:
                print("MISSED", path.name, kind, repr(item["text"][:100]))
    for kind in sorted(total):
        print(f"injected {kind}: found {found[kind]}/{total[kind]}")
    n = sum(alarms.values())
    print(
        f"untouched articles: {words} words, {n} warnings "
        f"({1000 * n / max(1, words):.3f} per 1,000 words) {dict(alarms)}"
    )


def clean(show: bool) -> None:
    """Warnings per 1,000 words on the 250 clean BBC articles (every one is a false alarm
    unless the copy really has the slip: read them)."""
    loaded = _load(DATA.parent / "news_bbc_2004" / "texts")
    if loaded is None:
        return
    paths, articles = loaded
    from _attribution import run_family

    alarms: Counter[str] = Counter()
    infos: Counter[str] = Counter()
    words = 0
    for path, article in zip(paths, articles, strict=True):
        words += article.words
        for h in run_family(article):
            if h.severity >= 2:
                alarms[h.name] += 1
                if show:
                    print("ALARM", path.name, h.rule, repr(article.text[h.start : h.end][:120]))
            else:
                infos[h.name] += 1
    n = sum(alarms.values())
    print(
        f"clean BBC: {len(paths)} articles, {words} words, {n} warnings "
        f"({1000 * n / max(1, words):.3f} per 1,000 words) {dict(alarms)}; info {dict(infos)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--split", choices=("dev", "heldout", "all"), default="dev", help="PolNeAR half to score"
    )
    parser.add_argument("--limit", type=int, default=0, help="evaluate only N documents")
    parser.add_argument("--errors", type=int, default=0, help="print N missed/false cues")
    parser.add_argument("--injected", action="store_true", help="only the injected BBC set")
    parser.add_argument("--clean", action="store_true", help="only the clean BBC set")
    args = parser.parse_args()
    if args.injected:
        injected(bool(args.errors))
        return 0
    if args.clean:
        clean(bool(args.errors))
        return 0
    docs_file = DATA / "polnear_train_docs.jsonl"
    if not docs_file.exists():
        print(f"skipped: {docs_file} not found (PolNeAR dev data is not available)")
        return 0
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _attribution import make_articles, run_family

    from factcheck.analysis.attribution.extractor import attributions

    docs = [json.loads(line) for line in docs_file.open(encoding="utf-8")]
    if args.split != "all":
        halves = split_of(docs)
        docs = [d for d in docs if halves[d["doc_id"]] == args.split]
    if args.limit:
        docs = docs[: args.limit]
    sentences: dict[str, list[dict[str, Any]]] = {}
    for line in (DATA / "polnear_train_sentences.jsonl").open(encoding="utf-8"):
        s = json.loads(line)
        sentences.setdefault(s["doc_id"], []).append(s)

    t0 = time.time()
    articles = make_articles(
        [(d["doc_id"], d["text"]) for d in docs], cache=f"polnear-{args.split}"
    )
    parse_time = time.time() - t0
    cue_tp_pred = cue_pred = cue_tp_gold = cue_gold = 0
    src_tp = src_pred = src_gold_found = src_gold = 0
    cue_exact = src_exact = 0
    missed: Counter[str] = Counter()
    spurious: Counter[str] = Counter()
    flagged = flagged_ok = 0
    flagged_by_rule: Counter[str] = Counter()
    bad_by_rule: Counter[str] = Counter()
    t1 = time.time()
    for doc, article in zip(docs, articles, strict=True):
        gold = doc["attributions"]
        gold_cues = [[(s["start"], s["end"]) for s in a["cue"]] for a in gold]
        gold_srcs = [[(s["start"], s["end"]) for s in a["source"]] for a in gold]
        pred = attributions(article)
        text = doc["text"]
        for p in pred:
            pc = (p.cue.start, p.cue.end)
            cue_pred += 1
            hit = [i for i, cs in enumerate(gold_cues) if any(_overlaps(pc, c) for c in cs)]
            if hit:
                cue_tp_pred += 1
                cue_exact += any(pc in gold_cues[i] for i in hit)
            else:
                spurious[p.lemma] += 1
            if p.source is not None:
                src_pred += 1
                ps = (p.source.start, p.source.end)
                if any(any(_overlaps(ps, s) for s in gold_srcs[i]) for i in hit):
                    src_tp += 1
                    src_exact += any(ps in gold_srcs[i] for i in hit)
        for cs, ss in zip(gold_cues, gold_srcs, strict=True):
            if not cs:
                continue
            cue_gold += 1
            matching = [p for p in pred if any(_overlaps((p.cue.start, p.cue.end), c) for c in cs)]
            if matching:
                cue_tp_gold += 1
            else:
                missed[" ".join(text[a:b] for a, b in cs).lower()] += 1
            if ss:
                src_gold += 1
                if any(
                    p.source is not None
                    and any(_overlaps((p.source.start, p.source.end), s) for s in ss)
                    for p in matching
                ):
                    src_gold_found += 1
        # sentences flagged at warning by the family
        findings = run_family(article)
        for s in sentences.get(doc["doc_id"], []):
            span = (s["start"], s["end"])
            rules = {
                f.rule
                for f in findings
                if f.severity >= 2
                and f.category == "attribution"
                and f.name != "vague-attribution"
                and _overlaps(span, (f.start, f.end))
            }
            if rules:
                flagged += 1
                for r in rules:
                    flagged_by_rule[r] += 1
                if not s["in_attribution"]:
                    flagged_ok += 1
                else:
                    for r in rules:
                        bad_by_rule[r] += 1
                    if args.errors:
                        print("FLAG-ATTRIBUTED", sorted(rules), s["text"][:160])
    check_time = time.time() - t1

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    cp = cue_tp_pred / max(1, cue_pred)
    cr = cue_tp_gold / max(1, cue_gold)
    sp = src_tp / max(1, src_pred)
    sr = src_gold_found / max(1, src_gold)
    print(
        f"PolNeAR train sample, split {args.split}: {len(docs)} documents, "
        f"{cue_gold} gold attributions"
    )
    print(f"cue     P {cp:.3f}  R {cr:.3f}  F1 {f1(cp, cr):.3f}")
    print(f"source  P {sp:.3f}  R {sr:.3f}  F1 {f1(sp, sr):.3f}")
    print(
        "span convention: of the right predictions, exact span "
        f"{cue_exact / max(1, cue_tp_pred):.2f} (cue), {src_exact / max(1, src_tp):.2f} (source)"
    )
    prec = flagged_ok / flagged if flagged else float("nan")
    print(
        f"sentences flagged at warning: {flagged}, outside any gold attribution: "
        f"{flagged_ok} (precision {prec:.3f}); by rule {dict(flagged_by_rule)}, "
        f"attributed by rule {dict(bad_by_rule)}"
    )
    print(f"parse {parse_time:.1f}s, extract+rules {check_time:.1f}s")
    if args.errors:
        print("most missed cues:", missed.most_common(args.errors))
        print("most spurious cue lemmas:", spurious.most_common(args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
