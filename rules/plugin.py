"""The entry point of the built-in rules: registers every family's rules.

Importing this module must stay cheap (no spaCy): ``factcheck rules`` imports it.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck_rules import attribution, consistency, dates, garbled, pronouns

from factcheck import Rule, hookimpl


@hookimpl
def factcheck_register_rules() -> Sequence[type[Rule]]:
    """Every built-in rule, family by family, in code order."""
    return [
        *garbled.RULES,
        *pronouns.RULES,
        *dates.RULES,
        *attribution.RULES,
        *consistency.RULES,
    ]
