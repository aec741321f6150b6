"""reviewdog's rdjson: UTF-8 byte columns, exclusive ends, suggestions."""

from __future__ import annotations

import io
import json
from typing import Any

from factcheck import RunResult
from factcheck.host.reporters.rdjson import RdjsonReporter


def render(result: RunResult) -> dict[str, Any]:
    out = io.StringIO()
    RdjsonReporter().render(result, out)
    doc: dict[str, Any] = json.loads(out.getvalue())
    return doc


def test_top_level(run_result: RunResult, clean_result: RunResult) -> None:
    doc = render(run_result)
    assert list(doc) == ["source", "severity", "diagnostics"]
    assert doc["source"] == {"name": "factcheck"}
    assert doc["severity"] == "ERROR"
    assert render(clean_result) == {"source": {"name": "factcheck"}, "diagnostics": []}


def test_severity_is_the_worst_finding_when_everything_ran(run_result: RunResult) -> None:
    run_result.files = run_result.files[:1]
    run_result.files[0].failures = []
    run_result.files[0].findings = [
        f for f in run_result.files[0].findings if f.severity.label != "error"
    ]
    assert render(run_result)["severity"] == "WARNING"


def test_columns_are_utf8_bytes(run_result: RunResult) -> None:
    weekday = render(run_result)["diagnostics"][0]
    # "SEOUL — ... week’s ... Monday": the em dash and the curly apostrophe are
    # three bytes each, so the byte column is the code-point column (95) + 4.
    assert weekday["location"] == {
        "path": "world/korea.md",
        "range": {"start": {"line": 3, "column": 99}, "end": {"line": 3, "column": 105}},
    }
    line = run_result.files[0].text.splitlines()[2].encode("utf-8")
    assert line[99 - 1 : 105 - 1] == b"Monday"


def test_diagnostic_fields(run_result: RunResult) -> None:
    pronoun = render(run_result)["diagnostics"][1]
    assert pronoun["message"] == '"he" refers to North Korea, a country: use "it"'
    assert pronoun["severity"] == "ERROR"
    assert pronoun["code"] == {"value": "FC201"}
    span = {"start": {"line": 5, "column": 43}, "end": {"line": 5, "column": 45}}
    assert pronoun["location"]["range"] == span
    assert pronoun["suggestions"] == [{"range": span, "text": "it"}]
    assert pronoun["related_locations"] == [
        {
            "message": "antecedent: North Korea",
            "location": {
                "path": "world/korea.md",
                "range": {"start": {"line": 5, "column": 26}, "end": {"line": 5, "column": 37}},
            },
        }
    ]


def test_severities_and_multi_line_range(run_result: RunResult) -> None:
    diagnostics = render(run_result)["diagnostics"]
    assert [d["severity"] for d in diagnostics] == [
        "WARNING",
        "ERROR",
        "INFO",
        "WARNING",
        "ERROR",
        "ERROR",
    ]
    quote = diagnostics[3]["location"]["range"]
    # The span ends after "for comment.", the 53rd byte of the all-ASCII line 10.
    assert quote == {"start": {"line": 9, "column": 1}, "end": {"line": 10, "column": 54}}
    assert "suggestions" not in diagnostics[2]


def test_failures_and_file_errors_are_diagnostics(run_result: RunResult) -> None:
    diagnostics = render(run_result)["diagnostics"]
    assert diagnostics[4] == {
        "message": "FC501 (factcheck-rules) raised KeyError: 'dateline'",
        "location": {"path": "world/korea.md"},
        "severity": "ERROR",
        "code": {"value": "FC501"},
    }
    assert diagnostics[5] == {
        "message": "could not be checked: cannot decode as UTF-8: invalid start byte 0xff at "
        "offset 212",
        "location": {"path": "world/tunnel.txt"},
        "severity": "ERROR",
    }


def test_without_text_falls_back_to_code_point_columns(run_result: RunResult) -> None:
    run_result.files[0].text = ""
    weekday = render(run_result)["diagnostics"][0]
    assert weekday["location"]["range"]["start"] == {"line": 3, "column": 95}
