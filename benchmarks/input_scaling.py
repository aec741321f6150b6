"""How time and peak memory of ``factcheck run`` grow with the size of one input.

Why: a tool a newsroom runs on whatever lands in the copy folder must take time
and memory in proportion to the input, or one pasted-in novel, a page of
quotation marks or a giant table stalls CI for hours. Fuzzing found inputs where
they grew much faster (a 500 KB article: 207 s and 2.4 GB); the per-file size
limit and time budget (``max-file-size``, ``file-timeout``) must match what the
tool can really do. This prints, for generated inputs of 10 KB to 2 MB of four
shapes, the time and peak memory of a real run, and how fast each grows.

Shapes (all generated here, deterministic, no data files needed):

* ``prose``: news paragraphs with names, dates, figures, quotations and attributions;
* ``quotes``: the same kind of copy with a quotation (and a stray mark) in every sentence;
* ``table``: a Markdown table of one row per shipment;
* ``one-line``: prose with no line break at all (a pasted web page, a one-line HTML).

Each measurement is one fresh ``factcheck run`` process (limits raised through a
``--config`` file), so peak memory (``ru_maxrss`` of that process) includes the
loaded pipeline. Time is the process's processor time (user + system, from
``wait4``), as the ``file-timeout`` budget counts it: unlike the wall clock it
does not depend on what else the machine runs. Wall time is printed too. The
start-up cost (a 1 KB article) is subtracted from processor time before the
growth exponent is computed. An exponent near 1 between two
sizes means linear growth; near 2, quadratic. A run over ``--timeout`` seconds is
reported as such and the larger sizes of that shape are skipped.

Usage: python benchmarks/input_scaling.py [--sizes 10,50,100,500,1000,2000]
       [--shapes prose,quotes,table,one-line] [--timeout 600] [--select CODES]
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONE_CORE = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

_PEOPLE = ("Lena Berg", "Tomas Eriksen", "Amina Yusuf", "Pedro Alves", "Mei Tanaka")
_PLACES = ("the harbour", "the ferry terminal", "the north pier", "the island depot")
_SENTENCES = (
    "{p} said on {d} that freight through {w} had risen by {n}% since {y}.",
    "The port authority expects {n} more sailings next year, according to its annual report.",
    "{p}, who has run {w} since {y}, declined to comment on the new fees.",
    "Critics say the plan favours the largest shipping groups.",
    "The board will vote on the timetable on {d}, a spokesperson for {w} told reporters.",
    "Fuel costs doubled last winter because of the storms.",
)
_QUOTED = (
    "\u201cWe will not accept these terms,\u201d {p} said at {w} on {d}.",
    "\u201cThe fees are fair,\u201d said {p}. \u201cEvery operator pays the same.\u201d",
    "{p} called the plan \u2018a good start\u2019 and said the vote was \u201cclose\u201d.",
    '"Nobody asked the crews," a union official said. "Not once."',
    "\u201cWe have {n} ferries and no crews for half of them, {p} told the meeting.",
    "The minister\u2019s reply \u2013 \u201cnot now\u201d \u2013 angered the island councils.",
)


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        p=rng.choice(_PEOPLE),
        w=rng.choice(_PLACES),
        d=rng.choice(("Monday", "Tuesday", "3 May", "17 March 2024", "Friday")),
        n=rng.randint(2, 90),
        y=rng.randint(1998, 2023),
    )


def _paragraphs(size: int, templates: tuple[str, ...], seed: int) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = ["Harbour fees to rise as ferry crews walk out"]
    total = len(out[0])
    while total < size:
        para = " ".join(_fill(rng.choice(templates), rng) for _ in range(rng.randint(2, 4)))
        out.append(para)
        total += len(para.encode("utf-8")) + 2
    return out


def prose(size: int) -> tuple[str, str]:
    return ".txt", "\n\n".join(_paragraphs(size, _SENTENCES, 1)) + "\n"


def quotes(size: int) -> tuple[str, str]:
    return ".txt", "\n\n".join(_paragraphs(size, _QUOTED + _SENTENCES[:2], 2)) + "\n"


def one_line(size: int) -> tuple[str, str]:
    return ".txt", " ".join(_paragraphs(size, _SENTENCES + _QUOTED, 3)) + "\n"


def table(size: int) -> tuple[str, str]:
    rng = random.Random(4)
    lines = [
        "# Freight through the harbour",
        "",
        "Shipments recorded by the port authority, by vessel.",
        "",
        "| No. | Vessel | Cargo | Tonnes | Arrived |",
        "|---|---|---|---|---|",
    ]
    total = sum(len(x) + 1 for x in lines)
    row = 0
    while total < size:
        row += 1
        line = (
            f"| {row} | MV {rng.choice(_PEOPLE).split()[1]} {row % 97} | "
            f"{rng.choice(('timber', 'fish', 'cement', 'grain'))} | {rng.randint(40, 9000)} | "
            f"{rng.randint(1, 28)} March 2024 |"
        )
        lines.append(line)
        total += len(line) + 1
    return ".md", "\n".join(lines) + "\n"


SHAPES: dict[str, Callable[[int], tuple[str, str]]] = {
    "prose": prose,
    "quotes": quotes,
    "table": table,
    "one-line": one_line,
}


@dataclass
class Measure:
    cpu: float
    wall: float
    peak_mb: float
    exit_code: int
    timed_out: bool = False


def measure(path: Path, config: Path, timeout: float, select: str | None) -> Measure:
    """One ``factcheck run`` in a fresh process: wall time and that process's peak RSS."""
    args = [sys.executable, "-m", "factcheck", "run", "--config", str(config)]
    args += ["--format", "json", "--exit-zero", "-o", os.devnull, str(path)]
    if select:
        args[4:4] = ["--select", select]
    env = {**os.environ, **ONE_CORE}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            cpu = usage.ru_utime + usage.ru_stime
            return Measure(cpu, timeout, usage.ru_maxrss / 1024, -9, timed_out=True)
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        print(f"  ! exit {code} on {path.name}: {err.strip()[-300:]}", file=sys.stderr)
    cpu = usage.ru_utime + usage.ru_stime
    return Measure(cpu, elapsed, usage.ru_maxrss / 1024, code)


def _exponent(a: tuple[int, float], b: tuple[int, float]) -> float | None:
    """``k`` in ``value ~ size**k`` between two points; 1 is linear, 2 quadratic."""
    (s1, t1), (s2, t2) = a, b
    if t1 <= 0.05 or t2 <= 0.05:
        return None
    return math.log(t2 / t1) / math.log(s2 / s1)


def _growth(shape: str, points: list[tuple[int, float, float]]) -> str:
    """The closing note for one shape: how time and memory grow, and a verdict.

    The verdict goes by the steepest step between two consecutive sizes, not the
    average over the whole range, which would hide a path that only turns
    quadratic on the largest inputs. About linear: a steepest exponent below 1.3.
    """
    if len(points) < 2:
        return f"{shape}: too few sizes finished to tell"
    parts = []
    for label, index in (("time", 1), ("memory above start-up", 2)):
        steps = [
            k
            for a, b in itertools.pairwise(points)
            if (k := _exponent((a[0], a[index]), (b[0], b[index]))) is not None
        ]
        if not steps:
            continue
        overall = _exponent((points[0][0], points[0][index]), (points[-1][0], points[-1][index]))
        steepest = max(steps)
        verdict = "about linear" if steepest < 1.3 else "faster than linear"
        parts.append(
            f"{label} ~ size^{overall or 0:.2f} overall, steepest step ^{steepest:.2f} ({verdict})"
        )
    return f"{shape}, {points[0][0] // 1000} KB to {points[-1][0] // 1000} KB: " + "; ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,50,100,500,1000,2000", help="sizes in KB")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--timeout", type=float, default=900.0, help="wall seconds per run")
    parser.add_argument("--select", default=None, help="passed to factcheck run --select")
    args = parser.parse_args()
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    shapes = [s.strip() for s in args.shapes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        config = folder / "limits.toml"
        config.write_text(f"max-file-size = 100000000\nfile-timeout = {args.timeout * 10}\n")
        small = folder / "startup.txt"
        small.write_text(prose(1000)[1], encoding="utf-8")
        base = measure(small, config, args.timeout, args.select)
        print(
            f"start-up (1 KB article): {base.cpu:.1f} s processor time, {base.wall:.1f} s wall, "
            f"{base.peak_mb:.0f} MB peak\n"
        )
        print("| shape | size | CPU (s) | CPU less start-up (s) | wall (s) | peak memory (MB) |")
        print("|---|---:|---:|---:|---:|---:|")
        rows: dict[str, list[tuple[int, float, float]]] = {}
        for shape in shapes:
            for size in sizes:
                suffix, text = SHAPES[shape](size)
                path = folder / f"{shape}-{size}{suffix}"
                path.write_text(text, encoding="utf-8")
                m = measure(path, config, args.timeout, args.select)
                path.unlink()
                check = max(0.0, m.cpu - base.cpu)
                rows.setdefault(shape, []).append((size, check, m.peak_mb - base.peak_mb))
                wall = f"> {m.wall:.0f}" if m.timed_out else f"{m.wall:.1f}"
                print(
                    f"| {shape} | {size // 1000} KB | {m.cpu:.1f} | "
                    f"{'-' if m.timed_out else f'{check:.1f}'} | {wall} | {m.peak_mb:.0f} |",
                    flush=True,
                )
                if m.timed_out:
                    rows[shape].pop()
                    break
        print()
        for shape, points in rows.items():
            print(_growth(shape, points))


if __name__ == "__main__":
    main()
