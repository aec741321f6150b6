"""FC2xx: pronoun errors — a pronoun that cannot mean what it points at."""

from __future__ import annotations

from factcheck_rules.pronouns.analysis import chains as _chains  # registers the shared chains
from factcheck_rules.pronouns.gender_conflict import GenderConflict
from factcheck_rules.pronouns.non_person import PersonalPronounForNonPerson

from factcheck import Rule

RULES: list[type[Rule]] = [PersonalPronounForNonPerson, GenderConflict]
__all__ = ["RULES", "_chains"]
