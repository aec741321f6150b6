"""The built-in output formats, registered as the plugin ``factcheck.reporters``.

Formats are plugins for the same reason rules are: a newsroom can add the one
its CMS or dashboard reads without forking factcheck, and the built-ins get no
privileges a third-party format would not have. Each format lives in its own
module; this one only tells the host about them.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck import hookimpl
from factcheck.report import Reporter
from factcheck.reporters.github import GithubReporter
from factcheck.reporters.json_report import JsonReporter
from factcheck.reporters.jsonl import JsonLinesReporter
from factcheck.reporters.junit import JunitReporter
from factcheck.reporters.rdjson import RdjsonReporter
from factcheck.reporters.sarif import SarifReporter
from factcheck.reporters.text import TextReporter

#: In the order ``factcheck --help`` should list them: the default first.
BUILTIN_REPORTERS: tuple[type[Reporter], ...] = (
    TextReporter,
    JsonReporter,
    JsonLinesReporter,
    SarifReporter,
    GithubReporter,
    JunitReporter,
    RdjsonReporter,
)


@hookimpl
def factcheck_register_reporters() -> Sequence[type[Reporter]]:
    """Give the host every built-in format."""
    return list(BUILTIN_REPORTERS)


__all__ = [
    "BUILTIN_REPORTERS",
    "GithubReporter",
    "JsonLinesReporter",
    "JsonReporter",
    "JunitReporter",
    "RdjsonReporter",
    "SarifReporter",
    "TextReporter",
    "factcheck_register_reporters",
]
