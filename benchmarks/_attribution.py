"""Shared by the attribution benchmarks: build parsed articles and run the FC4xx rules.

Articles are read with the real text reader and parsed in one ``nlp.pipe``
batch (the way the runner does it), then the family's rules run directly.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import Article, RuleContext, Settings, Severity, Source
from factcheck.host.readers.txt import read_txt


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


def make_articles(
    items: Sequence[tuple[str, str]], batch_size: int = 16, cache: str = ""
) -> list[Article]:
    """Read ``(path, text)`` pairs as plain-text articles and parse them.

    With ``cache`` (a file name under ``$FACTCHECK_BENCH_CACHE``, when that is set) the
    parses are kept in a DocBin keyed by the texts and the model files, so repeated
    error-analysis runs skip the parser. Without it nothing is written.
    """
    from factcheck.nlp import load_pipeline

    nlp = load_pipeline()
    articles = [read_txt(Source(path, text, "txt"), Settings()) for path, text in items]
    docs = _cached(cache, nlp, [a.prose for a in articles])
    if docs is None:
        try:
            docs = list(nlp.pipe((a.prose for a in articles), batch_size=batch_size))
        except ValueError:
            docs = [_parse_one(nlp, a) for a in articles]
        _store(cache, nlp, [a.prose for a in articles], docs)
    for article, doc in zip(articles, docs, strict=True):
        article.doc = doc
    return articles


def _parse_one(nlp: Any, article: Article) -> Any:
    """Parse one article; if a pipeline component fails on it, say so and parse it
    without the last component (a benchmark must not stop on one bad document)."""
    try:
        return nlp(article.prose)
    except ValueError as err:
        last = nlp.pipe_names[-1]
        print(f"warning: {article.path}: pipeline failed ({err}); parsed without {last!r}")
        with nlp.select_pipes(disable=[last]):
            return nlp(article.prose)


def _cache_file(cache: str, nlp: Any, texts: Sequence[str]) -> Path | None:
    folder = os.environ.get("FACTCHECK_BENCH_CACHE", "")
    if not cache or not folder:
        return None
    digest = hashlib.sha1()
    for text in texts:
        digest.update(text.encode("utf-8"))
    from factcheck.nlp import shipped_model_path

    for f in sorted(shipped_model_path().rglob("*")):
        if f.is_file():
            digest.update(f"{f}:{f.stat().st_mtime_ns}".encode())
    return Path(folder) / f"{cache}-{digest.hexdigest()[:16]}.spacy"


def _cached(cache: str, nlp: Any, texts: Sequence[str]) -> list[Any] | None:
    path = _cache_file(cache, nlp, texts)
    if path is None or not path.exists():
        return None
    from spacy.tokens import DocBin

    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def _store(cache: str, nlp: Any, texts: Sequence[str], docs: Sequence[Any]) -> None:
    path = _cache_file(cache, nlp, texts)
    if path is None:
        return
    from spacy.tokens import DocBin

    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=True, docs=docs).to_disk(path)


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
