""" "Did you mean ...?": the closest known name to a typo, for every error about a name.

A configuration key, a rule selector, a plugin name, a rule option or an output
format that does not exist is almost always a typo of one that does; naming the
likely one saves a trip to the documentation. Matching is case-insensitive, so
``fc101`` suggests ``FC101``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate most like ``word``, or None when none is close."""
    known = {c.lower(): c for c in candidates}
    found = difflib.get_close_matches(word.lower(), list(known), n=1, cutoff=0.6)
    return known[found[0]] if found else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """``"; did you mean 'select'?"`` for the closest candidate, or ``""``."""
    match = closest(word, candidates)
    return f"; did you mean {match!r}?" if match is not None and match != word else ""
