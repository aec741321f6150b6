"""Clean-copy check: every warning or error on whole, untouched news articles.

Why a script of its own: the false-alarm goal of issue 12 (at most 0.1 per 1,000
words) is measured on original articles that no rule was tuned on, and every
alarm has to be *read* (clean copy carries real slips). This runs the real
command line once per source and lists each warning/error with file, rule,
line and excerpt, so the verdicts in ``benchmarks/verdicts/*.md`` can be kept
against a stable listing, then prints the rate per 1,000 words by rule.

Usage::

    python benchmarks/clean_copy.py --family garbled        # FC1xx on BBC + PolNeAR train
    python benchmarks/clean_copy.py --select FC102,FC103
    python benchmarks/clean_copy.py --family garbled --source bbc

Sources (relative to the repository root, skipped with a note when absent):
``bbc`` = ``../shared/data/news_bbc_2004/texts``, ``polnear`` = the ``text`` of
each line of ``../shared/data/attribution_polnear_train/polnear_train_docs.jsonl``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality
from _gold import ALARM_SEVERITIES, FAMILIES, FAMILY_ALIASES
from plant import read_source

#: ``shared/data`` beside the checkout, or beside the folder of worktrees.
SHARED = next(
    (d / "shared" / "data" for d in quality.REPO.parents if (d / "shared" / "data").is_dir()),
    quality.REPO.parent / "shared" / "data",
)
SOURCES = {
    "bbc": SHARED / "news_bbc_2004" / "texts",
    "polnear": SHARED / "attribution_polnear_train" / "polnear_train_docs.jsonl",
}


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    p.add_argument("--family", help="garbled, pronouns, dates, attribution, consistency")
    p.add_argument("--select", help="rule codes or prefixes (overrides --family)")
    p.add_argument(
        "--source", action="append", choices=sorted(SOURCES), help="default: every source"
    )
    p.add_argument("--quiet", action="store_true", help="figures only, no listing")
    return p.parse_args(argv)


def _excerpt(text: str, start: int, end: int, pad: int = 50) -> str:
    a, b = max(0, start - pad), min(len(text), end + pad)
    body = f"{text[a:start]}[[{text[start:end]}]]{text[end:b]}"
    return " ".join(body.split())


def check_source(
    name: str, path: Path, select: str | None, quiet: bool
) -> tuple[int, Counter[str]]:
    """Run factcheck over one source; (words, alarms per rule). Prints each alarm."""
    with tempfile.TemporaryDirectory(prefix=f"clean-{name}-") as tmp:
        folder = Path(tmp)
        for fname, text in read_source(path):
            (folder / fname).write_text(text, encoding="utf-8")
        report: dict[str, Any] = quality.run_factcheck(
            quality.factcheck_command(None), folder, select, []
        )
        words, per_rule = 0, Counter[str]()
        for doc in report.get("files", []):
            fname = Path(str(doc.get("path", ""))).name
            words += int(doc.get("words", 0))
            text = (folder / fname).read_text(encoding="utf-8")
            for f in doc.get("findings", []):
                if f.get("severity") not in ALARM_SEVERITIES:
                    continue
                per_rule[str(f.get("rule"))] += 1
                if not quiet:
                    line = text.count("\n", 0, f["start"]) + 1
                    print(
                        f"{name}/{fname}:{line} {f.get('rule')} "
                        f"{_excerpt(text, f['start'], f['end'])}"
                    )
    return words, per_rule


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    select = args.select
    if select is None and args.family:
        family = FAMILY_ALIASES.get(args.family.lower(), args.family.lower())
        select = FAMILIES[family][0]
    total_words, total = 0, Counter[str]()
    for name in args.source or sorted(SOURCES):
        path = SOURCES[name]
        if not path.exists():
            print(f"clean_copy.py: {path} not found, {name} skipped")
            continue
        words, per_rule = check_source(name, path, select, args.quiet)
        total_words += words
        total += per_rule
        n = sum(per_rule.values())
        rate = 1000 * n / words if words else 0.0
        print(f"== {name}: {n} alarms on {words} words ({rate:.3f} per 1,000) {dict(per_rule)}")
    if total_words:
        n = sum(total.values())
        print(
            f"== all: {n} alarms on {total_words} words "
            f"({1000 * n / total_words:.3f} per 1,000) {dict(sorted(total.items()))}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
