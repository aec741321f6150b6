"""Real servers on loopback for the HTTP tests: uvicorn in a thread, or ``factcheck serve``.

Nothing is mocked: each server is the real ASGI application under uvicorn on
127.0.0.1, with the real pipeline loaded in its start-up hook. A server is
started per configuration and shared by the tests of a module, since loading
the pipeline dominates the cost.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pytest

from factcheck.server.app import AppConfig, create_app
from factcheck.server.checker import ServerOptions

REPO = Path(__file__).resolve().parents[2]

#: Findings planted on purpose: a doubled word, an impossible date, a lower-case start.
ARTICLE = """\
Library board backs longer weekend hours

The library board voted on Thursday to keep the the central branch open until eight on Saturdays.

The new hours start on 31 April, the board said. the branch will also lend laptops.
"""


def free_socket() -> socket.socket:
    """A listening-ready socket bound to a free loopback port (no race for the port)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextlib.contextmanager
def serve(config: AppConfig) -> Iterator[str]:
    """Run the application under uvicorn in a thread; yield its base URL (no trailing slash)."""
    import uvicorn

    sock = free_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(config), log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=60)
        sock.close()


def isolated(**kwargs: object) -> AppConfig:
    """A configuration that ignores configuration files (the tests' checkout has none anyway)."""
    return AppConfig(checker=ServerOptions(isolated=True), **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    """The default server, shared by every test that needs no special configuration."""
    with serve(isolated()) as url:
        yield url


@pytest.fixture
def client(server_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server_url, timeout=60) as c:
        yield c


@contextlib.contextmanager
def serve_process(
    args: Sequence[str], cwd: Path, env: dict[str, str] | None = None
) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``factcheck serve ARGS`` as a user runs it, on a free port; yield (URL, process)."""
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()  # uvicorn binds it again; nothing else on the machine races for it here
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "serve", "--port", str(port), *args],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_healthy(url: str, proc: subprocess.Popen[str], timeout: float = 180) -> None:
    """Poll ``/healthz`` until the server answers (the pipeline is loaded) or the process dies."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read() if proc.stdout else ""
            raise RuntimeError(f"factcheck serve exited with {proc.returncode}:\n{out}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError("factcheck serve did not become healthy")
