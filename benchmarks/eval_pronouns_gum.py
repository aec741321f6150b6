"""Pronoun rules (FC2xx) on GUM news: false alarms on the originals, recall on flips.

Data: ``../shared/data/pronoun_gum_news_train`` (Wikinews texts with gold
antecedents and entity types). Three measurements:

1. originals: every FC2xx warning/error is a false alarm (per 200 third-person pronouns);
2. gender flips: each he/she-family pronoun whose gold entity is a person is
   flipped, one per variant, where the article establishes the gender (another
   pronoun of the same gender in the gold cluster); recall and precision;
3. non-person flips: "it"/"its" whose gold entity is an organisation or place
   turned into "he"/"his"; recall.

Run: ``python benchmarks/eval_pronouns_gum.py``.
"""

from __future__ import annotations

import json
import sys

from _pronouns import FLIP, PERSONAL, SKIPPED, data_dir, flipped, overlaps, parsed, run, splice

_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}


def _gender(word: str) -> str | None:
    low = word.lower()
    return "m" if low in _MALE else "f" if low in _FEMALE else None


def main() -> int:
    path = data_dir("pronoun_gum_news_train")
    if path is None:
        return 0
    docs = [json.loads(line) for line in (path / "gum_news_train.jsonl").open()]
    n_pron = sum(len(d["pronouns"]) for d in docs)
    originals = list(parsed([d["text"] for d in docs]))
    alarms = []
    for d, art in zip(docs, originals, strict=True):
        for h in run(art):
            if h.alarm:
                alarms.append((d["doc_id"], h))
    print(f"GUM news originals: {len(docs)} docs, {n_pron} third-person pronouns")
    print(f"  false alarms: {len(alarms)} = {200 * len(alarms) / n_pron:.2f} per 200 pronouns")
    for doc_id, h in alarms:
        print(f"    {doc_id} {h.rule} {h.severity.label}: {h.message[:110]}")

    gender_variants, body_variants = [], []
    for d, art in zip(docs, originals, strict=True):
        by_cluster: dict[int, list[str]] = {}
        for p in d["pronouns"]:
            by_cluster.setdefault(p.get("cluster", -1), []).append(p["pronoun"])
        for p in d["pronouns"]:
            low, typ = p["pronoun"].lower(), p.get("entity_type")
            tok = art.doc.char_span(p["start"], p["end"]) if art.doc is not None else None
            poss = bool(tok is not None and (tok[0].tag_ == "PRP$" or tok[0].dep_ != "nsubj"))
            if low in FLIP and typ == "person":
                g = _gender(low)
                others = by_cluster[p.get("cluster", -1)]
                if p.get("cluster") is None or sum(1 for w in others if _gender(w) == g) < 2:
                    continue  # the article does not establish the gender
                new = flipped(p["pronoun"], tok is not None and tok[0].tag_ == "PRP$", FLIP)
                gender_variants.append(splice(d["text"], p["start"], p["end"], new))
            elif low in PERSONAL and typ in ("organization", "place"):
                new = flipped(p["pronoun"], low == "it" and poss, PERSONAL)
                body_variants.append(splice(d["text"], p["start"], p["end"], new))
    for label, variants in (
        ("gender flips", gender_variants),
        ("it/its -> he/his for organisations and places", body_variants),
    ):
        found = other = 0
        for (text, s, e), art in zip(variants, parsed([v[0] for v in variants]), strict=True):
            hits = [h for h in run(art) if h.alarm]
            hit = any(overlaps(h, s, e) for h in hits)
            found += hit
            other += sum(1 for h in hits if not overlaps(h, s, e))
            if "-v" in sys.argv:
                print(
                    f"  {'HIT ' if hit else 'MISS'} {text[max(0, s - 150) : s]!r} [[{text[s:e]}]]"
                )
                for h in hits:
                    if not overlaps(h, s, e):
                        print(f"     OTHER {h.rule} {text[max(0, h.start - 80) : h.end + 20]!r}")
        n = len(variants) or 1
        precision = found / ((found + other) or 1)
        print(
            f"GUM {label}: {len(variants)} variants, recall {found / n:.3f} "
            f"({found}/{len(variants)}), precision {precision:.3f} ({other} other alarms)"
        )
    if SKIPPED:
        print(f"  ({len(SKIPPED)} texts skipped: the pipeline failed on them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
