"""Shared fixtures: run the real command line in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

CLEAN_ARTICLE = """\
Council approves new budget for city libraries

The city council voted on Tuesday to increase funding for public libraries by 4%.

"Libraries are where our children learn to love reading," said Maria Lopez, who chairs the \
council's culture committee.

The new budget takes effect next month.
"""

DOUBLED_ARTICLE = CLEAN_ARTICLE.replace("to increase funding", "to to increase funding")

RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli(tmp_path: Path) -> RunCli:
    """Run ``python -m factcheck ARGS`` in ``cwd`` (default: an empty temp folder)."""

    def run(
        *args: str,
        cwd: Path | None = None,
        stdin: str | bytes | None = None,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
        full_env.pop("GITHUB_STEP_SUMMARY", None)
        if env and "GITHUB_STEP_SUMMARY" in env:
            full_env["GITHUB_STEP_SUMMARY"] = env["GITHUB_STEP_SUMMARY"]
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        proc = subprocess.run(
            [sys.executable, "-m", "factcheck", *args],
            cwd=cwd or tmp_path,
            input=data,
            capture_output=True,
            env=full_env,
            timeout=300,
        )
        return subprocess.CompletedProcess(
            proc.args,
            proc.returncode,
            proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"),
        )

    return run


def write(path: Path, text: str | bytes) -> Path:
    """Write a file, creating folders; bytes are written as is."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def plugin_module(tmp_path: Path, name: str, source: str) -> dict[str, str]:
    """Write a plugin module into ``tmp_path/plugins`` and return the env that finds it."""
    folder = tmp_path / "plugin_src"
    write(folder / f"{name}.py", source)
    paths: Sequence[str] = [str(folder), os.environ.get("PYTHONPATH", "")]
    return {"PYTHONPATH": os.pathsep.join(p for p in paths if p)}
