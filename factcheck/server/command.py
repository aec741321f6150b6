"""The ``factcheck serve`` command: options, checks before start-up, and uvicorn.

Kept apart from :mod:`factcheck.server.app` so that building the CLI (and
``factcheck --help``) imports neither Starlette, uvicorn nor spaCy. Mistakes
a user can fix (a bad configuration file, an unknown selector, a missing
server extra) are reported before uvicorn starts, with exit code 2, as
``factcheck run`` reports them.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import sys
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from factcheck.server.checker import ServerOptions

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8081
TOKEN_ENV = "FACTCHECK_SERVER_TOKEN"
#: Modules the servers import, and the distribution that provides each.
SERVER_MODULES = {
    "starlette": "starlette",
    "uvicorn": "uvicorn",
    "multipart": "python-multipart",
    "jinja2": "jinja2",
    "docx": "python-docx",
}
LSP_MODULES = {"pygls": "pygls", "lsprotocol": "lsprotocol"}


def require(modules: dict[str, str], command: str) -> None:
    """Exit 2 naming what to install when a server dependency is missing."""
    missing = [dist for mod, dist in modules.items() if importlib.util.find_spec(mod) is None]
    if missing:
        click.echo(
            f"factcheck: error: {command} needs {', '.join(missing)}; install the server "
            f"extra: pip install 'factcheck-news[server]'",
            err=True,
        )
        sys.exit(2)


def _split(values: tuple[str, ...]) -> list[str]:
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date as YYYY-MM-DD") from None


@click.command("serve")
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to bind.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=int, help="Port to bind.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes; each loads the pipeline once and checks one text at a time.",
)
@click.option(
    "--token",
    envvar=TOKEN_ENV,
    default=None,
    help=f"Shared token clients must send (or set {TOKEN_ENV}).",
)
@click.option(
    "--allow-origin",
    "allow_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Allow browser requests from ORIGIN (CORS; repeatable; '*' for any). Off by default.",
)
@click.option(
    "--max-request-size",
    default=5 * 1024 * 1024,
    show_default=True,
    type=click.IntRange(1024),
    help="Largest request body in bytes (413 above it).",
)
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(0.01),
    help="Seconds a request may wait and run before a 503.",
)
@click.option("--model", default=None, metavar="NAME_OR_PATH", help="spaCy pipeline to use.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Use this configuration file instead of discovering one from the working directory.",
)
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option("--select", multiple=True, metavar="CODES", help="Rules to run (default: all).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Rules not to run.")
@click.option(
    "--published",
    callback=_published,
    default=None,
    metavar="YYYY-MM-DD",
    help="Publication date for texts that carry none.",
)
@click.option(
    "--log-level",
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
    default="info",
    show_default=True,
)
def serve_command(
    host: str,
    port: int,
    workers: int,
    token: str | None,
    allow_origins: tuple[str, ...],
    max_request_size: int,
    timeout: float,
    model: str | None,
    config_file: str | None,
    isolated: bool,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    published: dt.date | None,
    log_level: str,
) -> None:
    """Serve the checker over HTTP: LanguageTool's API, a JSON API and a web page.

    \b
    factcheck serve                       http://127.0.0.1:8081/
    factcheck serve --workers 2 --token S  a server shared by a desk
    """
    require(SERVER_MODULES, "factcheck serve")
    import uvicorn

    from factcheck.server.app import ENV_VAR, AppConfig, create_app
    from factcheck.server.checker import ServerOptions

    options = ServerOptions(
        model=model,
        config_file=os.path.abspath(config_file) if config_file else None,
        isolated=isolated,
        select=tuple(_split(select)) or None,
        ignore=tuple(_split(ignore)),
        published=published,
    )
    _validate(options)
    config = AppConfig(
        checker=options,
        token=token or None,
        allow_origins=allow_origins,
        max_request_bytes=max_request_size,
        timeout=timeout,
    )
    if not token and host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"factcheck: warning: serving on {host} without a token: anyone who can reach "
            f"this port can use the server (set --token or {TOKEN_ENV})",
            err=True,
        )
    click.echo(
        f"factcheck serve: http://{host}:{port}/ (LanguageTool API: http://{host}:{port}/v2/); "
        f"loading the pipeline in {workers} worker{'s' if workers > 1 else ''}...",
        err=True,
    )
    app: object = (
        create_app(config) if workers == 1 else "factcheck.server.app:app_from_environment"
    )
    if workers > 1:  # each worker process builds its own app (and pipeline) from the environment
        os.environ[ENV_VAR] = config.to_json()
        # Parallelism comes from the processes: one maths thread each, or they fight for cores.
        for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(name, "1")
    uvicorn.run(
        app,  # type: ignore[arg-type]
        factory=workers > 1,
        workers=workers,
        host=host,
        port=port,
        log_level=log_level,
        timeout_graceful_shutdown=int(timeout) + 5,
        server_header=False,
        proxy_headers=False,
    )


def _validate(options: ServerOptions) -> None:
    """Configuration, selectors and plugins, checked before uvicorn starts (no pipeline yet)."""
    from factcheck.engine.config import ConfigError
    from factcheck.engine.plugin_manager import PluginLoadError
    from factcheck.engine.selection import SelectorError
    from factcheck.server.checker import Checker

    try:
        Checker(options, warm=False)
    except (ConfigError, SelectorError) as exc:
        click.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(2)
    except PluginLoadError as exc:
        click.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(3)
