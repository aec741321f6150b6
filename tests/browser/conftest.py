"""A real Chromium for the HTML report's tests, driven by Playwright.

Debian's ``chromium`` package is used through Playwright's
``executable_path`` (``playwright install`` downloads a browser, which an
air-gapped CI cannot do). On a developer's machine without Chromium or
Playwright the tests skip; where ``FACTCHECK_REQUIRE_BROWSER`` is set (``.ci/run``
sets it) they fail instead, so CI can never pass without running them.
Screenshots go to ``tests/artifacts/`` (ignored by git) and their paths are
listed at the end of the run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
_SAVED: list[Path] = []


def chromium_path() -> str | None:
    """``FACTCHECK_CHROMIUM``, else the first Chromium on the PATH."""
    explicit = os.environ.get("FACTCHECK_CHROMIUM")
    if explicit:
        return explicit
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def in_ci() -> bool:
    """True where ``FACTCHECK_REQUIRE_BROWSER`` is set (``.ci/run`` sets it for its browser run)."""
    return os.environ.get("FACTCHECK_REQUIRE_BROWSER", "").strip().lower() not in (
        "",
        "0",
        "false",
        "no",
    )


def _unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(f"no browser for the HTML report tests: {reason}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per module: a session-wide sync Playwright would leave its event
    loop running under the asyncio tests that follow (the language server, the load test)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable('the Python package "playwright" is not installed (pip install -e ".[dev]")')
    executable = chromium_path()
    if executable is None:
        _unavailable("no chromium on the PATH (apt-get install chromium)")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(
                executable_path=executable, args=["--no-sandbox", "--disable-gpu"]
            )
        except Exception as exc:  # a broken install: say which binary and why
            _unavailable(f"{executable} did not start: {exc}")
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records script errors; a test fails if the report raised any."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.script_errors = errors
    yield page
    context.close()
    assert not errors, f"the report logged errors: {errors}"


def save_screenshot(page: Any, name: str) -> Path:
    """Save a screenshot under tests/artifacts/ and list it in the run's summary."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    _SAVED.append(path)
    return path


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Name the screenshots, so a CI log says where the artefacts are."""
    for path in _SAVED:
        terminalreporter.write_line(f"factcheck html report screenshot: {path}")
