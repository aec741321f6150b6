"""``factcheck archive``: check an archive on a Dask cluster, one output file per partition.

Kept apart from ``run`` because its output is a folder of Parquet or JSON
Lines files rather than a report, and because it needs the optional
``archive`` extra; without it the command says what to install.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from factcheck.cli.options import config_option
from factcheck.engine.config import ConfigError
from factcheck.engine.plugin_manager import PluginLoadError, parse_disabled, split_plugin_args
from factcheck.engine.selection import SelectorError


def _split(values: tuple[str, ...]) -> list[str]:
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


@click.command("archive")
@click.argument("inputs", nargs=-1, type=str)
@click.option("-o", "--output", required=True, metavar="DIR_OR_URL", help="Folder for results.")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["parquet", "jsonl"]),
    default="parquet",
    help="One Parquet (default) or JSON Lines file per partition.",
)
@click.option("--manifest", multiple=True, metavar="FILE", help="A file listing paths or URLs.")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="A running Dask scheduler.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Workers of the local cluster (default: one per available core).",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=None,
    metavar="FILES",
    help="Files per partition (default 200).",
)
@click.option("--select", multiple=True, metavar="CODES", help="Run only these rules.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Do not run these rules.")
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="spaCy pipeline.")
@click.option("--published", default=None, metavar="YYYY-MM-DD", help="Publication date.")
@config_option("Configuration file (must be readable by the workers).")
@click.option(
    "-p",
    "plugin_args",
    multiple=True,
    metavar="no:NAME|MODULE",
    help="-p no:NAME disables a plugin; -p MODULE loads a plugin module.",
)
def archive_cmd(
    inputs: tuple[str, ...],
    output: str,
    fmt: str,
    manifest: tuple[str, ...],
    scheduler: str | None,
    workers: int | None,
    partition_size: int | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    model: str | None,
    published: str | None,
    config_file: str | None,
    isolated: bool,
    plugin_args: tuple[str, ...],
) -> None:
    """Check an archive (folders, globs, fsspec URLs, manifests) on a Dask cluster.

    Results go to OUTPUT as one file per partition, with the fields of the
    JSON report's files; a rerun skips partitions already written.
    """
    from factcheck.archive.driver import DEFAULT_PARTITION_SIZE, ArchiveError, run_archive
    from factcheck.contract.source import InputError
    from factcheck.engine.session import RunOptions

    if not inputs and not manifest:
        raise click.UsageError("give folders, globs, URLs or --manifest FILE")
    try:
        date = dt.date.fromisoformat(published) if published else None
    except ValueError:
        raise click.BadParameter(f"{published!r} is not a date as YYYY-MM-DD") from None
    off, modules = split_plugin_args(plugin_args)
    options = RunOptions(
        paths=(),
        select=_split(select) or None,
        ignore=_split(ignore),
        model=model,
        published=date,
        disabled_plugins=parse_disabled(off),
        plugin_modules=modules,
        config_file=Path(config_file).resolve() if config_file else None,
        isolated=isolated,
    )
    try:
        summary, session = run_archive(
            options,
            inputs,
            output=output,
            fmt=fmt,
            manifests=manifest,
            scheduler=scheduler,
            workers=workers,
            partition_size=partition_size or DEFAULT_PARTITION_SIZE,
            echo=lambda line: click.echo(f"factcheck: {line}", err=True),
        )
    except (ArchiveError, ConfigError, SelectorError, InputError, OSError) as exc:
        click.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(2)
    except PluginLoadError as exc:
        click.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(3)
    for line in summary.lines():
        click.echo(f"factcheck: {line}", err=True)
    fail_on = session.settings.fail_on
    from factcheck.contract.findings import Severity

    sys.exit(summary.exit_code(None if fail_on == "never" else Severity.parse(fail_on)))
