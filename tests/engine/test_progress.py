"""The progress bar: on a terminal, for people's formats, for more than a few files."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.engine.articles import make_folder


def _stderr_on_a_terminal(args: list[str], cwd: Path) -> tuple[str, bytes]:
    """Run the CLI with standard error on a pseudo-terminal; return (stderr, stdout)."""
    leader, follower = pty.openpty()
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "100"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    stdout, _ = proc.communicate(timeout=300)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace"), stdout


def test_a_bar_on_a_terminal_for_text_output_only(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, count=4)
    args = ["run", "--no-cache", "--select", "FC101", str(folder)]
    err, out = _stderr_on_a_terminal(args, tmp_path)
    assert "factcheck:" in err and "12/12" in err and "file" in err
    assert b"FC101" in out and b"12/12" not in out
    err, _ = _stderr_on_a_terminal([*args, "--format", "json"], tmp_path)
    assert "12/12" not in err
    few, _ = _stderr_on_a_terminal([*args[:-1], str(folder / "a")], tmp_path)
    assert "2/2" not in few


def test_no_bar_when_standard_error_is_not_a_terminal(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, count=4)
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "run", "--no-cache", "--select", "FC101", str(folder)],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert proc.stderr.decode() == ""
