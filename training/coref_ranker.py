"""Features and scorer of the pronoun antecedent ranker (an experiment, not shipped).

The resolver picks the agreeing candidate with the highest salience
(``rules/pronouns/analysis/salience.py``). This module describes each candidate
by a small dense feature vector (the salience score and its share of the top
one, rank, sentence distance, role, form, quotation, entity kind and size,
gender agreement class, crossed with the pronoun's form) so that a linear
scorer, trained as a softmax over each pronoun's candidates
(``train_coref_ranker.py``), can re-rank them. ``README.md`` ("Pronoun
antecedent ranker") has the figures and says how it would be switched on; to
ship it, this file moves to ``rules/pronouns/analysis/ranker.py``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck_rules.pronouns.analysis.resolver import Analysis

#: (salience score, entity, best mention) for one agreeing candidate.
Ranked = tuple[float, int, int]

_ROLES = ("subj", "obj", "poss", "other")
_KINDS = ("person", "org", "place", "thing", "unknown")
_CLASSES = ("g", "n", "pl")  # he/she family, it family, they family


def feature_names() -> list[str]:
    """The names of the features :func:`features` returns, in order."""
    names = ["score", "share_top", "share_all", "rank0", "rank1", "log_rank"]
    names += ["dist_cata", "dist0", "dist1", "dist2", "dist3+", "same_para", "log_mentions_back"]
    names += [f"role_{r}" for r in _ROLES] + ["same_role", "subj_subj", "poss_subj"]
    names += ["named", "pronoun", "log_len", "same_quote", "cand_quoted_only", "pron_quoted_only"]
    names += [f"{c}_{k}" for c in _CLASSES for k in _KINDS]
    names += ["log_entity_size", "entity_named", "entity_pronouns"]
    names += ["gender_match", "gender_unknown", "gender_mismatch", "mention_gender_match"]
    names += ["reflexive_same_sent", "pl_cand_sg"]
    return names


def _pronoun_class(pronoun: str | None, gender: str | None) -> str:
    if gender in ("m", "f"):
        return "g"
    return "n" if gender == "n" else "pl"


def features(an: Analysis, pi: int, ranked: list[Ranked]) -> list[list[float]]:
    """One feature vector per candidate of pronoun ``pi`` (``ranked``: best salience first)."""
    p = an.mentions[pi]
    pclass = _pronoun_class(p.pronoun, p.gender)
    top = ranked[0][0] if ranked else 1.0
    total = sum(s for s, _, _ in ranked) or 1.0
    qp = an.quote_of(pi)
    out = []
    for rank, (s, e, ci) in enumerate(ranked):
        c = an.mentions[ci]
        ent = an.entities[e]
        d = p.sent - c.sent
        qc = an.quote_of(ci)
        members = [an.mentions[j] for j in ent.mentions]
        g, _ = an.gender(e, exclude=pi)
        gendered = pclass == "g"
        row = [s / 100.0, s / (top or 1.0), s / total, rank == 0, rank == 1, math.log1p(rank)]
        row += [d < 0 or ci > pi, d == 0 and ci < pi, d == 1, d == 2, d >= 3]
        row += [p.para == c.para, math.log1p(abs(pi - ci))]
        row += [c.role == r for r in _ROLES]
        row += [c.role == p.role, c.role == p.role == "subj", p.role == "poss" and c.role == "subj"]
        row += [c.named, c.pronoun is not None, math.log1p(len(c.text.split()))]
        row += [qp >= 0 and qp == qc, qc >= 0 and qp < 0, qp >= 0 and qc < 0]
        row += [pclass == cl and ent.kind == k for cl in _CLASSES for k in _KINDS]
        row += [math.log1p(len(members)), any(m.named for m in members)]
        row += [math.log1p(sum(m.pronoun is not None for m in members))]
        row += [gendered and g == p.gender, gendered and g is None]
        row += [gendered and g is not None and g != p.gender, gendered and c.gender == p.gender]
        row += [p.pronoun in ("himself", "herself", "itself", "themselves") and d == 0]
        row += [pclass == "pl" and c.number == "sg"]
        out.append([float(x) for x in row])
    return out


class Ranker:
    """A linear scorer over standardised :func:`features` (weights from a JSON file)."""

    def __init__(self, mean: list[float], scale: list[float], weights: list[float]) -> None:
        self.mean, self.scale, self.weights = mean, scale, weights

    @classmethod
    def load(cls, path: Path) -> Ranker:
        """The model saved by ``training/train_coref_ranker.py``."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["features"] != feature_names():
            raise ValueError(f"{path}: features differ from this module's")
        return cls(data["mean"], data["scale"], data["weights"])

    def score(self, row: list[float]) -> float:
        """The model's score for one candidate (higher is better)."""
        return sum(
            w * (x - m) / s
            for w, x, m, s in zip(self.weights, row, self.mean, self.scale, strict=True)
        )

    def rerank(self, an: Analysis, pi: int, ranked: list[Ranked]) -> list[Ranked]:
        """``ranked`` reordered by the model's scores (salience scores kept)."""
        rows = features(an, pi, ranked)
        order = sorted(range(len(ranked)), key=lambda k: -self.score(rows[k]))
        return [ranked[k] for k in order]
