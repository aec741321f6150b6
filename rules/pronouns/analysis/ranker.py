"""The antecedent ranker: a small linear model that re-orders the resolver's candidates.

Salience (:mod:`.salience`) is a hand-weighted score; on held-out GUM documents
a model that also looks at the entity (how often and how it is mentioned, its
kind against the pronoun's), the distance and the quotation relation picks the
right antecedent more often (he/she +3.8 points, all third-person +1.7;
``training/README.md`` has the figures). It only re-orders the candidates the
resolver already accepts (number, binding, gender and animacy applied), so it
cannot introduce an antecedent the rules rule out; the salience score stays a
feature and still sets how sure the resolver's gender vote is.

The model is a softmax over each pronoun's candidates with a linear scorer on
standardised features (``training/train_coref_ranker.py``, which imports the
features from here). Its weights are ``data/ranker.json``; the file names the
features it was trained on and the format version, and loading fails loudly
when they differ from this module's (a feature added here needs a retrained
file, or the model would score the wrong columns). Numpy only, on the CPU.

Cost: the features that look at a whole entity (size, names, pronouns, gender)
come from running counts per entity, extended by the mentions added since the
last look. The resolver only appends to an entity while it resolves, so an
entity of thousands of mentions costs each pronoun O(1), not O(mentions).
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from factcheck_rules.pronouns.analysis.entities import settle, vote_weight
from factcheck_rules.pronouns.analysis.salience import REFLEXIVE

if TYPE_CHECKING:
    from factcheck_rules.pronouns.analysis.resolver import Analysis

#: (salience score, entity, best mention) for one agreeing candidate, as the resolver ranks.
Ranked = tuple[float, int, int]
#: Format of ``data/ranker.json``; bump when the meaning of the file changes.
FORMAT = 1

_ROLES = ("subj", "obj", "poss", "other")
_KINDS = ("person", "org", "place", "thing", "unknown")
_CLASSES = ("g", "n", "pl")  # he/she family, it family, they family


def feature_names() -> list[str]:
    """The names of the columns :class:`Features` returns, in order."""
    names = ["score", "share_top", "share_all", "rank0", "rank1", "log_rank"]
    names += ["dist_cata", "dist0", "dist1", "dist2", "dist3+", "same_para", "log_mentions_back"]
    names += [f"role_{r}" for r in _ROLES] + ["same_role", "subj_subj", "poss_subj"]
    names += ["named", "pronoun", "log_len", "same_quote", "cand_quoted_only", "pron_quoted_only"]
    names += [f"{c}_{k}" for c in _CLASSES for k in _KINDS]
    names += ["log_entity_size", "entity_named", "entity_pronouns"]
    names += ["gender_match", "gender_unknown", "gender_mismatch", "mention_gender_match"]
    names += ["reflexive_same_sent", "pl_cand_sg"]
    return names


@dataclass
class _Tally:
    """Running counts over the first ``seen`` mentions of one entity."""

    seen: int = 0
    named: bool = False
    pronouns: int = 0
    strong: Counter[str] = field(default_factory=Counter)
    weights: dict[str, float] = field(default_factory=lambda: {"m": 0.0, "f": 0.0})


class Features:
    """Feature vectors of the candidates of one analysis's pronouns, during its resolution.

    Holds the per-entity counts, so make one per :class:`~.resolver.Analysis`
    and ask it in resolution order.
    """

    def __init__(self, an: Analysis) -> None:
        self.an = an
        self._tallies: dict[int, _Tally] = {}

    def _tally(self, e: int) -> _Tally:
        """The entity's counts, brought up to date with the mentions added since last time."""
        ent = self.an.entities[e]
        t = self._tallies.get(e)
        if t is None or t.seen > len(ent.mentions):  # first look, or the entity was rebuilt
            t = self._tallies[e] = _Tally()
        for j in ent.mentions[t.seen :]:
            m = self.an.mentions[j]
            t.named = t.named or m.named
            if m.pronoun is not None:
                t.pronouns += 1
                # A pronoun's vote is settled in the step that adds it (as Entity.gender reads it).
                g = ent.votes.get(j)
                if g in t.weights:
                    t.weights[g] += vote_weight(ent.sure.get(j, 1.0))
            elif m.gender:
                t.strong[m.gender] += 1
        t.seen = len(ent.mentions)
        return t

    def __call__(self, pi: int, ranked: list[Ranked]) -> list[list[float]]:
        """One row per candidate of pronoun ``pi`` (``ranked``: best salience first)."""
        an = self.an
        p = an.mentions[pi]
        pclass = "g" if p.gender in ("m", "f") else "n" if p.gender == "n" else "pl"
        gendered = pclass == "g"
        top = ranked[0][0] if ranked else 1.0
        total = sum(s for s, _, _ in ranked) or 1.0
        qp = an.quote_of(pi)
        out = []
        for rank, (s, e, ci) in enumerate(ranked):
            c = an.mentions[ci]
            kind = an.entities[e].kind
            d = p.sent - c.sent
            qc = an.quote_of(ci)
            t = self._tally(e)
            # Pronoun ``pi`` has not voted yet, so this is Analysis.gender(e, exclude=pi).
            g = settle(t.strong, t.weights)[0]
            row = [s / 100.0, s / (top or 1.0), s / total, rank == 0, rank == 1, math.log1p(rank)]
            row += [d < 0 or ci > pi, d == 0 and ci < pi, d == 1, d == 2, d >= 3]
            row += [p.para == c.para, math.log1p(abs(pi - ci))]
            row += [c.role == r for r in _ROLES]
            row += [c.role == p.role, c.role == p.role == "subj"]
            row += [p.role == "poss" and c.role == "subj"]
            row += [c.named, c.pronoun is not None, math.log1p(len(c.text.split()))]
            row += [qp >= 0 and qp == qc, qc >= 0 and qp < 0, qp >= 0 and qc < 0]
            row += [pclass == cl and kind == k for cl in _CLASSES for k in _KINDS]
            row += [math.log1p(t.seen), t.named, math.log1p(t.pronouns)]
            row += [gendered and g == p.gender, gendered and g is None]
            row += [gendered and g is not None and g != p.gender, gendered and c.gender == p.gender]
            row += [p.pronoun in REFLEXIVE and d == 0, pclass == "pl" and c.number == "sg"]
            out.append([float(x) for x in row])
        return out


class Scorer:
    """A linear scorer over standardised features: ``((x - mean) / scale) @ weights``."""

    def __init__(self, mean: np.ndarray, scale: np.ndarray, weights: np.ndarray) -> None:
        self.mean, self.scale, self.weights = mean, scale, weights

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str = "ranker model") -> Scorer:
        """The model in ``data`` (as ``training/train_coref_ranker.py --save`` writes it).

        Raises ``ValueError`` when its format or feature list is not this module's.
        """
        if data.get("format") != FORMAT:
            raise ValueError(f"{where}: format {data.get('format')!r}, this code reads {FORMAT}")
        names = feature_names()
        if data.get("features") != names:
            theirs = data.get("features") or []
            diff = sorted(set(names) ^ set(theirs)) or ["(same names, other order)"]
            raise ValueError(
                f"{where}: trained on other features than ranker.feature_names() "
                f"({len(theirs)} vs {len(names)}; differing: {', '.join(diff)}); "
                "retrain with training/train_coref_ranker.py --save"
            )
        arrays = [np.asarray(data[k], dtype=float) for k in ("mean", "scale", "weights")]
        if any(a.shape != (len(names),) for a in arrays):
            raise ValueError(f"{where}: mean/scale/weights must each hold {len(names)} numbers")
        return cls(*arrays)

    def score(self, rows: list[list[float]]) -> np.ndarray:
        """The model's score of each row (higher is a likelier antecedent)."""
        x = np.asarray(rows, dtype=float).reshape(len(rows), len(self.weights))
        result: np.ndarray = ((x - self.mean) / self.scale) @ self.weights
        return result


@functools.cache
def scorer() -> Scorer:
    """The shipped model, ``data/ranker.json`` (read once)."""
    text = (
        importlib.resources.files("factcheck_rules.pronouns.analysis")
        .joinpath("data", "ranker.json")
        .read_text(encoding="utf-8")
    )
    return Scorer.from_json(json.loads(text), "factcheck_rules/pronouns/analysis/data/ranker.json")


def rerank(features: Features, pi: int, ranked: list[Ranked]) -> list[Ranked]:
    """``ranked`` re-ordered by the shipped model (salience scores kept; ties keep their order)."""
    if len(ranked) < 2:
        return ranked
    order = np.argsort(-scorer().score(features(pi, ranked)), kind="stable")
    return [ranked[int(k)] for k in order]
