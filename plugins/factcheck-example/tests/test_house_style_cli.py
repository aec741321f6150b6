"""The installed distribution, through the real ``factcheck`` command line.

These tests prove the packaging: that the entry point is declared, that
factcheck finds it, and that users can select and block the plugin. They
need ``pip install`` of this distribution and are skipped without it.
"""

from __future__ import annotations

import importlib.metadata as md
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

DISTRIBUTION = "factcheck-house-style"
PROJECT = Path(__file__).resolve().parents[1]


def _installed() -> md.Distribution | None:
    """The installed distribution, ignoring the ``*.egg-info`` an editable install leaves
    in the project folder: run from there, it would look installed when it is not."""
    paths = [p for p in sys.path if Path(p or ".").resolve() != PROJECT]
    return next(iter(md.distributions(name=DISTRIBUTION, path=paths)), None)


_dist = _installed()

pytestmark = pytest.mark.skipif(
    _dist is None,
    reason=f"{DISTRIBUTION} is not installed (pip install -e plugins/factcheck-example)",
)

ARTICLE = (
    "Kim Jong-un inspected a new launch site on Tuesday, state media said.\n\n"
    "The the foreign ministry in Seoul said it would e-mail a response to Pyongyang.\n"
)


def _factcheck() -> list[str]:
    """The console script installed next to this interpreter, or ``python -m factcheck``."""
    script = Path(sys.executable).with_name("factcheck")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "factcheck"]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [*_factcheck(), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A folder with a configuration, a style file next to it, and an article."""
    (tmp_path / "style.toml").write_text(
        '[terms]\n"Kim Jong-un" = "Kim Jong Un"\n"e-mail" = "email"\n', encoding="utf-8"
    )
    (tmp_path / "factcheck.toml").write_text(
        '[plugin-options.house-style]\nterms-file = "style.toml"\n', encoding="utf-8"
    )
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def _findings(proc: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    report = json.loads(proc.stdout)
    return [f for file in report["files"] for f in file["findings"]]


def test_plugins_lists_house_style(newsroom: Path) -> None:
    proc = _run(["plugins"], newsroom)
    assert proc.returncode == 0, proc.stderr
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("house-style ")), None)
    assert line is not None, proc.stdout
    assert f"[{DISTRIBUTION}]" in line
    assert _dist is not None and _dist.version in line


def test_rules_shows_hs101(newsroom: Path) -> None:
    proc = _run(["rules"], newsroom)
    assert proc.returncode == 0, proc.stderr
    row = next((ln.split() for ln in proc.stdout.splitlines() if ln.startswith("HS101")), None)
    assert row == ["HS101", "house-style-term", "consistency", "warning", "house-style"]
    doc = _run(["rule", "HS101"], newsroom)
    assert doc.returncode == 0, doc.stderr
    assert "## Use instead" in doc.stdout


def test_select_runs_only_hs101(newsroom: Path) -> None:
    everything = _run(["run", "--format", "json", "article.txt"], newsroom)
    assert everything.returncode in (0, 1), everything.stderr
    assert {"FC101", "HS101"} <= {f["rule"] for f in _findings(everything)}

    only = _run(["run", "--select", "HS101", "--format", "json", "article.txt"], newsroom)
    assert only.returncode == 0, only.stderr  # warnings do not fail the run by default
    found = _findings(only)
    assert [(f["rule"], f["excerpt"]) for f in found] == [
        ("HS101", "Kim Jong-un"),
        ("HS101", "e-mail"),
    ]
    assert found[0]["fix"]["replacement"] == "Kim Jong Un"


def test_disabling_the_plugin_blocks_it(newsroom: Path) -> None:
    listed = _run(["plugins", "-p", "no:house-style"], newsroom)
    assert listed.returncode == 0, listed.stderr
    assert any(
        ln.startswith("house-style ") and "(disabled)" in ln for ln in listed.stdout.splitlines()
    ), listed.stdout

    run = _run(["run", "-p", "no:house-style", "--format", "json", "article.txt"], newsroom)
    assert run.returncode in (0, 1), run.stderr
    rules = {f["rule"] for f in _findings(run)}
    assert "HS101" not in rules and "FC101" in rules

    selected = _run(["run", "-p", "no:house-style", "--select", "HS101", "article.txt"], newsroom)
    assert selected.returncode == 2
    assert "HS101" in selected.stderr


def test_bad_style_file_is_a_configuration_error(newsroom: Path) -> None:
    (newsroom / "style.toml").write_text('[terms]\n"e-mail" = 3\n', encoding="utf-8")
    proc = _run(["run", "article.txt"], newsroom)
    assert proc.returncode == 2
    assert "style.toml" in proc.stderr and "e-mail" in proc.stderr
