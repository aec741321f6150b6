"""``factcheck cache``: where the result cache lives, how big it is, and removing it.

The cache (:mod:`factcheck.engine.cache`) never serves a result computed under
other settings, so cleaning it is never needed for correctness; it is for
reclaiming disk space, as ``ruff clean`` is.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from factcheck.cli.options import config_option
from factcheck.engine.config import ConfigError


def _root(cache_dir: str | None, config_file: str | None) -> Path:
    """The folder a run from here would use: option, environment, configuration, default."""
    from factcheck.engine import config
    from factcheck.engine.cache import CACHE_DIRNAME, ENV_CACHE_DIR

    if cache_dir:
        return Path(cache_dir)
    if os.environ.get(ENV_CACHE_DIR):
        return Path(os.environ[ENV_CACHE_DIR])
    found = config.load_file(Path(config_file)) if config_file else config.discover(Path.cwd())
    configured = found.get("cache-dir")
    return Path(configured) if configured else Path.cwd() / CACHE_DIRNAME


@click.group("cache")
def cache_cmd() -> None:
    """Inspect or remove the result cache (.factcheck_cache)."""


_DIR = click.option("--cache-dir", default=None, metavar="DIR", help="The cache folder.")
_CONFIG = config_option("Read cache-dir from this configuration file.", isolated=False)


@cache_cmd.command("clean")
@_DIR
@_CONFIG
def clean_cmd(cache_dir: str | None, config_file: str | None) -> None:
    """Delete the result cache."""
    from factcheck.engine.cache import clean

    try:
        root = _root(cache_dir, config_file)
        removed = clean(root)
    except (ConfigError, OSError) as exc:
        click.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"removed {root}" if removed else f"no cache at {root}")


@cache_cmd.command("info")
@_DIR
@_CONFIG
def info_cmd(cache_dir: str | None, config_file: str | None) -> None:
    """Print the cache folder, its entries and their size."""
    from factcheck.engine.cache import summary

    try:
        root = _root(cache_dir, config_file)
    except ConfigError as exc:
        click.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(2)
    entries, size = summary(root)
    click.echo(f"{root}: {entries} entries, {size / 1e6:.1f} MB")
