"""Word lists: the loader of the data files, and English's closed word classes.

:func:`word_list` reads ``data/<name>.txt`` once per process and returns its
entries as a frozenset; :func:`word_set` writes a short closed class inline as one
space-separated string, which is easier to review than one quoted word per
line. The function-word classes below are grammar, not data: English
determiners, prepositions, conjunctions, pronouns and auxiliaries are closed
classes, so a fixed set is the linguistic fact rather than a list copied from
any corpus.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from collections.abc import Iterable


def word_set(spaced: str) -> frozenset[str]:
    """The set of whitespace-separated words in ``spaced``."""
    return frozenset(spaced.split())


def alternation(entries: Iterable[str]) -> str:
    """A non-capturing regular expression group matching any of ``entries`` literally.

    Longest first, so that a word is preferred to its own prefix ("Sept" to
    "Sep", "seventeen" to "seven") the way a greedy optional suffix would be.
    """
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    return "(?:" + "|".join(re.escape(e) for e in ordered) + ")"


@functools.cache
def word_list(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt``: one per line, ``#`` lines are comments.

    Cached, so every caller shares one frozenset and the file is read once.
    """
    text = (
        importlib.resources.files("factcheck.language")
        .joinpath("data", f"{name}.txt")
        .read_text(encoding="utf-8")
    )
    entries = (line.strip() for line in text.splitlines())
    return frozenset(e for e in entries if e and not e.startswith("#"))


DETERMINERS = word_set(
    "a an the this that these those my your his her its our their some any no every each "
    "either neither another such what which whose"
)
PREPOSITIONS = word_set(
    "about above across after against along amid among around as at before behind below "
    "beneath beside besides between beyond by despite down during except for from in inside "
    "into like near of off on onto out outside over past per since than through throughout "
    "till to toward towards under underneath unlike until up upon via with within without"
)
CONJUNCTIONS = word_set(
    "and but or nor so yet because although though while whereas if unless whether"
)
PRONOUNS = word_set(
    "i me you he him she her it we us they them myself yourself himself herself itself "
    "ourselves themselves who whom"
)
AUXILIARIES = word_set(
    "be am is are was were been being have has had do does did will would shall should can "
    "could may might must"
)
#: Words that carry grammar rather than content: left out when comparing what two
#: passages say, and never a name or a repeated word worth reporting on their own.
FUNCTION_WORDS = (
    DETERMINERS | PREPOSITIONS | CONJUNCTIONS | PRONOUNS | AUXILIARIES | word_set("not to")
)
