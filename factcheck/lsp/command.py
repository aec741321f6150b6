"""The ``factcheck lsp`` command: start the language server on standard input and output.

Kept apart from :mod:`factcheck.lsp.server` so that building the CLI imports
neither pygls nor spaCy. Editors start this command themselves; see
``docs/editors.md`` for VS Code, Neovim, Helix and Emacs.
"""

from __future__ import annotations

import click

from factcheck.server.command import LSP_MODULES, require


@click.command("lsp")
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="spaCy pipeline to use.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Use this configuration file for every document instead of the nearest one.",
)
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option("--stdio", is_flag=True, hidden=True, help="Accepted for editors that pass it.")
def lsp_command(model: str | None, config_file: str | None, isolated: bool, stdio: bool) -> None:
    """Run the language server over stdio (editors start it; see docs/editors.md)."""
    require(LSP_MODULES, "factcheck lsp")
    import os

    from factcheck.lsp.server import build_server
    from factcheck.server.checker import ServerOptions

    options = ServerOptions(
        model=model,
        config_file=os.path.abspath(config_file) if config_file else None,
        isolated=isolated,
    )
    build_server(options).start_io()
