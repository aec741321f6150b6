"""What every command shares: exit codes, error exit, plugin flags, knob options.

Options that are knobs of a run (``--select``, ``--model``...) take their flag,
help and metavar from :mod:`factcheck.engine.knobs`, the one description the
configuration validator and the settings resolution read too; so the help a
user sees and the key they write in ``pyproject.toml`` cannot drift apart.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TypeVar

import click

from factcheck.engine.knobs import KNOB
from factcheck.engine.plugin_manager import (
    FactcheckPluginManager,
    PluginLoadError,
    make_plugin_manager,
    parse_disabled,
    split_plugin_args,
)
from factcheck.engine.registry import RegisteredRule, collect_rules

#: Exit codes; 1 (findings at or above the fail level) comes from ``session.exit_code``.
EXIT_OK, EXIT_USAGE, EXIT_INTERNAL = 0, 2, 3
F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int) -> NoReturn:
    """Print ``factcheck: error: MESSAGE`` on standard error and exit with ``code``."""
    click.echo(f"factcheck: error: {message}", err=True)
    sys.exit(code)


def split_values(values: Sequence[str]) -> list[str]:
    """Repeated and comma-separated values as one list: ``--select FC1,FC2 --select FC3``."""
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def config_option(help_text: str, *, isolated: bool = True) -> Callable[[F], F]:
    """``--config FILE`` (and ``--isolated``), as every command that reads configuration
    spells them; ``help_text`` says what the file is used for in that command."""

    def apply(func: F) -> F:
        if isolated:
            func = click.option("--isolated", is_flag=True, help="Ignore all configuration files.")(
                func
            )
        return click.option(
            "--config",
            "config_file",
            type=click.Path(exists=True, dir_okay=False),
            default=None,
            help=help_text,
        )(func)

    return apply


def knob_option(key: str, *decls: str, **attrs: Any) -> Callable[[F], F]:
    """A click option for the knob ``key``: ``--KEY`` (or ``decls``), its help and metavar."""
    knob = KNOB[key]
    attrs.setdefault("help", knob.help)
    if knob.metavar is not None:
        attrs.setdefault("metavar", knob.metavar)
    return click.option(*(decls or (f"--{key}",)), **attrs)


def plugin_flags(func: F) -> F:
    """``-p no:NAME`` / ``-p MODULE`` and ``--disable-plugin NAME``, shared by every command."""
    func = click.option(
        "-p",
        "plugin_args",
        multiple=True,
        metavar="no:NAME|MODULE",
        help="-p no:NAME disables a plugin; -p MODULE loads a plugin module (repeatable).",
    )(func)
    func = click.option(
        "--disable-plugin",
        "disabled",
        multiple=True,
        metavar="NAME",
        help="Do not load the plugin NAME (repeatable).",
    )(func)
    return func


def plugin_choice(
    plugin_args: Sequence[str], disabled: Sequence[str]
) -> tuple[list[str], list[str]]:
    """The plugins to block and the plugin modules to load, from the plugin flags."""
    off, modules = split_plugin_args(plugin_args)
    return [*parse_disabled(disabled), *off], modules


def load_plugins(
    plugin_args: Sequence[str], disabled: Sequence[str]
) -> tuple[FactcheckPluginManager, dict[str, RegisteredRule]]:
    """The plugin manager and its rules, for the commands that list them (exit 3 on failure)."""
    off, modules = plugin_choice(plugin_args, disabled)
    try:
        pm = make_plugin_manager(off, modules=modules)
        return pm, collect_rules(pm)
    except PluginLoadError as exc:
        fail(str(exc), EXIT_INTERNAL)
