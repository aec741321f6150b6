"""Fixtures for the date family: the shipped pipeline and a one-call analysis helper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from factcheck_rules.dates.analysis.claims import DateAnalysis, analyse_article

from factcheck import Article

Analyse = Callable[..., DateAnalysis]


@pytest.fixture(scope="session")
def nlp() -> Any:
    from factcheck.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def analyse(nlp: Any) -> Analyse:
    """Analyse ``text`` with the real pipeline; ``published`` anchors relative dates."""

    def run(text: str, published: dt.date | None = None) -> DateAnalysis:
        article = Article(path="test.txt", text=text, published=published)
        article.doc = nlp(text)
        return analyse_article(article)

    return run
