"""The versioned ``json`` contract and the ``jsonl`` stream."""

from __future__ import annotations

import copy
import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factcheck import RunResult
from factcheck.host.reporters.json_report import JsonReporter, load_schema
from factcheck.host.reporters.jsonl import JsonLinesReporter

# The fixture's two files (see conftest.py).
KOREA_PATH = "world/korea.md"
TUNNEL_PATH = "world/tunnel.txt"
TUNNEL_ERROR = "cannot decode as UTF-8: invalid start byte 0xff at offset 212"


def render(result: RunResult) -> str:
    out = io.StringIO()
    JsonReporter().render(result, out)
    return out.getvalue()


@pytest.fixture
def document(run_result: RunResult) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(render(run_result))
    return doc


def validator() -> jsonschema.protocols.Validator:
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(doc: dict[str, Any]) -> list[str]:
    return [e.message for e in validator().iter_errors(doc)]


def test_schema_is_draft_2020_12() -> None:
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_report_validates(document: dict[str, Any], clean_result: RunResult) -> None:
    assert errors(document) == []
    assert errors(json.loads(render(clean_result))) == []


def test_top_level_shape_and_key_order(document: dict[str, Any]) -> None:
    assert list(document) == ["version", "tool", "files", "summary"]
    assert document["version"] == 1
    assert document["tool"] == {
        "name": "factcheck",
        "version": "0.2.0",
        "model": "en_factcheck_news-0.1.0",
        "plugins": [
            {"name": "factcheck-rules", "version": "0.2.0"},
            {"name": "factcheck.reporters", "version": "0.2.0"},
        ],
    }
    assert [f["path"] for f in document["files"]] == [KOREA_PATH, TUNNEL_PATH]
    assert list(document["files"][0]) == [
        "path",
        "words",
        "error",
        "findings",
        "failures",
        "notes",
    ]


def test_findings_are_the_finding_contract(run_result: RunResult, document: dict[str, Any]) -> None:
    korea = document["files"][0]
    assert korea["error"] is None
    assert korea["findings"] == [f.to_dict() for f in run_result.files[0].findings]
    pronoun = korea["findings"][1]
    assert pronoun["rule"] == "FC201"
    assert pronoun["severity"] == "error"
    assert pronoun["fix"] == {
        "title": 'Replace "he" with "it"',
        "replacement": "it",
        "applicability": "unsafe",
    }
    assert pronoun["evidence"][0]["text"] == "North Korea"
    assert pronoun["data"] == {"antecedent": "North Korea", "entity_type": "GPE"}
    assert korea["failures"] == [
        {
            "rule": "FC501",
            "plugin": "factcheck-rules",
            "error": "KeyError: 'dateline'",
            "hook": None,
        }
    ]


def test_unreadable_file_has_its_error_and_no_findings(document: dict[str, Any]) -> None:
    assert document["files"][1] == {
        "path": TUNNEL_PATH,
        "words": 0,
        "error": TUNNEL_ERROR,
        "findings": [],
        "failures": [],
        "notes": [],
    }


def test_summary_is_run_result_summary(run_result: RunResult, document: dict[str, Any]) -> None:
    assert document["summary"] == run_result.summary()
    assert document["summary"]["by_severity"] == {"error": 1, "warning": 2, "info": 1}


def test_text_is_indented_and_not_ascii_escaped(run_result: RunResult) -> None:
    text = render(run_result)
    assert text.startswith('{\n  "version": 1,\n')
    assert "“We remain" in text and "\\u201c" not in text


def test_third_party_category_and_code_are_valid(document: dict[str, Any]) -> None:
    finding = document["files"][0]["findings"][0]
    finding.update(rule="HS101", name="house-style-dateline", category="house-style")
    assert errors(document) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("severity",), "fatal"),
        (("confidence",), 1.5),
        (("fix",), {"title": "Use it"}),
        (("fix",), "it"),
        (("fix", "applicability"), "maybe"),
        (("line",), 0),
        (("rule",), "fc201"),
        (("evidence", 0, "column"), 0),
    ],
)
def test_schema_rejects_broken_findings(
    document: dict[str, Any], path: tuple[str | int, ...], value: Any
) -> None:
    broken = copy.deepcopy(document)
    target: Any = broken["files"][0]["findings"][1]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert errors(broken)


@pytest.mark.parametrize("key", ["version", "tool", "files", "summary"])
def test_schema_requires_top_level_keys(document: dict[str, Any], key: str) -> None:
    del document[key]
    assert errors(document)


def test_schema_rejects_another_version(document: dict[str, Any]) -> None:
    document["version"] = 2
    assert errors(document)


def test_schema_allows_additive_keys(document: dict[str, Any]) -> None:
    # The versioning promise: a later 1.x may add keys without breaking consumers.
    document["elapsed_seconds"] = 1.25
    document["files"][0]["findings"][0]["url"] = "docs/rules.md#FC301"
    assert errors(document) == []


# -- jsonl ---------------------------------------------------------------------


def render_lines(result: RunResult) -> list[dict[str, Any]]:
    out = io.StringIO()
    JsonLinesReporter().render(result, out)
    text = out.getvalue()
    assert text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def test_jsonl_one_object_per_finding_error_and_failure(run_result: RunResult) -> None:
    records = render_lines(run_result)
    assert len(records) == 4 + 1 + 1
    findings = [r for r in records if "rule" in r]
    assert [r["rule"] for r in findings] == ["FC301", "FC201", "FC410", "FC402"]
    for record, finding in zip(findings, run_result.findings, strict=True):
        assert record == {"path": KOREA_PATH, **finding.to_dict()}
        assert next(iter(record)) == "path"
    assert {"path": TUNNEL_PATH, "error": TUNNEL_ERROR} in records
    assert {
        "path": KOREA_PATH,
        "rule_failure": {
            "rule": "FC501",
            "plugin": "factcheck-rules",
            "error": "KeyError: 'dateline'",
            "hook": None,
        },
    } in records


def test_jsonl_lines_are_compact_and_keep_unicode(run_result: RunResult) -> None:
    out = io.StringIO()
    JsonLinesReporter().render(run_result, out)
    lines = out.getvalue().splitlines()
    assert all("\n" not in line and line.startswith('{"path":') for line in lines)
    assert "“We remain" in out.getvalue()


def test_jsonl_is_empty_for_a_clean_run(clean_result: RunResult) -> None:
    out = io.StringIO()
    JsonLinesReporter().render(clean_result, out)
    assert out.getvalue() == ""


def test_documented_example_validates() -> None:
    # docs/json-format.md must show a document the schema accepts.
    doc = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"
    blocks = re.findall(r"```json\n(.*?)```", doc.read_text(encoding="utf-8"), re.DOTALL)
    assert blocks, "no JSON example in docs/json-format.md"
    example = json.loads(blocks[0])
    assert errors(example) == []
    assert example["files"][0]["findings"][0]["rule"] == "FC201"
