"""Turning a rule's diagnostics into findings: positions, excerpts, evidence text."""

from __future__ import annotations

from dataclasses import replace

from factcheck.contract.article import Article
from factcheck.contract.findings import Diagnostic, Evidence, Finding, Severity
from factcheck.contract.rule import Rule

_MAX_EXCERPT = 300


def resolve(
    article: Article,
    rule: Rule,
    diag: Diagnostic,
    severity: Severity,
    override: Severity | None = None,
) -> Finding:
    """A complete :class:`Finding` for one diagnostic of ``rule`` in ``article``.

    The severity is the user's ``override`` when configuration sets one for the
    rule, else the one the rule chose for this finding, else ``severity`` (the
    rule's default). The user's word comes first: a desk that makes a rule an
    error to gate CI on it must not get a silent pass because the rule judged one
    finding to be info.
    """
    n = len(article.text)
    start, end = min(diag.start, n), min(diag.end, n)
    line, column = article.position(start)
    end_line, end_column = article.position(end)
    excerpt = article.text[start:end]
    if len(excerpt) > _MAX_EXCERPT:
        excerpt = excerpt[: _MAX_EXCERPT - 1] + "…"
    evidence = tuple(_resolve_evidence(article, e) for e in diag.evidence)
    return Finding(
        path=article.path,
        rule=rule.code,
        name=rule.name,
        category=rule.category,
        severity=override or diag.severity or severity,
        message=diag.message,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        excerpt=excerpt,
        confidence=diag.confidence,
        fix=diag.fix,
        evidence=evidence,
        data=diag.data,
        plugin=rule.plugin_name,
    )


def _resolve_evidence(article: Article, ev: Evidence) -> Evidence:
    line, column = article.position(ev.start)
    text = ev.text or article.text[ev.start : ev.end]
    if len(text) > _MAX_EXCERPT:  # evidence can be a whole paragraph (a searched one)
        text = text[: _MAX_EXCERPT - 1] + "…"
    return replace(ev, text=text, line=line, column=column)
