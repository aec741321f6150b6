"""FC3xx: date claims — extraction, normalisation and checks."""

from __future__ import annotations

from factcheck.rule import Rule

RULES: list[type[Rule]] = []
