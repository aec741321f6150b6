"""The built-in output formats, registered as the plugin ``factcheck.reporters``.

Formats are plugins for the same reason rules are: a newsroom can add the one
its CMS or dashboard reads without forking factcheck, and the built-ins get no
privileges a third-party format would not have. Each format lives in its own
module; this one only tells the host about them.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck import hookimpl
from factcheck.contract.reporter import Reporter
from factcheck.host.reporters.github import GithubReporter
from factcheck.host.reporters.html_report import HtmlReporter
from factcheck.host.reporters.json_report import JsonReporter
from factcheck.host.reporters.jsonl import JsonLinesReporter
from factcheck.host.reporters.junit import JunitReporter
from factcheck.host.reporters.rdjson import RdjsonReporter
from factcheck.host.reporters.sarif import SarifReporter
from factcheck.host.reporters.text import TextReporter

#: In the order ``factcheck --help`` should list them: the default first.
BUILTIN_REPORTERS: tuple[type[Reporter], ...] = (
    TextReporter,
    JsonReporter,
    JsonLinesReporter,
    SarifReporter,
    GithubReporter,
    JunitReporter,
    RdjsonReporter,
    HtmlReporter,
)


@hookimpl
def factcheck_register_reporters() -> Sequence[type[Reporter]]:
    """Give the host every built-in format."""
    return list(BUILTIN_REPORTERS)


__all__ = [
    "BUILTIN_REPORTERS",
    "GithubReporter",
    "HtmlReporter",
    "JsonLinesReporter",
    "JsonReporter",
    "JunitReporter",
    "RdjsonReporter",
    "SarifReporter",
    "TextReporter",
    "factcheck_register_reporters",
]
