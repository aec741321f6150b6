"""The GitHub Action (``action.yml``): its check step's script, run for real.

A composite action is a YAML file of shell steps that no test of the Python code
exercises, so a renamed option or a quoting slip would only show on a user's pull
request. This runs the check step's script with bash the way the runner does
(``bash --noprofile --norc -eo pipefail``), inputs passed as environment variables,
against the installed ``factcheck``, and checks annotations, the SARIF log and the
exit code the last step fails the job with.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.engine.plugin_manager import DISTRIBUTION
from tests.conftest import CLEAN_ARTICLE, DOUBLED_ARTICLE, write

REPO = Path(__file__).resolve().parent.parent
ACTION: dict[str, Any] = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
STEPS = {step.get("id"): step for step in ACTION["runs"]["steps"]}
_EXPR = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def _evaluate(value: str, inputs: dict[str, str], outputs: dict[str, str]) -> str:
    """The runner's substitution of ``${{ inputs.X }}`` and friends, for the few we use."""

    def one(match: re.Match[str]) -> str:
        expr = match.group(1)
        if expr.startswith("inputs."):
            return inputs[expr.removeprefix("inputs.")]
        if expr == "github.action_path":
            return str(REPO)
        if expr.startswith("steps.check.outputs."):
            return outputs[expr.removeprefix("steps.check.outputs.")]
        raise AssertionError(f"the smoke test does not know the expression {expr!r}")

    return _EXPR.sub(one, value)


def _inputs(**given: str) -> dict[str, str]:
    defaults = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    unknown = set(given) - set(defaults)
    assert not unknown, f"not inputs of the action: {unknown}"
    return {**defaults, **given}


def _run_step(
    step_id: str, tmp_path: Path, inputs: dict[str, str], outputs: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    """Run one ``run:`` step; return the process and what it wrote to ``GITHUB_OUTPUT``."""
    step = STEPS[step_id]
    assert step["shell"] == "bash"
    shim = tmp_path / "bin" / "factcheck"  # the factcheck of this interpreter, as on a runner
    write(shim, f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n')
    shim.chmod(0o755)
    github_output = tmp_path / "github_output"
    github_output.touch()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env.update({k: _evaluate(str(v), inputs, outputs) for k, v in step.get("env", {}).items()})
    env.update(
        PATH=f"{shim.parent}{os.pathsep}{env.get('PATH', '')}",
        GITHUB_OUTPUT=str(github_output),
        NO_COLOR="1",
    )
    proc = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=tmp_path / "repo",
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    written = dict(
        line.split("=", 1) for line in github_output.read_text().splitlines() if "=" in line
    )
    return proc, written


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A repository with one clean story and one with a doubled word."""
    write(tmp_path / "repo" / "copy" / "clean.txt", CLEAN_ARTICLE)
    write(tmp_path / "repo" / "copy" / "doubled.txt", DOUBLED_ARTICLE)
    return tmp_path


def test_the_check_step_annotates_and_the_last_step_fails_the_job(newsroom: Path) -> None:
    inputs = _inputs(paths="copy", args="--select FC101", sarif="true")
    proc, outputs = _run_step("check", newsroom, inputs, {})
    assert proc.returncode == 0, proc.stderr  # the verdict comes after the SARIF upload
    assert "::error file=copy/doubled.txt,line=3" in proc.stdout
    assert "title=FC101 doubled-word" in proc.stdout
    assert outputs["exit-code"] == "1"
    sarif = json.loads((newsroom / "repo" / inputs["sarif-file"]).read_text(encoding="utf-8"))
    [result] = sarif["runs"][0]["results"]
    assert result["ruleId"] == "FC101"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "copy/doubled.txt"
    )
    verdict, _ = _run_step("verdict", newsroom, inputs, outputs)
    assert verdict.returncode == 1


def test_a_clean_run_passes_and_writes_no_sarif_unless_asked(newsroom: Path) -> None:
    inputs = _inputs(paths="copy/clean.txt", args="--select FC101")
    proc, outputs = _run_step("check", newsroom, inputs, {})
    assert proc.returncode == 0, proc.stderr
    assert "::" not in proc.stdout
    assert outputs["exit-code"] == "0"
    assert not (newsroom / "repo" / inputs["sarif-file"]).exists()
    verdict, _ = _run_step("verdict", newsroom, inputs, outputs)
    assert verdict.returncode == 0


def test_inputs_reach_scripts_only_through_the_environment() -> None:
    """``${{ inputs.x }}`` pasted into a script is a shell-injection hole in a workflow."""
    for step in ACTION["runs"]["steps"]:
        assert not _EXPR.search(step.get("run", "")), f"expression inside {step.get('name')}"


def test_the_action_installs_this_distribution_and_uploads_sarif_only_when_asked() -> None:
    install = STEPS["install"]["run"]
    assert f'spec="{DISTRIBUTION}==$FACTCHECK_VERSION"' in install
    assert 'spec="$FACTCHECK_SOURCE"' in install
    upload = next(s for s in ACTION["runs"]["steps"] if "upload-sarif" in s.get("uses", ""))
    assert upload["if"] == "inputs.sarif == 'true'"
    assert ACTION["runs"]["using"] == "composite"
