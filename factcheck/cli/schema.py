"""``factcheck schema config|report``: the JSON Schemas, for editors and consumers.

``config`` is generated from the knob table and the installed rules' declared
options (``--builtin``: only the rules that ship with factcheck, which is what
``factcheck/schemas/config.json`` holds); ``report`` is the schema of
``--format json``. Neither loads a spaCy model.
"""

from __future__ import annotations

import click

from factcheck.cli.options import load_plugins, plugin_flags
from factcheck.engine.plugin_manager import DISTRIBUTION


@click.command("schema")
@click.argument("which", type=click.Choice(["config", "report"]))
@click.option(
    "--builtin",
    is_flag=True,
    help=f"config: only the options of rules that ship with factcheck ({DISTRIBUTION}).",
)
@plugin_flags
def schema_cmd(
    which: str, builtin: bool, plugin_args: tuple[str, ...], disabled: tuple[str, ...]
) -> None:
    """Print the JSON Schema of the configuration or of the JSON report."""
    from factcheck.engine import config_schema

    if which == "report":
        from factcheck.host.reporters.json_report import load_schema

        click.echo(config_schema.render(load_schema()), nl=False)
        return
    pm, rules = load_plugins(plugin_args, disabled)
    if builtin:
        own = {n for n, info in pm.infos.items() if info.distribution == DISTRIBUTION}
        rules = {code: reg for code, reg in rules.items() if reg.plugin in own}
    click.echo(config_schema.render(config_schema.config_schema(rules)), nl=False)
