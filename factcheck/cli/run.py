"""``factcheck run``: check articles and report, with the exit code CI acts on.

The options that are knobs of the run come from :mod:`factcheck.engine.knobs`
(through :func:`knob_option`); the rest (``--output``, ``--exit-zero``,
``--config``, ``--color``...) concern this command only.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from factcheck.cli.guards import output_problem, write_baseline_problem
from factcheck.cli.options import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    config_option,
    fail,
    knob_option,
    plugin_choice,
    plugin_flags,
    split_values,
)
from factcheck.cli.pipes import discard_stdout
from factcheck.contract.settings import ConfigError
from factcheck.engine.knobs import CHECKLIST_CHOICES, FAIL_ON_CHOICES
from factcheck.engine.knobs import parse_jobs as jobs_value
from factcheck.engine.plugin_manager import PluginLoadError
from factcheck.engine.selection import SelectorError


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date as YYYY-MM-DD") from None


def _jobs(value: str | None) -> int | str | None:
    """``--jobs``: a positive whole number or ``auto`` (validated as configuration is)."""
    if value is None:
        return None
    try:
        return jobs_value(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r}: {exc}", param_hint="'--jobs'") from None


def _use_color(choice: str, output: str | None) -> bool:
    if choice == "always":
        return True
    if choice == "never" or output or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


@click.command("run")
@click.argument("paths", nargs=-1, type=str)
@knob_option("format", "-f", "--format", "fmt", default=None)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the report to FILE instead of standard output.",
)
@knob_option("select", multiple=True)
@knob_option("ignore", multiple=True)
@knob_option("extend-select", multiple=True)
@knob_option("fail-on", type=click.Choice(FAIL_ON_CHOICES), default=None)
@knob_option("checklist", type=click.Choice(CHECKLIST_CHOICES), default=None)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@knob_option("model", default=None)
@knob_option("published", callback=_published, default=None)
@config_option("Use this configuration file instead of discovering one.")
@knob_option("baseline", default=None)
@knob_option("write-baseline", is_flag=True)
@knob_option(
    "report-unused-suppressions",
    "--report-unused-suppressions/--no-report-unused-suppressions",
    default=None,
)
@knob_option("facts", multiple=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--stdin-filename", default=None, help="Path to report for standard input.")
@knob_option("jobs", "-j", "--jobs", default=None)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@knob_option("cache-dir", default=None)
@click.option(
    "--stats", is_flag=True, help="Print speed, cache use and memory per worker on standard error."
)
@click.option(
    "--allow-empty",
    is_flag=True,
    help="Exit 0 when no file is left to check or no rule is selected (an error otherwise).",
)
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    help="Colour in text output (auto: only on a terminal, and not when NO_COLOR is set).",
)
@click.option("--fix", is_flag=True, help="Apply the safe fixes in place, report what remains.")
@click.option(
    "--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply the unsafe fixes too."
)
@click.option(
    "--diff",
    is_flag=True,
    help="Print a unified diff of the fixes instead of applying them; exit 1 if there is one.",
)
@click.option("--statistics", is_flag=True, help="Print counts by rule instead of the findings.")
@plugin_flags
def run(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    fail_on: str | None,
    checklist: str | None,
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
    jobs: str | None,
    no_cache: bool,
    cache_dir: str | None,
    stats: bool,
    allow_empty: bool,
    color: str,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    statistics: bool,
    plugin_args: tuple[str, ...],
    disabled: tuple[str, ...],
) -> None:
    """Check articles (files, folders, globs, or - for standard input)."""
    from factcheck.cli.run_fixes import fix_diff_or_statistics, option_error
    from factcheck.engine.session import RunOptions, Session, exit_code, render
    from factcheck.nlp import ModelError

    if not paths and sys.stdin.isatty():
        fail("nothing to check: give files, folders or globs, or - for standard input", EXIT_USAGE)
    problem = (
        option_error(paths, fix=fix, diff=diff, write_baseline=write_baseline)
        or write_baseline_problem(write_baseline, baseline)
        or output_problem(output, paths, baseline)
    )
    if problem:
        fail(problem, EXIT_USAGE)
    off, modules = plugin_choice(plugin_args, disabled)
    options = RunOptions(
        paths=paths,
        select=split_values(select) or None,
        ignore=split_values(ignore),
        extend_select=split_values(extend_select),
        fail_on=fail_on,
        checklist=checklist,
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
        jobs=_jobs(jobs),
        cache=not no_cache,
        cache_dir=cache_dir,
        stats=stats,
        allow_empty=allow_empty,
    )
    try:
        session = Session(options)
        fmt = session.output_format(fmt)
        # A progress bar only where a person watches: a terminal, the text format.
        session.options.progress = fmt == "text" and sys.stderr.isatty()
        result = session.run()
    except (ConfigError, SelectorError, ModelError) as exc:
        fail(str(exc), EXIT_USAGE)
    except PluginLoadError as exc:
        fail(str(exc), EXIT_INTERNAL)
    if fix or diff or statistics:
        done = fix_diff_or_statistics(
            session,
            result,
            fix=fix,
            diff=diff,
            unsafe=unsafe_fixes,
            statistics=statistics,
            fmt=fmt,
            output=output,
            exit_zero=exit_zero,
        )
        if done is not None:
            sys.exit(done)
    try:
        if output:
            with open(output, "w", encoding="utf-8", newline="\n") as fh:
                render(result, session, fmt, fh, color=False)
        else:
            render(result, session, fmt, sys.stdout, color=_use_color(color, output))
            sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped reading (| head): not a failure
        discard_stdout()
    except Exception as exc:  # a reporter plugin failed
        fail(f"format {fmt!r} failed: {type(exc).__name__}: {exc}", EXIT_INTERNAL)
    if write_baseline:
        click.echo(
            f"factcheck: wrote {len(result.findings)} findings to {session.settings.baseline}",
            err=True,
        )
        sys.exit(EXIT_OK if not result.failures else EXIT_INTERNAL)
    for failure in result.failures:
        subject = f"rule {failure.rule}" if failure.hook is None else f"hook {failure.hook}"
        click.echo(
            f"factcheck: error: {subject} (plugin {failure.plugin}) failed on "
            f"{failure.path}: {failure.error}",
            err=True,
        )
    sys.exit(exit_code(result, exit_zero=exit_zero))
