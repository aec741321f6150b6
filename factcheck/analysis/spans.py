"""Span lookups for analyses, rules and plugins: :class:`SpanIndex` (defined in the contract,
which ``Article`` also uses; this is its home for everything that imports analyses)."""

from factcheck.contract.spans import SpanIndex

__all__ = ["SpanIndex"]
