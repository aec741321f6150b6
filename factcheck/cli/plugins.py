"""``factcheck plugins``: which plugins a run would load, and the hooks each implements.

The first thing to run when a rule is missing or doubled: it shows blocked
plugins too, and the distribution each one came from.
"""

from __future__ import annotations

import click

from factcheck.cli.options import load_plugins, plugin_flags


@click.command("plugins")
@plugin_flags
def plugins_cmd(plugin_args: tuple[str, ...], disabled: tuple[str, ...]) -> None:
    """List loaded plugins: name, version, distribution and the hooks they implement."""
    pm, _rules = load_plugins(plugin_args, disabled)
    for info in pm.infos.values():
        state = " (disabled)" if info.blocked else ""
        click.echo(f"{info.name} {info.version}{state}  [{info.distribution}]")
        if info.hooks:
            click.echo(f"    hooks: {', '.join(info.hooks)}")
