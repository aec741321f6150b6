"""The ``factcheck`` command group and the console-script entry point.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it;
2 usage, configuration or input error; 3 internal error (a plugin or rule
failed). ``--help``, ``rules`` and ``plugins`` never load a spaCy model.
Each built-in command lives in its own module; plugins add theirs through
``factcheck_register_commands``, loaded only when the group lists commands.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

import click

from factcheck import __version__
from factcheck.cli.archive_cmd import archive_cmd
from factcheck.cli.cache_cmd import cache_cmd
from factcheck.cli.options import EXIT_INTERNAL, fail
from factcheck.cli.parse import parse_cmd
from factcheck.cli.pipes import discard_stdout
from factcheck.cli.plugins import plugins_cmd
from factcheck.cli.rules import rule_cmd, rules_cmd
from factcheck.cli.run import run
from factcheck.cli.schema import schema_cmd
from factcheck.engine.plugin_manager import (
    PluginLoadError,
    make_plugin_manager,
    parse_disabled,
    split_plugin_args,
)
from factcheck.lsp.command import lsp_command
from factcheck.server.command import serve_command


def _prescan_plugins(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """``-p`` and ``--disable-plugin`` before click parses (as pytest does).

    Plugins contribute commands, so blocking must happen before the CLI is built.
    """
    p_values: list[str] = []
    disabled: list[str] = []
    it = iter(argv)
    for arg in it:
        if arg == "-p":
            p_values.append(next(it, ""))
        elif arg == "--disable-plugin":
            disabled.append(next(it, ""))
        elif arg.startswith("--disable-plugin="):
            disabled.append(arg.split("=", 1)[1])
        elif arg.startswith("-p") and len(arg) > 2:
            p_values.append(arg[2:])
    off, modules = split_plugin_args(p_values)
    return [*parse_disabled(disabled), *off], modules


class FactcheckGroup(click.Group):
    """A group that adds the commands plugins register, loading plugins only then."""

    def _plugin_commands(self) -> dict[str, click.Command]:
        if not hasattr(self, "_cached_plugin_commands"):
            from factcheck.engine.registry import collect_commands

            cmds: dict[str, click.Command] = {}
            try:
                off, modules = _prescan_plugins(sys.argv[1:])
                pm = make_plugin_manager(off, modules=modules)
                for _plugin, cmd in collect_commands(pm):
                    if cmd.name and cmd.name not in self.commands:
                        cmds[cmd.name] = cmd
            except PluginLoadError:
                pass  # reported by the command that needs the plugins
            self._cached_plugin_commands = cmds
        return self._cached_plugin_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self._plugin_commands()})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return super().get_command(ctx, cmd_name) or self._plugin_commands().get(cmd_name)


@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli() -> None:
    """Fact-check and consistency checker for editorial copy.

    \b
    factcheck run article.txt            check an article
    factcheck run --format sarif copy/   check a folder, SARIF for code scanning
    factcheck rules                      list the rules
    factcheck rule FC101                 explain one rule
    """


for _command in (
    run,
    rules_cmd,
    rule_cmd,
    plugins_cmd,
    parse_cmd,
    serve_command,
    lsp_command,
    archive_cmd,
    cache_cmd,
    schema_cmd,
):
    cli.add_command(_command)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point: any unexpected error is exit code 3, with a traceback."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="factcheck")
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except BrokenPipeError:  # factcheck rules | head: the reader has all it wanted
        discard_stdout()
        sys.exit(0)
    except Exception as exc:
        traceback.print_exc()
        fail(f"internal error: {type(exc).__name__}: {exc} (please report it)", EXIT_INTERNAL)
