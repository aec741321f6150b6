"""The entry point of the built-in rules: registers every family's rules.

Importing this module must stay cheap (no spaCy): ``factcheck rules`` imports it.
It also carries the claims-to-verify checklist (:mod:`factcheck_rules.attribution.checklist`),
a wrapper of ``factcheck_check_article`` that shortens the info claim findings.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck_rules import attribution, consistency, dates, garbled, pronouns
from factcheck_rules.attribution.checklist import factcheck_check_article

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


__all__ = ["factcheck_check_article", "factcheck_register_rules"]
