"""FC5xx: consistency — statements of one article that disagree with each other or with known facts.

The shared analyses live in :mod:`factcheck_rules.consistency.analysis`: name
mentions and person clusters (:func:`~.analysis.names.person_clusters`), name
variants, titles and roles, quantities and quotation speakers.
"""

from __future__ import annotations

from factcheck_rules.consistency.headline_claim import HeadlineClaimUnsupported
from factcheck_rules.consistency.known_facts import ContradictsFacts, VerifiedByFacts
from factcheck_rules.consistency.name_variant import NameVariant
from factcheck_rules.consistency.number_conflict import NumberConflict
from factcheck_rules.consistency.quotation_conflict import QuotationConflict
from factcheck_rules.consistency.title_conflict import TitleConflict

from factcheck import Rule

RULES: list[type[Rule]] = [
    NameVariant,
    TitleConflict,
    NumberConflict,
    QuotationConflict,
    HeadlineClaimUnsupported,
    ContradictsFacts,
    VerifiedByFacts,
]
