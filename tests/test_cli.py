"""The command line end to end: exit codes, selection, plugins, failing rules, bad input.

Every test runs the real CLI in a subprocess, mostly selecting FC101 (doubled
word), whose findings are easy to predict; the pipeline is tested elsewhere.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from tests.conftest import CLEAN_ARTICLE, DOUBLED_ARTICLE, RunCli, plugin_module, write

RAISING_PLUGIN = textwrap.dedent(
    '''
    from factcheck import hookimpl
    from factcheck import Severity
    from factcheck import Rule


    class Exploding(Rule):
        """Always raises, to prove one broken rule cannot take the others down.

        ## What it does
        Raises.

        ## Why it matters
        Tests the host.

        ## Example
        Any text.

        ## Use instead
        Nothing.

        ## Limitations
        None.
        """

        code = "ZZ901"
        name = "exploding-rule"
        category = "garbled"
        severity = Severity.ERROR
        needs_parse = False

        def check(self, article, ctx):
            raise ValueError("boom in the rule")


    @hookimpl
    def factcheck_register_rules():
        return [Exploding]
    '''
)

CONFLICTING_PLUGIN = RAISING_PLUGIN.replace('code = "ZZ901"', 'code = "FC101"')


def test_clean_article_exits_zero(run_cli: RunCli, tmp_path: Path) -> None:
    art = write(tmp_path / "clean.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--select", "FC101", str(art))
    assert proc.returncode == 0, proc.stderr
    assert "FC101" not in proc.stdout


def test_finding_at_fail_level_exits_one(run_cli: RunCli, tmp_path: Path) -> None:
    art = write(tmp_path / "doubled.txt", DOUBLED_ARTICLE)
    proc = run_cli("run", "--select", "FC101", str(art))
    assert proc.returncode == 1, proc.stderr
    assert f"{art}:3:" in proc.stdout
    assert "FC101" in proc.stdout and "[doubled-word]" in proc.stdout


def test_fail_on_and_exit_zero(run_cli: RunCli, tmp_path: Path) -> None:
    art = write(tmp_path / "doubled.txt", DOUBLED_ARTICLE)
    assert run_cli("run", "--select", "FC101", "--fail-on", "never", str(art)).returncode == 0
    assert run_cli("run", "--select", "FC101", "--exit-zero", str(art)).returncode == 0
    assert run_cli("run", "--select", "FC101", "--fail-on", "info", str(art)).returncode == 1


def test_usage_errors_exit_two(run_cli: RunCli, tmp_path: Path) -> None:
    proc = run_cli("run", "--fail-on", "sometimes", "x.txt")
    assert proc.returncode == 2
    proc = run_cli("run", str(tmp_path / "missing.txt"))
    assert proc.returncode == 2
    assert "missing.txt" in proc.stdout + proc.stderr
    art = write(tmp_path / "a.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--select", "FC999", str(art))
    assert proc.returncode == 2
    assert "'FC999' matches no rule" in proc.stderr
    proc = run_cli("run", "--format", "yaml", "--select", "FC101", str(art))
    assert proc.returncode == 2
    assert "unknown format 'yaml'" in proc.stderr


def test_bad_files_are_reported_and_others_still_checked(run_cli: RunCli, tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", DOUBLED_ARTICLE)
    binary = write(tmp_path / "scan.txt", b"%PDF-1.4\x00\x01\x02binary")
    empty = write(tmp_path / "empty.txt", "")
    latin = write(tmp_path / "latin.txt", "Caf\xe9 owners in M\xe1laga protest.".encode("latin-1"))
    proc = run_cli(
        "run",
        "--select",
        "FC101",
        "--format",
        "json",
        str(good),
        str(binary),
        str(empty),
        str(latin),
    )
    assert proc.returncode == 2, proc.stderr
    report = json.loads(proc.stdout)
    by_path = {Path(f["path"]).name: f for f in report["files"]}
    assert by_path["good.txt"]["error"] is None
    assert [f["rule"] for f in by_path["good.txt"]["findings"]] == ["FC101"]
    for name in ("scan.txt", "empty.txt", "latin.txt"):
        assert by_path[name]["error"], name
        assert by_path[name]["findings"] == []


def test_stdin(run_cli: RunCli) -> None:
    proc = run_cli("run", "--select", "FC101", "-", stdin=DOUBLED_ARTICLE)
    assert proc.returncode == 1
    assert "FC101" in proc.stdout
    proc = run_cli(
        "run",
        "--select",
        "FC101",
        "--stdin-filename",
        "desk/story.txt",
        "-",
        stdin=DOUBLED_ARTICLE,
    )
    assert "desk/story.txt:3:" in proc.stdout


def test_selection_by_prefix_name_and_ignore(run_cli: RunCli, tmp_path: Path) -> None:
    art = write(tmp_path / "doubled.txt", DOUBLED_ARTICLE)
    assert run_cli("run", "--select", "doubled-word", str(art)).returncode == 1
    proc = run_cli("run", "--select", "FC1", "--ignore", "FC101", "--format", "json", str(art))
    rules = {f["rule"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert "FC101" not in rules


def test_config_in_pyproject_selects_and_overrides_severity(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[tool.factcheck]\nselect = ["FC101"]\nseverity = { "doubled-word" = "warning" }\n',
    )
    art = write(tmp_path / "copy" / "doubled.txt", DOUBLED_ARTICLE)
    proc = run_cli("run", "--format", "json", str(art), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr  # warning is below the default fail level
    finding = json.loads(proc.stdout)["files"][0]["findings"][0]
    assert finding["rule"] == "FC101"
    assert finding["severity"] == "warning"
    assert run_cli("run", "--fail-on", "warning", str(art), cwd=tmp_path).returncode == 1


def test_nearest_config_wins_and_per_file_ignores(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "factcheck.toml", 'select = ["FC101"]\n')
    write(
        tmp_path / "archive" / "factcheck.toml",
        'select = ["FC101"]\n[per-file-ignores]\n"old-*.txt" = ["FC1"]\n',
    )
    live = write(tmp_path / "live.txt", DOUBLED_ARTICLE)
    old = write(tmp_path / "archive" / "old-1999.txt", DOUBLED_ARTICLE)
    proc = run_cli("run", "--format", "json", str(live), str(old), cwd=tmp_path)
    files = {Path(f["path"]).name: f for f in json.loads(proc.stdout)["files"]}
    assert len(files["live.txt"]["findings"]) == 1
    assert files["old-1999.txt"]["findings"] == []


def test_config_errors_name_the_file_and_key(run_cli: RunCli, tmp_path: Path) -> None:
    art = write(tmp_path / "a.txt", CLEAN_ARTICLE)
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nselct = ["FC1"]\n')
    proc = run_cli("run", str(art), cwd=tmp_path)
    assert proc.returncode == 2
    assert "pyproject.toml" in proc.stderr and "'selct'" in proc.stderr
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nfail-on = "sometimes"\n')
    proc = run_cli("run", str(art), cwd=tmp_path)
    assert proc.returncode == 2
    assert "'fail-on'" in proc.stderr
    write(tmp_path / "pyproject.toml", "[tool.factcheck\nselect = 1\n")
    proc = run_cli("run", str(art), cwd=tmp_path)
    assert proc.returncode == 2
    assert "not valid TOML" in proc.stderr


def test_a_rule_that_raises_does_not_hide_the_others(run_cli: RunCli, tmp_path: Path) -> None:
    env = plugin_module(tmp_path, "exploding_plugin", RAISING_PLUGIN)
    art = write(tmp_path / "doubled.txt", DOUBLED_ARTICLE)
    proc = run_cli(
        "run",
        "-p",
        "exploding_plugin",
        "--select",
        "FC101,ZZ901",
        "--format",
        "json",
        str(art),
        env=env,
    )
    assert proc.returncode == 3
    report = json.loads(proc.stdout)
    assert [f["rule"] for f in report["files"][0]["findings"]] == ["FC101"]
    assert "rule ZZ901 (plugin exploding_plugin) failed" in proc.stderr
    assert report["files"][0]["failures"][0]["rule"] == "ZZ901"  # the code, as documented
    assert "exploding_plugin" in proc.stderr and "boom in the rule" in proc.stderr


def test_plugins_are_listed_and_can_be_blocked(run_cli: RunCli, tmp_path: Path) -> None:
    proc = run_cli("plugins")
    assert proc.returncode == 0
    assert "factcheck-rules" in proc.stdout
    assert "factcheck_register_rules" in proc.stdout
    rules = run_cli("rules")
    assert "FC101" in rules.stdout and "doubled-word" in rules.stdout
    blocked = run_cli("rules", "-p", "no:factcheck-rules")
    assert "FC101" not in blocked.stdout
    blocked = run_cli("rules", "--disable-plugin", "factcheck-rules")
    assert "FC101" not in blocked.stdout
    listed = run_cli("plugins", "-p", "no:factcheck-rules")
    assert "factcheck-rules 0.2.0 (disabled)" in listed.stdout
    art = write(tmp_path / "doubled.txt", DOUBLED_ARTICLE)
    proc = run_cli("run", "-p", "no:factcheck-rules", "--allow-empty", "--format", "json", str(art))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["files"][0]["findings"] == []


def test_conflicting_codes_name_both_plugins(run_cli: RunCli, tmp_path: Path) -> None:
    env = plugin_module(tmp_path, "copycat_plugin", CONFLICTING_PLUGIN)
    proc = run_cli("rules", "-p", "copycat_plugin", env=env)
    assert proc.returncode == 3
    assert "FC101" in proc.stderr
    assert "factcheck-rules" in proc.stderr and "copycat_plugin" in proc.stderr


def test_rule_docs(run_cli: RunCli) -> None:
    proc = run_cli("rule", "FC101")
    assert proc.returncode == 0
    for section in ("What it does", "Why it matters", "Example", "Use instead", "Limitations"):
        assert f"## {section}" in proc.stdout
    assert run_cli("rule", "doubled-word").stdout == proc.stdout
    assert run_cli("rule", "FC999").returncode == 2


def test_listing_commands_do_not_import_spacy(run_cli: RunCli, tmp_path: Path) -> None:
    probe = write(
        tmp_path / "probe.py",
        "import sys\nfrom factcheck.cli import main\n"
        "for args in (['--help'], ['rules'], ['plugins'], ['rule', 'FC101']):\n"
        "    try:\n        main(args)\n    except SystemExit:\n        pass\n"
        "print('SPACY-LOADED' if 'spacy' in sys.modules else 'SPACY-NOT-LOADED')\n",
    )
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, str(probe)], capture_output=True, text=True, timeout=120
    ).stdout
    assert out.strip().endswith("SPACY-NOT-LOADED")


def test_output_file_and_no_input_change(run_cli: RunCli, tmp_path: Path) -> None:
    art = write(tmp_path / "doubled.txt", DOUBLED_ARTICLE)
    before = art.read_bytes()
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    proc = run_cli("run", "--select", "FC101", "-f", "json", "-o", str(report), str(art))
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert json.loads(report.read_text())["version"] == 1
    assert art.read_bytes() == before


HOOK_RAISING_PLUGIN = textwrap.dedent(
    """
    from factcheck import hookimpl


    @hookimpl
    def factcheck_article_start(article, settings):
        raise RuntimeError("the precomputation broke")
    """
)


def test_a_hook_that_raises_is_named_and_exits_three(run_cli: RunCli, tmp_path: Path) -> None:
    env = plugin_module(tmp_path, "broken_hook_plugin", HOOK_RAISING_PLUGIN)
    art = write(tmp_path / "doubled.txt", DOUBLED_ARTICLE)
    other = write(tmp_path / "clean.txt", CLEAN_ARTICLE)
    proc = run_cli(
        "run", "-p", "broken_hook_plugin", "--select", "FC101", str(art), str(other), env=env
    )
    assert proc.returncode == 3
    assert "plugin broken_hook_plugin" in proc.stderr
    assert "the precomputation broke" in proc.stderr


FAILING_COMPONENT_PLUGIN = textwrap.dedent(
    """
    from spacy.language import Language

    from factcheck import hookimpl


    @Language.component("fails_on_marker")
    def fails_on_marker(doc):
        if "XYZZY" in doc.text:
            raise ValueError("component cannot handle this text")
        return doc


    @hookimpl
    def factcheck_prepare_pipeline(nlp, settings):
        nlp.add_pipe("fails_on_marker", last=True)
    """
)


def test_a_pipeline_failure_on_one_file_spares_the_others(run_cli: RunCli, tmp_path: Path) -> None:
    env = plugin_module(tmp_path, "failing_component", FAILING_COMPONENT_PLUGIN)
    text = DOUBLED_ARTICLE + "\nA season ticket costs \u00c2\u00a3240.\n"
    bad = write(tmp_path / "bad.txt", text.replace("Tuesday", "Tuesday XYZZY"))
    good = write(tmp_path / "good.txt", text)
    proc = run_cli(
        "run",
        "-p",
        "failing_component",
        "--select",
        "FC101,FC105",
        "--format",
        "json",
        str(bad),
        str(good),
        env=env,
    )
    assert proc.returncode == 3
    files = {Path(f["path"]).name: f for f in json.loads(proc.stdout)["files"]}
    # Mojibake (a rule that needs no parse) is still found in the file the pipeline failed on.
    assert [f["rule"] for f in files["bad.txt"]["findings"]] == ["FC105"]
    assert [f["rule"] for f in files["good.txt"]["findings"]] == ["FC101", "FC105"]
    assert "component cannot handle this text" in proc.stderr
