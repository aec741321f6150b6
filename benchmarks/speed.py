"""Speed of the shipped pipeline and of the whole ``factcheck run``, in one go.

Why: the product promises >= 5,000 words/s end to end on one core, and the pipeline is
most of that budget. Measuring load time, bare ``nlp.pipe`` throughput and the CLI on
the same texts in one run shows where time goes (the run/parse ratio).

``--jobs 1,2`` adds, for each worker count N, parsing alone in N processes (each
importing spaCy, loading the pipeline and parsing its share: what ``--jobs N`` cannot
beat) against ``factcheck run --jobs N`` as a whole process, start-up included; then
the result cache (a second run over unchanged files), the cold start of one article
against loading the pipeline alone, and the peak memory per worker. Figures are
ratios measured in the same run: on a shared machine absolute speeds mostly measure
the neighbours.

Usage: python benchmarks/speed.py [--files F ...] [--limit 100] [--model NAME_OR_PATH]
       [--jobs 1,2]
Default corpus: ../shared/data/news_bbc_2004/texts/ (first 100 files); skipped cleanly
if absent and no --files are given. Each process runs single-threaded.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "news_bbc_2004" / "texts"
ONE_CORE = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
for _k, _v in ONE_CORE.items():
    os.environ.setdefault(_k, _v)

_LOAD_PROBE = """
import sys, time, json
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
from factcheck.nlp import load_pipeline
nlp = load_pipeline(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None)
t2 = time.perf_counter()
print(json.dumps({"import_spacy": t1 - t0, "load": t2 - t1}))
"""
_CLI = "import sys; from factcheck.cli import main; sys.exit(main())"


def _env() -> dict[str, str]:
    env = dict(os.environ, **ONE_CORE)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def measure_load(model: str | None, repeats: int = 3) -> dict[str, float]:
    """Best-of-N time of ``import spacy`` and of loading the pipeline, each in a fresh process."""
    import json

    best: dict[str, float] = {}
    for _ in range(repeats):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD_PROBE, model or ""],
            capture_output=True,
            text=True,
            env=_env(),
            check=True,
        )
        res = json.loads(out.stdout.strip().splitlines()[-1])
        for k, v in res.items():
            best[k] = min(best.get(k, v), v)
    return best


def measure_pipe(model: str | None, texts: list[str]) -> tuple[int, float, float]:
    """(words, wall s, CPU s) of ``nlp.pipe`` over ``texts`` in this process, after a warm-up.

    CPU time is reported too because on a shared machine wall time mostly measures
    the neighbours.
    """
    from factcheck.nlp import load_pipeline

    nlp = load_pipeline(model)
    list(nlp.pipe(texts[:3]))
    t, c = time.perf_counter(), time.process_time()
    words = sum(sum(1 for tok in doc if not tok.is_space) for doc in nlp.pipe(texts))
    return words, time.perf_counter() - t, time.process_time() - c


def cli_available() -> bool:
    try:
        out = subprocess.run(
            [sys.executable, "-c", _CLI, "--help"], capture_output=True, text=True, env=_env()
        )
    except OSError:
        return False
    return out.returncode == 0


def measure_cli(path: Path) -> tuple[float, int, str]:
    """Wall time of a whole ``factcheck run --format json PATH`` process."""
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _CLI, "run", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        env=_env(),
    )
    return time.perf_counter() - t, out.returncode, out.stderr[-500:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", nargs="*", type=Path, help="text files (default: BBC corpus)")
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--model", default=None, help="model name or path (default: shipped)")
    ap.add_argument("--jobs", default="", help="worker counts to compare, e.g. 1,2")
    args = ap.parse_args(argv)
    if args.jobs:
        from speed_jobs import compare_jobs

        files = list(args.files) if args.files else sorted(DEFAULT_CORPUS.glob("*.txt"))
        return compare_jobs(files[: args.limit], [int(j) for j in args.jobs.split(",")], _env())

    if args.files:
        files = list(args.files)
    elif DEFAULT_CORPUS.is_dir():
        files = sorted(DEFAULT_CORPUS.glob("*.txt"))[: args.limit]
    else:
        print(f"skipped: corpus not found at {DEFAULT_CORPUS} (use --files)")
        return 0
    texts = [f.read_text(encoding="utf-8") for f in files]

    load = measure_load(args.model)
    print(f"import spacy:            {load['import_spacy']:.3f} s")
    print(f"load pipeline (no import): {load['load']:.3f} s")

    words, secs, cpu = measure_pipe(args.model, texts)
    parse_wps = words / secs
    print(f"nlp.pipe: {len(texts)} texts, {words} words in {secs:.2f} s = {parse_wps:,.0f} words/s")
    print(f"nlp.pipe CPU time: {cpu:.2f} s = {words / cpu:,.0f} words per CPU-second")
    print(f"load average now: {os.getloadavg()[0]:.2f} (other processes skew wall times)")

    if not cli_available():
        print("factcheck CLI not runnable yet: skipping the `factcheck run` measurements")
        return 0
    one = files[0]
    one_words = sum(1 for w in texts[0].split())
    dt, rc, err = measure_cli(one)
    print(f"factcheck run (1 file, {one_words} ws-words): {dt:.2f} s, exit {rc}")
    if rc not in (0, 1):
        print(f"  stderr: {err}")
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            shutil.copy(f, Path(tmp) / f.name)
        dt, rc, err = measure_cli(Path(tmp))
    run_wps = words / dt
    print(
        f"factcheck run ({len(files)} files): {dt:.2f} s, exit {rc} = {run_wps:,.0f} words/s "
        f"(whole process incl. start-up)"
    )
    if rc not in (0, 1):
        print(f"  stderr: {err}")
    print(f"ratio run/parse speed: {run_wps / parse_wps:.2f}")
    startup = load["import_spacy"] + load["load"]
    if dt > startup:
        net = words / (dt - startup)
        print(f"run words/s excluding start-up: {net:,.0f} (ratio {net / parse_wps:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
