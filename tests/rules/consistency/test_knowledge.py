"""People and named quantities in the facts file (rules.knowledge.people), FC506 and FC507."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from factcheck_rules import plugin
from factcheck_rules.knowledge import people

from factcheck import Claim, ClaimKind, Finding, Outcome, Settings
from factcheck.engine.config import ConfigError
from factcheck.testing import assert_finds, assert_no_finding, check_text

PUB = dt.date(2023, 3, 17)
FACTS = """
version = 1

[[person]]
id = "karin-lindqvist"
name = "Karin Lindqvist"
aliases = ["Lindqvist"]
born = "1962-05-04"
pronouns = ["she", "her"]
source = "Nordlys Shipping annual report 2023"

[[person.role]]
title = "chief executive"
aliases = ["CEO", "chief executive officer"]
of = "Nordlys Shipping"
from = "2019-03"

[[person.role]]
title = "ambassador"
of = "Norway"
from = "2010"
until = "2015"

[[quantity]]
id = "unsc-members"
subject = "Security Council members"
entities = ["Security Council"]
aliases = ["UN Security Council"]
unit = "members"
keywords = ["seats"]
value = 15
source = "UN Charter, Article 23"
"""


def _write(tmp_path: Path, text: str = FACTS) -> str:
    path = tmp_path / "desk-facts.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _check(tmp_path: Path, text: str, facts: str = FACTS) -> list[Finding]:
    # Only the consistency rules and this provider: the date provider of the same
    # files reads [[fact]] tables only until the two providers are merged.
    return check_text(
        text,
        select=["FC506", "FC507"],
        builtin=False,
        plugins=[plugin, people],
        settings={"facts": [_write(tmp_path, facts)]},
        published=PUB,
    )


def test_age_is_checked_against_birth_date_and_publication(tmp_path: Path) -> None:
    text = "Shipping chief speaks\n\nKarin Lindqvist, 64, said the deal was done.\n"
    (f,) = assert_finds(_check(tmp_path, text), "FC506", "64")
    assert f.data["expected"] == "60"
    assert f.data["source"] == "Nordlys Shipping annual report 2023"
    assert "born 1962-05-04" in f.message


def test_right_age_and_role_are_verified(tmp_path: Path) -> None:
    text = (
        "Shipping chief speaks\n\nKarin Lindqvist, 60, the chief executive of Nordlys "
        "Shipping, said the deal was done.\n"
    )
    found = _check(tmp_path, text)
    assert_no_finding(found, "FC506")
    assert_finds(found, "FC507", "60")
    assert_finds(found, "FC507", "chief executive")


def test_ended_role_without_former_is_contradicted(tmp_path: Path) -> None:
    text = "Envoy speaks\n\nKarin Lindqvist, the ambassador to Norway, spoke on Friday.\n"
    (f,) = assert_finds(_check(tmp_path, text), "FC506", "ambassador")
    assert f.data["expected"].startswith("former ambassador")
    text = "Envoy speaks\n\nKarin Lindqvist, the former ambassador to Norway, spoke on Friday.\n"
    assert_no_finding(_check(tmp_path, text), "FC506")


def test_pronoun_that_contradicts_the_record(tmp_path: Path) -> None:
    text = (
        "Shipping chief speaks\n\nKarin Lindqvist announced the results on Tuesday. He said "
        "the board had agreed.\n"
    )
    (f,) = assert_finds(_check(tmp_path, text), "FC506", "He")
    assert "she" in f.data["expected"]


def test_named_quantity(tmp_path: Path) -> None:
    text = "Council meets\n\nEach of the 14 members of the Security Council must agree.\n"
    (f,) = assert_finds(_check(tmp_path, text), "FC506", "14")
    assert f.data["expected"] == "15"
    assert f.fix is not None and f.fix.replacement == "15"
    text = "Council meets\n\nEach of the 15 members of the Security Council must agree.\n"
    found = _check(tmp_path, text)
    assert_no_finding(found, "FC506")
    assert_finds(found, "FC507", "15")


def test_nothing_recorded_means_nothing_said(tmp_path: Path) -> None:
    text = "Club news\n\nTom Reyes, 44, the chief executive of Harbour FC, spoke.\n"
    assert_no_finding(_check(tmp_path, text))


def _claim(kind: ClaimKind, predicate: str, value: str, **extra: Any) -> Claim:
    return Claim(
        kind=kind, subject="Karin Lindqvist", predicate=predicate, value=value, extra=extra
    )


def test_verify_directly(tmp_path: Path) -> None:
    known_people, quantities = people.load_people(_write(tmp_path))
    age = _claim(ClaimKind.QUANTITY, "age", "60", published="2023-03-17")
    assert people.verify(age, known_people, quantities)[0].outcome == Outcome.VERIFIED
    older = _claim(ClaimKind.QUANTITY, "age", "61", published="2023-06-01")
    assert people.verify(older, known_people, quantities)[0].outcome == Outcome.VERIFIED
    no_date = _claim(ClaimKind.QUANTITY, "age", "60")
    assert people.verify(no_date, known_people, quantities) == []
    she = _claim(ClaimKind.ROLE, "pronoun", "she")
    assert people.verify(she, known_people, quantities)[0].outcome == Outcome.VERIFIED
    seats = Claim(
        kind=ClaimKind.QUANTITY,
        subject="",
        predicate="seat",
        value="15",
        extra={"lo": 10.0, "hi": 20.0, "sentence": "the UN Security Council has about 15 seats"},
    )
    assert people.verify(seats, known_people, quantities)[0].outcome == Outcome.VERIFIED


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[[person]]\nname = 'A B'\n", "missing required key 'source'"),
        ("[[person]]\nname = 'A B'\nsource = 's'\nborn = '1962/05'\n", "'born' must be a date"),
        ("[[person]]\nname = 'A B'\nsource = 's'\ncolour = 'red'\n", "unknown key(s) 'colour'"),
        ("[[person]]\nname = 'A B'\nsource = 's'\npronouns = ['xe']\n", "unknown pronoun"),
        (
            "[[quantity]]\nsubject = 'x'\nsource = 's'\nunit = 'seats'\nentities = ['X']\n"
            "value = 'many'\n",
            "'value' must be a number",
        ),
        ("person = 3\n", "array of tables"),
    ],
)
def test_malformed_entries_name_file_and_problem(
    tmp_path: Path, content: str, problem: str
) -> None:
    with pytest.raises(ConfigError) as info:
        people.load_people(_write(tmp_path, content))
    assert "desk-facts.toml" in str(info.value)
    assert problem in str(info.value)


def test_settings_object_is_read_too(tmp_path: Path) -> None:
    settings = Settings(facts=("desk-facts.toml",), config_file=tmp_path / "pyproject.toml")
    assert people.fact_paths(settings) == [str(tmp_path / "desk-facts.toml")]
