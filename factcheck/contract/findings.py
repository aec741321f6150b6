"""Findings: what a rule reports, and what the host turns it into.

Rules emit :class:`Diagnostic` objects that carry only character offsets and
their message; the host resolves them into frozen :class:`Finding` objects with
lines, columns, the excerpt and a fingerprint. Keeping the two apart means a
rule author never computes a line number and every reporter sees the same,
complete record.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


class Severity(enum.IntEnum):
    """How sure a rule is that something is wrong.

    ``ERROR``: almost certainly wrong. ``WARNING``: probably wrong, worth an
    editor's look. ``INFO``: a claim to verify, a checklist item that never
    fails a run by default. Ordered so that ``max()`` gives the worst.
    """

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        """The lower-case name used in config, CLI and reports."""
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Read ``"error"``, ``"warning"`` or ``"info"`` (case-insensitive)."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {choices})") from None


#: The built-in categories. Third-party rules may add their own.
CATEGORIES: Mapping[str, str] = MappingProxyType(
    {
        "garbled": "Spliced, truncated or corrupted text",
        "boilerplate": "Web page furniture left in the copy",
        "pronoun": "A pronoun that cannot mean what it points at",
        "date": "Date claims and date errors",
        "attribution": "Claims that need a source",
        "quote": "Quotation integrity",
        "consistency": "Statements that disagree with each other or with known facts",
    }
)


@dataclass(frozen=True)
class Evidence:
    """A span of the article that supports a finding (an antecedent, an earlier mention).

    Rules give ``kind``, ``start`` and ``end``; the host fills in ``text``, ``line``
    and ``column``.
    """

    kind: str
    start: int
    end: int
    text: str = ""
    line: int = 0
    column: int = 0


class Applicability(enum.Enum):
    """Whether ``factcheck run --fix`` may apply a fix unasked (ruff's model).

    ``SAFE``: the meaning of the copy cannot change (a doubled word deleted, a
    sentence start capitalised, mojibake repaired); ``--fix`` applies it.
    ``UNSAFE``: the fix is the likeliest correction but a guess ("he" to "it",
    the weekday rather than the date, a line taken for web furniture); only
    ``--unsafe-fixes`` applies it. Unsafe is the default, so a plugin's fix
    is never applied without its author saying it is safe.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Fix:
    """A suggested replacement for the finding's span ``[start, end)``."""

    title: str
    replacement: str
    applicability: Applicability = Applicability.UNSAFE

    @property
    def safe(self) -> bool:
        """True when ``--fix`` applies this fix without ``--unsafe-fixes``."""
        return self.applicability is Applicability.SAFE


def _frozen(data: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(data or {}))


@dataclass(frozen=True)
class Diagnostic:
    """What a rule yields: a span, a message and optional extras.

    ``start``/``end`` are Unicode code-point offsets into ``article.text``, end
    exclusive. ``severity`` overrides the rule's default for this one finding
    (for example a strong versus a weak unattributed claim). ``confidence`` is
    the rule's estimate, 0..1, that an editor would agree.
    """

    start: int
    end: int
    message: str
    confidence: float = 1.0
    severity: Severity | None = None
    fix: Fix | None = None
    evidence: tuple[Evidence, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside 0..1")
        object.__setattr__(self, "evidence", tuple(self.evidence))
        object.__setattr__(self, "data", _frozen(self.data))


@dataclass(frozen=True, order=False)
class Finding:
    """One resolved problem in one file, as every reporter sees it."""

    path: str
    rule: str
    name: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str
    confidence: float = 1.0
    fix: Fix | None = None
    evidence: tuple[Evidence, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)
    fingerprint: str = ""
    plugin: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "data", _frozen(self.data))

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        """Position first, then rule code: deterministic output order."""
        return (self.path, self.start, self.end, self.rule)

    def to_dict(self) -> dict[str, Any]:
        """The finding as the versioned JSON contract describes it (see docs/json-format.md)."""
        return {
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity.label,
            "confidence": round(self.confidence, 3),
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "excerpt": self.excerpt,
            "fix": None
            if self.fix is None
            else {
                "title": self.fix.title,
                "replacement": self.fix.replacement,
                "applicability": self.fix.applicability.value,
            },
            "evidence": [
                {
                    "kind": e.kind,
                    "text": e.text,
                    "start": e.start,
                    "end": e.end,
                    "line": e.line,
                    "column": e.column,
                }
                for e in self.evidence
            ],
            "data": _jsonable(self.data),
            "fingerprint": self.fingerprint,
        }


def _jsonable(value: Any) -> Any:
    """Turn mapping proxies and tuples into plain JSON types."""
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)
