"""The ``html`` format: one self-contained page for copy editors.

Copy editors do not read terminal output or SARIF. This report shows each
article as a reader sees it with every finding's span highlighted by
severity, a side list of the findings (message, rule code linked to the
rule's documentation further down the page, evidence spans that light up
on click, the fix as a before/after), filters by severity and category, and
the claims to verify as tick boxes. Several files get an index with the
counts of each, then each article.

The page must open from disk on an air-gapped machine and as a CI artefact,
so it is one file: the stylesheet and script are inlined, nothing is fetched
(a Content-Security-Policy says so), and no font is needed. It is built
with jinja2 with autoescaping on, never by string concatenation: every piece
of article text, message and path reaches the page escaped, and the CSP
allows only this report's own script (by hash), so even a missed escape
could not run an ``onerror`` handler or an injected ``<script>``.
"""

from __future__ import annotations

import base64
import hashlib
from importlib import resources
from typing import IO, Any, ClassVar

from markupsafe import Markup

from factcheck.contract.reporter import Reporter
from factcheck.contract.results import RunResult
from factcheck.host.reporters._common import sanitize, summary_sentences
from factcheck.host.reporters.html_view import file_view

_TEMPLATES = "templates"


def _asset(name: str) -> str:
    ref = resources.files("factcheck.host.reporters").joinpath(_TEMPLATES, name)
    return ref.read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def script_csp_source() -> str:
    """The CSP source (``'sha256-…'``) of the report's own script.

    A page that embeds the report (the checking server's ``/``) lists it in its
    own ``script-src``, so the report's navigation runs there and nothing else does.
    """
    return _csp_hash(_asset("report.js"))


def rule_docs_html(docs: str) -> Markup:
    """A rule's Markdown documentation as HTML, raw HTML in it escaped.

    Rule docs come from plugins, not from articles, but they are still not
    trusted to carry markup: markdown-it's ``html`` option is off, and it
    refuses ``javascript:`` links. Headings move down so that they sit under
    the rule's own heading.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    demoted = "\n".join("##" + line if line.startswith("#") else line for line in docs.splitlines())
    return Markup(md.render(demoted))  # markdown-it escaped every text


def render_html(result: RunResult) -> str:
    """The whole page for ``result``."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("factcheck.host.reporters", _TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["visible"] = sanitize  # control characters in garbled copy, made visible
    script, style = _asset("report.js"), _asset("report.css")
    files = [file_view(i, fr) for i, fr in enumerate(result.files)]
    fired = sorted({f.rule for fr in result.files for f in fr.findings})
    rules: list[dict[str, Any]] = [
        {
            "code": code,
            "anchor": f"rule-{code.lower()}",
            **result.rules.get(code, {}),
            "docs_html": rule_docs_html(str(result.rules.get(code, {}).get("docs", ""))),
        }
        for code in fired
    ]
    categories = sorted({f.category for fr in result.files for f in fr.findings})
    template = env.get_template("report.html.j2")
    return template.render(
        title=_title(result),
        files=files,
        rules=rules,
        categories=categories,
        summary=summary_sentences(result),
        tool=result.tool,
        script=Markup(script),  # our own files, shipped with the package
        style=Markup(style),
        csp=(
            "default-src 'none'; img-src data:; base-uri 'none'; form-action 'none'; "
            f"style-src {_csp_hash(style)}; script-src {_csp_hash(script)}"
        ),
    )


def _title(result: RunResult) -> str:
    if len(result.files) == 1:
        return f"factcheck: {result.files[0].path}"
    return f"factcheck: {len(result.files)} files"


class HtmlReporter(Reporter):
    """A self-contained HTML page for people: ``--format html -o report.html``."""

    name: ClassVar[str] = "html"
    description: ClassVar[str] = (
        "A self-contained page for copy editors: the article with findings highlighted."
    )

    def render(self, result: RunResult, out: IO[str]) -> None:
        """Write the page."""
        out.write(render_html(result))
