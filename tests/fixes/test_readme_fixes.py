"""The README's ``--diff`` example is real output, like the tour above it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
COMMAND = "$ factcheck run --diff docs/examples/harbour-deal.txt\n"


def test_readme_diff_shows_real_output() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index(COMMAND) + len(COMMAND)
    shown = readme[start : readme.index("```", start)]
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "run", "--diff", "docs/examples/harbour-deal.txt"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 1
    assert proc.stdout + proc.stderr == shown, "README --diff example is stale: paste it again"
