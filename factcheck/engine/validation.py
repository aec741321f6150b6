"""Configuration values that name installed things: rules, plugins, rule options, formats.

:mod:`factcheck.engine.config` checks each value's shape when a file is read;
whether ``FC4O4`` is a rule, ``house-styl`` a plugin or ``min-confidance`` an
option of FC301 can only be known once the plugins are loaded. A typo there
used to pass silently (a severity override for no rule, an option nobody reads),
which is worse than an error: the user believes a setting is in force. Every
such value is checked here, before any file is read, and an error names the
file, the key and the closest known name.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from factcheck.contract.rule import RuleOption
from factcheck.contract.selectors import specificity
from factcheck.contract.settings import ConfigError
from factcheck.engine.config import FileConfig
from factcheck.engine.plugin_manager import (
    IN_PROCESS_DISTRIBUTION,
    MODULE_DISTRIBUTION,
    PluginInfo,
)
from factcheck.engine.registry import RegisteredRule
from factcheck.engine.suggest import did_you_mean


class SelectorError(ValueError):
    """A selector that matches no registered rule."""


def _selector_names(rules: Iterable[RegisteredRule]) -> list[str]:
    return [n for r in rules for n in (r.code, r.name)]


def check_selectors(selectors: Iterable[str], rules: Iterable[RegisteredRule], where: str) -> None:
    """Raise :class:`SelectorError` for a selector no rule matches (a likely typo)."""
    rules = list(rules)
    for sel in selectors:
        if not any(specificity(sel, r.code, r.name) for r in rules):
            hint = did_you_mean(sel, _selector_names(rules))
            raise SelectorError(f"{where}: {sel!r} matches no rule{hint} (see `factcheck rules`)")


def _where(path: Path | None) -> str:
    return str(path) if path is not None else "configuration"


def check_config(
    values: Mapping[str, Any],
    path: Path | None,
    rules: Mapping[str, RegisteredRule],
    plugins: Mapping[str, PluginInfo],
) -> None:
    """Check the names in one validated configuration table against what is installed.

    ``plugins`` are every plugin the run knows, blocked ones included. A plugin
    loaded by module name (``-p MODULE``, the testing kit) may read a
    ``plugin-options`` table of any name, so those names are only checked when
    every plugin came from an entry point. Raises :class:`SelectorError` or
    :class:`ConfigError` naming ``path`` and the key.
    """
    where = _where(path)
    by_module = any(
        i.distribution in (MODULE_DISTRIBUTION, IN_PROCESS_DISTRIBUTION) for i in plugins.values()
    )
    option_tables = None if by_module else set(plugins)
    regs = list(rules.values())
    for key in ("select", "ignore", "extend-select"):
        check_selectors(values.get(key, []), regs, f"{where}: {key}")
    for pattern, selectors in values.get("per-file-ignores", {}).items():
        check_selectors(selectors, regs, f"{where}: per-file-ignores.{pattern!r}")
    check_selectors(values.get("severity", {}), regs, f"{where}: severity")
    for name in values.get("disable-plugins", []):
        _check_plugin(name, plugins, f"{where}: disable-plugins")
    if option_tables is not None:
        for name in values.get("plugin-options", {}):
            _check_plugin(name, option_tables, f"{where}: plugin-options")
    for key, table in values.get("rule-options", {}).items():
        check_rule_options(key, table, rules, f"{where}: rule-options")


def _check_plugin(name: str, plugins: Collection[str], where: str) -> None:
    if name not in plugins:
        raise ConfigError(
            f"{where}: no plugin named {name!r}{did_you_mean(name, plugins)} "
            "(see `factcheck plugins`)"
        )


def check_rule_options(
    key: str, table: Mapping[str, Any], rules: Mapping[str, RegisteredRule], where: str
) -> None:
    """One ``rule-options`` table: a rule's code or name, and options it declares."""
    reg = rules.get(key) or next((r for r in rules.values() if r.name == key), None)
    if reg is None:
        raise ConfigError(
            f"{where}: no rule {key!r}{did_you_mean(key, _selector_names(rules.values()))} "
            "(a table is keyed by a rule's code or name)"
        )
    declared = reg.cls.config_options
    if declared is None:
        return  # the rule does not declare its options: it reads and checks them itself
    known = {o.key: o for o in declared}
    for option, value in table.items():
        spec = known.get(option)
        if spec is None:
            names = ", ".join(known) or "none"
            raise ConfigError(
                f"{where}.{key}: {reg.code} has no option {option!r}"
                f"{did_you_mean(option, known)} (its options: {names})"
            )
        if not spec.accepts(value):
            raise ConfigError(
                f"{where}.{key}.{option}: expected {_kind_words(spec)} (got {value!r})"
            )


def _kind_words(option: RuleOption) -> str:
    return {
        "bool": "true or false",
        "int": "a whole number",
        "number": "a number",
        "string": "a string",
        "strings": "a string or a list of strings",
        "path": "a path",
        "table": "a table",
    }[option.kind]


def check_some_rule_runs(enabled: Sequence[RegisteredRule], config: Path | None) -> None:
    """A selection that leaves no rule to run is an error: "All clear" would be a lie."""
    if not enabled:
        where = f" and {config}" if config else ""
        raise SelectorError(
            f"no rule is selected: the selection on the command line{where} leaves "
            "nothing to run (see `factcheck rules`; --allow-empty accepts an empty run)"
        )


def output_format(given: str | None, config: FileConfig, formats: Sequence[str]) -> str:
    """``--format``, else ``format`` in configuration, else text; an unknown one is an error
    naming where it was set."""
    if given:
        check_format(given, formats, "--format: ")
        return given
    fmt = config.get("format")
    if fmt is None:
        return "text"
    check_format(fmt, formats, f"{config.path or 'configuration'}: bad value for 'format': ")
    return str(fmt)


def check_format(fmt: str, formats: Sequence[str], origin: str) -> None:
    """``fmt`` must be a registered output format; ``origin`` says where it was set."""
    if fmt not in formats:
        raise ConfigError(
            f"{origin}unknown format {fmt!r}{did_you_mean(fmt, formats)} "
            f"(available: {', '.join(sorted(formats))})"
        )
