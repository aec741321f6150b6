"""The ``factcheck`` command line.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it;
2 usage, configuration or input error; 3 internal error (a plugin or rule
failed). ``--help``, ``rules`` and ``plugins`` never load a spaCy model.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from factcheck import __version__
from factcheck.engine.config import ConfigError
from factcheck.engine.plugin_manager import (
    PluginLoadError,
    make_plugin_manager,
    parse_disabled,
    split_plugin_args,
)
from factcheck.engine.selection import SelectorError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str, code: int) -> None:
    click.echo(f"factcheck: error: {message}", err=True)
    sys.exit(code)


def _split(values: Sequence[str]) -> list[str]:
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


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


def plugin_options(func: F) -> F:
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


def _plugin_choice(
    plugin_args: Sequence[str], disabled: Sequence[str]
) -> tuple[list[str], list[str]]:
    off, modules = split_plugin_args(plugin_args)
    return [*parse_disabled(disabled), *off], modules


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date as YYYY-MM-DD") from None


def _jobs_option(ctx: click.Context, param: click.Parameter, value: str | None) -> int | str | None:
    if value is None or value == "auto":
        return value
    if value.isdigit() and int(value) > 0:
        return int(value)
    raise click.BadParameter(f"{value!r} is not a positive whole number or 'auto'")


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


@cli.command()
@click.argument("paths", nargs=-1, type=str)
@click.option(
    "-f",
    "--format",
    "fmt",
    default=None,
    metavar="FORMAT",
    help="Output format: text, json, jsonl, sarif, github, junit, rdjson, or a plugin's.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the report to FILE instead of standard output.",
)
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Run only these rules: codes, code prefixes or names (comma-separated).",
)
@click.option("--ignore", multiple=True, metavar="CODES", help="Do not run these rules.")
@click.option(
    "--extend-select",
    multiple=True,
    metavar="CODES",
    help="Run these rules in addition to the selected ones.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Lowest severity that makes the exit code 1 (default: error).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option(
    "--model",
    default=None,
    metavar="NAME_OR_PATH",
    help="spaCy pipeline: 'factcheck-news' (shipped), a package name or a folder.",
)
@click.option(
    "--published",
    callback=_published,
    default=None,
    metavar="YYYY-MM-DD",
    help="Publication date: anchors relative dates ('on Friday').",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Use this configuration file instead of discovering one.",
)
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option(
    "--baseline",
    default=None,
    metavar="FILE",
    help="Do not report findings recorded in this baseline file.",
)
@click.option(
    "--write-baseline",
    is_flag=True,
    help="Record all current findings in the --baseline file and exit 0.",
)
@click.option(
    "--report-unused-suppressions/--no-report-unused-suppressions",
    default=None,
    help="Report inline suppressions that suppressed nothing.",
)
@click.option(
    "--facts",
    "facts",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="A newsroom facts file (TOML) to verify claims against (repeatable).",
)
@click.option("--stdin-filename", default=None, help="Path to report for standard input.")
@click.option(
    "-j",
    "--jobs",
    callback=_jobs_option,
    default=None,
    metavar="N|auto",
    help="Check files in N worker processes ('auto': one per available core; default 1).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option(
    "--cache-dir",
    default=None,
    metavar="DIR",
    help="Result cache folder (default: .factcheck_cache in the working directory).",
)
@click.option(
    "--stats", is_flag=True, help="Print speed, cache use and memory per worker on standard error."
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    help="Colour in text output (auto: only on a terminal, and not when NO_COLOR is set).",
)
@plugin_options
def run(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    fail_on: str | None,
    exit_zero: bool,
    model: str | None,
    published: dt.date | None,
    config_file: str | None,
    isolated: bool,
    baseline: str | None,
    write_baseline: bool,
    report_unused_suppressions: bool | None,
    facts: tuple[str, ...],
    stdin_filename: str | None,
    jobs: int | str | None,
    no_cache: bool,
    cache_dir: str | None,
    stats: bool,
    color: str,
    plugin_args: tuple[str, ...],
    disabled: tuple[str, ...],
) -> None:
    """Check articles (files, folders, globs, or - for standard input)."""
    from factcheck.engine.session import RunOptions, Session, exit_code, render
    from factcheck.nlp import ModelError

    if not paths and sys.stdin.isatty():
        _fail("nothing to check: give files, folders or globs, or - for standard input",
              EXIT_USAGE)
    off, modules = _plugin_choice(plugin_args, disabled)
    options = RunOptions(
        paths=paths,
        select=_split(select) or None,
        ignore=_split(ignore),
        extend_select=_split(extend_select),
        fail_on=fail_on,
        model=model,
        published=published,
        disabled_plugins=off,
        plugin_modules=modules,
        isolated=isolated,
        config_file=Path(config_file) if config_file else None,
        baseline=baseline,
        write_baseline=write_baseline,
        report_unused_suppressions=report_unused_suppressions,
        stdin_filename=stdin_filename,
        facts=[str(Path(f).resolve()) for f in facts],
        jobs=jobs,
        cache=not no_cache,
        cache_dir=cache_dir,
        stats=stats,
    )
    try:
        session = Session(options)
        fmt = fmt or session.global_config.get("format") or "text"
        session.settings["progress"] = fmt == "text" and sys.stderr.isatty()
        if fmt not in session.reporters:
            _fail(
                f"unknown format {fmt!r} (available: {', '.join(sorted(session.reporters))})",
                EXIT_USAGE,
            )
        if write_baseline and not session.settings["baseline"]:
            _fail("--write-baseline needs --baseline FILE (or `baseline` in configuration)",
                  EXIT_USAGE)
        result = session.run()
    except (ConfigError, SelectorError, ModelError) as exc:
        _fail(str(exc), EXIT_USAGE)
        return
    except PluginLoadError as exc:
        _fail(str(exc), EXIT_INTERNAL)
        return
    use_color = _use_color(color, output)
    try:
        if output:
            with open(output, "w", encoding="utf-8", newline="\n") as fh:
                render(result, session, fmt, fh, color=False)
        else:
            render(result, session, fmt, sys.stdout, color=use_color)
    except Exception as exc:  # a reporter plugin failed
        _fail(f"format {fmt!r} failed: {type(exc).__name__}: {exc}", EXIT_INTERNAL)
    if write_baseline:
        click.echo(
            f"factcheck: wrote {len(result.findings)} findings to {session.settings['baseline']}",
            err=True,
        )
        sys.exit(EXIT_OK if not result.failures else EXIT_INTERNAL)
    for failure in result.failures:
        click.echo(
            f"factcheck: error: rule {failure.rule} (plugin {failure.plugin}) failed on "
            f"{failure.path}: {failure.error}",
            err=True,
        )
    sys.exit(exit_code(result, exit_zero=exit_zero))


def _use_color(choice: str, output: str | None) -> bool:
    if choice == "always":
        return True
    if choice == "never" or output or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _session_for_listing(plugin_args: Sequence[str], disabled: Sequence[str]) -> Any:
    from factcheck.engine.registry import collect_rules

    off, modules = _plugin_choice(plugin_args, disabled)
    try:
        pm = make_plugin_manager(off, modules=modules)
        return pm, collect_rules(pm)
    except PluginLoadError as exc:
        _fail(str(exc), EXIT_INTERNAL)
        raise


@cli.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              help="markdown prints every rule's full documentation (docs/rules.md).")
@plugin_options
def rules_cmd(fmt: str, plugin_args: tuple[str, ...], disabled: tuple[str, ...]) -> None:
    """List every rule: code, name, category, default severity, plugin."""
    _pm, rules = _session_for_listing(plugin_args, disabled)
    if fmt == "json":
        click.echo(json.dumps([{"code": c, **r.metadata()} for c, r in rules.items()], indent=2))
        return
    if fmt == "markdown":
        click.echo(rules_markdown(rules), nl=False)
        return
    rows = [(c, r.name, r.cls.category, r.cls.severity.label, r.plugin) for c, r in rules.items()]
    header = ("CODE", "NAME", "CATEGORY", "SEVERITY", "PLUGIN")
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    for row in (header, *rows):
        click.echo("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)).rstrip())


def rules_markdown(rules: Any) -> str:
    """The rule reference: an index table, then each rule's documentation."""
    lines = [
        "# Rule reference",
        "",
        "Generated by `factcheck rules --format markdown`; do not edit by hand.",
        "",
        "| Code | Name | Category | Severity | Summary |",
        "|---|---|---|---|---|",
    ]
    for code, reg in rules.items():
        cls = reg.cls
        anchor = f"{code.lower()}-{cls.name}"
        summary = cls.summary().replace("|", "\\|")
        lines.append(
            f"| [{code}](#{anchor}) | {cls.name} | {cls.category} | {cls.severity.label} | "
            f"{summary} |"
        )
    lines.append("")
    for code, reg in rules.items():
        cls = reg.cls
        body = cls.docs().render().replace("\n## ", "\n### ")
        lines += [
            f"## {code} {cls.name}",
            "",
            f"Category: `{cls.category}` · default severity: `{cls.severity.label}` · "
            f"plugin: `{reg.plugin}`",
            "",
            body.rstrip(),
            "",
        ]
    return "\n".join(lines)


@cli.command("rule")
@click.argument("code")
@plugin_options
def rule_cmd(code: str, plugin_args: tuple[str, ...], disabled: tuple[str, ...]) -> None:
    """Show the documentation of one rule (by code or name)."""
    _pm, rules = _session_for_listing(plugin_args, disabled)
    reg = rules.get(code.upper()) or next((r for r in rules.values() if r.name == code), None)
    if reg is None:
        _fail(f"no rule {code!r} (see `factcheck rules`)", EXIT_USAGE)
        return
    cls = reg.cls
    click.echo(f"# {cls.code} {cls.name}\n")
    click.echo(
        f"Category: {cls.category} · default severity: {cls.severity.label} · "
        f"plugin: {reg.plugin}\n"
    )
    click.echo(cls.docs().render())


@cli.command("plugins")
@plugin_options
def plugins_cmd(plugin_args: tuple[str, ...], disabled: tuple[str, ...]) -> None:
    """List loaded plugins: name, version, distribution and the hooks they implement."""
    pm, _rules = _session_for_listing(plugin_args, disabled)
    for info in pm.infos.values():
        state = " (disabled)" if info.blocked else ""
        click.echo(f"{info.name} {info.version}{state}  [{info.distribution}]")
        if info.hooks:
            click.echo(f"    hooks: {', '.join(info.hooks)}")


@cli.command("parse")
@click.argument("text_or_file")
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="spaCy pipeline to use.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def parse_cmd(text_or_file: str, model: str | None, fmt: str) -> None:
    """Show tokens, tags, dependencies and entities, to see why a rule fired."""
    from factcheck.contract.source import InputError
    from factcheck.engine.inputs import load_source
    from factcheck.nlp import ModelError, load_pipeline
    from factcheck.nlp.explain import explain_doc

    text = text_or_file
    if text_or_file == "-" or Path(text_or_file).is_file():
        try:
            text = load_source(text_or_file).text
        except InputError as exc:
            _fail(str(exc), EXIT_USAGE)
    try:
        nlp = load_pipeline(model)
    except ModelError as exc:
        _fail(str(exc), EXIT_USAGE)
        return
    click.echo(explain_doc(nlp(text), fmt=fmt))


from factcheck.cli.archive_cmd import archive_cmd  # noqa: E402  (a command per module)
from factcheck.cli.cache_cmd import cache_cmd  # noqa: E402

cli.add_command(archive_cmd)
cli.add_command(cache_cmd)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point: any unexpected error is exit code 3, with a traceback."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="factcheck")
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:
        traceback.print_exc()
        _fail(f"internal error: {type(exc).__name__}: {exc} (please report it)", EXIT_INTERNAL)


if __name__ == "__main__":
    main()
