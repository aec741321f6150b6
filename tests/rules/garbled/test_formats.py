"""The family reads the prose, not the markup: HTML and Markdown articles."""

from __future__ import annotations

from factcheck.testing import assert_finds, assert_no_finding, check_text

HTML = """<html><body>
<h1>Harbour town votes to restore its old ferry link</h1>
<p>Residents voted on Thursday to bring back the ferry service. the council will now
ask three operators to bid.</p>
<p>Advertisement</p>
<p>The operator&rsquo;s chief said the the first sailing is planned for the.</p>
<p>A return ticket will cost Â£4.</p>
</body></html>
"""

MARKDOWN = """# Harbour town votes to restore its old ferry link

Residents voted on Thursday to bring back the **ferry** service.

The plan has two parts:

- the first is a new pier.
- the second is a faster boat

[Share this article](https://example.org/share)

The council will now ask three operators to bid.
"""


def test_html_article() -> None:
    findings = check_text(HTML, format="html", select=["FC1"])
    assert_finds(findings, "FC103", "the")
    assert_finds(findings, "FC106", "Advertisement")
    assert_finds(findings, "FC101", "the the")
    assert_finds(findings, "FC104", "the.")
    assert_finds(findings, "FC105", "Â£")


def test_markdown_list_items_are_not_sentences() -> None:
    findings = check_text(MARKDOWN, format="md", select=["FC1"])
    assert_no_finding(findings, "FC102")
    assert_no_finding(findings, "FC103")
    assert_no_finding(findings, "FC104")
    assert_finds(findings, "FC106", count=1)
