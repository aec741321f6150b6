"""Check-worthiness: how much a sentence states a checkable fact.

A small logistic model over linguistic features of the parse: numbers,
percentages and money, named entities, quantities that change ("rose",
"cut"), comparatives and superlatives, causal links and past-tense
statements push the score up; first- and second-person talk, questions,
modals and sentiment-laden opinion push it down. The weights were fitted
once on the CLEF-2019 CheckThat! training transcripts (class-balanced, so
0.5 is the natural threshold) by ``benchmarks/eval_checkworthy.py --fit``
and are evaluated on a different data set (ClaimBuster). The score is the
confidence of the unattributed-assertion rule.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from factcheck_rules.attribution.analysis.assertions import valence

from factcheck.language.words import word_list, word_set
from factcheck.nlp import ents_in

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

#: Verbs of changing quantity: a sentence built on one states a measurable fact.
CHANGE_VERBS = word_list("change-verbs")
CAUSAL = word_set("because cause caused causes due result led lead blame blamed thanks")
MONEY = word_set("$ £ € ¥ million billion trillion bn m dollars pounds euros")
PERCENT = word_set("% percent per cent percentage")
FIRST = word_set("i me my mine we us our ours")
SECOND = frozenset(["you", "your", "yours"])
MODALS = word_set("will would should could might may must shall can")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")

FEATURES = (
    "bias",
    "number",
    "year",
    "percent",
    "money",
    "entities",
    "past",
    "compare",
    "causal",
    "change",
    "first",
    "second",
    "question",
    "modal",
    "opinion",
    "length",
)

#: Fitted on CLEF-2019 training transcripts (see module docstring).
WEIGHTS: dict[str, float] = {
    "bias": -0.93,
    "number": 0.72,
    "year": -0.0,
    "percent": 0.55,
    "money": 0.58,
    "entities": 0.16,
    "past": 0.67,
    "compare": 0.41,
    "causal": 0.16,
    "change": 0.53,
    "first": -0.41,
    "second": -0.16,
    "question": -0.35,
    "modal": -0.1,
    "opinion": -0.61,
    "length": 0.88,
}


def features(sent: SpacySpan) -> dict[str, float]:
    """The feature vector of one parsed sentence."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    lowers = {t.lower_ for t in sent}
    numbers = [t for t in sent if t.like_num or t.tag_ == "CD"]
    years = [t for t in numbers if _YEAR.match(t.text)]
    ents = {e.start for e in ents_in(sent)}
    opinion = sum(abs(valence(t.lower_)) for t in words) / max(1, len(words))
    return {
        "bias": 1.0,
        "number": 1.0 if len(numbers) > len(years) else 0.0,
        "year": 1.0 if years else 0.0,
        "percent": 1.0 if lowers & PERCENT else 0.0,
        "money": 1.0 if lowers & MONEY else 0.0,
        "entities": min(3, len(ents)) / 3,
        "past": 1.0 if any(t.tag_ in ("VBD", "VBN") for t in sent) else 0.0,
        "compare": 1.0 if any(t.tag_ in ("JJR", "JJS", "RBR", "RBS") for t in sent) else 0.0,
        "causal": 1.0 if lowers & CAUSAL else 0.0,
        "change": 1.0 if any(t.lemma_.lower() in CHANGE_VERBS for t in sent) else 0.0,
        "first": 1.0 if lowers & FIRST else 0.0,
        "second": 1.0 if lowers & SECOND else 0.0,
        "question": 1.0 if sent.text.rstrip().endswith("?") else 0.0,
        "modal": 1.0 if lowers & MODALS else 0.0,
        "opinion": opinion,
        "length": min(1.0, math.log1p(len(words)) / math.log(40)),
    }


def score(sent: SpacySpan, weights: dict[str, float] | None = None) -> float:
    """Probability-like check-worthiness of ``sent`` in 0..1."""
    w = weights or WEIGHTS
    z = sum(w.get(k, 0.0) * v for k, v in features(sent).items())
    return 1.0 / (1.0 + math.exp(-z))
