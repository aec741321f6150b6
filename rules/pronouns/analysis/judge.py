"""Mismatches: gendered pronouns whose best antecedent they cannot mean.

For each he/she/him/her/his/hers/himself/herself the resolver's candidates
are ranked with agreement switched off. If the best one is an organisation or
a place, or a person the article has already given the other gender, and no
candidate the pronoun *could* mean comes close, the pronoun is wrong. Both
rules (FC201, FC202) read these mismatches, computed once per article.

What is never judged: generic "he or she" / "his or her"; a pronoun in a
quotation unless its antecedent is inside the same stretch of quoted speech
(a speaker may mean someone the article never names); a pronoun whose best
candidate is far away or weak.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck_rules.pronouns.analysis.cues import (
    PREP_OBJECTS,
    bound_locally,
    can_speak,
    governed,
    main_subject,
    maybe_person,
    modifier_only,
    own_adjunct,
    same_sentence,
    shared_surname,
    spoke,
    subject_known,
    sure_body,
)
from factcheck_rules.pronouns.analysis.entities import SURE_VOTE, vote_weight
from factcheck_rules.pronouns.analysis.resolver import Analysis, Candidate, analysis

from factcheck import Article, DerivedKey, Span

DERIVED_KEY: DerivedKey[list[PronounMismatch]] = DerivedKey("factcheck.pronouns.mismatches")
#: Generic pairs: the same case twice, of both genders ("he or she", "his/her",
#: "him and her"). "he and her aides" is two cases, two people: not generic.
_GENERIC = re.compile(
    r"\b(?:he\s*(?:/|or|and)\s*she|she\s*(?:/|or|and)\s*he"
    r"|his\s*(?:/|or|and)\s*hers?|hers?\s*(?:/|or|and)\s*his"
    r"|him\s*(?:/|or|and)\s*her|her\s*(?:/|or|and)\s*him"
    r"|himself\s*(?:/|or|and)\s*herself|herself\s*(?:/|or|and)\s*himself)\b"
    r"|\bs/he\b",
    re.IGNORECASE,
)
#: Words that announce a mention of the word itself: 'the pronoun "he"'.
_METALINGUISTIC = frozenset({"word", "words", "pronoun", "pronouns", "term", "terms"})
#: Marks that close a quotation right before a reporting pronoun.
CLOSING_QUOTES = ('"', "”", "''")
_QUOTE_MARKS = "\"'“”‘’"
#: Sentences before the pronoun's own that make its window: a person of the
#: pronoun's gender (or of none known) anywhere in it keeps the pronoun plausible.
WINDOW = 3
#: Two or more sentences back, a person counts when its salience for the pronoun
#: is at least this share of the best candidate's (always for "he said").
REACH_SHARE = 0.2
#: An alternative that scores this share of the best candidate keeps the pronoun plausible.
ALTERNATIVE_SHARE = 0.35
#: For a body (country, company) a person must come closer to keep "he" plausible:
#: the gazetteer and the parse say the best candidate cannot be "he".
ALTERNATIVE_SHARE_BODY = 0.45
#: For an object pronoun ("he told her") a rival this close keeps it plausible.
OBJECT_SHARE = 0.12
#: A rival of the pronoun's own gender this close keeps it plausible.
SAME_GENDER_SHARE = 0.25
#: Inside quoted speech another person this close keeps the pronoun plausible.
QUOTED_SHARE = 0.2
#: The score a person named in the paragraphs before, outside the window, is given.
NEARBY_SCORE = 12.0
#: A best candidate below this score is too weak to judge against.
MIN_SCORE = 12.0
#: Pronouns needed to settle a gender when no honorific or role noun does.
MIN_VOTES = 1.5


@dataclass(frozen=True)
class PronounMismatch:
    """A gendered pronoun that cannot mean its best antecedent."""

    kind: str  # "non-person" or "gender"
    pronoun: Span
    text: str
    antecedent: Candidate
    evidence: tuple[Span, ...]
    alternative: float  # best plausible alternative's share of the antecedent's score
    strength: str  # how the antecedent's gender/kind is known
    #: The longest name of the antecedent's chain, when the antecedent itself is a
    #: pronoun or a noun ("he", "the striker"): what the message names ("" when none).
    name: str = ""


def _generic(article: Article, start: int, end: int) -> bool:
    """ "he or she", "his/her", a pronoun the writer already glossed ("he (Kerr)"),
    or the word itself rather than a reference: 'the word "he" in the statute'."""
    text = article.text
    w0 = max(0, start - 12)
    window = text[w0 : end + 12]
    if any(m.start() < end - w0 and start - w0 < m.end() for m in _GENERIC.finditer(window)):
        return True
    if text[end : end + 2].lstrip()[:1] in "([":
        return True
    left, right = text[start - 1 : start], text[end : end + 1]
    quoted = bool(left and right) and left in _QUOTE_MARKS and right in _QUOTE_MARKS
    before = text[max(0, start - 12) : start].lower().split()
    return quoted or bool(before and before[-1].strip(_QUOTE_MARKS) in _METALINGUISTIC)


def _mismatch(an: Analysis, pi: int) -> PronounMismatch | None:
    p = an.mentions[pi]
    if p.gender not in ("m", "f") or _generic(an.article, p.start, p.end):
        return None
    quoted = an.quote_of(pi) >= 0
    cands = an.candidates(pi, agree=False, within=an.stretch(pi) if quoted else None)
    # Things are never what "he"/"she" means, right or wrong: rank people and bodies only.
    cands = [c for c in cands if an.entities[c.entity].kind != "thing"]
    if not cands or cands[0].score < MIN_SCORE:
        return None
    best = cands[0]
    other = "f" if p.gender == "m" else "m"
    ent = an.entities[best.entity]
    if all(an.mentions[i].pronoun is not None for i in ent.mentions):
        return None  # a chain of pronouns alone: nothing the article names to judge by
    if ent.kind in ("org", "place") and ent.number == "sg" and ent.why != "label":
        if governed(an, best):
            return None  # "Another, from the United Kingdom, ... he": a place sets the scene
        if quoted and not sure_body(an, pi, best):
            return None
        if not subject_known(an, pi) or own_adjunct(an, pi, best):
            return None
        kind, strength = "non-person", ent.why
    elif ent.kind == "person" or ent.kind == "unknown":
        g, how = an.gender(best.entity, exclude=pi)
        if g != other or how not in ("strong", "votes"):
            return None
        if modifier_only(an, best):
            return None  # "the Clinton campaign ... deny him": the campaign acts, not Clinton
        if shared_surname(an, best):
            return None  # "Tom Baker ... Ann Baker ... Baker said she": either may be meant

        if how == "votes" and not _settled(an, best.entity, other, pi):
            return None
        kind, strength = "gender", how or ""
    else:
        return None
    # "Another was captured as he tried to escape": the subject of the pronoun's own
    # clause, or of the clause it modifies, is its antecedent; only someone else in
    # the same sentence keeps the pronoun plausible.
    bound = kind == "gender" and strength == "strong" and not quoted and bound_locally(an, pi, best)
    alt = 0.0
    for c in cands[1:]:
        if bound and not same_sentence(an, c, pi):
            continue
        e = an.entities[c.entity]
        unsure = e.kind == "unknown" or maybe_person(an, c.entity)
        if not (e.kind == "person" or unsure) or c.entity == best.entity:
            continue
        g, _ = an.gender(c.entity, exclude=pi)
        if g == other:
            continue
        if kind == "gender" and g == p.gender and c.score / best.score >= SAME_GENDER_SHARE:
            return None  # someone the article already calls "she" is in reach of "she"
        if quoted and e.kind == "person" and c.score / best.score >= QUOTED_SHARE:
            return None  # another person inside the quoted speech: the speaker's choice
        if kind == "gender" and pi in an.speaker_quotes and not main_subject(an, c):
            continue  # '"...," she said' means a speaker, not someone a clause mentions
        # A name of unknown type may be a place: it counts for less than a person.
        alt = max(alt, c.score / best.score * (0.6 if unsure else 1.0))
    limit = ALTERNATIVE_SHARE_BODY if kind == "non-person" else ALTERNATIVE_SHARE
    if kind == "gender" and p.role in ("obj", "other"):
        # An object pronoun often means the other participant: any rival counts.
        limit = OBJECT_SHARE
    if alt >= limit:
        return None
    # Evidence from pronouns alone is weaker: look further for another person.
    reach = 2 if strength == "votes" else 1
    in_window = {c.entity for c in cands}
    speaker = not quoted and an.reporting(pi)
    nearby = (
        set() if quoted or bound or (speaker and kind == "gender") else an.nearby_people(pi, reach)
    )
    if speaker and kind == "non-person" and not spoke(an, pi, best):
        # "In a statement, she said": the speaker may be someone named a few
        # paragraphs back, but not anyone anywhere in the article.
        nearby |= an.nearby_people(pi, 3)
    for eid in nearby - (set() if speaker else in_window) - {best.entity}:
        g, _ = an.gender(eid, exclude=pi)
        # Someone named in the last paragraphs but out of the window is a faint option.
        if g != other and (speaker or NEARBY_SCORE / best.score >= ALTERNATIVE_SHARE):
            return None
    # A gender from pronouns alone may have been taken from someone else in reach:
    # then anyone nearby, of either gender, keeps the pronoun plausible.
    window = 0 if bound else WINDOW
    if _compatible_nearby(an, pi, best.entity, other, window):
        return None
    if not _named_near(an, pi, best):
        return None
    evidence = tuple(
        (
            an.mentions[i].pronoun is not None,
            Span(*(an.mentions[i].via or (an.mentions[i].start, an.mentions[i].end))),
        )
        for i in ent.mentions
        if i != pi and _sets(an, i, kind, other)
    )
    names = [an.mentions[i].text for i in ent.mentions if an.mentions[i].named]
    name = max(names, key=len) if names else ""
    return PronounMismatch(
        kind,
        Span(p.start, p.end),
        p.text,
        best,
        _nearest(evidence, p.start) or (Span(best.start, best.end),),
        alt,
        strength,
        name if name and name != best.text else "",
    )


def _compatible_nearby(an: Analysis, pi: int, best: int, other: str, window: int = WINDOW) -> bool:
    """True when a person the pronoun could mean is in its window.

    The window is the pronoun's sentence and the ``window`` sentences
    before it, within its paragraph (from the paragraph's first sentence, the
    paragraph before too: a new paragraph sets a new focus). Any singular
    person there (named, described by a noun, or already a pronoun) whose
    gender is not the other one, and who is not the best candidate, keeps the
    pronoun plausible: "The senator greeted the mayor, and she thanked him" may
    be right about the mayor, so it is not judged. With ``other`` empty, a
    person of either gender counts.
    """
    p = an.mentions[pi]
    qp = an.quote_of(pi)
    speaker = an.speaker_entity(qp) if qp >= 0 else -2  # a speaker says "I", not "he"
    # Only someone the pronoun could reach counts (binding, number and distance
    # allow it, and salience is not negligible), or anyone in its own sentence.
    ranked = an.scores(pi)
    top = max((s for s, _ in ranked.values()), default=0.0)
    said = an.reporting(pi)  # "..., he said": a speaker may be anyone named just before
    # '"...," she said' names a speaker: before its own sentence, only someone who
    # speaks or is a main subject is a rival, not a person a clause or a quote mentions.
    speaks = pi in an.speaker_quotes or (said and _after_quotation(an, pi))
    ph = an.doc[p.head]
    main_subject_pronoun = p.role == "subj" and ph.head.dep_ == "ROOT"
    # In the paragraph's first sentence the paragraph before is still in view.
    opens = all(m.sent == p.sent for m in an.mentions[:pi] if m.para == p.para)
    for ci, c in enumerate(an.mentions):
        if c.sent > p.sent:
            break
        if ci == pi or p.sent - c.sent > window or c.entity < 0 or c.entity == best:
            continue
        if c.para != p.para and not opens:
            continue  # a new paragraph, past its first sentence, has its own focus
        reach = ranked.get(c.entity, (0.0, 0))[0]
        if p.sent - c.sent > 1 and reach < REACH_SHARE * top and not said:
            continue
        if c.number != "sg" or c.entity == speaker:
            continue
        if ci > pi and (c.role != "subj" or main_subject_pronoun):
            # After the pronoun only a subject can be meant ("During his visit, Lee"), and
            # never by a pronoun that is itself its sentence's main subject ("She was
            # taken to an office where a lawyer ...": she is not the lawyer).
            continue
        speaker_like = speaks and can_speak(an, ci)
        if speaks and c.sent != p.sent and not speaker_like:
            continue
        ent = an.entities[c.entity]
        # A name of unknown type counts unless a preposition governs it: "Shares in
        # Harlow rose" names a place or a firm, "Harlow said" a person. A full name
        # only the tagger calls a body ("Carly Fiorina: what are her ...") counts always.
        unsure = ent.kind == "unknown" and (speaker_like or an.doc[c.head].dep_ not in PREP_OBJECTS)
        if ent.kind != "person" and not (c.named and (unsure or maybe_person(an, c.entity))):
            continue
        if an.gender(c.entity, exclude=pi)[0] != other:
            return True
    return False


def _after_quotation(an: Analysis, pi: int) -> bool:
    """True when the pronoun follows a closing quotation mark ('"...," she said'), even
    where the attribution analysis paired the quotation with nobody."""
    p = an.mentions[pi]
    before = an.article.text[max(0, p.start - 4) : p.start]
    return any(mark in before for mark in CLOSING_QUOTES)


def _named_near(an: Analysis, pi: int, best: Candidate) -> bool:
    """True when the best candidate's chain has a name or noun in the pronoun's window.

    When the best mention is itself a pronoun ("it ... her"), the verdict would
    rest on two guesses; a name or noun of the chain close by makes it one.
    """
    mi = an.mention_at(Span(best.start, best.end))
    if mi is None or an.mentions[mi].pronoun is None:
        return True
    p = an.mentions[pi]
    return any(
        an.mentions[i].pronoun is None and 0 <= p.sent - an.mentions[i].sent <= WINDOW
        for i in an.entities[best.entity].mentions
    )


def _settled(an: Analysis, entity: int, gender: str, pi: int) -> bool:
    """True when pronouns settle the entity's gender: one sure vote, enough weight.

    Only pronouns in the judged pronoun's own frame vouch: outside quotations,
    or inside the same quotation as the judged pronoun (the same speaker's
    words). A sure vote counts 1, a likely one 0.5.
    """
    ent = an.entities[entity]
    frame = an.quote_of(pi)
    votes = [
        ent.sure.get(i, 1.0)
        for i, g in ent.votes.items()
        if g == gender and i != pi and an.quote_of(i) in (-1, frame)
    ]
    weight = sum(vote_weight(v) for v in votes)
    return any(v >= SURE_VOTE for v in votes) and weight >= MIN_VOTES


def _nearest(spans: tuple[tuple[bool, Span], ...], offset: int, n: int = 3) -> tuple[Span, ...]:
    """Up to ``n`` evidence spans, in text order: names and nouns first, then the
    pronouns closest to ``offset``."""
    ranked = sorted(set(spans), key=lambda e: (e[0], abs(e[1].start - offset)))
    chosen: list[Span] = []
    for _, span in ranked:
        if span not in chosen:
            chosen.append(span)
    return tuple(sorted(chosen[:n], key=lambda s: s.start))


def _sets(an: Analysis, i: int, kind: str, gender: str) -> bool:
    """True when mention ``i`` is evidence for the verdict (a name, a noun, a pronoun)."""
    m = an.mentions[i]
    if kind == "non-person":
        return m.pronoun is None
    return m.gender == gender


def _compute(article: Article) -> list[PronounMismatch]:
    an = analysis(article)
    out = []
    for pi, m in enumerate(an.mentions):
        if m.pronoun is None:
            continue
        v = _mismatch(an, pi)
        if v is not None:
            out.append(v)
    return out


def mismatches(article: Article) -> list[PronounMismatch]:
    """Every gendered pronoun that cannot mean its best antecedent (shared per article)."""
    return article.derived(DERIVED_KEY, _compute)


def her_reading(pronoun: str, article: Article, start: int) -> str:
    """The pronoun in lower case, with "her" read as "his" (possessive) or "him" (object).

    English spells both functions "her"; a suggested replacement ("its"/"it",
    "his"/"him") must know which one it is, and only the parse can tell.
    """
    low = pronoun.lower()
    if low != "her":
        return low
    doc = article.doc
    tok = None if doc is None else doc.char_span(start, start + len(pronoun))
    return "his" if tok is not None and tok[0].tag_ == "PRP$" else "him"


def keep_case(original: str, word: str) -> str:
    """``word`` capitalised when ``original`` was (a pronoun opening a sentence)."""
    return word.capitalize() if original[:1].isupper() else word
