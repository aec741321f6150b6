"""Structured claims and verdicts: the currency of knowledge plugins.

Rules extract claims ("UN sanctions on North Korea: since 2006") and ask every
plugin that implements ``factcheck_verify_claim`` what it knows. A knowledge
plugin answers with a :class:`Verdict` that names its source, so an editor can
see why a claim was confirmed or contradicted.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class ClaimKind(enum.StrEnum):
    """What kind of value a claim asserts."""

    DATE = "date"
    QUANTITY = "quantity"
    ROLE = "role"
    #: The pronouns a named person goes by: ``subject`` the name, ``predicate``
    #: "pronouns", ``value`` the pronoun the article uses ("she"). A provider
    #: answers VERIFIED, or CONTRADICTED with ``expected`` the right one ("he").
    PRONOUN = "pronoun"


@dataclass(frozen=True)
class Claim:
    """A structured, checkable statement taken from an article.

    ``subject`` and ``predicate`` are the words of the article (normalised to
    lower case by providers as they see fit); ``value`` is the normalised value
    (TIMEX3-style for dates: ``2006``, ``2023-03-17``, ``P3Y``); ``entities``
    are the named entities in the claim's clause, which providers use to match.
    """

    kind: ClaimKind
    subject: str
    predicate: str
    value: str
    text: str = ""
    start: int = 0
    end: int = 0
    entities: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)


class Outcome(enum.StrEnum):
    """A knowledge plugin's answer."""

    VERIFIED = "verified"
    CONTRADICTED = "contradicted"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Verdict:
    """What one knowledge source says about one claim."""

    outcome: Outcome
    source: str
    expected: str = ""
    note: str = ""
    provider: str = ""
