"""factcheck: a fact-check and consistency checker for editorial copy.

This module is the one import surface for plugin authors, as :mod:`pytest`
re-exports ``_pytest``: every name a rule, reporter, reader or knowledge plugin
needs is here, defined in :mod:`factcheck.contract`. Plugins import from
``factcheck`` (plus the shared analyses in :mod:`factcheck.analysis`, the
shared language knowledge in :mod:`factcheck.language` and the pipeline
helpers in :mod:`factcheck.nlp`), never from the engine.

Importing :mod:`factcheck` never imports spaCy, so that ``factcheck --help`` is fast.
"""

from __future__ import annotations

from factcheck.contract.article import Article, Block, DerivedKey, Quotation, Span
from factcheck.contract.findings import (
    Applicability,
    Diagnostic,
    Evidence,
    Finding,
    Fix,
    Severity,
)
from factcheck.contract.knowledge import Claim, ClaimKind, Outcome, Verdict
from factcheck.contract.markers import PROJECT_NAME, hookimpl, hookspec
from factcheck.contract.reporter import Reporter
from factcheck.contract.results import FileResult, RuleFailure, RunResult, ToolInfo
from factcheck.contract.rule import (
    DOC_SECTIONS,
    Rule,
    RuleContext,
    RuleDefinitionError,
    RuleDocs,
    RuleOption,
)
from factcheck.contract.settings import ConfigError, Options, Settings
from factcheck.contract.source import InputError, Source

__version__ = "0.2.0"

__all__ = [
    "DOC_SECTIONS",
    "PROJECT_NAME",
    "Applicability",
    "Article",
    "Block",
    "Claim",
    "ClaimKind",
    "ConfigError",
    "DerivedKey",
    "Diagnostic",
    "Evidence",
    "FileResult",
    "Finding",
    "Fix",
    "InputError",
    "Options",
    "Outcome",
    "Quotation",
    "Reporter",
    "Rule",
    "RuleContext",
    "RuleDefinitionError",
    "RuleDocs",
    "RuleFailure",
    "RuleOption",
    "RunResult",
    "Settings",
    "Severity",
    "Source",
    "Span",
    "ToolInfo",
    "Verdict",
    "__version__",
    "hookimpl",
    "hookspec",
]
