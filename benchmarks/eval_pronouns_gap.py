"""Pronoun rules (FC2xx) on GAP: false alarms on the snippets, recall on gender flips.

Data: ``../shared/data/pronoun_gap_dev`` (Wikipedia snippets, one target
pronoun each). Originals: an item is a false alarm when any FC2xx warning or
error is raised anywhere in it (and, separately, on the target pronoun).
Flips: the target pronoun's gender is flipped; recall = a finding overlaps it.

Run: ``python benchmarks/eval_pronouns_gap.py [--limit N]``.
"""

from __future__ import annotations

import json
import sys

from _pronouns import FLIP, SKIPPED, data_dir, flipped, overlaps, parsed, run, splice


def main() -> int:
    path = data_dir("pronoun_gap_dev")
    if path is None:
        return 0
    items = [json.loads(line) for line in (path / "gap_dev.jsonl").open()]
    if "--limit" in sys.argv:
        items = items[: int(sys.argv[sys.argv.index("--limit") + 1])]
    any_alarm = on_target = alarms = words = 0
    variants = []
    for item, art in zip(items, parsed([i["text"] for i in items]), strict=True):
        s, e = item["pronoun_start"], item["pronoun_end"]
        hits = [h for h in run(art) if h.alarm]
        any_alarm += bool(hits)
        alarms += len(hits)
        words += art.words
        if "-v" in sys.argv:
            for h in hits:
                t = item["text"]
                before = t[max(0, h.start - 160) : h.start]
                print(f"  ALARM {h.rule} {before!r} [[{t[h.start : h.end]}]]")
        on_target += any(overlaps(h, s, e) for h in hits)
        tok = art.doc.char_span(s, e) if art.doc is not None else None
        if item["pronoun"].lower() in FLIP:
            new = flipped(item["pronoun"], tok is not None and tok[0].tag_ == "PRP$", FLIP)
            variants.append(splice(item["text"], s, e, new))
    n = len(items) or 1
    print(
        f"GAP originals: {len(items)} items; items with a false alarm: {any_alarm} "
        f"({100 * any_alarm / n:.2f}%); on the target pronoun: {on_target} "
        f"({100 * on_target / n:.2f}%); {alarms} alarms in {words} words = "
        f"{1000 * alarms / (words or 1):.3f} per 1,000 words"
    )
    found = other = 0
    for (_text, s, e), art in zip(variants, parsed([v[0] for v in variants]), strict=True):
        hits = [h for h in run(art) if h.alarm]
        found += any(overlaps(h, s, e) for h in hits)
        other += sum(1 for h in hits if not overlaps(h, s, e))
    m = len(variants) or 1
    print(
        f"GAP gender flips: {len(variants)} items, recall {found / m:.3f} ({found}), "
        f"precision {found / ((found + other) or 1):.3f} ({other} other alarms)"
    )
    if SKIPPED:
        print(f"  ({len(SKIPPED)} texts skipped: the pipeline failed on them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
