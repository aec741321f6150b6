"""Every configuration key and value is checked, with the file, the key and a "did you mean".

Typos used to pass silently where a value names something installed (a rule code
in ``severity``, a plugin in ``disable-plugins``, an option of a rule), so a user
believed a setting was in force that was not. Each case runs the real command.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import jsonschema
import pytest

from factcheck.engine.config_schema import CONFIG_SCHEMA_ID, load_config_schema
from factcheck.host.reporters.json_report import load_schema
from tests.conftest import CLEAN_ARTICLE, DOUBLED_ARTICLE, RunCli, write

REPO = Path(__file__).resolve().parent.parent

#: A ``[tool.factcheck]`` body -> what the error must say (after the file's path).
TYPOS = {
    '[tool.factcheck]\nselct = ["FC1"]\n': "unknown key [tool.factcheck] 'selct'; did you "
    "mean 'select'?",
    '[tool.factcheck]\nfail-on = "eror"\n': "did you mean 'error'?",
    '[tool.factcheck.severity]\n"FC4O4" = "error"\n': "severity: 'FC4O4' matches no rule; "
    "did you mean 'FC404'?",
    '[tool.factcheck.severity]\n"FC404" = "eror"\n': "severity for 'FC404' must be one of "
    "error, warning, info; did you mean 'error'?",
    '[tool.factcheck.per-file-ignores]\n"archive/**" = ["doubled-wrd"]\n': "per-file-ignores."
    "'archive/**': 'doubled-wrd' matches no rule; did you mean 'doubled-word'?",
    "[tool.factcheck.rule-options.date-clam]\nmin-confidence = 0.5\n": "rule-options: no rule "
    "'date-clam'; did you mean 'date-claim'?",
    "[tool.factcheck.rule-options.FC301]\nmin-confidance = 0.5\n": "rule-options.FC301: FC301 "
    "has no option 'min-confidance'; did you mean 'min-confidence'?",
    '[tool.factcheck.rule-options.date-claim]\nmin-confidence = "high"\n': "rule-options."
    "date-claim.min-confidence: expected a number (got 'high')",
    "[tool.factcheck.plugin-options.factcheck-fact]\nx = 1\n": "plugin-options: no plugin "
    "named 'factcheck-fact'; did you mean 'factcheck-facts'?",
    '[tool.factcheck]\ndisable-plugins = ["factcheck-rule"]\n': "disable-plugins: no plugin "
    "named 'factcheck-rule'; did you mean 'factcheck-rules'?",
    '[tool.factcheck]\nformat = "jsn"\n': "bad value for 'format': unknown format 'jsn'; did "
    "you mean 'json'?",
}


@pytest.mark.parametrize("body", list(TYPOS))
def test_a_typo_names_the_file_the_key_and_the_likely_meaning(
    body: str, run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "pyproject.toml", body)
    write(tmp_path / "story.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--select", "FC101", "story.txt", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"{tmp_path / 'pyproject.toml'}: " in proc.stderr
    assert TYPOS[body] in proc.stderr, proc.stderr


def test_a_bad_model_in_configuration_names_the_file_and_key(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\nmodel = "en_no_such_pipeline"\n')
    write(tmp_path / "story.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "story.txt", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"{tmp_path / 'pyproject.toml'}: bad value for 'model': " in proc.stderr


def test_a_typo_in_a_nearer_configuration_is_that_files_error(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "desk" / "good.txt", DOUBLED_ARTICLE)
    write(tmp_path / "desk" / "archive" / "old.txt", CLEAN_ARTICLE)
    write(tmp_path / "desk" / "archive" / "factcheck.toml", 'ignore = ["FC1O1"]\n')
    proc = run_cli("run", "--format", "json", "desk", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    files = {f["path"]: f for f in json.loads(proc.stdout)["files"]}
    error = files[str(Path("desk", "archive", "old.txt"))]["error"]
    assert "factcheck.toml: ignore: 'FC1O1' matches no rule; did you mean 'FC101'?" in error
    assert files[str(Path("desk", "good.txt"))]["findings"]


def test_config_may_name_a_file_holding_a_tool_factcheck_table(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "ci" / "other.toml", '[tool.factcheck]\nselect = ["FC101"]\n')
    write(tmp_path / "story.txt", DOUBLED_ARTICLE)
    proc = run_cli("run", "--config", "ci/other.toml", "--format", "json", "story.txt")
    assert proc.returncode == 1, proc.stderr
    [file] = json.loads(proc.stdout)["files"]
    assert {f["rule"] for f in file["findings"]} == {"FC101"}


def test_config_file_with_another_tools_table_only_is_an_error(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "other.toml", "[tool.ruff]\nline-length = 100\n")
    write(tmp_path / "story.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--config", "other.toml", "story.txt")
    assert proc.returncode == 2
    assert "has a [tool] table but no [tool.factcheck] table" in proc.stderr


def test_an_unknown_format_on_the_command_line_suggests_one(
    run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "story.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--format", "sarf", "story.txt")
    assert proc.returncode == 2
    assert "--format: unknown format 'sarf'; did you mean 'sarif'?" in proc.stderr


# -- the published schemas -------------------------------------------------------------


def _documented_example() -> dict[str, object]:
    doc = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
    block = doc[doc.index("```toml\n") + len("```toml\n") :]
    data = tomllib.loads(block[: block.index("```")])
    table: dict[str, object] = data["tool"]["factcheck"]
    return table


def test_the_committed_config_schema_is_current() -> None:
    generated = subprocess.run(
        [sys.executable, "-m", "factcheck", "schema", "config", "--builtin"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    committed = (REPO / "factcheck" / "schemas" / "config.json").read_text(encoding="utf-8")
    assert committed == generated, (
        "factcheck/schemas/config.json is stale: run "
        "`factcheck schema config --builtin > factcheck/schemas/config.json`"
    )


def test_the_config_schema_accepts_the_documented_example_and_rejects_typos() -> None:
    schema = load_config_schema()
    assert schema["$id"] == CONFIG_SCHEMA_ID
    validator = jsonschema.Draft202012Validator(schema)
    example = _documented_example()
    example.pop("published", None)  # TOML gives a date; editors see a string
    assert not list(validator.iter_errors(example))
    for typo in (
        {"selct": ["FC1"]},
        {"fail-on": "sometimes"},
        {"severity": {"FC404": "eror"}},
        {"rule-options": {"date-claim": {"min-confidance": 0.5}}},
        {"max-file-size": 0},
    ):
        assert list(validator.iter_errors(typo)), typo


def test_the_report_schema_has_an_id() -> None:
    schema = load_schema()
    assert schema["$id"].startswith("urn:factcheck-news:schema:report-v")
    assert (
        json.loads(
            subprocess.run(
                [sys.executable, "-m", "factcheck", "schema", "report"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        == schema
    )
