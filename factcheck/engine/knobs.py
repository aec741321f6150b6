"""Every knob of a run, described once: its key, validator, help, and how it resolves.

A knob used to be spelled four times: a click option, a :class:`RunOptions`
field, a kebab-case key of the settings mapping and a config validator, each
with its own idea of names and defaults. Now the table below is the one place
that says what a knob is called (the config key; the Python name is that key
with ``_`` for ``-``), how a configured value is validated, what ``--help``
says about it and whether the command line replaces or extends configuration.
The config validator, the ``factcheck run`` options and :func:`resolve_settings`
all read it; a test checks that :class:`Settings`, :class:`RunOptions` and the
command line agree with it. Defaults live on :class:`Settings` alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.contract.settings import Settings
from factcheck.engine.suggest import did_you_mean

if TYPE_CHECKING:
    from factcheck.engine.config import FileConfig
    from factcheck.engine.session import RunOptions

FAIL_ON_CHOICES = ("error", "warning", "info", "never")
CHECKLIST_CHOICES = ("short", "all")
SEVERITY_LABELS = ("error", "warning", "info")


# -- validators: a configured value in, the normalised value out (ValueError if bad) -------


def _str_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise ValueError("expected a list of strings")


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError("expected true or false")


def _positive_int(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise ValueError("expected a positive whole number")


def _positive_number(value: object) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    raise ValueError("expected a positive number of seconds")


def _string(value: object) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise ValueError("expected a non-empty string")


def _fail_on(value: object) -> str:
    if isinstance(value, str) and value.lower() in FAIL_ON_CHOICES:
        return value.lower()
    hint = did_you_mean(value, FAIL_ON_CHOICES) if isinstance(value, str) else ""
    raise ValueError(f"expected one of {', '.join(FAIL_ON_CHOICES)}{hint}")


def _checklist(value: object) -> str:
    if isinstance(value, str) and value.lower() in CHECKLIST_CHOICES:
        return value.lower()
    raise ValueError(f"expected one of {', '.join(CHECKLIST_CHOICES)}")


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError("expected a date as YYYY-MM-DD")


def _severity_map(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError('expected a table such as { "FC3" = "warning" }')
    out: dict[str, str] = {}
    for key, sev in value.items():
        if not isinstance(sev, str) or sev.lower() not in SEVERITY_LABELS:
            hint = did_you_mean(sev, SEVERITY_LABELS) if isinstance(sev, str) else ""
            raise ValueError(
                f"severity for {key!r} must be one of {', '.join(SEVERITY_LABELS)}{hint}"
            )
        out[str(key)] = sev.lower()
    return out


def _list_map(value: object) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ValueError('expected a table such as { "archive/**" = ["FC4"] }')
    out: dict[str, list[str]] = {}
    for key, selectors in value.items():
        try:
            out[str(key)] = _str_list(selectors)
        except ValueError as exc:
            raise ValueError(f"{key!r}: {exc}") from None
    return out


def _table_of_tables(value: object) -> dict[str, dict[str, object]]:
    if not isinstance(value, Mapping) or not all(isinstance(v, Mapping) for v in value.values()):
        raise ValueError("expected a table of tables, one per rule or plugin name")
    return {str(k): dict(v) for k, v in value.items()}


def parse_jobs(value: object) -> int | str:
    if value == "auto":
        return "auto"
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise ValueError('expected a positive whole number or "auto"')


def _job_count(value: object) -> int:
    """``"auto"``: one worker per core this process may run on."""
    import os

    if value == "auto":
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # not on Linux
            return max(1, os.cpu_count() or 1)
    return max(1, int(str(value)))


def _optional_path(value: object) -> Path | None:
    return None if value is None else Path(str(value))


def _same(value: object) -> object:
    return value


# -- JSON Schema fragments, for the published configuration schema ----------------------

_STRINGS: Mapping[str, Any] = {
    "anyOf": [
        {"type": "array", "items": {"type": "string"}},
        {"type": "string", "description": "comma-separated"},
    ]
}
#: A selector: a rule code or code prefix, a rule name, or ALL.
_SELECTOR: Mapping[str, Any] = {
    "type": "string",
    "pattern": "^(ALL|[A-Za-z]{1,4}[0-9]{0,3}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$",
}
_SELECTORS: Mapping[str, Any] = {
    "anyOf": [{"type": "array", "items": _SELECTOR}, {"type": "string"}]
}


# -- the table -------------------------------------------------------------------------


@dataclass(frozen=True)
class Knob:
    """One setting a user can turn, wherever it can be turned.

    ``config``: a key of ``[tool.factcheck]``; ``cli``: an option of
    ``factcheck run`` (and a :class:`RunOptions` field, unless it only
    concerns the command line); ``setting``: a field of :class:`Settings`.
    ``extend``: command-line values add to configured ones instead of
    replacing them. ``relative``: configured paths are relative to the file.
    ``convert`` turns the resolved value into the :class:`Settings` field's type.
    """

    key: str
    help: str
    parse: Callable[[object], object] = _same
    metavar: str | None = None
    config: bool = True
    cli: bool = False
    setting: bool = False
    extend: bool = False
    relative: bool = False
    convert: Callable[[Any], object] = _same
    #: The JSON Schema of the configured value (``factcheck schema config``).
    schema: Mapping[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The Python name: the :class:`Settings` and :class:`RunOptions` field."""
        return self.key.replace("-", "_")


KNOBS: tuple[Knob, ...] = (
    Knob(
        "select",
        "Run only these rules: codes, code prefixes or names (comma-separated).",
        _str_list,
        "CODES",
        cli=True,
        schema=_SELECTORS,
    ),
    Knob("ignore", "Do not run these rules.", _str_list, "CODES", cli=True, schema=_SELECTORS),
    Knob(
        "extend-select",
        "Run these rules in addition to the selected ones.",
        _str_list,
        "CODES",
        cli=True,
        schema=_SELECTORS,
    ),
    Knob(
        "per-file-ignores",
        "Globs of files and the rules never run on them.",
        _list_map,
        schema={"type": "object", "additionalProperties": _SELECTORS},
    ),
    Knob(
        "severity",
        "A severity per selector; the most specific selector wins.",
        _severity_map,
        schema={
            "type": "object",
            "propertyNames": _SELECTOR,
            "additionalProperties": {"enum": list(SEVERITY_LABELS)},
        },
    ),
    Knob(
        "fail-on",
        "Lowest severity that makes the exit code 1 (default: error).",
        _fail_on,
        cli=True,
        setting=True,
        schema={"enum": list(FAIL_ON_CHOICES)},
    ),
    Knob(
        "checklist",
        "Claims to verify: 'short' (default: at most 5, ranked and merged) or 'all'.",
        _checklist,
        cli=True,
        setting=True,
    ),
    Knob(
        "model",
        "spaCy pipeline: 'factcheck-news' (shipped), a package name or a folder.",
        _string,
        "NAME_OR_PATH",
        cli=True,
        setting=True,
        schema={"type": "string", "minLength": 1},
    ),
    Knob(
        "published",
        "Publication date: anchors relative dates ('on Friday').",
        _date,
        "YYYY-MM-DD",
        cli=True,
        setting=True,
        schema={"type": "string", "format": "date"},
    ),
    Knob("disable-plugins", "Plugins not to load, by name.", _str_list, schema=_STRINGS),
    Knob(
        "format",
        "Output format: text, json, jsonl, sarif, github, junit, rdjson, or a plugin's.",
        _string,
        "FORMAT",
        cli=True,
        schema={"type": "string", "minLength": 1},
    ),
    Knob(
        "baseline",
        "Do not report findings recorded in this baseline file.",
        _string,
        "FILE",
        cli=True,
        setting=True,
        relative=True,
        convert=_optional_path,
        schema={"type": "string", "minLength": 1},
    ),
    Knob(
        "write-baseline",
        "Record all current findings in the --baseline file and exit 0.",
        _bool,
        config=False,
        cli=True,
        setting=True,
    ),
    Knob(
        "facts",
        "A newsroom facts file (TOML) to verify claims against (repeatable).",
        _str_list,
        cli=True,
        setting=True,
        extend=True,
        relative=True,
        convert=tuple,
        schema=_STRINGS,
    ),
    Knob(
        "exclude",
        "Globs of files skipped when expanding folders (files named explicitly are checked).",
        _str_list,
        schema=_STRINGS,
    ),
    Knob(
        "report-unused-suppressions",
        "Report inline suppressions that suppressed nothing.",
        _bool,
        cli=True,
        setting=True,
        schema={"type": "boolean"},
    ),
    Knob(
        "max-file-size",
        "Largest input, in bytes; a larger one is an input error (default: 500,000).",
        _positive_int,
        setting=True,
        schema={"type": "integer", "minimum": 1},
    ),
    Knob(
        "file-timeout",
        "Seconds of processor time one file may take; a slower file is an input error "
        "(default: 120).",
        _positive_number,
        setting=True,
        schema={"type": "number", "exclusiveMinimum": 0},
    ),
    Knob(
        "jobs",
        "Check files in N worker processes ('auto': one per available core; default 1).",
        parse_jobs,
        "N|auto",
        cli=True,
        setting=True,
        convert=_job_count,
    ),
    Knob(
        "cache-dir",
        "Result cache folder (default: .factcheck_cache in the working directory).",
        _string,
        "DIR",
        cli=True,
        setting=True,
        relative=True,
        convert=_optional_path,
    ),
    Knob(
        "rule-options",
        "Options for one rule, keyed by its code or name.",
        _table_of_tables,
        setting=True,
        schema={"type": "object", "additionalProperties": {"type": "object"}},
    ),
    Knob(
        "plugin-options",
        "Options for one plugin, keyed by its entry-point name.",
        _table_of_tables,
        setting=True,
        schema={"type": "object", "additionalProperties": {"type": "object"}},
    ),
)
KNOB: Mapping[str, Knob] = {k.key: k for k in KNOBS}
#: The keys ``[tool.factcheck]`` accepts.
CONFIG_KEYS: tuple[str, ...] = tuple(k.key for k in KNOBS if k.config)


# -- resolution ------------------------------------------------------------------------------


def _given(value: object) -> bool:
    """Whether a command-line value was given (an empty string counts as not given)."""
    return value is not None and value != ""


def resolve_settings(given: RunOptions, config: FileConfig) -> Settings:
    """The run's :class:`Settings`: command line, then configuration, then the defaults.

    ``given.settings_overrides`` (the testing kit's ``settings=``) apply last.
    """
    values: dict[str, Any] = {"config_file": config.path}  # Any: each knob converts its own
    for knob in KNOBS:
        if not knob.setting:
            continue
        from_cli = getattr(given, knob.name) if knob.cli else None
        from_config = config.get(knob.key) if knob.config else None
        if knob.extend:
            value: object = [*(from_config or ()), *(from_cli or ())]
        elif _given(from_cli):
            value = from_cli
        elif from_config is not None:
            value = from_config
        else:
            continue  # the default on Settings
        values[knob.name] = knob.convert(value)
    return apply_overrides(Settings(**values), given.settings_overrides)


def apply_overrides(settings: Settings, overrides: Mapping[str, object]) -> Settings:
    """``settings`` with some fields replaced, each value validated as configuration would be.

    Keys are :class:`Settings` field names (``"facts"``, ``"rule_options"``);
    the configuration spelling (``"rule-options"``) is accepted too. Raises
    :class:`ValueError` for an unknown field or a bad value.
    """
    if not overrides:
        return settings
    names = {f.name for f in dataclasses.fields(Settings)}
    changes: dict[str, Any] = {}  # Any: each knob converts its own
    for key, value in overrides.items():
        name = key.replace("-", "_")
        if name not in names:
            raise ValueError(f"unknown setting {key!r} (settings: {', '.join(sorted(names))})")
        knob = KNOB.get(name.replace("_", "-"))
        if knob is None:  # not a knob: config_file and severities
            changes[name] = _optional_path(value) if name == "config_file" else value
            continue
        try:
            changes[name] = knob.convert(knob.parse(value))
        except ValueError as exc:
            raise ValueError(f"bad value for setting {key!r}: {exc} (got {value!r})") from None
    return dataclasses.replace(settings, **changes)
