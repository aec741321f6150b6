"""FC2xx: pronoun errors — a pronoun that cannot mean what it points at."""

from __future__ import annotations

from factcheck.rule import Rule

RULES: list[type[Rule]] = []
