"""What the docs promise, the tool does: facts-file notes read well, parse knows a typo.

FC307/FC308 spliced a fact's ``note`` into the middle of their sentence; ``factcheck
parse typo.txt`` parsed the words "typo.txt" instead of saying there is no such file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import RunCli, write

ARTICLE = (
    "Iran tested a new missile on Friday, officials in Tehran said.\n\n"
    "The country has been under a UN arms embargo over its nuclear programme since 2007.\n"
)
FACT = """version = 1

[[fact]]
id = "un-embargo-iran"
subject = "UN arms embargo on Iran"
entities = ["Iran"]
predicate = "embargo"
keywords = ["arms embargo", "sanctions"]
date = "{date}"
source = "UN Security Council Resolution 1747"
note = "Extended by Resolution 1929 in 2010."
"""


@pytest.mark.parametrize(
    ("date", "rule", "ending"),
    [
        ("2010-06-09", "FC307", "gives 2010-06-09 (source: UN Security Council Resolution 1747; "
         "note: Extended by Resolution 1929 in 2010). Correct the date or the facts file."),
        ("2007-03-24", "FC308", "(facts file facts.toml, un-embargo-iran) (2007-03-24; source: UN "
         "Security Council Resolution 1747; note: Extended by Resolution 1929 in 2010)."),
    ],
)  # fmt: skip
def test_a_facts_note_follows_the_source(
    date: str, rule: str, ending: str, run_cli: RunCli, tmp_path: Path
) -> None:
    write(tmp_path / "facts.toml", FACT.format(date=date))
    write(tmp_path / "iran.txt", ARTICLE)
    proc = run_cli(
        "run", "--select", "FC307,FC308", "--facts", "facts.toml", "--published", "2023-03-17",
        "--format", "json", "iran.txt",
    )  # fmt: skip
    [finding] = json.loads(proc.stdout)["files"][0]["findings"]
    assert finding["rule"] == rule
    message = finding["message"].replace(str(tmp_path / "facts.toml"), "facts.toml")
    assert message.endswith(ending), message
    assert "UN arms embargo on Iran (facts file facts.toml, un-embargo-iran)" in message


def test_parse_says_a_mistyped_file_does_not_exist(run_cli: RunCli, tmp_path: Path) -> None:
    proc = run_cli("parse", "typo.txt")
    assert proc.returncode == 2
    assert "no such file: typo.txt (pass --text to parse it as text)" in proc.stderr
    write(tmp_path / "story.txt", "The minister resigned.\n")
    assert "resigned" in run_cli("parse", "story.txt").stdout
    assert "typo.txt" in run_cli("parse", "--text", "typo.txt").stdout
