"""Shared by the pronoun benchmarks: parse texts, run the FC2xx rules, flip pronouns.

Texts are read with the real plain-text reader and parsed in ``nlp.pipe``
batches, then the family's rules run directly (the way the host runs them).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import Article, RuleContext, Settings, Severity, Source
from factcheck.host.readers.txt import read_txt

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _data_root() -> Path:
    """``$FACTCHECK_DATA``, else the first ``shared/data`` above the checkout (a worktree
    sits one level deeper than the main checkout)."""
    env = os.environ.get("FACTCHECK_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for up in here.parents:
        if (up / "shared" / "data").is_dir():
            return up / "shared" / "data"
    return here.parent.parent / "shared" / "data"


DATA = _data_root()
#: Texts the pipeline could not parse (reported by the benchmarks).
SKIPPED: list[str] = []

#: Gender flips; "her" is resolved by its tag (PRP$ -> "his", PRP -> "him").
FLIP = {
    "he": "she",
    "him": "her",
    "his": "her",
    "himself": "herself",
    "she": "he",
    "hers": "his",
    "herself": "himself",
}
#: "it"/"its" for a body turned into a personal pronoun.
PERSONAL = {"it": "he", "its": "his", "itself": "himself"}


@dataclass(frozen=True)
class Hit:
    """A finding reduced to what the benchmarks score."""

    rule: str
    severity: Severity
    start: int
    end: int
    message: str

    @property
    def alarm(self) -> bool:
        """True for warnings and errors (what counts against precision)."""
        return self.severity >= Severity.WARNING


def data_dir(name: str) -> Path | None:
    """The data set's directory, or None after printing why the benchmark is skipped."""
    path = DATA / name
    if not path.is_dir():
        print(f"SKIP: {path} not found (the benchmark data lives in ../shared/data)")
        return None
    return path


def _cache_dir() -> Path | None:
    """Where parses are kept between runs (``$FACTCHECK_BENCH_CACHE``, default
    ``benchmarks/.cache/parses``; ``FACTCHECK_BENCH_CACHE=off`` disables it).

    The pronoun benchmarks parse thousands of variants that do not change from
    run to run; only the rules do. Keyed by the pipeline's name and version and
    the text, so a retrained pipeline never reads stale parses.
    """
    env = os.environ.get("FACTCHECK_BENCH_CACHE", "")
    if env.lower() == "off":
        return None
    path = Path(env) if env else Path(__file__).resolve().parent / ".cache" / "parses"
    path.mkdir(parents=True, exist_ok=True)
    return path


def parsed(texts: Sequence[str], batch_size: int = 32) -> Iterator[Article]:
    """Plain-text articles for ``texts``, parsed with the shipped pipeline.

    A batch the pipeline fails on is parsed text by text; a text that still
    fails is yielded unparsed (``doc`` None) and counted in :data:`SKIPPED`.
    Parses are cached on disk (see :func:`_cache_dir`).
    """
    import hashlib

    from spacy.tokens import Doc as SpacyDoc

    from factcheck.nlp import load_pipeline

    nlp = load_pipeline()
    stamp = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}"
    cache = _cache_dir()
    articles = [read_txt(Source(f"item{n}.txt", t, "txt"), Settings()) for n, t in enumerate(texts)]
    for b in range(0, len(articles), batch_size):
        batch = articles[b : b + batch_size]
        keys = [hashlib.sha1((stamp + a.prose).encode()).hexdigest() for a in batch]
        docs: list[Doc | None] = [None] * len(batch)
        if cache is not None:
            for n, key in enumerate(keys):
                f = cache / f"{key}.doc"
                if f.exists():
                    docs[n] = SpacyDoc(nlp.vocab).from_bytes(f.read_bytes())
        todo = [n for n, d in enumerate(docs) if d is None]
        try:
            for n, doc in zip(todo, nlp.pipe(batch[n].prose for n in todo), strict=True):
                docs[n] = doc
        except Exception:
            for n in todo:
                try:
                    docs[n] = nlp(batch[n].prose)
                except Exception:
                    SKIPPED.append(batch[n].path)
                    docs[n] = None
        for n in todo:
            doc = docs[n]
            if cache is not None and doc is not None:
                (cache / f"{keys[n]}.doc").write_bytes(doc.to_bytes())
        for article, doc in zip(batch, docs, strict=True):
            article.doc = doc
            yield article
        if b and b % 512 == 0:
            print(f"  ... {b} parsed", file=sys.stderr)


def run(article: Article) -> list[Hit]:
    """Every FC2xx finding on one parsed article."""
    from factcheck_rules.pronouns import RULES

    hits: list[Hit] = []
    if article.doc is None:
        return hits
    for cls in RULES:
        for d in cls().check(article, RuleContext()):
            hits.append(Hit(cls.code, d.severity or cls.severity, d.start, d.end, d.message))
    return hits


def flipped(word: str, possessive: bool, table: dict[str, str]) -> str:
    """The replacement for ``word`` under ``table``, keeping its capital."""
    low = word.lower()
    new = ("his" if possessive else "him") if low == "her" and table is FLIP else table[low]
    if low == "it" and table is PERSONAL and possessive:
        new = "him"  # "it" as an object
    return new.capitalize() if word[:1].isupper() else new


def splice(text: str, start: int, end: int, new: str) -> tuple[str, int, int]:
    """``text`` with ``[start, end)`` replaced by ``new``; returns the new span too."""
    return text[:start] + new + text[end:], start, start + len(new)


def overlaps(hit: Hit, start: int, end: int) -> bool:
    """True when the finding overlaps ``[start, end)``."""
    return hit.start < end and start < hit.end
