"""The ``html`` format without a browser: self-contained, escaped, complete.

The browser tests (``tests/browser``) click through the real page; these
read the HTML itself, on the hand-built run every reporter test renders.
"""

from __future__ import annotations

import dataclasses
import io
import re
from html.parser import HTMLParser
from pathlib import Path

from factcheck import FileResult, Finding, RunResult, Severity
from factcheck.host.reporters.html_report import HtmlReporter, render_html

TEMPLATES = Path(__file__).resolve().parents[2] / "factcheck" / "host" / "reporters" / "templates"


def render(result: RunResult) -> str:
    out = io.StringIO()
    HtmlReporter().render(result, out)
    return out.getvalue()


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of script elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


def test_the_page_is_built_from_a_jinja2_template() -> None:
    template = (TEMPLATES / "report.html.j2").read_text(encoding="utf-8")
    assert "{% for file in files %}" in template and "{{ seg.text }}" in template


def test_the_page_is_self_contained(run_result: RunResult) -> None:
    page = render(run_result)
    elements = parse(page)
    for tag, attrs in elements.tags:
        assert "src" not in attrs, f"<{tag}> loads {attrs['src']}"
        assert tag not in ("link", "iframe", "object", "embed", "img")
        href = attrs.get("href")
        assert href is None or href.startswith("#"), f"<{tag} href={href!r}> leaves the page"
    assert "@import" not in page and "url(" not in page
    [csp] = [
        a["content"] for t, a in elements.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp and "default-src 'none'" in (csp or "") and "'unsafe-inline'" not in (csp or "")
    assert len(elements.scripts) == 1  # the report's own, allowed by its hash


def test_every_article_character_is_escaped(run_result: RunResult) -> None:
    korea = run_result.files[0]
    evil = '<script>alert("x")</script> "><img src=x onerror=alert(1)> & <!-- c --> \x1b[31m'
    korea.text = korea.text + evil + "\n"
    korea.path = 'world/<b onmouseover="alert(1)">korea</b>.md'
    start = korea.text.index(evil)
    korea.findings.append(
        dataclasses.replace(
            korea.findings[0],
            path=korea.path,
            start=start,
            end=start + len(evil),
            message='Stray markup "><svg onload=alert(2)> \x07',
            severity=Severity.INFO,  # and so in the checklist too
            excerpt=evil,
            category='"><i>cat',
        )
    )
    page = render(run_result)
    elements = parse(page)
    assert [t for t, _ in elements.tags if t in ("img", "svg", "b", "i")] == []
    assert not any(k.startswith("on") for _, attrs in elements.tags for k in attrs)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    # Control characters are shown as symbols, not sent raw.
    assert "\x1b" not in page and "\x07" not in page
    assert len(elements.scripts) == 1


def test_each_finding_is_listed_with_its_rule_link_and_span(run_result: RunResult) -> None:
    page = render(run_result)
    elements = parse(page)
    korea = run_result.files[0]
    items = [a for t, a in elements.tags if t == "li" and "finding" in (a.get("class") or "")]
    assert len(items) == len(korea.findings)
    anchors = {a.get("id") for _, a in elements.tags}
    for finding, item in zip(korea.findings, items, strict=True):
        assert item["data-severity"] == finding.severity.label
        assert f"rule-{finding.rule.lower()}" in anchors  # the rule's docs are on the page
        spans = [
            a
            for t, a in elements.tags
            if t == "span" and item["data-id"] in (a.get("data-f") or "").split()
        ]
        assert spans, f"no highlighted span for {finding.rule}"


def test_evidence_and_fix_are_shown(run_result: RunResult) -> None:
    page = render(run_result)
    assert 'data-evidence="f0-1-e0"' in page and 'data-e="f0-1-e0"' in page
    assert "antecedent: “North Korea” (5:26)" in page
    assert '<span class="applicability unsafe">unsafe fix</span> Replace "he" with "it"' in (
        page.replace("&#34;", '"')
    )
    assert "<del>he</del>" in page and "<ins>it</ins>" in page


def test_info_findings_are_the_checklist(run_result: RunResult) -> None:
    page = render(run_result)
    checklist = page[page.index('class="checklist"') :]
    boxes = re.findall(r'<input type="checkbox" class="verify"', checklist)
    info = [f for f in run_result.files[0].findings if f.severity is Severity.INFO]
    assert len(boxes) == len(info) == 1
    assert "0 of 1 checked" in checklist


def test_several_files_get_an_index_with_counts(run_result: RunResult) -> None:
    page = render(run_result)
    index = page[page.index('class="index"') : page.index("</table>")]
    assert '<a href="#file-0">world/korea.md</a>' in index
    assert '<a href="#file-1">world/tunnel.txt</a>' in index
    assert re.sub(r"\s+", "", index).count('<tdclass="num">1</td>') >= 2
    assert "could not be checked" in index
    one = dataclasses.replace(run_result, files=run_result.files[:1])
    assert 'class="index"' not in render_html(one)


def test_an_unreadable_file_and_a_failed_rule_are_reported(run_result: RunResult) -> None:
    page = render(run_result)
    assert "Could not be checked: cannot decode as UTF-8" in page
    assert "A rule failed, results may be incomplete: FC501" in page


def test_highlights_follow_the_reader_blocks_and_prose(run_result: RunResult) -> None:
    korea = run_result.files[0]
    # As the Markdown reader leaves it: the heading's '#' blanked in the prose.
    korea.prose = korea.text.replace("# North Korea", "  North Korea", 1)
    page = render(run_result)
    assert "# North Korea" not in page and "North Korea skips Seoul summit" in page


def test_a_clean_file_says_so(clean_result: RunResult) -> None:
    page = render(clean_result)
    assert "No findings." in page and "All clear" in page


def test_zero_width_finding_is_still_highlighted(clean_result: RunResult) -> None:
    file: FileResult = clean_result.files[0]
    file.findings = [
        Finding(
            path=file.path,
            rule="FC104",
            name="truncated-sentence",
            category="garbled",
            severity=Severity.WARNING,
            message="Something is missing here.",
            start=10,
            end=10,
            line=1,
            column=11,
            end_line=1,
            end_column=11,
            excerpt="",
        )
    ]
    page = render(clean_result)
    assert 'data-f="f0-0"' in page
