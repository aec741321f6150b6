"""Shared by the attribution benchmarks: build parsed articles and run the FC4xx rules.

Articles are read with the real text reader and parsed in one ``nlp.pipe``
batch (the way the runner does it), then the family's rules run directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.article import Article
from factcheck.findings import Severity
from factcheck.readers.txt import read_txt
from factcheck.rule import RuleContext
from factcheck.sources import Source


@dataclass(frozen=True)
class Hit:
    """A finding reduced to what the benchmarks score."""

    rule: str
    name: str
    category: str
    severity: Severity
    start: int
    end: int
    confidence: float
    message: str


def make_articles(items: Sequence[tuple[str, str]], batch_size: int = 16) -> list[Article]:
    """Read ``(path, text)`` pairs as plain-text articles and parse them."""
    from factcheck.nlp import load_pipeline

    nlp = load_pipeline()
    articles = [read_txt(Source(path, text, "txt"), {}) for path, text in items]
    for article, doc in zip(
        articles, nlp.pipe((a.prose for a in articles), batch_size=batch_size), strict=True
    ):
        article.doc = doc
    return articles


def run_family(article: Article, select: str = "FC4") -> list[Hit]:
    """Run every FC4xx rule whose code starts with ``select`` on one parsed article."""
    from factcheck_rules.attribution import RULES

    hits: list[Hit] = []
    for cls in RULES:
        if not cls.code.startswith(select):
            continue
        rule = cls()
        for d in rule.check(article, RuleContext()):
            hits.append(
                Hit(
                    cls.code,
                    cls.name,
                    cls.category,
                    d.severity or cls.severity,
                    d.start,
                    d.end,
                    d.confidence,
                    d.message,
                )
            )
    return hits
