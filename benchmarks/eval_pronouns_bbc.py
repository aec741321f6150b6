"""Pronoun rules (FC2xx) on injected_bbc_2004: recall of planted pronoun errors, false alarms.

Until ``benchmarks/quality.py`` scores every family, this scores the pronoun
family alone: a planted ``pronoun`` item is found when an FC2xx finding
overlaps it; every FC2xx warning/error on an untouched article (no gold file)
is a false alarm, reported per 1,000 words.

Run: ``python benchmarks/eval_pronouns_bbc.py [-v]``.
"""

from __future__ import annotations

import json
import sys

from _pronouns import SKIPPED, data_dir, overlaps, parsed, run


def main() -> int:
    path = data_dir("injected_bbc_2004")
    if path is None:
        return 0
    files = sorted((path / "articles").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    must = found = alarms = words = 0
    for f, text, art in zip(files, texts, parsed(texts), strict=True):
        gold = f.with_name(f.stem + ".expected.json")
        hits = [h for h in run(art) if h.alarm]
        if not gold.exists():
            words += art.words
            alarms += len(hits)
            for h in hits:
                if "-v" in sys.argv:
                    print(
                        f"  FALSE? {f.name} {h.rule}: {text[max(0, h.start - 100) : h.end + 30]!r}"
                    )
            continue
        items = [i for i in json.loads(gold.read_text())["items"] if "pronoun" in i["categories"]]
        for i in items:
            must += 1
            hit = any(overlaps(h, i["start"], i["end"]) for h in hits)
            found += hit
            if "-v" in sys.argv:
                print(f"  {'HIT ' if hit else 'MISS'} {f.name}: {i['why']}")
    print(
        f"injected_bbc_2004 pronoun items: {must}, found {found}, recall {found / (must or 1):.3f}"
    )
    print(
        f"untouched articles: {words} words, {alarms} FC2xx alarms = "
        f"{1000 * alarms / (words or 1):.3f} per 1,000 words"
    )
    if SKIPPED:
        print(f"  ({len(SKIPPED)} texts skipped: the pipeline failed on them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
