"""The JSON Schema of the configuration, generated from the knob table and the rules.

Published as ``factcheck/schemas/config.json`` (and printed by ``factcheck schema
config``), as ruff publishes ``ruff.schema.json``: editors that validate TOML
(Even Better TOML / taplo, and SchemaStore for ``pyproject.toml``) then flag a
typo while it is typed, before any run. It is generated, never written by hand,
from the same :data:`~factcheck.engine.knobs.KNOBS` the validator reads and from
the options rules declare, and a test keeps the committed copy current.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from typing import Any

from factcheck.contract.rule import OPTION_KINDS
from factcheck.engine.knobs import KNOBS
from factcheck.engine.registry import RegisteredRule

#: A stable identifier for the schema (a URN: it names the document, it is not fetched).
CONFIG_SCHEMA_ID = "urn:factcheck-news:schema:config"
CONFIG_SCHEMA_RESOURCE = ("schemas", "config.json")


def _rule_options(rules: Mapping[str, RegisteredRule]) -> dict[str, Any]:
    """``rule-options`` tables of the rules that declare their options, by code and name."""
    properties: dict[str, Any] = {}
    for reg in rules.values():
        declared = reg.cls.config_options
        if declared is None:
            continue
        table = {
            "type": "object",
            "description": f"Options of {reg.code} {reg.name}.",
            "additionalProperties": False,
            "properties": {
                o.key: {"description": o.help, **OPTION_KINDS[o.kind]} for o in declared
            },
        }
        properties[reg.code] = properties[reg.name] = table
    return properties


def config_schema(rules: Mapping[str, RegisteredRule]) -> dict[str, Any]:
    """The schema of ``[tool.factcheck]`` (or of a ``factcheck.toml``) for ``rules``."""
    properties: dict[str, Any] = {}
    for knob in KNOBS:
        if not knob.config:
            continue
        entry: dict[str, Any] = {"description": knob.help, **knob.schema}
        if knob.key == "rule-options":
            entry["properties"] = _rule_options(rules)
        properties[knob.key] = entry
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": CONFIG_SCHEMA_ID,
        "title": "factcheck configuration",
        "description": (
            "[tool.factcheck] in pyproject.toml, or the top level of factcheck.toml. "
            "See docs/configuration.md."
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }


def render(schema: Mapping[str, Any]) -> str:
    """The schema as committed: indented, keys in table order, one final newline."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def load_config_schema() -> dict[str, Any]:
    """The schema shipped with this version (built-in rules only)."""
    ref = resources.files("factcheck").joinpath(*CONFIG_SCHEMA_RESOURCE)
    schema: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return schema
