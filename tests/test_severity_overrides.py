"""A severity set in configuration wins over the severity a rule picks for one finding.

Eight built-in rules choose a severity per finding (info when unsure, error when
certain). ``"FC404" = "error"`` used to leave every FC404 finding at info, so a desk
gating CI on errors got a silent pass. Each of those rules gets an article that
makes it choose its own severity, then a configuration that overrides it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import RunCli, write

#: Rule -> (an article where the rule picks a per-finding severity, the override to set).
ARTICLES: dict[str, tuple[str, str]] = {
    "FC104": (
        "Pier plan stalls\n\nThe harbour board met on Monday to discuss the old pier.\n\n"
        "The board had hoped to.\n\nEngineers will inspect the pier again in the spring.\n",
        "error",
    ),
    "FC201": (
        "Norway signs ferry deal\n\n"
        "The government of Norway signed the agreement with the Nordlys shipping group on "
        'Wednesday.\n\n"We have secured hundreds of jobs for the coast," said Ingrid Dahl, '
        "the trade minister.\n\nNorway has long defended its fishing rights. Last year he "
        "threatened to leave the talks with the European Union.\n",
        "error",
    ),
    "FC202": (
        "Council leader defends plan\n\nMrs Okonjo said the housing plan was sound and would "
        "save money. He added that the council would vote on Monday.\n",
        "info",
    ),
    "FC401": (
        "Ferry operator apologises for delays\n\nThe ferry company cancelled forty sailings "
        'last week.\n\n"Passengers deserve better than this. Every ticket will be repaid in '
        'full by the end of the month."\n\nLena Berg, the chief executive, said the refunds '
        "would cost the company about a million kroner.\n",
        "error",
    ),
    "FC402": (
        "Ferry tickets to cost more\n\nThe ferry company said on Monday that fares would rise "
        "by a small amount.\n\nIts chief executive called the increase 'necessary for the "
        "fleet, and said the board agreed.\n\nThe new fares start in May.\n",
        "error",
    ),
    "FC403": (
        "Harbour chief 'furious' over ferry delays\n\nThe harbour chief met ferry operators "
        'on Monday after a week of cancelled sailings.\n\n"We cannot run a port like this," '
        "she told the meeting.\n",
        "error",
    ),
    "FC404": (
        "Ferry tickets to cost more\n\nTicket prices rose by 12% last year because fuel costs "
        "doubled.\n\nThe company runs six ferries between the islands.\n",
        "error",
    ),
    "FC405": (
        "Port fees to rise next year\n\nObservers say the new port fees will hurt small "
        "fishing firms along the coast.\n\nIt is thought that the harbour board will approve "
        "the fees in June.\n",
        "error",
    ),
}


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The JSON report of one run without configuration and one with the overrides."""
    root = tmp_path_factory.mktemp("desk")
    for code, (text, _) in ARTICLES.items():
        write(root / "copy" / f"{code.lower()}.txt", text)
    table = "\n".join(f'"{code}" = "{sev}"' for code, (_, sev) in ARTICLES.items())
    write(root / "pyproject.toml", f"[tool.factcheck.severity]\n{table}\n")
    out: dict[str, dict[str, Any]] = {}
    selection = ["--select", ",".join(ARTICLES), "--fail-on", "never", "--format", "json"]
    for label, extra in (("own", ["--isolated"]), ("overridden", [])):
        proc = subprocess.run(
            [sys.executable, "-m", "factcheck", "run", *selection, *extra, "copy"],
            cwd=root,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
            timeout=600,
        )
        assert proc.returncode == 0, proc.stderr
        out[label] = json.loads(proc.stdout)
    return out


def _severities(report: dict[str, Any], code: str) -> list[str]:
    [file] = [f for f in report["files"] if f["path"].endswith(f"{code.lower()}.txt")]
    return [f["severity"] for f in file["findings"] if f["rule"] == code]


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_the_users_severity_wins_over_the_rules_choice(
    code: str, reports: dict[str, dict[str, Any]]
) -> None:
    wanted = ARTICLES[code][1]
    own = _severities(reports["own"], code)
    assert own and wanted not in own, f"{code} no longer picks its own severity here: {own}"
    assert _severities(reports["overridden"], code) == [wanted] * len(own)


def test_an_override_to_error_fails_the_run(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "story.txt", ARTICLES["FC404"][0])
    write(tmp_path / "pyproject.toml", '[tool.factcheck.severity]\n"FC404" = "error"\n')
    proc = run_cli("run", "--select", "FC404", "story.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FC404 error" in proc.stdout
