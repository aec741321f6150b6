"""Pronoun rules (FC2xx) on clean copy: every warning and error on untouched news.

The issue's precision target: on all 250 BBC originals
(``../shared/data/news_bbc_2004/texts``) and all 210 PolNeAR train originals
(``../shared/data/attribution_polnear_train/polnear_train_docs.jsonl``) every
FC2xx warning or error is listed so that a person can read it; the verdict for
each one (real slip or false alarm) is kept in ``benchmarks/verdicts/pronouns.md``.
The rate is per 1,000 words; the target is at most 0.02 false alarms.

Run: ``python benchmarks/eval_pronouns_clean.py [-v]`` (``-v`` prints each alarm
with its context).
"""

from __future__ import annotations

import json
import sys

from _pronouns import SKIPPED, data_dir, parsed, run


def _texts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    bbc = data_dir("news_bbc_2004")
    if bbc is not None:
        out += [
            (f"bbc/{f.name}", f.read_text(encoding="utf-8"))
            for f in sorted((bbc / "texts").glob("*.txt"))
        ]
    pol = data_dir("attribution_polnear_train")
    if pol is not None:
        with (pol / "polnear_train_docs.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                out.append((f"polnear/{d['doc_id']}", d["text"]))
    return out


def main() -> int:
    items = _texts()
    if not items:
        return 0
    words = alarms = 0
    for (name, text), art in zip(items, parsed([t for _, t in items]), strict=True):
        words += art.words
        for h in run(art):
            if not h.alarm:
                continue
            alarms += 1
            ctx = text[max(0, h.start - 160) : h.end + 40].replace("\n", " ")
            print(
                f"ALARM {name} {h.rule} {h.severity.name} @{h.start} "
                f"'{text[h.start : h.end]}': ...{ctx}..."
            )
            if "-v" in sys.argv:
                print(f"    {h.message}")
    print(
        f"clean copy: {len(items)} texts, {words} words, {alarms} FC2xx alarms = "
        f"{1000 * alarms / (words or 1):.3f} per 1,000 words"
    )
    if SKIPPED:
        print(f"  ({len(SKIPPED)} texts skipped: the pipeline failed on them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
