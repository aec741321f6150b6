"""The baseline through the real host: write it, rerun, edit, move around, break it."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck import Article, Finding, Rule, RunResult, Severity, hookimpl
from factcheck.engine.config import ConfigError
from factcheck.engine.session import RunOptions, Session
from factcheck.host.baseline import BaselineEntry, BaselinePlugin, load_baseline, relative_path
from tests.word_rules import word_rule

Banana = word_rule("TS101", "banana-word", "banana", Severity.ERROR)
Cherry = word_rule("TS102", "cherry-word", "cherry", Severity.ERROR)


class TestRules:
    @hookimpl
    def factcheck_register_rules(self) -> Sequence[type[Rule]]:
        return [Banana, Cherry]


STORY = (
    "# Fruit prices climb\n"
    "\n"
    "The price of a banana rose again on Monday, traders said.\n"
    "\n"
    "A cherry costs more than a banana now.\n"
)


def session(paths: Sequence[str | Path], **options: Any) -> Session:
    return Session(
        RunOptions(
            paths=[str(p) for p in paths],
            extra_plugins=[("test-rules", TestRules())],
            load_entry_points=False,
            isolated=True,
            **options,
        )
    )


def run(paths: Sequence[str | Path], **options: Any) -> RunResult:
    result = session(paths, **options).run()
    assert not result.failures, result.failures
    assert not [f.error for f in result.files if f.error]
    return result


def baseline_plugin(s: Session) -> BaselinePlugin:
    plugin = s.pm.get_plugin("factcheck.baseline")
    assert isinstance(plugin, BaselinePlugin)
    return plugin


def found(result: RunResult) -> list[tuple[str, int, str]]:
    return [(Path(f.path).name, f.line, f.excerpt) for f in result.findings]


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An archive of two stories and a CI folder for the baseline; cwd is the archive."""
    root = tmp_path / "archive"
    (root / "2023").mkdir(parents=True)
    (root / "ci").mkdir()
    (root / "2023" / "fruit.md").write_text(STORY, encoding="utf-8")
    (root / "2023" / "cherries.txt").write_text("Cherry season.\n\nA cherry.\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def write(paths: Sequence[str | Path], baseline: str | Path) -> RunResult:
    return run(paths, baseline=str(baseline), write_baseline=True)


# -- the file -----------------------------------------------------------------------------


def test_write_baseline_records_every_finding_sorted_and_relative(archive: Path) -> None:
    result = write(["2023"], "ci/baseline.json")
    assert len(result.findings) == 5  # in write mode nothing is dropped
    data = json.loads((archive / "ci" / "baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["tool"] == "factcheck"
    entries = data["findings"]
    assert [(e["path"], e["line"], e["rule"], e["excerpt"]) for e in entries] == [
        ("../2023/cherries.txt", 1, "TS102", "Cherry"),
        ("../2023/cherries.txt", 3, "TS102", "cherry"),
        ("../2023/fruit.md", 3, "TS101", "banana"),
        ("../2023/fruit.md", 5, "TS101", "banana"),
        ("../2023/fruit.md", 5, "TS102", "cherry"),
    ]
    assert list(entries[0]) == ["path", "rule", "fingerprint", "excerpt", "line"]
    assert all(re.fullmatch(r"[0-9a-f]{20}", e["fingerprint"]) for e in entries)


def test_writing_twice_gives_the_same_bytes(archive: Path) -> None:
    write(["2023"], "ci/baseline.json")
    first = (archive / "ci" / "baseline.json").read_bytes()
    write(["2023/fruit.md", "2023/cherries.txt"], archive / "ci" / "baseline.json")
    assert (archive / "ci" / "baseline.json").read_bytes() == first


def test_write_mode_ignores_a_broken_existing_file(archive: Path) -> None:
    (archive / "ci" / "baseline.json").write_text("{not json", encoding="utf-8")
    write(["2023"], "ci/baseline.json")
    assert len(load_baseline(archive / "ci" / "baseline.json")) == 5


def test_write_mode_creates_missing_folders(archive: Path) -> None:
    write(["2023"], "new/deeper/baseline.json")
    assert (archive / "new" / "deeper" / "baseline.json").is_file()


def test_unwritable_baseline_is_a_config_error(archive: Path) -> None:
    (archive / "ci" / "taken").mkdir()
    with pytest.raises(ConfigError, match="cannot write baseline"):
        session(["2023"], baseline="ci/taken", write_baseline=True).run()


# -- matching ------------------------------------------------------------------------------


def test_round_trip_reports_nothing(archive: Path) -> None:
    write(["2023"], "ci/baseline.json")
    s = session(["2023"], baseline="ci/baseline.json")
    assert s.run().findings == []
    assert baseline_plugin(s).unused() == []


def test_edit_above_keeps_old_findings_matched(archive: Path) -> None:
    write(["2023"], "ci/baseline.json")
    edited = STORY.replace(
        "# Fruit prices climb\n\n",
        "# Fruit prices climb again\n\nMarkets opened late after a long weekend.\n\n"
        "Traders blamed the weather.\n\n",
    )
    (archive / "2023" / "fruit.md").write_text(edited, encoding="utf-8")
    assert found(run(["2023"], baseline="ci/baseline.json")) == []


def test_a_new_problem_is_the_only_one_reported(archive: Path) -> None:
    write(["2023"], "ci/baseline.json")
    edited = STORY + "\nShoppers switched to the banana split.\n"
    (archive / "2023" / "fruit.md").write_text("Intro.\n\n" + edited, encoding="utf-8")
    assert found(run(["2023"], baseline="ci/baseline.json")) == [("fruit.md", 9, "banana")]


def test_a_fixed_problem_leaves_an_unused_entry(archive: Path) -> None:
    write(["2023"], "ci/baseline.json")
    (archive / "2023" / "cherries.txt").write_text("Cherry season.\n\nA plum.\n", encoding="utf-8")
    s = session(["2023"], baseline="ci/baseline.json")
    assert s.run().findings == []
    plugin = baseline_plugin(s)
    assert [(e.path, e.line, e.excerpt) for e in plugin.unused()] == [
        ("../2023/cherries.txt", 3, "cherry"),
    ]


def test_the_baseline_works_from_any_working_directory(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(["2023"], "ci/baseline.json")  # written from the archive root, relative paths
    monkeypatch.chdir(archive / "2023")
    assert run(["fruit.md", "cherries.txt"], baseline="../ci/baseline.json").findings == []
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = run([archive / "2023"], baseline=str(archive / "ci" / "baseline.json"))
    assert result.findings == []


def test_a_moved_file_no_longer_matches(archive: Path) -> None:
    write(["2023"], "ci/baseline.json")
    (archive / "2023" / "cherries.txt").rename(archive / "2023" / "renamed.txt")
    assert [f for _, _, f in found(run(["2023"], baseline="ci/baseline.json"))] == [
        "Cherry",
        "cherry",
    ]


def test_entries_are_a_multiset() -> None:
    plugin = BaselinePlugin()
    finding = Finding(
        path="a.md",
        rule="TS101",
        name="banana-word",
        category="garbled",
        severity=Severity.ERROR,
        message="m",
        start=0,
        end=6,
        line=1,
        column=1,
        end_line=1,
        end_column=7,
        excerpt="banana",
        fingerprint="f" * 20,
    )
    entry = BaselineEntry(relative_path("a.md", Path.cwd()), 1, "TS101", "f" * 20)
    plugin.path, plugin.entries = Path.cwd() / "baseline.json", [entry]
    plugin._remaining[entry.key] = 1
    article = Article(path="a.md", text="banana")
    assert plugin.factcheck_ignore_finding(finding, article, {}) == "baseline"
    assert plugin.factcheck_ignore_finding(finding, article, {}) is None  # used up


def test_inline_marker_gets_the_credit_before_the_baseline(archive: Path) -> None:
    write(["2023"], "ci/baseline.json")
    # A blank line after the marker keeps the paragraph, and so its fingerprints, unchanged.
    marked = STORY.replace("A cherry costs", "<!-- factcheck: ignore TS102 -->\n\nA cherry costs")
    (archive / "2023" / "fruit.md").write_text(marked, encoding="utf-8")
    s = session(["2023"], baseline="ci/baseline.json", report_unused_suppressions=True)
    result = s.run()
    assert result.findings == []
    assert [fr.unused_suppressions for fr in result.files] == [[], []]
    plugin = baseline_plugin(s)
    assert [(e.rule, e.excerpt) for e in plugin.unused()] == [("TS102", "cherry")]


# -- broken baselines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("{not json", "not valid JSON"),
        ("[]", "expected a JSON object"),
        ('{"version": 1, "findings": []}', "not a factcheck baseline"),
        ('{"version": 2, "tool": "factcheck", "findings": []}', "unsupported version 2"),
        ('{"version": 1, "tool": "factcheck", "findings": {}}', "'findings' must be a list"),
        (
            '{"version": 1, "tool": "factcheck", "findings": [{"path": "a", "rule": "TS101"}]}',
            r"findings\[0\] lacks a string 'fingerprint'",
        ),
        ('{"version": 1, "tool": "factcheck", "findings": [1]}', r"findings\[0\] is not an"),
    ],
)
def test_a_broken_baseline_stops_the_session(
    archive: Path, content: str | None, message: str
) -> None:
    if content is not None:
        (archive / "ci" / "baseline.json").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        session(["2023"], baseline="ci/baseline.json")


def test_a_broken_baseline_exits_2_on_the_command_line(archive: Path) -> None:
    from factcheck.cli import cli

    result = CliRunner().invoke(cli, ["run", "--isolated", "--baseline", "ci/missing.json", "2023"])
    assert result.exit_code == 2, result.output
    assert "ci/missing.json" in result.output and "does not exist" in result.output


def test_an_empty_baseline_drops_nothing(archive: Path) -> None:
    (archive / "ci" / "baseline.json").write_text(
        '{"version": 1, "tool": "factcheck", "findings": []}', encoding="utf-8"
    )
    assert len(run(["2023"], baseline="ci/baseline.json").findings) == 5


def test_relative_path_uses_forward_slashes(tmp_path: Path) -> None:
    base = tmp_path / "ci"
    assert relative_path(str(tmp_path / "a" / "b.md"), base) == "../a/b.md"
    assert relative_path("-", base) == "-"
