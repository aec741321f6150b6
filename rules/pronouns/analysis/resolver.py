"""The antecedent resolver: what each third-person pronoun points at.

A salience model in the tradition of Lappin and Leass (the scores are
:mod:`.salience`): candidates are the mentions of the last few sentences,
scored by grammatical role (subjects first), recency, repetition, parallel
roles and naming, and filtered by number and binding (a non-reflexive object
is not its own clause's subject). Inside a
quotation the speaker is not a candidate (a speaker says "I"); for "she said"
after a quotation, people named inside that quotation are not.

Resolution runs in text order (pronouns in quotations last, once their
speakers are known) and lets gender and animacy agree; a trained ranker
(:mod:`.ranker`, switched by :data:`USE_RANKER`) then orders the agreeing
candidates, the salience score among its features; a pronoun confidently
resolved adds a gender vote to its entity. The rules then ask the opposite
question: with agreement switched off, is the best antecedent one the
pronoun cannot mean?

Other rules and plugins use :func:`resolve` (shared per article under
``article.derived(DERIVED_KEY, ...)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck_rules.pronouns.analysis import ranker, salience
from factcheck_rules.pronouns.analysis.entities import Entity, cluster
from factcheck_rules.pronouns.analysis.mentions import Mention, extract
from factcheck_rules.pronouns.analysis.quotes import Quote, quotes, stretch

from factcheck import Article, DerivedKey, Span
from factcheck.analysis.spans import SpanIndex
from factcheck.language.labels import REFERRING_SUBJECTS
from factcheck.language.reporting import SPEAKER_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc

DERIVED_KEY: DerivedKey[list[Resolution]] = DerivedKey("factcheck.antecedents")
ANALYSIS_KEY: DerivedKey[Analysis] = DerivedKey("factcheck.pronouns.analysis")
_GENDERED = frozenset({"m", "f"})
_VOTE_CONFIDENCE = 0.62
_SETTLED_VOTES = 2.0
#: Order each pronoun's agreeing candidates by the trained ranker (:mod:`.ranker`) rather
#: than by salience alone; False gives the salience choice (for comparison).
USE_RANKER = True


@dataclass(frozen=True)
class Candidate:
    """A possible antecedent: the mention that scored best for its entity."""

    start: int
    end: int
    text: str
    entity: int
    kind: str
    gender: str | None
    score: float


@dataclass(frozen=True)
class Resolution:
    """A pronoun, its agreeing candidates (best first) and the chosen antecedent."""

    pronoun: Span
    text: str
    gender: str | None
    number: str
    in_quotation: bool
    candidates: tuple[Candidate, ...]
    antecedent: Candidate | None
    confidence: float


class Analysis:
    """Mentions, entities, quotations and pronoun links of one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.doc: Doc = article.require_doc()
        self.mentions: list[Mention] = extract(article)
        self.entities: list[Entity] = cluster(self.mentions, self.doc)
        self.quotes: list[Quote] = quotes(article)
        # Mentions and quotation contents indexed by span: lookups, not scans (see
        # ``mention_at`` and ``_quote_index``), keep long articles linear.
        self._mention_spans = SpanIndex((m.start, m.end) for m in self.mentions)
        self._quote_spans = SpanIndex((q.content.start, q.content.end) for q in self.quotes)
        #: Named mentions of two or more words by their last word (see ``salience._eponym``).
        self.full_names: dict[str, list[int]] = {}
        for i, m in enumerate(self.mentions):
            if m.named and " " in m.name:
                self.full_names.setdefault(m.name.split()[-1], []).append(i)
        self._quote_of = [self._quote_index(m.start) for m in self.mentions]
        self.speaker_quotes: dict[int, list[int]] = {}
        for qi, q in enumerate(self.quotes):
            if q.speaker is not None:
                mi = self.mention_at(q.speaker)
                if mi is not None:
                    self.speaker_quotes.setdefault(mi, []).append(qi)
        self.links: dict[int, Candidate | None] = {}
        self._stretch_cache: dict[int, set[int]] = {}
        self._resolve_all()

    # -- lookups -------------------------------------------------------------
    def _quote_index(self, offset: int) -> int:
        """Index of the (first) quotation whose content holds ``offset`` (-1: none)."""
        found = self._quote_spans.containing(offset, offset + 1)
        return found[0] if found else -1

    def mention_at(self, span: Span) -> int | None:
        """The mention that best covers ``span``: the smallest one overlapping it, the
        first of equals (None when no mention overlaps it)."""
        overlapping = self._mention_spans.touching(span.start + 1, span.end - 1)
        if not overlapping:
            return None
        return min(overlapping, key=lambda i: (self.mentions[i].end - self.mentions[i].start, i))

    def quote_of(self, i: int) -> int:
        """Index of the quotation holding mention ``i`` (-1 outside quotations)."""
        return self._quote_of[i]

    def speaker_entity(self, qi: int) -> int:
        """The entity that speaks quotation ``qi`` (-1 when unknown)."""
        q = self.quotes[qi]
        if q.speaker is None:
            return -1
        mi = self.mention_at(q.speaker)
        return -1 if mi is None else self.mentions[mi].entity

    def stretch(self, i: int) -> list[Span]:
        """The quoted speech around mention ``i``: its quotation and same-speaker ones before."""
        run = stretch(self.quotes, self.mentions[i].start, self._same_speaker)
        return [q.content for q in run]

    def reporting(self, i: int) -> bool:
        """True when mention ``i`` is the subject of a reporting verb ("he said")."""
        tok = self.doc[self.mentions[i].head]
        return tok.dep_ in REFERRING_SUBJECTS and tok.head.lemma_.lower() in SPEAKER_VERBS

    def stretch_ids(self, i: int) -> set[int]:
        """Indices of the quotations in the stretch of speech around mention ``i``."""
        if i not in self._stretch_cache:
            spans = self.stretch(i) if self._quote_of[i] >= 0 else []
            self._stretch_cache[i] = {self._quote_index(s.start) for s in spans}
        return self._stretch_cache[i]

    def _same_speaker(self, a: Span, b: Span) -> bool:
        if a.overlaps(b):
            return True
        ma, mb = self.mention_at(a), self.mention_at(b)
        if ma is None or mb is None:
            return False
        ea, eb = self.mentions[ma].entity, self.mentions[mb].entity
        return ea >= 0 and ea == eb

    def gender(self, entity: int, exclude: int = -1) -> tuple[str | None, str]:
        """The gender the article gives ``entity``, leaving out mention ``exclude``."""
        return self.entities[entity].gender(exclude)

    # -- scoring (see :mod:`.salience`) ------------------------------------------
    def scores(self, pi: int, within: list[Span] | None = None) -> dict[int, tuple[float, int]]:
        """Number-agreeing entities for pronoun ``pi``: entity -> (score, best mention).

        ``within`` limits the candidates to mentions inside those spans.
        """
        return salience.scores(self, pi, within)

    def _agrees(self, p: Mention, pi: int, entity: int) -> bool:
        ent = self.entities[entity]
        if p.gender in _GENDERED:
            if ent.kind in ("org", "place", "thing"):
                return False
            g, how = self.gender(entity, exclude=pi)
            if g is None or g == p.gender:
                return True
            # One stray pronoun must not turn a person's gender: votes exclude only
            # when they are settled (the rules then judge the stray one).
            return how == "votes" and ent.weight(g, pi) < _SETTLED_VOTES
        if p.gender == "n":
            return ent.kind != "person" and self.gender(entity)[0] is None
        return True

    # -- resolution ------------------------------------------------------------
    def _resolve_all(self) -> None:
        order = [i for i, m in enumerate(self.mentions) if m.pronoun is not None]
        order.sort(key=lambda i: (self._quote_of[i] >= 0, i))
        opened: list[int] = []
        features = ranker.Features(self) if USE_RANKER else None
        for pi in order:
            p = self.mentions[pi]
            ranked = sorted(
                ((s, e, ci) for e, (s, ci) in self.scores(pi).items() if self._agrees(p, pi, e)),
                reverse=True,
            )
            if features is not None:
                ranked = ranker.rerank(features, pi, ranked)
            if not ranked:
                self.links[pi] = None
                self.entities.append(Entity(id=len(self.entities), kind=p.kind, number=p.number))
                ent = self.entities[-1]
                if p.gender in _GENDERED:
                    opened.append(ent.id)
                    # A person was in reach but of the other gender: this pronoun may be
                    # the error, so it does not vouch for anybody's gender.
                    # An opener alone is half a vote: it has no antecedent to agree with.
                    near = any(self.entities[e].kind == "person" for e in self.scores(pi))
                    ent.vote(pi, p.gender or "", 0.0 if near else 0.5)
                p.entity = ent.id
                ent.add(pi, p)
                continue
            # The chosen candidate's salience against the next one's: a choice the ranker
            # made against salience (best < second) is no sure vote.
            best, e, ci = ranked[0]
            second = ranked[1][0] if len(ranked) > 1 else 0.0
            p.entity = e
            self.entities[e].add(pi, p)
            c = self.mentions[ci]
            self.links[pi] = Candidate(
                c.start, c.end, c.text, e, self.entities[e].kind, self.gender(e)[0], best
            )
            confidence = best / (best + second)
            if p.gender in _GENDERED and any(
                self.entities[o].strong().get(p.gender or "") for _, o, _ in ranked[1:]
            ):
                # Someone else in reach is known to be "she": this "she" is no sure vote.
                confidence = min(confidence, 0.5)
            if p.gender in _GENDERED and confidence >= _VOTE_CONFIDENCE:
                self.entities[e].vote(pi, p.gender or "", confidence)
        for eid in opened:
            self._merge_cataphora(eid)

    def _merge_cataphora(self, eid: int) -> None:
        """ "He grew up in Ohio. ... Smith studied ...": a pronoun-opened entity meets its name."""
        ent = self.entities[eid]
        if not ent.mentions:
            return
        first = self.mentions[ent.mentions[0]]
        last = first
        # Mentions are in text order: start after the opener, not at the article's top.
        for i in range(ent.mentions[0] + 1, len(self.mentions)):
            m = self.mentions[i]
            if m.start <= first.start:
                continue
            if m.entity == eid:
                last = m
                continue
            if m.pronoun is not None or not m.named:
                continue
            if m.sent - last.sent > 2:
                return
            other = self.entities[m.entity]
            if other.mentions[0] != i or other.kind not in ("person", "unknown"):
                continue
            if m.role != "subj":
                continue
            strong = set(other.strong())
            if strong and not strong & set(ent.votes.values()):
                return
            ent.absorb(other, self.mentions)
            ent.kind = "person"
            return

    def nearby_people(self, pi: int, paragraphs: int, named: bool = True) -> set[int]:
        """People mentioned in the pronoun's paragraph or the ones before.

        ``named=False`` also counts people described by a noun ("the analyst").
        """
        p = self.mentions[pi]
        out = set()
        for ci in range(pi - 1, -1, -1):
            c = self.mentions[ci]
            if p.para - c.para > paragraphs:
                break
            if (
                c.entity >= 0
                and c.number == "sg"
                and (c.named or not named)
                and c.kind in ("person", "unknown")
                and self.entities[c.entity].kind == "person"
            ):
                out.add(c.entity)
        return out

    # -- public ---------------------------------------------------------------
    def candidates(
        self, pi: int, agree: bool = True, within: list[Span] | None = None
    ) -> list[Candidate]:
        """Candidates for pronoun ``pi``, best first; ``agree=False`` ignores gender/animacy."""
        p = self.mentions[pi]
        out = []
        for e, (s, ci) in self.scores(pi, within).items():
            if agree and not self._agrees(p, pi, e):
                continue
            c = self.mentions[ci]
            out.append(
                Candidate(
                    c.start,
                    c.end,
                    c.text,
                    e,
                    self.entities[e].kind,
                    self.gender(e, exclude=pi)[0],
                    s,
                )
            )
        return sorted(out, key=lambda c: -c.score)

    def resolutions(self) -> list[Resolution]:
        """One :class:`Resolution` per third-person pronoun, in text order."""
        out = []
        for pi, m in enumerate(self.mentions):
            if m.pronoun is None:
                continue
            cands = tuple(self.candidates(pi))
            chosen = self.links.get(pi)
            total = sum(c.score for c in cands[:2]) or 1.0
            out.append(
                Resolution(
                    Span(m.start, m.end),
                    m.text,
                    m.gender,
                    m.number,
                    self._quote_of[pi] >= 0,
                    cands,
                    chosen,
                    chosen.score / total if chosen else 0.0,
                )
            )
        return out


def analysis(article: Article) -> Analysis:
    """The shared analysis of ``article`` (computed once)."""
    return article.derived(ANALYSIS_KEY, Analysis)


def resolve(article: Article) -> list[Resolution]:
    """Every third-person pronoun of ``article`` with its candidate antecedents."""
    return article.derived(DERIVED_KEY, lambda a: analysis(a).resolutions())
