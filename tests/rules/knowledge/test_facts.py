"""The facts-file provider and the rules that use it (FC307, FC308)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from factcheck_rules.knowledge import facts

from factcheck import Claim, ClaimKind, Finding, Outcome, Settings
from factcheck.engine.config import ConfigError
from factcheck.testing import assert_finds, assert_no_finding, check_text

PUB = dt.date(2023, 3, 17)
ARTICLE = (
    "Iran tested a new missile on Friday, officials in Tehran said.\n\n"
    "The country has been under a UN arms embargo over its nuclear programme since 2007.\n"
)
FACT = """
version = 1

[[fact]]
id = "un-embargo-iran"
subject = "UN arms embargo on Iran"
entities = ["Iran"]
aliases = ["Islamic Republic of Iran"]
predicate = "embargo"
keywords = ["arms embargo", "sanctions"]
date = "{date}"
source = "UN Security Council Resolution 1747"
"""


def _plugins() -> list[Any]:
    """The provider, unless the built-in plugin already registers it."""
    from factcheck_rules import plugin

    return [] if hasattr(plugin, "factcheck_verify_claim") else [facts]


def _write(tmp_path: Path, text: str, name: str = "facts.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _check_against(path: str, text: str = ARTICLE) -> list[Finding]:
    """FC307/FC308 on ``text`` with the facts file at ``path``."""
    return check_text(
        text,
        select=["FC307", "FC308"],
        plugins=_plugins(),
        settings={"facts": [path]},
        published=PUB,
    )


def test_verified_claim_names_the_source(tmp_path: Path) -> None:
    path = _write(tmp_path, FACT.format(date="2007-03-24"))
    findings = _check_against(path)
    (f,) = assert_finds(findings, "FC308", "since 2007")
    assert "Resolution 1747" in f.message
    assert f.data["source"] == "UN Security Council Resolution 1747"
    assert_no_finding(findings, "FC307")


def test_contradicted_claim_gives_the_recorded_date(tmp_path: Path) -> None:
    path = _write(tmp_path, FACT.format(date="2010-06-09"))
    findings = _check_against(path)
    (f,) = assert_finds(findings, "FC307", "since 2007")
    assert f.data["expected"] == "2010-06-09"
    assert f.fix is not None and f.fix.replacement == "since 2010"
    assert_no_finding(findings, "FC308")


def test_fact_about_another_entity_does_not_match(tmp_path: Path) -> None:
    text = "Cuba has been under a US trade embargo since 1962.\n"
    path = _write(tmp_path, FACT.format(date="2010-06-09"))
    findings = _check_against(path, text)
    assert_no_finding(findings)


def _claim(value: str, sentence: str, entities: tuple[str, ...] = (), signal: str = "in") -> Claim:
    return Claim(
        kind=ClaimKind.DATE,
        subject="",
        predicate="",
        value=value,
        entities=entities,
        extra={"sentence": sentence, "signal": signal},
    )


def test_precision_of_comparison(tmp_path: Path) -> None:
    loaded = facts.load_facts(_write(tmp_path, FACT.format(date="2007-03-24")))
    sentence = "Iran has been under an arms embargo since then."
    assert facts.verify(_claim("2007", sentence), loaded)[0].outcome == Outcome.VERIFIED
    assert facts.verify(_claim("2007-03", sentence), loaded)[0].outcome == Outcome.VERIFIED
    assert facts.verify(_claim("2007-04", sentence), loaded)[0].outcome == Outcome.CONTRADICTED
    assert facts.verify(_claim("200X", sentence), loaded)[0].outcome == Outcome.VERIFIED
    assert facts.verify(_claim("2007", sentence, signal="before"), loaded) == []
    assert facts.verify(_claim("2007", "Iran won the match in 2007."), loaded) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[[fact]\nsubject = 'x'\n", "not valid TOML"),
        ("[[fact]]\nsubject = 'x'\nentities = ['Iran']\n", "missing required key(s) 'predicate'"),
        (FACT.format(date="2007/03"), "'date' must be a date written YYYY"),
        (FACT.format(date="2007-02-30"), "is not a real date"),
        (FACT.format(date="2007") + "colour = 'red'\n", "unknown key(s) 'colour'"),
        ("[fact]\nsubject = 'x'\n", "array of tables"),
        ("title = 'x'\n", "unknown top-level key(s) 'title'"),
        (
            FACT.format(date="2007") + FACT.format(date="2008").replace("version = 1", ""),
            "duplicate id(s) un-embargo-iran",
        ),
    ],
)
def test_malformed_facts_file_names_file_and_problem(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = _write(tmp_path, content, "desk-facts.toml")
    with pytest.raises(ConfigError) as info:
        facts.load_facts(path)
    assert "desk-facts.toml" in str(info.value)
    assert problem in str(info.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(facts.FactsFileError, match="cannot be read"):
        facts.factcheck_configure(Settings(facts=(str(tmp_path / "nope.toml"),)))


def test_relative_paths_are_read_from_the_config_folder(tmp_path: Path) -> None:
    _write(tmp_path, FACT.format(date="2007"))
    settings = Settings(facts=("facts.toml",), config_file=tmp_path / "pyproject.toml")
    assert facts.fact_paths(settings) == [str(tmp_path / "facts.toml")]
    facts.factcheck_configure(settings)


def test_cli_stops_on_malformed_facts_file(tmp_path: Path, run_cli: Any) -> None:
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    bad = _write(tmp_path, FACT.format(date="2007/03"), "bad-facts.toml")
    extra = [] if not _plugins() else ["-p", "factcheck_rules.knowledge.facts"]
    proc = run_cli("run", str(article), "--select", "FC3", "--facts", bad, *extra)
    assert proc.returncode == 2
    assert "bad-facts.toml" in proc.stderr and "'date' must be a date" in proc.stderr
