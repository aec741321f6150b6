"""The load benchmark, bounded for CI: every answer arrives and equals ``factcheck run``.

``benchmarks/load_server.py`` at full size (500 requests, 20 concurrent) is
for measuring; here a short run of the same code guards correctness under
concurrency (two worker processes, several requests in flight, mixed formats)
and checks that malformed and oversized requests get a 4xx while the server
stays up. No timing is asserted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import load_server


def test_bounded_load_none_lost_none_wrong() -> None:
    report = load_server.run(
        requests=48, concurrency=8, workers=2, single=3, sizes=("small", "medium")
    )
    assert report.problems == []
    assert (report.ok, report.lost, report.wrong) == (48, 0, 0)
    assert report.bad_requests == {
        "malformed JSON": 400,
        "oversized body": 413,
        "unknown option": 400,
        "wrong content type": 415,
        "LanguageTool without language": 400,
    }
