"""No single file, rule or plugin hook takes a run down, or hides other findings.

From fuzzing real copy: a Markdown file with CR-only line endings crashed the
whole run; FC104 raised IndexError on a paragraph of stray closing marks; a
third-party ``factcheck_article_start`` that raised lost every built-in finding
for the file without naming the hook. Each case runs the real command.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CLEAN_ARTICLE, DOUBLED_ARTICLE, RunCli, plugin_module, write


def _report(stdout: str) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(stdout)
    return report


def test_markdown_with_cr_only_line_endings_is_read(run_cli: RunCli, tmp_path: Path) -> None:
    """Classic Mac line endings: CommonMark counts a lone CR as a line ending."""
    text = (
        "# Ferry deal signed\r\rThe the minister signed the ferry deal on Tuesday.\r\r"
        "> A quote block\r"
    )
    write(tmp_path / "mac.md", text.encode("utf-8"))
    write(tmp_path / "good.txt", DOUBLED_ARTICLE)
    proc = run_cli("run", "--select", "FC101", "--format", "json", "mac.md", "good.txt")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    files = {f["path"]: f for f in _report(proc.stdout)["files"]}
    assert files["mac.md"]["error"] is None
    assert [f["excerpt"] for f in files["mac.md"]["findings"]] == ["The the"]
    assert files["good.txt"]["findings"]


@pytest.mark.parametrize("stray", ["”", '"', "’’", ")", "” )", "'\"”’)"])
def test_fc104_does_not_raise_on_a_paragraph_of_closing_marks(
    stray: str, run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "story.txt", f"Ferry deal signed\n\nThe minister signed it.\n\n{stray}\n")
    proc = run_cli("run", "--select", "FC104", "--format", "json", "story.txt")
    assert proc.returncode == 0, proc.stderr
    assert _report(proc.stdout)["files"][0]["failures"] == []


HOOKS_THAT_RAISE = textwrap.dedent(
    """
    from factcheck import hookimpl


    @hookimpl
    def factcheck_article_start(article, settings):
        raise RuntimeError("the precomputation broke")


    @hookimpl
    def factcheck_ignore_finding(finding, article, settings):
        raise KeyError("no such marker")


    @hookimpl
    def factcheck_article_finish(article, findings, settings, result):
        raise ValueError("statistics went wrong")
    """
)


def test_a_raising_hook_keeps_the_built_in_findings_and_names_the_hook(
    run_cli: RunCli, tmp_path: Path
) -> None:
    env = plugin_module(tmp_path, "broken_hooks", HOOKS_THAT_RAISE)
    write(tmp_path / "doubled.txt", DOUBLED_ARTICLE)
    write(tmp_path / "clean.txt", CLEAN_ARTICLE)
    proc = run_cli(
        "run", "-p", "broken_hooks", "--select", "FC101", "--format", "json", "doubled.txt",
        "clean.txt", env=env,
    )  # fmt: skip
    assert proc.returncode == 3
    files = {f["path"]: f for f in _report(proc.stdout)["files"]}
    assert [f["rule"] for f in files["doubled.txt"]["findings"]] == ["FC101"]
    for file in files.values():
        failures = {f["hook"]: f for f in file["failures"]}
        assert set(failures) == {
            "factcheck_article_start",
            "factcheck_ignore_finding",
            "factcheck_article_finish",
        } or (file["path"] == "clean.txt" and "factcheck_ignore_finding" not in failures)
        assert all(
            f["plugin"] == "broken_hooks" and f["rule"] == "(hook)" for f in failures.values()
        )
    start = files["doubled.txt"]["failures"][0]
    assert start["hook"] == "factcheck_article_start"
    assert start["error"].startswith("RuntimeError: the precomputation broke at ")
    assert "hook factcheck_article_start (plugin broken_hooks) failed on doubled.txt" in proc.stderr
    text = run_cli("run", "-p", "broken_hooks", "--select", "FC101", "doubled.txt", env=env)
    assert (
        "doubled.txt: plugin failure: the factcheck_article_start hook (plugin broken_hooks)"
        in (text.stdout)
    )


READER_THAT_RAISES = textwrap.dedent(
    """
    from factcheck import hookimpl


    @hookimpl(tryfirst=True)
    def factcheck_read_article(source, settings):
        if "ferry" in source.text:
            raise IndexError("the CMS export reader tripped")
        return None
    """
)


def test_a_reader_that_raises_on_one_file_leaves_the_others_and_falls_back(
    run_cli: RunCli, tmp_path: Path
) -> None:
    env = plugin_module(tmp_path, "cms_reader", READER_THAT_RAISES)
    write(tmp_path / "ferry.txt", "Ferry news\n\nThe the ferry left on time.\n")
    write(tmp_path / "doubled.txt", DOUBLED_ARTICLE)
    proc = run_cli(
        "run", "-p", "cms_reader", "--select", "FC101", "--format", "json", "ferry.txt",
        "doubled.txt", env=env,
    )  # fmt: skip
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    files = {f["path"]: f for f in _report(proc.stdout)["files"]}
    ferry = files["ferry.txt"]
    assert [f["excerpt"] for f in ferry["findings"]] == ["The the"]  # the built-in reader read it
    assert ferry["failures"][0]["rule"] == "(reader)"
    assert ferry["failures"][0]["hook"] == "factcheck_read_article"
    assert ferry["failures"][0]["plugin"] == "cms_reader"
    assert files["doubled.txt"]["failures"] == [] and files["doubled.txt"]["findings"]
