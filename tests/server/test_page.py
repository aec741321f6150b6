"""The web page at ``/``, in real headless Chromium (Playwright, system browser).

Skipped when no Chromium is installed, except where ``FACTCHECK_REQUIRE_BROWSER`` is
set (``.ci/run``), where a missing browser fails: ``.ci/run`` installs it.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from tests.server.conftest import ARTICLE

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not os.path.exists(CHROMIUM):
        message = f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"
        if os.environ.get("FACTCHECK_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser, server_url: str) -> Iterator[Page]:
    """The page, with every request the browser makes recorded and console errors kept."""
    context = browser.new_context()
    pg = context.new_page()
    requested: list[str] = []
    errors: list[str] = []
    pg.on("request", lambda r: requested.append(r.url))
    refused = "Failed to load resource: the server responded with a status of 4"  # on purpose
    pg.on(
        "console",
        lambda m: (
            errors.append(m.text) if m.type == "error" and not m.text.startswith(refused) else None
        ),
    )
    pg.on("dialog", lambda d: errors.append(f"dialog: {d.message}"))
    pg.goto(f"{server_url}/")
    yield pg
    outside = [u for u in requested if not u.startswith((server_url, "about:", "data:"))]
    assert outside == [], "the page loaded something from outside the server"
    assert errors == []  # no CSP violation, no script error, no alert
    context.close()


def _report_text(page: Page) -> str:
    frame = page.frame_locator("#report")
    frame.locator("header.top .summary").first.wait_for(timeout=60_000)
    return frame.locator("body").inner_text()


def test_paste_and_check(page: Page) -> None:
    page.fill("#text", ARTICLE)
    page.click("#check")
    # Locators, not wait_for_function: the page's CSP forbids the eval that would need.
    expect(page.locator("#status")).to_contain_text("findings in pasted.txt", timeout=60_000)
    frame = page.frame_locator("#report")
    frame.locator("header.top .summary").first.wait_for()
    marks = frame.locator("span.hl.sev-error")
    assert "the the" in marks.all_inner_texts()
    assert "FC302" in _report_text(page)


def test_article_text_is_escaped(page: Page) -> None:
    hostile = (
        "Mayor <script>window.top.__pwned = 1; alert('x')</script> resigns\n\n"
        'The mayor resigned on Monday <img src=x onerror="window.top.__pwned = 2"> '
        "after the the vote.\n"
    )
    page.fill("#text", hostile)
    page.select_option("#format", "txt")
    page.click("#check")
    text = _report_text(page)
    assert "<script>window.top.__pwned = 1; alert('x')</script>" in text  # shown, not run
    assert '<img src=x onerror="window.top.__pwned = 2">' in text
    assert page.evaluate("window.__pwned") is None


def test_upload_docx(page: Page) -> None:
    import docx

    document = docx.Document()
    for line in ("Tram line opens", "The tram line opened on 31 June, the council said."):
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    page.set_input_files(
        "#file",
        files=[
            {
                "name": "tram.docx",
                "mimeType": "application/octet-stream",
                "buffer": data.getvalue(),
            }
        ],
    )
    text = _report_text(page)
    assert "tram.txt" in text and "FC302" in text


def test_drop_markdown_file(page: Page) -> None:
    markdown = "# Pool reopens\n\nThe pool reopened on Tuesday, and and swimmers returned.\n"
    transfer = page.evaluate_handle(
        """(text) => {
            const dt = new DataTransfer();
            dt.items.add(new File([text], "pool.md", {type: "text/markdown"}));
            return dt;
        }""",
        markdown,
    )
    page.dispatch_event("#drop", "drop", {"dataTransfer": transfer})
    text = _report_text(page)
    assert "pool.md" in text and "FC101" in text


def test_unreadable_file_says_why(page: Page) -> None:
    page.set_input_files(
        "#file", files=[{"name": "scan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4"}]
    )
    status = page.locator("#status.error")
    expect(status).to_contain_text("looks like a binary file (PDF)", timeout=60_000)
