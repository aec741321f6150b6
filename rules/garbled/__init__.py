"""FC1xx: text integrity — spliced, truncated, doubled and corrupted text, web furniture."""

from __future__ import annotations

from factcheck_rules.garbled.doubled_word import DoubledWord

from factcheck.rule import Rule

RULES: list[type[Rule]] = [DoubledWord]
