"""Gold files and scoring for ``benchmarks/quality.py``.

A gold file ``NAME.expected.json`` sits beside ``NAME.txt`` and lists items
(``kind`` must / may / must_not, ``categories``, ``start``/``end`` code-point
offsets into the article as read, ``why`` and, for planted errors, ``planted``).
Scoring follows the rule written into every gold file:

* a ``must`` item is found when a finding of one of its categories overlaps it;
* a finding of severity warning or error that overlaps a ``must_not`` item in
  one of its categories is a false alarm;
* ``may`` items are neither required nor false alarms;
* on an article with no gold file every warning or error is a false alarm
  (counted per 1,000 words, the figure a desk feels).

The scoring works on the JSON report of ``factcheck run --format json`` (the
versioned contract), so it does not depend on factcheck internals.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Severities that count against precision.
ALARM_SEVERITIES = frozenset({"warning", "error"})

#: Rule families: name -> (code prefix passed to ``--select``, categories they own).
FAMILIES: Mapping[str, tuple[str, frozenset[str]]] = {
    "garbled": ("FC1", frozenset({"garbled", "boilerplate"})),
    "pronouns": ("FC2", frozenset({"pronoun"})),
    "dates": ("FC3", frozenset({"date"})),
    "attribution": ("FC4", frozenset({"attribution", "quote"})),
    "consistency": ("FC5", frozenset({"consistency"})),
}
FAMILY_ALIASES: Mapping[str, str] = {
    "1": "garbled",
    "fc1": "garbled",
    "text": "garbled",
    "text-integrity": "garbled",
    "boilerplate": "garbled",
    "2": "pronouns",
    "fc2": "pronouns",
    "pronoun": "pronouns",
    "3": "dates",
    "fc3": "dates",
    "date": "dates",
    "4": "attribution",
    "fc4": "attribution",
    "quotes": "attribution",
    "quote": "attribution",
    "5": "consistency",
    "fc5": "consistency",
}

#: Words of a ``why`` that name the kind of an item without a ``planted`` field.
_WHY_KINDS: tuple[tuple[str, str], ...] = (
    (r"splic", "splice"),
    (r"truncat|cut off|ends on", "truncation"),
    (r"lower-?case", "lowercase-start"),
    (r"doubled|twice in a row", "doubled-word"),
    (r"mojibake|encoding|decoded", "mojibake"),
    (r"furniture|site name|boilerplate", "furniture"),
    (r"never closed|not closed|unclosed", "unclosed-quote"),
    (r"no speaker|without a speaker", "quote-no-speaker"),
    (r"weekday", "weekday-mismatch"),
    (r"impossible date|does not exist", "impossible-date"),
    (r"\ba country\b|should be 'it'", "country-he"),
    (r"contradicts|gender", "gender-flip"),
    (r"attributed quotation", "attributed-quote"),
    (r"date claim|relative date", "date-claim"),
)


@dataclass(frozen=True)
class Item:
    """One gold item of one article."""

    article: str
    kind: str
    categories: frozenset[str]
    start: int
    end: int
    label: str
    text: str
    why: str

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a code point with the item (or holds an empty one)."""
        if self.start == self.end:
            return start <= self.start <= end
        return start < self.end and self.start < end


@dataclass(frozen=True)
class Gold:
    """The gold file of one article."""

    article: str
    items: tuple[Item, ...]


def item_label(raw: Mapping[str, Any]) -> str:
    """The planted kind of an item: its ``planted`` field, or derived from ``why``."""
    planted = raw.get("planted")
    if planted:
        return str(planted)
    why = str(raw.get("why", "")).lower()
    for pattern, label in _WHY_KINDS:
        if re.search(pattern, why):
            return label
    cats = raw.get("categories") or ["other"]
    return f"{cats[0]}-other"


def load_gold(path: Path) -> Gold:
    """Read one ``NAME.expected.json``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    article = str(data.get("article") or path.name.removesuffix(".expected.json") + ".txt")
    items = tuple(
        Item(
            article=article,
            kind=str(raw["kind"]),
            categories=frozenset(raw.get("categories", [])),
            start=int(raw["start"]),
            end=int(raw["end"]),
            label=item_label(raw),
            text=str(raw.get("text", "")),
            why=str(raw.get("why", "")),
        )
        for raw in data.get("items", [])
    )
    return Gold(article=article, items=items)


def load_folder_gold(folder: Path) -> dict[str, Gold]:
    """Every gold file of a folder, keyed by the article's file name."""
    out: dict[str, Gold] = {}
    for path in sorted(folder.glob("*.expected.json")):
        gold = load_gold(path)
        out[os.path.basename(gold.article)] = gold
    return out


@dataclass
class Counts:
    """Found / total for one row of the recall table."""

    found: int = 0
    total: int = 0

    @property
    def recall(self) -> float | None:
        return self.found / self.total if self.total else None


@dataclass
class Scores:
    """Everything one benchmark run measured on one folder."""

    folder: str
    files: int = 0
    gold_files: int = 0
    clean_files: int = 0
    clean_words: int = 0
    recall_by_category: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    recall_by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    must_not_total: int = 0
    must_not_alarms: list[dict[str, Any]] = field(default_factory=list)
    clean_alarms: list[dict[str, Any]] = field(default_factory=list)
    misses: list[Item] = field(default_factory=list)
    rule_failures: list[str] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    @property
    def alarms_per_1k(self) -> float | None:
        return 1000 * len(self.clean_alarms) / self.clean_words if self.clean_words else None

    def clean_alarms_by_rule(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for f in self.clean_alarms:
            counts[f"{f['rule']} {f.get('name', '')}".strip()] += 1
        return dict(sorted(counts.items()))

    def figures(self) -> dict[str, Any]:
        """The figures as plain JSON (what ``--save`` writes, what ``--compare`` reads)."""

        def table(rows: Mapping[str, Counts]) -> dict[str, Any]:
            return {
                k: {"found": c.found, "total": c.total, "recall": c.recall}
                for k, c in sorted(rows.items())
            }

        return {
            "folder": self.folder,
            "files": self.files,
            "gold_files": self.gold_files,
            "clean_files": self.clean_files,
            "clean_words": self.clean_words,
            "recall_by_category": table(self.recall_by_category),
            "recall_by_kind": table(self.recall_by_kind),
            "must_not": {"total": self.must_not_total, "false_alarms": len(self.must_not_alarms)},
            "clean": {
                "false_alarms": len(self.clean_alarms),
                "per_1k_words": self.alarms_per_1k,
                "by_rule": self.clean_alarms_by_rule(),
            },
            "rule_failures": len(self.rule_failures),
        }


def _in_scope(categories: Iterable[str], scope: frozenset[str] | None) -> bool:
    return scope is None or bool(scope & set(categories))


def score(
    report: Mapping[str, Any],
    gold: Mapping[str, Gold],
    folder: str,
    *,
    categories: frozenset[str] | None = None,
) -> Scores:
    """Score one ``factcheck run --format json`` document against a folder's gold files.

    ``categories`` restricts both the gold items and the findings that count
    (``--family``/``--categories``); None means everything.
    """
    scores = Scores(folder=folder)
    for doc in report.get("files", []):
        name = os.path.basename(str(doc.get("path", "")))
        if doc.get("error"):
            scores.file_errors.append(f"{name}: {doc['error']}")
            continue
        scores.files += 1
        for failure in doc.get("failures", []):
            scores.rule_failures.append(f"{name}: {failure.get('rule')}: {failure.get('error')}")
        findings = [
            dict(f, path=name)
            for f in doc.get("findings", [])
            if _in_scope([f.get("category", "")], categories)
        ]
        article_gold = gold.get(name)
        if article_gold is None:
            scores.clean_files += 1
            scores.clean_words += int(doc.get("words", 0))
            scores.clean_alarms.extend(f for f in findings if f.get("severity") in ALARM_SEVERITIES)
            continue
        scores.gold_files += 1
        _score_article(scores, article_gold, findings, categories)
    return scores


def _score_article(
    scores: Scores,
    gold: Gold,
    findings: Sequence[Mapping[str, Any]],
    categories: frozenset[str] | None,
) -> None:
    for item in gold.items:
        if not _in_scope(item.categories, categories):
            continue
        hits = [
            f
            for f in findings
            if f.get("category") in item.categories
            and item.overlaps(int(f["start"]), int(f["end"]))
        ]
        if item.kind == "must":
            found = bool(hits)
            for cat in item.categories:
                if categories is None or cat in categories:
                    row = scores.recall_by_category[cat]
                    row.total += 1
                    row.found += found
            kind_row = scores.recall_by_kind[item.label]
            kind_row.total += 1
            kind_row.found += found
            if not found:
                scores.misses.append(item)
        elif item.kind == "must_not":
            scores.must_not_total += 1
            scores.must_not_alarms.extend(
                dict(f, item_text=item.text) for f in hits if f.get("severity") in ALARM_SEVERITIES
            )
