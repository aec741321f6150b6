"""The consistency benchmark: planted inconsistencies, false alarms on originals, time share.

Three measurements for the FC5xx family, each on BBC, PolNeAR or GUM text
(``--source``), skipped cleanly when ``../shared/data`` is not there:

* ``--score``: plant inconsistencies of every kind of
  ``_planters_consistency.py`` (name variants, title, number, age, quotation
  and headline conflicts) into the articles, write gold files, and score
  ``factcheck run --select FC5`` with ``quality.py``'s own functions: recall
  per planted kind and variant;
* ``--originals``: run the family on the untouched articles and list every
  warning and error, with the rate per 1,000 words, for reading (verdicts go
  in ``benchmarks/verdicts/consistency.md``);
* ``--time``: the share of the family's rules in run time against parsing,
  in one process, on the untouched articles.

Usage::

    python benchmarks/plant_consistency.py --seed 7 --score                  # BBC
    python benchmarks/plant_consistency.py --seed 7 --source polnear --score --show-misses
    python benchmarks/plant_consistency.py --source bbc --originals
    python benchmarks/plant_consistency.py --source bbc --time
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _planters import Draft, Span
from _planters_consistency import (
    CATEGORY,
    MultiPlant,
    plant_age_conflict,
    plant_headline_name,
    plant_headline_number,
    plant_name,
    plant_name_initials,
    plant_number_conflict,
    plant_quote_conflict,
    plant_title_conflict,
)
from plant import plant_with, read_source

REPO = Path(__file__).resolve().parent.parent


def _data_folder() -> Path:
    """``shared/data`` beside the repository, or beside the folder of worktrees."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "data").is_dir():
            return base / "shared" / "data"
    return REPO.parent / "shared" / "data"


DATA = _data_folder()
SOURCES = {
    "bbc": DATA / "news_bbc_2004" / "texts",
    "gum": DATA / "pronoun_gum_news_train" / "gum_news_train.jsonl",
    "polnear": DATA / "attribution_polnear_train" / "polnear_train_docs.jsonl",
}
Planter = Callable[[Draft, random.Random], MultiPlant | None]
PLANTERS: dict[str, Planter] = {
    "name-hyphen": plant_name("name-hyphen"),  # type: ignore[dict-item]
    "name-spacing": plant_name("name-spacing"),  # type: ignore[dict-item]
    "name-diacritics": plant_name("name-diacritics"),  # type: ignore[dict-item]
    "name-transposition": plant_name("name-transposition"),  # type: ignore[dict-item]
    "name-dropped-letter": plant_name("name-dropped-letter"),  # type: ignore[dict-item]
    "name-initials": plant_name_initials,
    "title-conflict": plant_title_conflict,
    "number-conflict": plant_number_conflict,
    "age-conflict": plant_age_conflict,
    "headline-number": plant_headline_number,
    "headline-name": plant_headline_name,
    "quote-misquote": lambda d, rng: plant_quote_conflict(d, rng, "quote-misquote"),
    "quote-two-speakers": lambda d, rng: plant_quote_conflict(d, rng, "quote-two-speakers"),
}
#: Kinds whose sites are rare come first more often.
WEIGHTS = {
    "name-initials": 2.0,
    "name-hyphen": 3.0,
    "age-conflict": 6.0,
    "headline-number": 4.0,
    "number-conflict": 3.0,
    "quote-two-speakers": 3.0,
    "headline-name": 0.3,
}


def _use_this_python() -> None:
    """Score with this interpreter's factcheck, not whichever is first on PATH."""
    import quality

    def command(given: str | None) -> list[str]:
        return given.split() if given else [sys.executable, "-m", "factcheck"]

    quality.factcheck_command = command


def apply_multi(d: Draft, items: list[dict[str, Any]], plant: MultiPlant) -> bool:
    """Apply a plant's edits, keep earlier gold items in step; False if it would touch one."""
    for e in plant.edits:
        for it in items:
            if e.start < it["end"] and it["start"] < max(e.end, e.start + 1):
                return False
    order = sorted(range(len(plant.edits)), key=lambda i: -plant.edits[i].start)
    text = d.text
    for i in order:
        e = plant.edits[i]
        text = text[: e.start] + e.replacement + text[e.end :]
    gold = plant.edits[plant.gold]
    shift = sum(
        len(e.replacement) - (e.end - e.start)
        for i, e in enumerate(plant.edits)
        if i != plant.gold and e.start < gold.start
    )
    start = gold.start + shift + plant.gold_span[0]
    end = gold.start + shift + plant.gold_span[1]
    for it in items:
        delta = sum(
            len(e.replacement) - (e.end - e.start) for e in plant.edits if e.start <= it["start"]
        )
        it["start"] += delta
        it["end"] += delta
    d.text = text
    items.append(
        {
            "kind": "must",
            "categories": list(CATEGORY),
            "start": start,
            "end": end,
            "text": text[start:end],
            "why": plant.why,
            "planted": plant.kind,
            "variant": plant.variant,
        }
    )
    spans = [Span(it["start"], it["end"]) for it in items]
    d.busy = [b for b in d.blocks() if any(b.start < s.end and s.start < b.end for s in spans)]
    return True


def plant_article(text: str, rng: random.Random, n: int) -> tuple[str, list[dict[str, Any]]]:
    """Plant up to ``n`` consistency errors of different kinds; the new text and its items."""
    return plant_with(text, rng, n, PLANTERS, WEIGHTS, apply_multi)


def write_set(
    articles: Sequence[tuple[str, str]], out: Path, seed: int, source: str
) -> Counter[str]:
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.txt"), *out.glob("*.expected.json")]:
        old.unlink()
    counts: Counter[str] = Counter()
    for name, text in articles:
        rng = random.Random(f"{seed}:{name}")
        planted, items = plant_article(text, rng, rng.randint(1, 3))
        (out / name).write_text(planted, encoding="utf-8")
        if not items:
            continue
        counts.update(it["planted"] for it in items)
        gold = {
            "article": name,
            "generator": f"benchmarks/plant_consistency.py --seed {seed} --source {source}",
            "offsets": "Unicode code points into the file as read, end exclusive; line 1-based",
            "how_to_score": "A 'must' item is found when a finding of one of its categories "
            "overlaps [start,end).",
            "items": items,
        }
        (out / f"{name.removesuffix('.txt')}.expected.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return counts


def originals(source: Path, out: Path) -> None:
    """Every FC5xx warning and error on the untouched articles, for reading."""
    import quality

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    for name, text in read_source(source):
        (out / name).write_text(text, encoding="utf-8")
    report = quality.run_factcheck(quality.factcheck_command(None), out, "FC5", [])
    words = 0
    alarms: Counter[str] = Counter()
    infos = 0
    for doc in report.get("files", []):
        words += int(doc.get("words", 0))
        for f in doc.get("findings", []):
            if f["severity"] not in ("warning", "error"):
                infos += 1
                continue
            alarms[f["rule"]] += 1
            print(
                f"{Path(doc['path']).name}:{f['line']} {f['rule']} {f['severity']} "
                f"{f['excerpt'][:70]!r}\n    {f['message'][:240]}"
            )
    total = sum(alarms.values())
    print(
        f"\n{len(report.get('files', []))} articles, {words:,} words: {total} warnings/errors "
        f"({1000 * total / max(words, 1):.3f} per 1,000 words), {infos} info; by rule: "
        f"{dict(sorted(alarms.items()))}"
    )


def time_share(source: Path, limit: int | None) -> None:
    """Parse time, and the FC5xx rules' time, on the same articles, in one process.

    The rules run in one ``Session`` over a folder (batched parsing, as ``factcheck run``
    does), timed by a wrapper around ``factcheck_check_article``; the parse is timed
    alone with ``nlp.pipe`` on the same texts.
    """
    from factcheck import Rule, hookimpl
    from factcheck.engine.session import RunOptions, Session
    from factcheck.nlp import load_pipeline

    articles = read_source(source)[:limit]
    texts = [t for _, t in articles]
    nlp = load_pipeline()
    list(nlp.pipe(texts[:3]))
    t0 = time.perf_counter()
    list(nlp.pipe(texts))
    parse = time.perf_counter() - t0
    spent: dict[str, float] = {"rules": 0.0}

    class Timer:
        @hookimpl(wrapper=True)
        def factcheck_check_article(
            self, article: Any, rules: Sequence[Rule], contexts: Any, failures: Any
        ) -> Any:
            t = time.perf_counter()
            result = yield
            spent["rules"] += time.perf_counter() - t
            return result

    with tempfile.TemporaryDirectory() as tmp:
        for name, text in articles:
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        options = RunOptions(
            paths=[tmp], select=["FC5"], isolated=True, extra_plugins=[("timer", Timer())]
        )
        Session(options).run()
    print(
        f"{len(texts)} articles: parsing {parse:.2f} s, FC5xx rules {spent['rules']:.2f} s "
        f"= {100 * spent['rules'] / parse:.1f}% of parsing"
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--source", default="bbc", help="bbc, gum, polnear, a folder or a .jsonl")
    p.add_argument("--out", type=Path)
    p.add_argument("--limit", type=int)
    p.add_argument("--score", action="store_true")
    p.add_argument("--originals", action="store_true", help="list alarms on untouched articles")
    p.add_argument("--time", action="store_true", help="rules' share of run time vs parsing")
    p.add_argument("--show-misses", action="store_true")
    p.add_argument("--show-false-alarms", action="store_true")
    p.add_argument("--save", type=Path)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    _use_this_python()
    source = SOURCES.get(args.source, Path(args.source))
    if not source.exists():
        print(f"plant_consistency.py: source {source} not found; nothing to do.")
        return 0
    out = args.out or Path(tempfile.mkdtemp(prefix=f"factcheck-consistency-{args.seed}-"))
    if args.originals:
        originals(source, out)
        return 0
    if args.time:
        time_share(source, args.limit)
        return 0
    articles = read_source(source)[: args.limit]
    counts = write_set(articles, out, args.seed, args.source)
    print(f"planted {sum(counts.values())} inconsistencies into {out} (seed {args.seed})")
    for kind, n in sorted(counts.items()):
        print(f"  {kind:<22s} {n}")
    if args.score:
        from _scoring import score_folder

        args.select, args.family = "FC5", "consistency"
        score_folder(out, args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
