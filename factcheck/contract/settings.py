"""Typed run settings and option tables: what every hook and rule is handed.

Hooks used to receive a ``Mapping[str, Any]`` with kebab-case keys, so a typo
(``settings["publised"]``) read as "not set" and a value of the wrong type
("2023-03-17" where a date was meant) failed far from its cause. ``Settings``
is frozen and typed: mypy checks every read, and no plugin can change the
settings another plugin sees. The host fills it (``factcheck.engine.knobs``);
plugins only read it.

Option tables (``[tool.factcheck.rule-options.NAME]`` and
``[tool.factcheck.plugin-options.NAME]``) belong to the plugin, so their keys
cannot be typed here. :class:`Options` gives them typed getters instead, which
fail with a :class:`ConfigError` naming the key as the user wrote it: a bad
value is exit code 2 with a message, not a crash inside a rule.

Part of the contract: this module imports nothing else of the host.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import overload

from factcheck.contract.findings import Severity


class ConfigError(Exception):
    """A configuration file, setting or plugin option that cannot be used. Exit code 2.

    Raise it from ``factcheck_configure`` for a bad option: the run stops
    before any file is read, with your message.
    """


class Options(Mapping[str, object]):
    """One options table (a rule's or a plugin's): read-only, with typed getters.

    It is a mapping, so ``options.get("key")``, ``"key" in options`` and
    ``dict(options)`` work. The ``get_*`` methods return the default when the
    key is absent and raise :class:`ConfigError` naming ``where.key`` when the
    value has the wrong type.
    """

    __slots__ = ("_values", "where")

    def __init__(self, values: Mapping[str, object] | None = None, where: str = "options") -> None:
        self._values: Mapping[str, object] = MappingProxyType(dict(values or {}))
        #: Where the table comes from, as configuration spells it (``plugin-options.house-style``).
        self.where = where

    def __getitem__(self, key: str) -> object:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Options({dict(self._values)!r}, where={self.where!r})"

    def _bad(self, key: str, expected: str, value: object) -> ConfigError:
        return ConfigError(f"{self.where}.{key}: expected {expected} (got {value!r})")

    @overload
    def get_str(self, key: str) -> str | None: ...
    @overload
    def get_str(self, key: str, default: str) -> str: ...
    def get_str(self, key: str, default: str | None = None) -> str | None:
        """A string option."""
        value = self._values.get(key, default)
        if value is None or isinstance(value, str):
            return value
        raise self._bad(key, "a string", value)

    @overload
    def get_int(self, key: str) -> int | None: ...
    @overload
    def get_int(self, key: str, default: int) -> int: ...
    def get_int(self, key: str, default: int | None = None) -> int | None:
        """A whole-number option (``true`` is not a number)."""
        value = self._values.get(key, default)
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise self._bad(key, "a whole number", value)

    @overload
    def get_float(self, key: str) -> float | None: ...
    @overload
    def get_float(self, key: str, default: float) -> float: ...
    def get_float(self, key: str, default: float | None = None) -> float | None:
        """A number option; a whole number is accepted too (``1`` for ``1.0``)."""
        value = self._values.get(key, default)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise self._bad(key, "a number", value)

    @overload
    def get_bool(self, key: str) -> bool | None: ...
    @overload
    def get_bool(self, key: str, default: bool) -> bool: ...
    def get_bool(self, key: str, default: bool | None = None) -> bool | None:
        """A ``true``/``false`` option."""
        value = self._values.get(key, default)
        if value is None or isinstance(value, bool):
            return value
        raise self._bad(key, "true or false", value)

    def get_path(self, key: str, base: Path | None = None) -> Path | None:
        """A path option (``~`` expanded); a relative path is joined to ``base`` when given.

        Pass ``settings.config_dir`` as ``base`` so a path means the same
        file whatever folder factcheck is run from.
        """
        value = self._values.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self._bad(key, "a path", value)
        path = Path(value.strip()).expanduser()
        return base / path if base is not None and not path.is_absolute() else path

    def get_str_list(self, key: str) -> tuple[str, ...]:
        """A list of strings; a single string is a list of one. Absent: empty."""
        value = self._values.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise self._bad(key, "a string or a list of strings", value)


def _frozen(tables: Mapping[str, Mapping[str, object]]) -> Mapping[str, Mapping[str, object]]:
    return MappingProxyType({str(k): MappingProxyType(dict(v)) for k, v in tables.items()})


@dataclass(frozen=True, slots=True)
class Settings:
    """The resolved settings of a run; per file, with that file's severities and rule options.

    Command line over configuration over the defaults below (``facts`` adds the
    two up). Field names are the configuration keys with ``_`` for ``-``.
    ``config_file`` is the configuration found for the run (None when there is
    none): resolve relative paths in your options against :attr:`config_dir`.
    """

    model: str = "factcheck-news"
    published: dt.date | None = None
    fail_on: str = "error"
    baseline: Path | None = None
    write_baseline: bool = False
    facts: tuple[str, ...] = ()
    #: Limits that match what the tool can do (benchmarks/input_scaling.py): an input
    #: larger, or a file slower, is that file's error rather than a stalled run.
    max_file_size: int = 500_000
    file_timeout: float = 120.0
    report_unused_suppressions: bool = False
    #: Worker processes checking files (``jobs = "auto"`` resolves to the cores available).
    jobs: int = 1
    #: The result cache's folder (None: ``.factcheck_cache`` in the working directory).
    cache_dir: Path | None = None
    #: ``short``: the claims-to-verify checklist ranked and cut to a few items; ``all``: every
    #: candidate claim finding.
    checklist: str = "short"
    config_file: Path | None = None
    #: ``[tool.factcheck.rule-options.CODE-OR-NAME]`` tables: read with :meth:`rule_options_for`.
    rule_options: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    #: ``[tool.factcheck.plugin-options.NAME]`` tables: read with :meth:`plugin_options_for`.
    plugin_options: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    #: The severity of each rule enabled for the file being checked (empty run-wide).
    severities: Mapping[str, Severity] = field(default_factory=dict)
    #: The rules whose severity the user set (the ``severity`` table): for these, the
    #: user's severity wins over the one a rule picks for a single finding.
    severity_overrides: Mapping[str, Severity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Frozen all the way down: a plugin cannot change what the next plugin reads.
        object.__setattr__(self, "facts", tuple(self.facts))
        object.__setattr__(self, "rule_options", _frozen(self.rule_options))
        object.__setattr__(self, "plugin_options", _frozen(self.plugin_options))
        object.__setattr__(self, "severities", MappingProxyType(dict(self.severities)))
        overrides = MappingProxyType(dict(self.severity_overrides))
        object.__setattr__(self, "severity_overrides", overrides)

    @property
    def config_dir(self) -> Path:
        """The folder relative paths in configuration refer to (the working directory if none)."""
        return self.config_file.parent if self.config_file is not None else Path.cwd()

    def plugin_options_for(self, plugin: str) -> Options:
        """The options table of ``plugin`` (its entry-point name); empty when not configured."""
        return Options(self.plugin_options.get(plugin, {}), f"plugin-options.{plugin}")

    def rule_options_for(self, code: str, name: str) -> Options:
        """A rule's options: its code's table, then its name's table on top."""
        merged: dict[str, object] = {}
        found: list[str] = []
        for key in (code, name):
            table = self.rule_options.get(key)
            if isinstance(table, Mapping):
                merged.update(table)
                found.append(key)
        return Options(merged, f"rule-options.{'/'.join(found) or name}")
