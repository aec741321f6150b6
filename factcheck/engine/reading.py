"""From an input's bytes to an :class:`Article`: reader plugins first, then the text path.

Reader plugins may claim an input's raw bytes (``factcheck_read_bytes``) by its
ending or its content, before the host decides the bytes are binary; a word
processor's ``.docx`` is read that way. Otherwise the bytes are decoded as text
and ``factcheck_read_article`` turns them into an article. Each reader runs
isolated (:mod:`factcheck.engine.isolation`): one that raises is recorded as a
failure and the next is asked.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import PurePath

import pluggy

from factcheck.contract.article import Article
from factcheck.contract.results import RuleFailure
from factcheck.contract.settings import Settings
from factcheck.contract.source import InputError
from factcheck.engine.inputs import SUPPORTED_SUFFIXES, read_bytes, source_from_bytes
from factcheck.engine.isolation import HookCalls


def suffixes_of(pm: pluggy.PluginManager) -> dict[str, str]:
    """The endings a run reads: the built-in ones, then those reader plugins register.

    A plugin cannot take a built-in ending over by registering it (it can in
    the read hooks), so ``.txt`` always means text.
    """
    found = dict(SUPPORTED_SUFFIXES)
    for mapping in reversed(pm.hook.factcheck_register_suffixes()):
        for suffix, fmt in mapping.items():
            found.setdefault(str(suffix).lower(), str(fmt))
    return found


def read_article(
    pm: pluggy.PluginManager,
    settings: Settings,
    suffixes: Mapping[str, str],
    path: str,
    shown: str,
    failures: list[RuleFailure],
    data: bytes | None = None,
) -> Article:
    """Read one input; ``shown`` is the path to report (``--stdin-filename`` for ``-``).

    Raises :class:`InputError` when the file cannot be read, including when the
    only reader that would take it raised (its failure is in ``failures``).
    """
    suffix = PurePath(shown).suffix.lower() if shown != "-" else ""
    fmt = suffixes.get(suffix)
    if data is None:  # else: the caller's stand-in for the file (the fix loop's edited text)
        data = read_bytes(path, settings.max_file_size, sys.stdin.buffer if path == "-" else None)
    calls = HookCalls(pm, shown, failures, passthrough=(InputError,))
    article: Article | None = calls.first(
        "factcheck_read_bytes", path=shown, data=data, format=fmt, settings=settings
    )
    if article is None:
        source = source_from_bytes(shown, data, fmt)
        article = calls.first("factcheck_read_article", source=source, settings=settings)
        if article is None and not failures:
            raise InputError(f"no reader accepts format {source.format!r}")
    if article is None:
        failed = failures[-1]
        raise InputError(
            f"could not be read: the reader of plugin {failed.plugin} failed "
            f"({failed.error}); please report it"
        )
    return article
