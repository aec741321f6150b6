"""Reports stay proportional to the findings, and a closed pipe is not a failure.

A 605 KB one-line HTML page with 20 findings gave 18 MB of text or SARIF: the
whole line was printed under every finding. ``factcheck run ... | head`` exited
3 with "format 'text' failed". Both run the real command on generated input.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import RunCli, write

#: What a window may hold: the span (cut to 200) and 120 characters either side, plus marks.
WINDOW = 120 + 200 + 120 + 2


def _one_line_page(findings: int) -> str:
    """A minified page: every paragraph on one line, a doubled word in some of them."""
    filler = "The ferry left the harbour on time and the crew reported calm seas all day. " * 40
    paragraphs = [
        f"<p>{filler}The the ferry number {i} docked at noon.</p>" for i in range(findings)
    ]
    return "<!doctype html><html><body><article>" + "".join(paragraphs) + "</article></body></html>"


def test_text_and_sarif_show_a_window_of_a_long_line(run_cli: RunCli, tmp_path: Path) -> None:
    page = write(tmp_path / "page.html", _one_line_page(20))
    assert len(page.read_text(encoding="utf-8")) > 60_000 and "\n" not in page.read_text()
    text = run_cli("run", "--select", "FC101", "page.html")
    assert text.returncode == 1, text.stderr
    source_lines = [ln for ln in text.stdout.splitlines() if ln.startswith("1 | ")]
    assert len(source_lines) == 20
    assert all(len(ln) <= len("1 | ") + WINDOW for ln in source_lines)
    assert all("The the ferry number" in ln and ln.startswith("1 | …") for ln in source_lines)
    assert len(text.stdout) < 20 * 1_500
    sarif = run_cli("run", "--select", "FC101", "--format", "sarif", "page.html")
    results = json.loads(sarif.stdout)["runs"][0]["results"]
    assert len(results) == 20
    for result in results:
        context = result["locations"][0]["physicalLocation"]["contextRegion"]
        assert "The the" in context["snippet"]["text"]
        assert len(context["snippet"]["text"]) <= 2 * 120 + 7
    assert sum(len(json.dumps(r)) for r in results) < 20 * 3_000


def test_a_short_line_is_still_shown_whole(run_cli: RunCli, tmp_path: Path) -> None:
    line = "The the ferry docked at noon after a calm crossing from the island."
    write(tmp_path / "story.txt", f"Ferry news\n\n{line}\n")
    proc = run_cli("run", "--select", "FC101", "story.txt")
    assert f"3 | {line}" in proc.stdout


def test_a_reader_that_stops_reading_is_not_a_failure(tmp_path: Path) -> None:
    """``factcheck run ... | head -1``: the exit code is the run's, with no traceback."""
    paragraphs = "\n\n".join(f"The the ferry number {i} left on time." for i in range(3000))
    write(tmp_path / "many.txt", f"Ferry news\n\n{paragraphs}\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "run", "--select", "FC101", "many.txt"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what head does after its line
    stderr = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=300) == 1, stderr
    assert first.startswith(b"many.txt:3:1: FC101")
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr and "failed" not in stderr
