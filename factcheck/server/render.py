"""HTML for the web page: the page itself and the annotated article.

The annotated article is the HTML report of issue #14 when a reporter named
``html`` is registered; until then, and for any installation without it,
this module's own small template renders it. Either way it is a whole
document shown in a sandboxed ``<iframe>`` (no scripts, no same-origin
access), and every piece of article text goes through Jinja's autoescaping,
so copy that contains markup is shown, never run.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import jinja2

from factcheck import __version__
from factcheck.contract.findings import Finding
from factcheck.contract.results import FileResult


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("factcheck.server", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class Piece:
    """A run of article text and the findings (1-based numbers) that cover it."""

    text: str
    numbers: tuple[int, ...]
    severity: str  # the worst covering severity, "" when none


def pieces(text: str, findings: Sequence[Finding]) -> list[Piece]:
    """Split ``text`` at every finding boundary; an empty finding gets an empty marked piece."""
    bounds = {0, len(text)}
    for f in findings:
        bounds.update((min(f.start, len(text)), min(f.end, len(text))))
    cuts = sorted(bounds)
    out: list[Piece] = []
    for a, b in itertools.pairwise(cuts):
        for n, f in enumerate(findings, 1):  # zero-width findings sit at their offset
            if f.start == f.end == a:
                out.append(Piece("", (n,), f.severity.label))
        covering = [(n, f) for n, f in enumerate(findings, 1) if f.start <= a and b <= f.end]
        worst = max((f.severity for _, f in covering), default=None)
        out.append(Piece(text[a:b], tuple(n for n, _ in covering), worst.label if worst else ""))
    for n, f in enumerate(findings, 1):
        if f.start == f.end == len(text):
            out.append(Piece("", (n,), f.severity.label))
    return out


def annotated_article(file: FileResult) -> str:
    """The article with its findings marked, and the list of findings under it."""
    template = _environment().get_template("annotated.html")
    return template.render(
        file=file,
        pieces=pieces(file.text, file.findings),
        findings=file.findings,
        version=__version__,
    )


def page(nonce: str) -> str:
    """The page at ``/``: paste or drop an article, see it annotated (``nonce``: its script's)."""
    template = _environment().get_template("index.html")
    return template.render(nonce=nonce, version=__version__)


def rule_page(code: str, name: str, docs: str) -> str:
    """A rule's documentation, for the links LanguageTool clients show ("more info")."""
    template = _environment().get_template("rule.html")
    return template.render(code=code, name=name, docs=docs, version=__version__)
