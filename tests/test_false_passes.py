"""No false pass, and no file overwritten that the user did not name for writing.

A run that checked no file, or ran no rule, used to print "All clear" and exit 0;
``exclude`` dropped files named on the command line; ``--write-baseline`` rewrote
the baseline named in configuration; ``-o story.txt story.txt`` replaced the story
with its report. Each case runs the real command.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CLEAN_ARTICLE, DOUBLED_ARTICLE, RunCli, write

BASELINE = '{"version": 1, "tool": "factcheck", "findings": []}\n'


def test_a_folder_without_articles_is_an_error(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "desk" / "notes.rst", "Notes for the desk.\n")
    write(tmp_path / "desk" / "photo.jpg", b"\xff\xd8\xff\xe0")
    proc = run_cli("run", "desk")
    assert proc.returncode == 2, proc.stdout
    assert "desk: error: nothing to check: no file here with a supported suffix" in proc.stdout
    assert "All clear" not in proc.stdout


def test_exclude_never_drops_a_file_named_on_the_command_line(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nexclude = ["drafts/*"]\n')
    write(tmp_path / "drafts" / "story.txt", DOUBLED_ARTICLE)
    named = run_cli("run", "--select", "FC101", "drafts/story.txt")
    assert named.returncode == 1, named.stdout + named.stderr
    assert "FC101" in named.stdout
    walked = run_cli("run", "--select", "FC101", "drafts")
    assert walked.returncode == 2
    assert "1 matched `exclude`" in walked.stdout
    assert "All clear" not in walked.stdout


def test_allow_empty_accepts_a_run_with_nothing_to_check(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    proc = run_cli("run", "--allow-empty", "--format", "json", "desk")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["files"] == []
    text = run_cli("run", "--allow-empty", "desk")
    assert text.returncode == 0
    assert "Nothing checked" in text.stdout and "All clear" not in text.stdout


def test_a_selection_that_runs_no_rule_is_an_error(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "story.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--select", "FC101", "--ignore", "doubled-word", "story.txt")
    assert proc.returncode == 2
    assert "no rule is selected" in proc.stderr
    assert "All clear" not in proc.stdout


def test_write_baseline_never_rewrites_the_configured_baseline(
    run_cli: RunCli, tmp_path: Path
) -> None:
    baseline = write(tmp_path / "ci" / "baseline.json", BASELINE)
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nbaseline = "ci/baseline.json"\n')
    write(tmp_path / "story.txt", DOUBLED_ARTICLE)
    proc = run_cli("run", "--select", "FC101", "--write-baseline", "story.txt")
    assert proc.returncode == 2
    assert "--write-baseline needs --baseline FILE on the command line" in proc.stderr
    assert baseline.read_text(encoding="utf-8") == BASELINE
    named = run_cli(
        "run",
        "--select",
        "FC101",
        "--write-baseline",
        "--baseline",
        "ci/baseline.json",
        "story.txt",
    )
    assert named.returncode == 0, named.stderr
    assert json.loads(baseline.read_text(encoding="utf-8"))["findings"]


def test_the_report_never_overwrites_an_input(run_cli: RunCli, tmp_path: Path) -> None:
    story = write(tmp_path / "copy" / "story.txt", DOUBLED_ARTICLE)
    for args in (["-o", "copy/story.txt", "copy/story.txt"], ["-o", "copy/story.txt", "copy"]):
        proc = run_cli("run", "--select", "FC101", *args)
        assert proc.returncode == 2, args
        assert "--output copy/story.txt is one of the files to check" in proc.stderr
        assert story.read_text(encoding="utf-8") == DOUBLED_ARTICLE
    elsewhere = run_cli("run", "--select", "FC101", "-o", "report.txt", "copy/story.txt")
    assert elsewhere.returncode == 1
    assert "FC101" in (tmp_path / "report.txt").read_text(encoding="utf-8")
