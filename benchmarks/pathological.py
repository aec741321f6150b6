"""Cost of inputs built to trigger superlinear behaviour, at doubling sizes.

Why: an archive holds the odd monster (a 50,000-word transcript, a results
table pasted as Markdown, a paragraph of scraped quotation marks, a minified
page on one line). Each must cost time roughly proportional to its size, or
be refused with a clear per-file error above ``max-file-size`` (5 MB by
default). For each shape this prints seconds per size and the ratio between
consecutive sizes: about 2 per doubling is linear, 4 quadratic.

Usage: python benchmarks/pathological.py [--scale 1.0] [--shapes long,table,...]
Runs in one process with the pipeline loaded once, one core. Times are CPU seconds of
this process (on a shared machine wall time mostly measures the neighbours).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
for _k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_k, "1")

_PARA = (
    'The council said on Tuesday that the plan, which "will cost £4m", was approved by '
    "Maria Lopez. She told reporters it would open in March 2024, a year late."
)


def long_article(n: int) -> tuple[str, str]:
    """``n`` paragraphs of ordinary news prose (~30 words each)."""
    return ".txt", "Council plan approved\n\n" + "\n\n".join(_PARA for _ in range(n)) + "\n"


def markdown_table(n: int) -> tuple[str, str]:
    """A Markdown table of ``n`` rows and 8 columns."""
    head = "| " + " | ".join(f"Col {i}" for i in range(8)) + " |\n|" + "---|" * 8 + "\n"
    rows = "".join(f"| {r} | Paris | 3.{r} | Smith | yes | 2024 | £{r} | ok |\n" for r in range(n))
    return ".md", "# Results\n\nThe table below lists results.\n\n" + head + rows


def quotation_marks(n: int) -> tuple[str, str]:
    """One paragraph holding ``n`` quotation marks, opened and closed at random-ish."""
    parts = []
    for i in range(n):
        parts.append('"word' if i % 3 else 'he said "')
    return ".txt", "Quotes\n\n" + " ".join(parts) + ".\n"


def one_line(n: int) -> tuple[str, str]:
    """A single line of ``n`` KB of words without a line break."""
    words = "the council met on Tuesday and agreed the plan "
    return ".txt", words * (n * 1024 // len(words))


SHAPES: dict[str, tuple[Callable[[int], tuple[str, str]], list[int], str]] = {
    "long": (long_article, [200, 400, 800], "paragraphs"),
    "table": (markdown_table, [500, 1000, 2000], "rows"),
    "quotes": (quotation_marks, [1000, 2000, 4000], "quotation marks"),
    "line": (one_line, [64, 128, 256], "KB on one line"),
}


def time_one(text: str, suffix: str, folder: Path) -> tuple[float, str]:
    """CPU seconds to check one file in this process (pipeline already loaded)."""
    from factcheck.engine.session import RunOptions, Session

    path = folder / f"input{suffix}"
    path.write_text(text, encoding="utf-8")
    session = Session(RunOptions(paths=[str(path)], isolated=True))
    t = time.process_time()
    result = session.run()
    dt = time.process_time() - t
    fr = result.files[0]
    status = fr.error or f"{len(fr.findings)} findings" + (", FAILED" if fr.failures else "")
    return dt, status


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size")
    ap.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shapes")
    args = ap.parse_args(argv)
    from factcheck.nlp import load_pipeline

    load_pipeline()  # not part of any file's time
    with tempfile.TemporaryDirectory() as tmp:
        time_one(_PARA, ".txt", Path(tmp))  # warm-up
        for name in args.shapes.split(","):
            make, sizes, unit = SHAPES[name]
            print(f"== {name} ({make.__doc__ or ''})")
            prev = None
            for size in (max(1, int(s * args.scale)) for s in sizes):
                suffix, text = make(size)
                dt, status = time_one(text, suffix, Path(tmp))
                ratio = f"x{dt / prev:.2f}" if prev else ""
                print(
                    f"  {size:>7} {unit:<15} {len(text):>9,} chars {dt:7.2f} s {ratio:>6} {status}"
                )
                prev = dt
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
