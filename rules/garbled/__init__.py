"""FC1xx: text integrity — spliced, truncated, doubled and corrupted text, web furniture."""

from __future__ import annotations

from factcheck_rules.garbled.doubled_word import DoubledWord
from factcheck_rules.garbled.lowercase_start import LowercaseSentenceStart
from factcheck_rules.garbled.mojibake import Mojibake
from factcheck_rules.garbled.spliced_sentence import SplicedSentence
from factcheck_rules.garbled.truncated_sentence import TruncatedSentence
from factcheck_rules.garbled.web_furniture import WebFurniture

from factcheck import Rule

RULES: list[type[Rule]] = [
    DoubledWord,
    SplicedSentence,
    LowercaseSentenceStart,
    TruncatedSentence,
    Mojibake,
    WebFurniture,
]
