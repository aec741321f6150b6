"""Words/s of ``factcheck archive`` on a local Dask cluster of 1, 2, ... worker processes.

Why: an archive run spreads partitions over long-lived workers that each load the
pipeline once; scaling efficiency (words/s with N workers, divided by N times the
words/s of one) shows what the partitioning and the scheduler cost. The issue's
target is >= 80% at 16 workers; a machine with fewer cores can only show 1 and 2
(worker counts above the available cores are skipped, not faked).

Usage: python benchmarks/scale_dask.py [--files F ...] [--limit 250] [--workers 1,2,4,8,16]
       [--partition-size 10]
The cluster's start is not timed; each worker's pipeline load is (the workers are
fresh). Corpus: ../shared/data/news_bbc_2004/texts/ unless --files is given.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "news_bbc_2004" / "texts"
for _k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_k, "1")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=250)
    ap.add_argument("--workers", default="1,2,4,8,16")
    ap.add_argument("--partition-size", type=int, default=10)
    args = ap.parse_args(argv)
    try:
        import distributed
    except ImportError:
        print('skipped: needs pip install "factcheck[archive]"')
        return 0
    from factcheck.archive.driver import run_archive
    from factcheck.engine.parallel import available_cores
    from factcheck.engine.session import RunOptions

    files = args.files or sorted(DEFAULT_CORPUS.glob("*.txt"))[: args.limit]
    if not files:
        print(f"skipped: no corpus at {DEFAULT_CORPUS} (use --files)")
        return 0
    cores = available_cores()
    counts = [int(n) for n in args.workers.split(",")]
    print(f"{len(files)} files, {cores} cores available; partitions of {args.partition_size}")
    print(f"{'workers':>7} {'words/s':>9} {'per worker':>10} {'efficiency':>10}  wall s")
    base: float | None = None
    for n in counts:
        if n > cores:
            print(f"{n:>7}  skipped: only {cores} cores here")
            continue
        with (
            tempfile.TemporaryDirectory() as tmp,
            distributed.LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
        ):
            t = time.perf_counter()
            summary, _ = run_archive(
                RunOptions(isolated=True),
                [str(f) for f in files],
                output=str(Path(tmp) / "out"),
                fmt="jsonl",
                scheduler=cluster.scheduler_address,
                partition_size=args.partition_size,
                echo=lambda _line: None,
            )
            wall = time.perf_counter() - t
        rate = summary.words_checked / wall
        base = base or rate
        print(f"{n:>7} {rate:>9,.0f} {rate / n:>10,.0f} {rate / (n * base):>9.0%}  {wall:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
