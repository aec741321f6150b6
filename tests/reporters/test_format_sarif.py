"""SARIF 2.1.0 output, checked against the parts of the standard that consumers rely on."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factcheck import RunResult
from factcheck.host.reporters.sarif import SarifReporter, artifact_location

# A subset of the OASIS SARIF 2.1.0 schema, written out here (no network in
# tests): the required properties and value constraints GitHub code scanning
# and SARIF viewers depend on.
_MESSAGE = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
_REGION = {
    "type": "object",
    "properties": {
        "startLine": {"type": "integer", "minimum": 1},
        "startColumn": {"type": "integer", "minimum": 1},
        "endLine": {"type": "integer", "minimum": 1},
        "endColumn": {"type": "integer", "minimum": 1},
        "charOffset": {"type": "integer", "minimum": 0},
        "charLength": {"type": "integer", "minimum": 0},
        "snippet": {"$ref": "#/$defs/artifactContent"},
    },
}
_ARTIFACT_LOCATION = {
    "type": "object",
    "required": ["uri"],
    "properties": {"uri": {"type": "string", "format": "uri-reference"}},
}
SARIF_SUBSET: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string"},
        "version": {"const": "2.1.0"},
        "runs": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/run"}},
    },
    "$defs": {
        "message": _MESSAGE,
        "artifactContent": {"type": "object", "properties": {"text": {"type": "string"}}},
        "region": _REGION,
        "artifactLocation": _ARTIFACT_LOCATION,
        "physicalLocation": {
            "type": "object",
            "required": ["artifactLocation"],
            "properties": {
                "artifactLocation": {"$ref": "#/$defs/artifactLocation"},
                "region": {"$ref": "#/$defs/region"},
                "contextRegion": {"$ref": "#/$defs/region"},
            },
        },
        "location": {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "minimum": -1},
                "physicalLocation": {"$ref": "#/$defs/physicalLocation"},
                "message": {"$ref": "#/$defs/message"},
            },
        },
        "level": {"enum": ["none", "note", "warning", "error"]},
        "rule": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "shortDescription": {"$ref": "#/$defs/message"},
                "fullDescription": {"$ref": "#/$defs/message"},
                "help": {"$ref": "#/$defs/message"},
                "defaultConfiguration": {
                    "type": "object",
                    "properties": {"level": {"$ref": "#/$defs/level"}},
                },
            },
        },
        "result": {
            "type": "object",
            "required": ["message"],
            "properties": {
                "ruleId": {"type": "string"},
                "ruleIndex": {"type": "integer", "minimum": -1},
                "level": {"$ref": "#/$defs/level"},
                "message": {"$ref": "#/$defs/message"},
                "locations": {"type": "array", "items": {"$ref": "#/$defs/location"}},
                "relatedLocations": {"type": "array", "items": {"$ref": "#/$defs/location"}},
                "partialFingerprints": {
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                },
                "fixes": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["artifactChanges"],
                        "properties": {
                            "artifactChanges": {
                                "type": "array",
                                "minItems": 1,
                                "items": {
                                    "type": "object",
                                    "required": ["artifactLocation", "replacements"],
                                    "properties": {
                                        "replacements": {
                                            "type": "array",
                                            "minItems": 1,
                                            "items": {
                                                "type": "object",
                                                "required": ["deletedRegion"],
                                                "properties": {
                                                    "deletedRegion": {"$ref": "#/$defs/region"},
                                                    "insertedContent": {
                                                        "$ref": "#/$defs/artifactContent"
                                                    },
                                                },
                                            },
                                        }
                                    },
                                },
                            }
                        },
                    },
                },
            },
        },
        "run": {
            "type": "object",
            "required": ["tool"],
            "properties": {
                "tool": {
                    "type": "object",
                    "required": ["driver"],
                    "properties": {
                        "driver": {
                            "type": "object",
                            "required": ["name"],
                            "properties": {
                                "name": {"type": "string"},
                                "version": {"type": "string"},
                                "rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}},
                            },
                        }
                    },
                },
                "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                "results": {"type": "array", "items": {"$ref": "#/$defs/result"}},
                "invocations": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["executionSuccessful"],
                        "properties": {
                            "executionSuccessful": {"type": "boolean"},
                            "toolExecutionNotifications": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "required": ["message"],
                                    "properties": {
                                        "message": {"$ref": "#/$defs/message"},
                                        "level": {"$ref": "#/$defs/level"},
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def render(result: RunResult) -> dict[str, Any]:
    out = io.StringIO()
    SarifReporter().render(result, out)
    log: dict[str, Any] = json.loads(out.getvalue())
    return log


@pytest.fixture
def run(run_result: RunResult) -> dict[str, Any]:
    log = render(run_result)
    jsonschema.Draft202012Validator(SARIF_SUBSET).validate(log)
    return dict(log["runs"][0])


def test_log_header(run_result: RunResult, clean_result: RunResult) -> None:
    for result in (run_result, clean_result):
        log = render(result)
        jsonschema.Draft202012Validator(SARIF_SUBSET).validate(log)
        assert log["version"] == "2.1.0"
        assert log["$schema"].endswith("sarif-2.1.0.json")
        assert len(log["runs"]) == 1


def test_subset_schema_catches_a_bad_level(run_result: RunResult) -> None:
    log = render(run_result)
    log["runs"][0]["results"][0]["level"] = "info"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SARIF_SUBSET).validate(log)


def test_driver_describes_every_rule(run: dict[str, Any]) -> None:
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"] == "0.2.0"
    assert [r["id"] for r in driver["rules"]] == ["FC201", "FC301", "FC402", "FC410", "FC501"]
    pronoun = driver["rules"][0]
    assert pronoun["name"] == "personal-pronoun-for-non-person"
    assert pronoun["shortDescription"]["text"].startswith("A personal pronoun refers")
    assert "## What it does" in pronoun["help"]["markdown"]
    assert pronoun["fullDescription"]["text"]
    assert pronoun["defaultConfiguration"]["level"] == "error"
    assert pronoun["properties"]["category"] == "pronoun"
    assert driver["rules"][3]["defaultConfiguration"]["level"] == "note"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["extensions"] == [
        {"name": "factcheck-rules", "version": "0.2.0"},
        {"name": "factcheck.reporters", "version": "0.2.0"},
    ]


def test_results_point_at_their_rules_and_spans(run: dict[str, Any]) -> None:
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["FC301", "FC201", "FC410", "FC402"]
    assert [r["level"] for r in results] == ["warning", "error", "note", "warning"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    pronoun = results[1]
    location = pronoun["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "world/korea.md", "uriBaseId": "%SRCROOT%"}
    region = location["region"]
    assert (region["startLine"], region["startColumn"]) == (5, 43)
    assert (region["endLine"], region["endColumn"]) == (5, 45)
    assert region["snippet"]["text"] == "he"
    assert region["charLength"] == 2
    assert location["contextRegion"]["snippet"]["text"].startswith("After two days of talks")
    assert pronoun["partialFingerprints"] == {"factcheck/v1": "5b7a0f3e91c2d846"}
    assert pronoun["properties"]["confidence"] == 0.82


def test_multi_line_span_region(run: dict[str, Any]) -> None:
    quote = run["results"][3]
    region = quote["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"]) == (9, 10)
    assert region["snippet"]["text"].endswith("for comment.")
    assert "\n" in region["snippet"]["text"]


def test_evidence_becomes_related_locations(run: dict[str, Any]) -> None:
    related = run["results"][1]["relatedLocations"]
    assert len(related) == 1
    assert related[0]["id"] == 1
    assert related[0]["message"]["text"] == "antecedent: North Korea"
    region = related[0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (5, 26, 37)
    assert "relatedLocations" not in run["results"][2]


def test_fix_replaces_the_span(run: dict[str, Any]) -> None:
    fixes = run["results"][0]["fixes"]
    assert fixes[0]["description"]["text"] == "Use the weekday of the date"
    change = fixes[0]["artifactChanges"][0]
    assert change["artifactLocation"]["uri"] == "world/korea.md"
    replacement = change["replacements"][0]
    assert replacement["insertedContent"] == {"text": "Tuesday"}
    deleted = replacement["deletedRegion"]
    assert (deleted["startLine"], deleted["startColumn"], deleted["endColumn"]) == (3, 95, 101)
    assert fixes[0]["properties"] == {"applicability": "unsafe"}  # Fix's default
    assert "fixes" not in run["results"][2]


def test_failures_make_the_invocation_unsuccessful(run: dict[str, Any]) -> None:
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error", "error"]
    assert "KeyError: 'dateline'" in notes[0]["message"]["text"]
    assert notes[0]["associatedRule"] == {"id": "FC501", "index": 4}
    assert "cannot decode as UTF-8" in notes[1]["message"]["text"]
    uri = notes[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "world/tunnel.txt"


def test_clean_run_is_successful(clean_result: RunResult) -> None:
    run = render(clean_result)["runs"][0]
    assert run["results"] == []
    assert run["invocations"] == [{"executionSuccessful": True}]


def test_rule_without_metadata_still_gets_a_descriptor(run_result: RunResult) -> None:
    del run_result.rules["FC410"]
    run = render(run_result)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    statistic = next(r for r in run["results"] if r["ruleId"] == "FC410")
    assert rules[statistic["ruleIndex"]]["name"] == "unsourced-statistic"
    assert rules[statistic["ruleIndex"]]["defaultConfiguration"]["level"] == "note"


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("world\\korea.md", "world/korea.md"),
        ("./world/korea.md", "world/korea.md"),
        ("world/seoul summit.md", "world/seoul%20summit.md"),
    ],
)
def test_relative_uris_use_forward_slashes(path: str, uri: str) -> None:
    assert artifact_location(path) == {"uri": uri, "uriBaseId": "%SRCROOT%"}


def test_absolute_paths_under_root_become_relative(tmp_path: Path) -> None:
    story = tmp_path / "world" / "korea.md"
    assert artifact_location(str(story), str(tmp_path))["uri"] == "world/korea.md"
    outside = artifact_location("/srv/wire/korea.md", str(tmp_path))
    assert outside == {"uri": "file:///srv/wire/korea.md"}
