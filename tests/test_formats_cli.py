"""Every output format through the real CLI, with the shipped pipeline and all built-in rules."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from factcheck.host.reporters.json_report import load_schema
from tests.conftest import RunCli, write

# Our own article with a doubled word, an unclosed quotation and a country called "he".
ARTICLE = """\
Ministers clash over port deal

The government of Norway signed the the agreement with the shipping group on Tuesday.

"We have secured hundreds of jobs for the coast," said Ingrid Dahl, the trade minister.

Norway has long defended its fishing rights. Last year he threatened to leave the talks.

"The deal protects our harbours and our workers, Dahl told reporters.
"""


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("copy") / "port-deal.txt", ARTICLE)


def test_json_validates_against_the_contract(run_cli: RunCli, article: Path) -> None:
    proc = run_cli("run", "--format", "json", str(article))
    assert proc.returncode in (0, 1), proc.stderr
    report = json.loads(proc.stdout)
    jsonschema.validate(report, load_schema())
    assert report["version"] == 1
    assert report["tool"]["name"] == "factcheck"
    assert {"name": "factcheck-rules", "version": "0.2.0"} in report["tool"]["plugins"]
    findings = report["files"][0]["findings"]
    assert any(f["rule"] == "FC101" for f in findings)
    for f in findings:
        assert ARTICLE[f["start"] : f["end"]] == f["excerpt"] or f["excerpt"].endswith("…")
    assert findings == sorted(findings, key=lambda f: (f["start"], f["end"], f["rule"]))


@pytest.mark.parametrize("fmt", ["text", "jsonl", "sarif", "github", "junit", "rdjson"])
def test_every_format_renders(run_cli: RunCli, article: Path, fmt: str, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    env = {"GITHUB_STEP_SUMMARY": str(summary)} if fmt == "github" else None
    proc = run_cli("run", "--format", fmt, str(article), env=env)
    assert proc.returncode == 1, proc.stderr  # the doubled word is an error
    out = proc.stdout
    if fmt == "text":
        assert "FC101" in out and "[doubled-word]" in out and "Found" in out
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        assert any(r.get("rule") == "FC101" for r in rows)
    elif fmt == "sarif":
        sarif = json.loads(out)
        assert sarif["version"] == "2.1.0"
        results = sarif["runs"][0]["results"]
        assert any(r["ruleId"] == "FC101" for r in results)
    elif fmt == "github":
        assert any(line.startswith("::error file=") for line in out.splitlines())
        assert "FC101" in summary.read_text(encoding="utf-8")
    elif fmt == "junit":
        root = ET.fromstring(out)
        assert root.iter("failure") is not None
        assert any("FC101" in (tc.get("name") or "") for tc in root.iter("testcase"))
    elif fmt == "rdjson":
        diags = json.loads(out)["diagnostics"]
        assert any(d["code"]["value"] == "FC101" for d in diags)
