"""``--fix`` on Markdown and HTML changes prose only, and keeps a file's encoding and line ends."""

from __future__ import annotations

import re
from pathlib import Path

from tests.fixes.test_fix_cli import factcheck

HTML = """\
<!doctype html>
<html lang="en"><head><title>Ferry returns | Island Post</title>
<script>var note = "the the";</script></head>
<body>
<nav><a href="/">Home</a></nav>
<article>
<h1 class="headline">Island ferry service resumes after the storm</h1>
<p>The ferry company said the the boats would sail again from the north pier.
The harbour master agreed. the captain will sail the first crossing at noon.</p>
<p>Tickets cost &pound;12, the <a href="/fares">the fares page</a> says.</p>
<p>Follow us on Twitter</p>
</article>
</body></html>
"""

MARKDOWN = """\
---
title: Island ferry returns
tags: [the the, ferry]
---
# Island ferry service resumes after the storm

The ferry company said the the boats would sail again from the *north* pier.
The harbour master agreed. the captain will sail the first crossing at noon.

Tickets are listed on [the fares page](https://example.org/the-the) and cost more.

Follow us on Twitter

Read more about **the the** island.
"""


def test_html_fixes_touch_prose_only(tmp_path: Path) -> None:
    story = tmp_path / "ferry.html"
    story.write_text(HTML, encoding="utf-8")
    proc = factcheck("run", "--fix", "--unsafe-fixes", story.name, cwd=tmp_path)
    fixed = story.read_text(encoding="utf-8")
    assert "said the boats would" in fixed
    assert "agreed. The captain will sail" in fixed
    assert "<p></p>" in fixed and "Follow us" not in fixed  # the text goes, its tags stay
    # Every tag, the script and the entity are exactly as they were, in the same order.
    tags = re.compile(r"<[^>]*>|&\w+;")
    assert tags.findall(fixed) == tags.findall(HTML)
    assert 'var note = "the the";' in fixed
    # A doubled word split by a link would need its markup edited: reported, not fixed.
    assert 'the <a href="/fares">the fares page</a>' in fixed
    assert "FC101 error" in proc.stdout and proc.returncode == 1


def test_markdown_fixes_touch_prose_only(tmp_path: Path) -> None:
    story = tmp_path / "ferry.md"
    story.write_text(MARKDOWN, encoding="utf-8")
    factcheck("run", "--fix", "--unsafe-fixes", story.name, cwd=tmp_path)
    fixed = story.read_text(encoding="utf-8")
    expected = (
        MARKDOWN.replace("said the the boats", "said the boats")
        .replace("agreed. the captain", "agreed. The captain")
        .replace("Follow us on Twitter\n\n", "")
        .replace("**the the**", "**the**")
    )
    assert fixed == expected  # front matter, emphasis and the link's URL untouched


def test_byte_order_mark_and_crlf_survive_a_fix(tmp_path: Path) -> None:
    text = "Ferry returns\r\n\r\nThe ferry sailed the the old route on Sunday.\r\n"
    story = tmp_path / "ferry.txt"
    story.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    factcheck("run", "--fix", story.name, cwd=tmp_path)
    assert story.read_bytes() == b"\xef\xbb\xbf" + text.replace("the the", "the").encode()
    wide = tmp_path / "wide.txt"
    wide.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    factcheck("run", "--fix", wide.name, cwd=tmp_path)
    assert wide.read_bytes() == b"\xff\xfe" + text.replace("the the", "the").encode("utf-16-le")
