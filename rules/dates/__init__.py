"""FC3xx: date claims — extraction, normalisation and checks.

The shared analysis (every temporal expression with its value, anchor and
clause) is :func:`factcheck_rules.dates.analysis.claims.date_analysis`,
exposed to other rules and plugins as ``article.derived(KEY, ...)`` (``KEY``
in :mod:`.analysis.claims`). The facts-file knowledge provider is a plugin of
its own, :mod:`factcheck_rules.knowledge.facts`.
"""

from __future__ import annotations

from factcheck_rules.dates.anachronism import Anachronism
from factcheck_rules.dates.contradictory_dates import ContradictoryDates
from factcheck_rules.dates.date_claim import DateClaim
from factcheck_rules.dates.impossible_date import ImpossibleDate
from factcheck_rules.dates.known_facts import DateContradictsFacts, DateVerified
from factcheck_rules.dates.unanchored import UnanchoredRelativeDate
from factcheck_rules.dates.weekday_mismatch import WeekdayDateMismatch

from factcheck import Rule

RULES: list[type[Rule]] = [
    DateClaim,
    ImpossibleDate,
    WeekdayDateMismatch,
    Anachronism,
    ContradictoryDates,
    UnanchoredRelativeDate,
    DateContradictsFacts,
    DateVerified,
]
