"""The scoring of benchmarks/quality.py, on a made-up report and gold file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parents[3] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import _gold  # noqa: E402


def _finding(rule: str, category: str, start: int, end: int, severity: str = "warning") -> Any:
    return {
        "rule": rule,
        "name": rule.lower(),
        "category": category,
        "severity": severity,
        "start": start,
        "end": end,
        "line": 1,
        "excerpt": "x",
        "message": "m",
    }


def test_recall_false_alarms_and_kinds(tmp_path: Path) -> None:
    gold = {
        "article": "a.txt",
        "items": [
            {
                "kind": "must",
                "categories": ["garbled"],
                "start": 10,
                "end": 20,
                "planted": "splice",
                "why": "x",
            },
            {
                "kind": "must",
                "categories": ["boilerplate", "garbled"],
                "start": 40,
                "end": 55,
                "why": "Web page furniture left in the copy.",
            },
            {
                "kind": "must",
                "categories": ["quote", "garbled"],
                "start": 60,
                "end": 70,
                "why": "The quotation opened here is never closed.",
            },
            {"kind": "must_not", "categories": ["pronoun"], "start": 80, "end": 90, "why": "ok"},
            {"kind": "may", "categories": ["garbled"], "start": 0, "end": 5, "why": "maybe"},
        ],
    }
    (tmp_path / "a.expected.json").write_text(json.dumps(gold), encoding="utf-8")
    report = {
        "files": [
            {
                "path": "/x/a.txt",
                "words": 100,
                "error": None,
                "failures": [],
                "findings": [
                    _finding("FC102", "garbled", 15, 16),
                    _finding("FC106", "boilerplate", 40, 55),
                    _finding("FC201", "pronoun", 85, 86, "error"),
                    _finding("FC101", "garbled", 0, 3),
                ],
            },
            {
                "path": "/x/b.txt",
                "words": 2000,
                "error": None,
                "failures": [],
                "findings": [
                    _finding("FC104", "garbled", 1, 2),
                    _finding("FC301", "date", 5, 6, "info"),
                ],
            },
        ]
    }
    scores = _gold.score(report, _gold.load_folder_gold(tmp_path), "x")
    fig = scores.figures()
    assert fig["recall_by_kind"]["splice"]["found"] == 1
    assert fig["recall_by_kind"]["furniture"]["found"] == 1
    assert fig["recall_by_kind"]["unclosed-quote"] == {"found": 0, "total": 1, "recall": 0.0}
    assert fig["recall_by_category"]["garbled"]["total"] == 3
    assert fig["must_not"] == {"total": 1, "false_alarms": 1}
    assert fig["clean"]["false_alarms"] == 1  # the info finding does not count
    assert fig["clean"]["per_1k_words"] == 0.5

    only_garbled = _gold.score(
        report, _gold.load_folder_gold(tmp_path), "x", categories=frozenset({"garbled"})
    )
    assert only_garbled.figures()["must_not"]["total"] == 0
    assert "boilerplate" not in only_garbled.figures()["recall_by_category"]
