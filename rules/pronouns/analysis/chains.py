"""The pronoun family's resolver, published as the shared coreference chains.

:mod:`factcheck.analysis.coref` defines the typed result other families read
(the consistency family compares names along these chains); this module
fills it from the resolver's :class:`~.resolver.Analysis` and registers
itself when the family is loaded. Each link carries its reason in words, which
``factcheck parse --coref`` prints, so a user can see why a rule fired.
"""

from __future__ import annotations

from factcheck_rules.pronouns.analysis.resolver import Analysis, analysis

from factcheck import Article, Span
from factcheck.analysis.coref import Chain, ChainMention, Coreference, Link, provide

_ROLE_WORDS = {"subj": "subject", "obj": "object", "poss": "possessor", "other": "phrase"}


def _form(an: Analysis, i: int) -> str:
    m = an.mentions[i]
    return "pronoun" if m.pronoun is not None else "name" if m.named else "noun"


def _reason(an: Analysis, pi: int) -> tuple[str, float]:
    """Why pronoun ``pi`` went where it did, and the winner's share of the top two."""
    p = an.mentions[pi]
    chosen = an.links.get(pi)
    ranked = an.candidates(pi)
    if chosen is None:
        why = "no agreeing candidate in the last five sentences"
        return (why + (" (inside a quotation)" if an.quote_of(pi) >= 0 else "")), 0.0
    mi = an.mention_at(Span(chosen.start, chosen.end))
    m = an.mentions[mi] if mi is not None else p
    back = p.sent - m.sent
    where = "same sentence" if back == 0 else f"{back} sentence{'s' * (back > 1)} back"
    second = next((c for c in ranked if c.entity != chosen.entity), None)
    share = chosen.score / (chosen.score + (second.score if second else 0.0) or 1.0)
    parts = [f"{_ROLE_WORDS.get(m.role, m.role)}, {where}, salience {chosen.score:.0f}"]
    if second is not None:
        parts.append(f"next '{second.text}' {second.score:.0f}")
        if second.score > chosen.score:
            parts.append("chosen by the ranker over higher salience")
    if an.quote_of(pi) >= 0:
        parts.append("in a quotation: its speaker excluded")
    return "; ".join(parts), share


#: First-person singular forms: inside a quotation they are its speaker.
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})


def _speakers_words(an: Analysis) -> dict[int, list[ChainMention]]:
    """ "I", "me", "my" inside each quotation, under the entity of its speaker."""
    out: dict[int, list[ChainMention]] = {}
    for qi, q in enumerate(an.quotes):
        entity = an.speaker_entity(qi)
        span = an.doc.char_span(q.content.start, q.content.end, alignment_mode="expand")
        if entity < 0 or span is None:
            continue
        for tok in span:
            if tok.lower_ in FIRST_PERSON and tok.tag_ in ("PRP", "PRP$"):
                out.setdefault(entity, []).append(
                    ChainMention(
                        Span(tok.idx, tok.idx + len(tok)), tok.text, "pronoun", True, "speaker"
                    )
                )
    return out


def build(article: Article) -> Coreference:
    """The article's chains and links from the pronoun resolver.

    A chain holds the names, nouns and third-person pronouns the resolver put
    together, plus the first-person pronouns of the quotations its referent
    speaks ("I", "me", "my": a quotation's speaker).
    """
    an = analysis(article)
    chains = []
    first = _speakers_words(an)
    for ent in an.entities:
        if not ent.mentions:
            continue
        g, how = an.gender(ent.id)
        own = [
            ChainMention(
                Span(an.mentions[i].start, an.mentions[i].end),
                an.mentions[i].text,
                _form(an, i),
                an.quote_of(i) >= 0,
                "pronoun" if an.mentions[i].pronoun is not None else ent.joined_by.get(i, ""),
            )
            for i in ent.mentions
        ]
        ms = tuple(sorted(own + first.get(ent.id, []), key=lambda m: m.span.start))
        chains.append(Chain(ent.id, ent.kind, g, how, ms))
    links = []
    for pi, p in enumerate(an.mentions):
        if p.pronoun is None:
            continue
        chosen = an.links.get(pi)
        reason, share = _reason(an, pi)
        links.append(
            Link(
                Span(p.start, p.end),
                p.text,
                p.entity if chosen is not None else -1,
                Span(chosen.start, chosen.end) if chosen is not None else None,
                round(share, 3),
                reason,
            )
        )
    return Coreference(tuple(chains), tuple(links))


provide(build)
