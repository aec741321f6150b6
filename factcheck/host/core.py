"""The host's own hook implementations: load the pipeline, run the rules.

Registered as the plugin ``factcheck.core``, last in line for the firstresult
hooks, so a third-party plugin can supply a pipeline or wrap the check loop.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from factcheck import hookimpl
from factcheck.contract.findings import Finding
from factcheck.contract.results import RuleFailure
from factcheck.host.resolve import resolve

if TYPE_CHECKING:
    from spacy.language import Language

    from factcheck.contract.article import Article
    from factcheck.contract.rule import Rule, RuleContext
    from factcheck.contract.settings import Settings


@hookimpl(trylast=True)
def factcheck_load_pipeline(model: str, settings: Settings) -> Language:
    """Load the shipped pipeline, an installed spaCy package or a pipeline folder."""
    from factcheck.nlp import load_pipeline

    return load_pipeline(model)


@hookimpl(trylast=True)
def factcheck_check_article(
    article: Article,
    rules: Sequence[Rule],
    contexts: Mapping[str, RuleContext],
    failures: list[RuleFailure],
) -> list[Finding]:
    """Run each rule, isolating failures, and resolve diagnostics into findings.

    A rule that raises is appended to ``failures`` (the file's results) and
    the other rules still run: one broken plugin never hides the rest.
    """
    findings: list[Finding] = []
    for rule in rules:
        ctx = contexts[rule.code]
        severity = ctx.settings.severities[rule.code]
        override = ctx.settings.severity_overrides.get(rule.code)
        try:
            diags = list(rule.check(article, ctx))
            findings.extend(resolve(article, rule, d, severity, override) for d in diags)
        except Exception as exc:
            tb = traceback.extract_tb(exc.__traceback__)
            where = f" at {tb[-1].filename}:{tb[-1].lineno}" if tb else ""
            failures.append(
                RuleFailure(
                    path=article.path,
                    rule=rule.code,  # the documented code, as in findings; not "CODE name"
                    plugin=rule.plugin_name,
                    error=f"{type(exc).__name__}: {exc}{where}",
                )
            )
    return findings
