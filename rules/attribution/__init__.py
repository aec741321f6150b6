"""FC4xx: attribution and quote integrity — who says so?"""

from __future__ import annotations

from factcheck_rules.attribution.headline_quote import HeadlineQuoteNotInBody
from factcheck_rules.attribution.quotation_without_speaker import QuotationWithoutSpeaker
from factcheck_rules.attribution.unattributed_assertion import UnattributedAssertion
from factcheck_rules.attribution.unclosed_quotation import UnclosedQuotation
from factcheck_rules.attribution.vague_attribution import VagueAttribution

from factcheck import Rule

RULES: list[type[Rule]] = [
    QuotationWithoutSpeaker,
    UnclosedQuotation,
    HeadlineQuoteNotInBody,
    UnattributedAssertion,
    VagueAttribution,
]
