"""Date claims: every temporal expression with its value, anchor and the clause it dates.

This is the shared analysis of the date family, computed once per article and
exposed as ``article.derived(KEY, ...)`` through
:func:`date_analysis` so that other rules and plugins can use it::

    from factcheck_rules.dates.analysis.claims import date_analysis
    for claim in date_analysis(article, ctx.settings).claims:
        print(claim.mention.text, claim.value.value, claim.clause.subject)

The anchor is the publication date (``article.published``, set from
``--published``, front matter or the dateline, else ``settings.published``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck_rules.dates.analysis.clause import FUTURE, PAST, UNKNOWN, ClauseInfo, analyse
from factcheck_rules.dates.analysis.extract import TemporalExpression, find_mentions
from factcheck_rules.dates.analysis.normalise import normalise
from factcheck_rules.dates.analysis.values import Value

from factcheck import DerivedKey
from factcheck.language.labels import ORG_LABELS, PERSON_LABELS, PLACE_LABELS
from factcheck.nlp import KB_COUNTRY, ent_at, ents_in

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from factcheck import Article, Settings

KEY: DerivedKey[DateAnalysis] = DerivedKey("factcheck.dates")

#: Kinds that are never claims by themselves ("now", "recently", clock times).
NON_CLAIM_KINDS = frozenset({"ref", "time"})
_STRONG_SIGNALS = frozenset({"since", "from", "until", "till", "between"})
_ANAPHORIC_SUBJECTS: Mapping[str, str] = {
    "country": "place", "nation": "place", "state": "place", "regime": "place",
    "kingdom": "place", "republic": "place", "city": "place", "capital": "place",
    "company": "org", "firm": "org", "group": "org", "organisation": "org",
    "organization": "org", "bank": "org", "club": "org", "party": "org", "council": "org",
    "government": "place", "body": "org", "agency": "org", "side": "org", "team": "org",
}  # fmt: skip


@dataclass(frozen=True)
class TemporalClaim:
    """One temporal expression as a claim an editor can check."""

    mention: TemporalExpression
    value: Value
    clause: ClauseInfo | None
    sentence: tuple[int, int]
    entities: tuple[str, ...]
    subject_resolved: str
    antecedents: tuple[str, ...]
    in_quotation: bool
    in_dateline: bool
    checkworthiness: float
    lemmas: tuple[str, ...]

    @property
    def tense(self) -> str:
        return self.clause.tense if self.clause else UNKNOWN


@dataclass(frozen=True)
class DateAnalysis:
    """Every date claim of an article and the anchor they were resolved against."""

    anchor: dt.date | None
    anchor_source: str
    claims: tuple[TemporalClaim, ...]
    context_entities: tuple[str, ...]


def anchor_of(article: Article, settings: Settings | None) -> tuple[dt.date | None, str]:
    """The publication date to resolve relative dates against, and where it came from."""
    if article.published is not None:
        return article.published, article.published_source or "article"
    if settings is not None and settings.published is not None:
        return settings.published, "settings"
    return None, ""


def date_analysis(article: Article, settings: Settings | None = None) -> DateAnalysis:
    """The shared date analysis of ``article`` (computed once, then cached)."""
    return article.derived(KEY, lambda a: analyse_article(a, settings))


def _head_token(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


@dataclass(frozen=True)
class _Entities:
    """The article's entity mentions, grouped by identity, with their sentence numbers."""

    mentions: tuple[tuple[int, int, str, str], ...]  # (end_char, sentence, key, label)
    names: Mapping[str, str]  # key -> the name to show
    sent_starts: tuple[int, ...]  # token index where each sentence starts
    persons: tuple[tuple[int, str], ...] = ()  # (end_char, text) of each person, in order

    def last_person(self, before: int) -> str:
        """The text of the last person named ending at or before ``before`` ("" if none)."""
        k = bisect.bisect_right(self.persons, (before, "\uffff"))
        return self.persons[k - 1][1] if k else ""

    def sentence_of(self, token_index: int) -> int:
        return bisect.bisect_right(self.sent_starts, token_index) - 1

    @classmethod
    def of(cls, doc: Doc) -> _Entities:
        sent_starts = [s.start for s in doc.sents]
        ids = {e.text.lower(): e.ent_id_ for e in doc.ents if e.ent_id_}
        texts: dict[str, Counter[str]] = {}
        mentions = []
        for e in doc.ents:
            key = e.ent_id_ or ids.get(e.text.lower(), "") or e.text.lower()
            texts.setdefault(key, Counter())[e.text] += 1
            sentence = bisect.bisect_right(sent_starts, e.start) - 1
            mentions.append((e.end_char, sentence, key, e.label_))
        names = {k: max(c.items(), key=lambda kv: (kv[1], len(kv[0])))[0] for k, c in texts.items()}
        persons = tuple((e.end_char, e.text) for e in doc.ents if e.label_ in PERSON_LABELS)
        return cls(tuple(mentions), names, tuple(sent_starts), persons)

    def ranked(
        self, before: int, sentence: int, labels: frozenset[str], prefix: str = ""
    ) -> list[str]:
        """Entities before ``before``, most salient first.

        A mention weighs 1/(1 + sentences back)²: a definite description ("the
        country") usually picks up an entity of the last sentence or two, and
        frequency only breaks near-ties.
        """
        scores: dict[str, float] = {}
        for end, sent, key, label in self.mentions:
            if end > before or (prefix and not key.startswith(prefix)):
                continue
            if not prefix and label not in labels:
                continue
            scores[key] = scores.get(key, 0.0) + 1.0 / (1 + max(0, sentence - sent)) ** 2
        return [self.names[key] for key in sorted(scores, key=lambda k: -scores[k])]

    def recent(
        self, before: int, sentence: int, labels: frozenset[str], prefix: str = "", window: int = 3
    ) -> list[str]:
        """Entities mentioned in the last ``window`` sentences, most recent first."""
        seen: dict[str, None] = {}
        for end, sent, key, label in reversed(self.mentions):
            if end > before or sentence - sent > window:
                continue
            if (prefix and key.startswith(prefix)) or (not prefix and label in labels):
                seen.setdefault(self.names[key], None)
        return list(seen)


def _resolve_subject(
    doc: Doc, ents: _Entities, clause: ClauseInfo, before: int, sentence: int
) -> str:
    """A named antecedent for "the country", "the company", "it" (the most salient so far).

    Salience is recency-weighted: a definite description usually picks up an
    entity of the sentences just before it, not merely the most frequent one.
    """
    if clause.subject_head < 0:
        return ""
    subj = doc[clause.subject_head]
    if subj.ent_type_:
        covering = ent_at(subj)
        return covering.text if covering is not None else subj.text
    kind = _ANAPHORIC_SUBJECTS.get(subj.lower_)
    if subj.lower_ in ("it", "they", "its"):
        kind = "place-or-org"
    elif subj.lower_ in ("he", "she"):
        kind = "person"
    if kind is None or not (
        subj.pos_ == "PRON" or any(c.lower_ in ("the", "this") for c in subj.children)
    ):
        return ""
    if kind == "person":
        return ents.last_person(before)
    labels = {
        "place": PLACE_LABELS,
        "org": ORG_LABELS,
        "place-or-org": PLACE_LABELS | ORG_LABELS,
    }[kind]
    prefix = KB_COUNTRY if kind == "place" else ""
    ranked = ents.ranked(before, sentence, labels, prefix) or ents.ranked(before, sentence, labels)
    return ranked[0] if ranked else ""


def _antecedents(
    doc: Doc, ents: _Entities, clause: ClauseInfo, before: int, sentence: int
) -> tuple[str, ...]:
    """Every name "the country" / "it" could refer to: the last three sentences' entities.

    Knowledge plugins match facts against these as well as the best guess, so a
    wrong guess does not hide a fact about the right entity.
    """
    if clause.subject_head < 0:
        return ()
    subj = doc[clause.subject_head]
    if subj.ent_type_ or not (subj.lower_ in _ANAPHORIC_SUBJECTS or subj.pos_ == "PRON"):
        return ()
    return tuple(ents.recent(before, sentence, PLACE_LABELS | ORG_LABELS))


def _checkworthiness(
    m: TemporalExpression, v: Value, clause: ClauseInfo | None, entities: int, quoted: bool
) -> float:
    """How much an editor would want to verify this date (ranks FC301 findings)."""
    if m.kind in NON_CLAIM_KINDS or v.value.endswith("_REF"):
        return 0.1
    score = 0.35
    if v.year_explicit or m.kind in ("year", "decade", "century"):
        score += 0.25
    if m.signal in _STRONG_SIGNALS:
        score += 0.15
    elif m.signal == "in" and v.year is not None:
        score += 0.05
    tense = clause.tense if clause else UNKNOWN
    if tense == PAST:
        score += 0.1
    elif tense == FUTURE:
        score -= 0.15
    if m.kind in ("weekday", "relday", "relunit", "anaphor", "time"):
        score -= 0.15 if tense == PAST else 0.3
    if m.kind in ("age", "ago") or (m.kind == "duration" and v.amount is not None):
        score += 0.05
    if m.kind == "duration" and v.amount is None:
        score -= 0.2
    if entities:
        score += 0.1
    if clause is not None and clause.attaches_to_noun and m.kind != "age":
        score -= 0.05
    if quoted:
        score -= 0.1
    return round(min(0.95, max(0.05, score)), 3)


def _sentence_words(sent: Span) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sentence's named entities and content lemmas, first occurrence kept."""
    entities = tuple(
        dict.fromkeys(
            e.text for e in ents_in(sent) if e.label_ in PLACE_LABELS | ORG_LABELS | PERSON_LABELS
        )
    )
    lemmas = tuple(
        dict.fromkeys((t.lemma_ or t.lower_).lower() for t in sent if t.is_alpha and not t.is_stop)
    )
    return entities, lemmas


def analyse_article(article: Article, settings: Settings | None = None) -> DateAnalysis:
    """Find, normalise and describe every temporal expression of ``article``."""
    anchor, source = anchor_of(article, settings)
    doc = article.doc
    mentions = find_mentions(article.prose, doc)
    context: Counter[str] = Counter()
    ents: _Entities | None = None
    if doc is not None:
        context.update(
            e.text for e in doc.ents if e.label_ in PLACE_LABELS | ORG_LABELS | PERSON_LABELS
        )
        ents = _Entities.of(doc) if mentions else None
    claims: list[TemporalClaim] = []
    reference: dt.date | None = None
    by_sentence: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for m in mentions:
        clause: ClauseInfo | None = None
        sentence = (m.start, m.end)
        entities: tuple[str, ...] = ()
        lemmas: tuple[str, ...] = ()
        resolved = ""
        antecedents: tuple[str, ...] = ()
        if doc is not None:
            head = _head_token(doc, m.start, m.end)
            if head is not None:
                span = doc.char_span(m.claim_start, m.end, alignment_mode="expand")
                clause = analyse(head, range(span.start, span.end) if span else range(0))
                sent = head.sent
                sentence = (sent.start_char, sent.end_char)
                if sent.start not in by_sentence:  # once per sentence, not once per mention
                    by_sentence[sent.start] = _sentence_words(sent)
                entities, lemmas = by_sentence[sent.start]
                if ents is not None:
                    index = ents.sentence_of(head.i)
                    resolved = _resolve_subject(doc, ents, clause, m.start, index)
                    antecedents = _antecedents(doc, ents, clause, m.start, index)
        tense = clause.tense if clause else UNKNOWN
        value = normalise(m, anchor, tense, reference)
        if value.first is not None and value.first == value.last and m.kind != "time":
            reference = value.first
        quoted = article.in_quotation(m.start, m.end)
        in_dateline = article.dateline is not None and article.dateline.contains(m.start)
        claims.append(
            TemporalClaim(
                mention=m,
                value=value,
                clause=clause,
                sentence=sentence,
                entities=entities,
                subject_resolved=resolved,
                antecedents=antecedents,
                in_quotation=quoted,
                in_dateline=in_dateline,
                checkworthiness=_checkworthiness(m, value, clause, len(entities), quoted),
                lemmas=lemmas,
            )
        )
    top = tuple(name for name, _ in context.most_common(6))
    return DateAnalysis(anchor, source, tuple(claims), top)
