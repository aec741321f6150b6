"""Resolver quality on GUM news: is each pronoun joined to a mention of its gold entity?

Data: ``../shared/data/pronoun_gum_news_train`` (20 Wikinews documents with
gold coreference; see its README). For every referential third-person
pronoun with an earlier gold mention, the resolver's chosen antecedent counts
as correct when its span overlaps a gold mention of the pronoun's cluster that
starts before the pronoun. Reported for he/she-family pronouns (what FC2xx
judges) and for all third-person pronouns; a pronoun left unresolved counts
as wrong.

Run: ``python benchmarks/eval_coref_gum.py [-v]``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

from _pronouns import SKIPPED, data_dir, parsed

_GENDERED = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


def gold_pronouns(doc: dict[str, Any]) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """The scored pronouns of one document (referential, with an earlier mention of
    their cluster) and those earlier gold mentions."""
    for p in doc["pronouns"]:
        if p["referential"] and not p["cataphoric_or_first"]:
            ms = doc["mentions"]
            yield p, [m for m in ms if m["cluster"] == p["cluster"] and m["start"] < p["start"]]


def main() -> int:
    from factcheck_rules.pronouns.analysis.resolver import resolve

    path = data_dir("pronoun_gum_news_train")
    if path is None:
        return 0
    docs = [json.loads(line) for line in (path / "gum_news_train.jsonl").open()]
    tally = {"gendered": [0, 0], "all": [0, 0]}
    for d, art in zip(docs, parsed([d["text"] for d in docs]), strict=True):
        if art.doc is None:
            continue
        by_start = {r.pronoun.start: r for r in resolve(art)}
        for p, gold in gold_pronouns(d):
            r = by_start.get(p["start"])
            ok = bool(
                r is not None
                and r.antecedent is not None
                and any(
                    m["start"] < r.antecedent.end and r.antecedent.start < m["end"] for m in gold
                )
            )
            keys = ["all"] + (["gendered"] if p["pronoun"].lower() in _GENDERED else [])
            for k in keys:
                tally[k][0] += ok
                tally[k][1] += 1
            if "-v" in sys.argv and not ok and "gendered" in keys:
                got = r.antecedent.text if r is not None and r.antecedent is not None else None
                print(
                    f"  MISS {d['doc_id']} '{p['pronoun']}'@{p['start']}: "
                    f"gold {p['antecedent']['text']!r}, got {got!r}"
                )
    for k, (ok, n) in tally.items():
        print(f"GUM news pronoun->gold-entity accuracy ({k}): {ok}/{n} = {ok / (n or 1):.3f}")
    if SKIPPED:
        print(f"  ({len(SKIPPED)} texts skipped: the pipeline failed on them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
