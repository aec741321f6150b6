"""The HTML report in a real browser: clicks, filters, keys, checklist, injection, print.

Every report here is written by the real command line (``python -m factcheck
run --format html -o ...``) on the real pipeline: the README's demo article,
and articles written to try to run script through the page.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import save_screenshot

REPO = Path(__file__).resolve().parents[2]
DEMO = "docs/examples/harbour-deal.txt"


def write_report(out: Path, *paths: str, cwd: Path = REPO) -> Path:
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "run", "--format", "html", "-o", str(out), *paths],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode in (0, 1), proc.stderr
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The file:// address of the demo article's report."""
    return write_report(tmp_path_factory.mktemp("html") / "report.html", DEMO).as_uri()


def item(page: Any, text: str) -> Any:
    """The side-list entry whose text contains ``text``."""
    found = page.locator("li.finding", has_text=text)
    assert found.count() == 1, f"{found.count()} findings mention {text!r}"
    return found


def spans(page: Any, finding: Any) -> Any:
    return page.locator(f".seg[data-f~='{finding.get_attribute('data-id')}']")


def in_viewport(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_clicking_a_finding_scrolls_the_article_to_its_span_and_highlights_it(
    page: Any, demo: str
) -> None:
    page.set_viewport_size({"width": 1280, "height": 420})
    page.goto(demo)
    furniture = item(page, "'Share this article' is a line")
    span = spans(page, furniture).first
    assert span.inner_text() == "Share this article"
    assert not in_viewport(page, span) and page.evaluate("window.scrollY") == 0
    # dispatch_event: no scrolling by the test driver, only by the page.
    furniture.locator("button.go").dispatch_event("click")
    assert "active" in (span.get_attribute("class") or "")
    assert in_viewport(page, span) and page.evaluate("window.scrollY") > 0
    assert "current" in (furniture.get_attribute("class") or "")
    assert page.evaluate("document.activeElement.dataset.target") == furniture.get_attribute(
        "data-id"
    )
    # Another finding takes the highlight over.
    pronoun = item(page, "'he' points at 'Norway'")
    pronoun.locator("button.go").dispatch_event("click")
    assert spans(page, pronoun).first.inner_text() == "he"
    assert page.locator(".seg.active").all_inner_texts() == ["he"]


def test_evidence_lights_up_on_click(page: Any, demo: str) -> None:
    page.goto(demo)
    pronoun = item(page, "'he' points at 'Norway'")
    pronoun.locator("button.ev-go").click()
    assert page.locator(".seg.ev-active").all_inner_texts() == ["Norway"]


def test_clicking_a_highlight_in_the_article_selects_its_finding(page: Any, demo: str) -> None:
    page.goto(demo)
    page.locator(".copy .seg.hl", has_text="31 April").click()
    assert "current" in (item(page, "Impossible date").get_attribute("class") or "")


def test_filters_by_severity_and_category(page: Any, demo: str) -> None:
    page.goto(demo)
    doubled = spans(page, item(page, "Doubled word")).first
    since = spans(page, item(page, "'since 2021'")).first
    # 12: the short checklist folds the date claim "on Wednesday" into the claim on line 3
    assert page.locator("li.finding:visible").count() == 12
    page.locator(".filters input[value='info']").uncheck()
    assert page.locator("li.finding:visible").count() == 9
    assert "hl" not in (since.get_attribute("class") or "")  # only an info finding there
    assert "sev-error" in (doubled.get_attribute("class") or "")
    page.locator(".filters input[value='garbled']").uncheck()
    assert page.locator("li.finding:visible").count() == 7
    assert "hl" not in (doubled.get_attribute("class") or "")
    page.locator(".filters input[value='info']").check()
    # The doubled word sits in an unattributed claim (info): still marked, as that.
    assert "sev-info" in (doubled.get_attribute("class") or "")
    page.locator(".filters input[value='garbled']").check()
    assert page.locator("li.finding:visible").count() == 12


def test_keyboard_moves_between_findings(page: Any, demo: str) -> None:
    page.goto(demo)
    items = page.locator("li.finding")
    page.keyboard.press("j")
    assert "current" in (items.nth(0).get_attribute("class") or "")
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert "current" in (items.nth(2).get_attribute("class") or "")
    page.keyboard.press("k")
    assert "current" in (items.nth(1).get_attribute("class") or "")
    page.keyboard.press("ArrowDown")  # focus is on the finding's button, in the list
    assert "current" in (items.nth(2).get_attribute("class") or "")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li.finding') !== null")


def test_the_checklist_ticks_and_remembers(page: Any, demo: str) -> None:
    page.goto(demo)
    progress = page.locator(".checklist .progress")
    # 3 claims: the short checklist merges the date claim on line 3 into its sentence claim
    assert progress.inner_text() == "0 of 3 checked"
    page.locator(".checklist input.verify").nth(1).check()
    assert progress.inner_text() == "1 of 3 checked"
    page.reload()
    assert page.locator(".checklist input.verify").nth(1).is_checked()
    assert progress.inner_text() == "1 of 3 checked"


def test_the_page_fetches_nothing(browser: Any, demo: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(demo)
    page.locator("li.finding button.go").first.click()
    context.close()
    assert requests == [demo]


def test_it_prints_without_the_controls(page: Any, demo: str) -> None:
    page.goto(demo)
    page.emulate_media(media="print")
    assert page.locator(".filters").evaluate("el => getComputedStyle(el).display") == "none"
    aside = page.locator("aside.findings").first
    assert aside.evaluate("el => getComputedStyle(el).position") == "static"
    assert len(page.pdf(format="A4")) > 10_000


def _luminance(rgb: str) -> float:
    parts = [int(p) / 255 for p in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_text_keeps_a_readable_contrast(page: Any, demo: str) -> None:
    page.goto(demo)
    for selector in (
        ".badge.sev-error",
        ".badge.sev-warning",
        ".badge.sev-info",
        ".seg.sev-error",
        ".seg.sev-warning",
        ".seg.sev-info",
        ".meta",
        "del",
        "ins",
        ".applicability.safe",
        ".applicability.unsafe",
    ):
        element = page.locator(selector).first
        fg, bg = element.evaluate(
            """el => {
                let bg = getComputedStyle(el).backgroundColor, node = el;
                while (bg === 'rgba(0, 0, 0, 0)' && node.parentElement) {
                    node = node.parentElement; bg = getComputedStyle(node).backgroundColor;
                }
                return [getComputedStyle(el).color, bg];
            }"""
        )
        assert _contrast(fg, bg) >= 4.5, f"{selector}: {fg} on {bg}"


EVIL_TXT = (
    "Reader letter about the ferry\n\n"
    "A reader wrote <script>window.pwned = 1</script> in the the letter to the desk.\n\n"
    'Another signed off with "><img src=x onerror="window.pwned = 2"> and <svg onload='
    '"window.pwned = 3"></svg> at the end.\n\n'
    "A third wrote javascript:window.pwned=4 and </span></p></article><b>bold</b>.\n"
)
EVIL_HTML = (
    "<!doctype html><html><body><article>\n"
    "<h1>Reader letter about the ferry</h1>\n"
    "<p>He wrote &lt;img src=x onerror=&quot;window.pwned = 5&quot;&gt; in the the letter.</p>\n"
    "<script>window.pwned = 6</script>\n"
    '<p><img src="x" onerror="window.pwned = 7"> The desk replied on Monday.</p>\n'
    "</article></body></html>\n"
)
EVIL_MD = (
    "---\ntitle: <script>window.pwned = 8</script>\n---\n"
    "# Reader letter about the ferry\n\n"
    'The reader wrote `<img src=x onerror="window.pwned = 9">` in the the letter.\n\n'
    '<iframe src="javascript:window.pwned = 10"></iframe> The desk replied.\n'
)


def test_article_text_never_runs(page: Any, tmp_path: Path) -> None:
    for name, text in (
        ("letter.txt", EVIL_TXT),
        ("letter.html", EVIL_HTML),
        ("letter.md", EVIL_MD),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = write_report(
        tmp_path / "report.html", "letter.txt", "letter.html", "letter.md", cwd=tmp_path
    )
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(report.as_uri())
    for button in page.locator("li.finding button.go").all():
        button.dispatch_event("click")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert dialogs == []
    assert page.evaluate("document.scripts.length") == 1  # the report's own
    injected = ".copy img, .copy script, .copy svg, .copy iframe, .copy b, main iframe"
    assert page.locator(injected).count() == 0
    letter = page.locator("section.file").first.locator(".copy").inner_text()
    assert "<script>window.pwned = 1</script>" in letter  # shown as the text it is
    assert '"><img src=x onerror="window.pwned = 2">' in letter
    assert page.locator(".index tbody tr").count() == 3
    assert page.script_errors == []


def test_screenshot_of_the_demo_report(page: Any, demo: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(demo)
    item(page, "'he' points at 'Norway'").locator("button.go").click()
    page.evaluate("window.scrollTo(0, 0)")  # the title, the filters and the whole article
    assert page.locator(".seg.active").all_inner_texts() == ["he"]
    path = save_screenshot(page, "html-report.png")
    assert path.stat().st_size > 20_000
