"""Fuzzing the whole pipeline with mutated realistic copy (hypothesis, bounded).

The mutations are those that broke factcheck before: stray quotation marks and
brackets, CR-only line endings, control characters, deleted and duplicated
stretches, Markdown and HTML markup. Each example runs the real ``factcheck run``
command (in-process, so the pipeline loads once) and checks what must hold for
any input: no internal error (exit 3), every span inside the text, and JSON that
validates against the published schema. Bounded: 60 examples, derandomised so CI
sees the same ones, each file under a 20-second processor-time budget.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.cli.app import cli
from factcheck.host.reporters.json_report import load_schema

SEED = (
    "\n\n".join(
        [
            "Harbour board approves new ferry fares",
            "OSLO, Tuesday 12 March 2024 (Reuters) - The harbour board voted on Monday to raise "
            "ferry fares by 8%, its chair, Ingrid Moe, said.",
            '"We cannot keep the island routes running at a loss," Moe told reporters. The union '
            "called the decision 'a betrayal of the islands'.",
            "Critics say the fares will drive families off the islands. The ferry company carried "
            "1.2 million passengers last year, according to its annual report.",
            "Moe, who has led the board since 2019, said the fares would be reviewed in April. He "
            "said the board had no choice.",
        ]
    )
    + "\n"
)
VALIDATOR = jsonschema.Draft202012Validator(load_schema())
INSERTS = st.sampled_from(
    [
        '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", ")", "(", "]", "[", "\r", "\n",
        "\n\n", "\r\n", "\t", "\x00", "\x1b[31m", "\u0301", "\u200b", "\ufeff", "\U0001f4f0",
        "# ", "> ", "- ", "**", "_", "`", "<p>", "</p>", "<br>", "&amp;", "&rsquo;",
        "<!-- factcheck: ignore FC101 -->", "the the ", "\u2026", " \u2013 ", "31 April ",
    ]
)  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, str]:
    """A suffix and the seed article after a few random edits."""
    text = SEED
    for _ in range(draw(st.integers(1, 8))):
        pos = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "insert", "delete", "duplicate", "repeat"]))
        if kind == "insert":
            text = text[:pos] + draw(INSERTS) + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 80)) :]
        elif kind == "duplicate":
            end = min(len(text), pos + draw(st.integers(1, 120)))
            text = text[:end] + text[pos:end] + text[end:]
        else:
            text = text[:pos] + draw(INSERTS) * draw(st.integers(2, 200)) + text[pos:]
    if draw(st.booleans()):
        text = text.replace("\n", draw(st.sampled_from(["\r", "\r\n", "\n"])))
    return draw(st.sampled_from([".txt", ".md", ".html"])), text


def _inside(item: dict[str, Any], length: int) -> bool:
    return 0 <= item["start"] <= item["end"] <= length


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(mutated())
def test_mutated_copy_never_crashes_and_stays_in_bounds(
    tmp_path: Path, case: tuple[str, str]
) -> None:
    suffix, text = case
    story = tmp_path / f"story{suffix}"
    story.write_bytes(text.encode("utf-8", "surrogatepass"))
    config = tmp_path / "factcheck.toml"
    config.write_text("file-timeout = 20\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["run", "--config", str(config), "--format", "json", str(story)]
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (0, 1, 2), result.output[-2000:]
    report = json.loads(result.stdout)
    VALIDATOR.validate(report)
    [file] = report["files"]
    assert not file["failures"]
    decoded = text[1:] if text.startswith("\ufeff") else text
    for finding in file["findings"]:
        assert _inside(finding, len(decoded)), finding
        for evidence in finding["evidence"]:
            assert _inside(evidence, len(decoded)), evidence
