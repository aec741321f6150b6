"""FC503 number-conflict: one quantity, or one person's age, stated twice with different values."""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_rules.consistency.analysis.names import fold, name_mentions
from factcheck_rules.consistency.analysis.numbers import (
    Age,
    Quantity,
    ages,
    has_change_words,
    quantities,
)

from factcheck import Applicability, Article, Diagnostic, Evidence, Fix, Rule, RuleContext, Severity


def _same_thing(a: Quantity, b: Quantity) -> bool:
    """Same counted noun, unit, owner (or one of them unnamed) and modifiers."""
    if not a.noun or a.noun != b.noun or a.unit != b.unit:
        return False
    if a.owner and b.owner and a.owner != b.owner:
        return False
    # "a 214-delegate advantage" is an advantage, not a count of delegates.
    if a.attribute != b.attribute and not (a.owner and a.owner == b.owner):
        return False
    return a.modifiers == b.modifiers


def _settings(article: Article, q: Quantity) -> set[str]:
    """Places and organisations named in the figure's sentence: "delegates in Florida"."""
    span = q.sentence_span
    return {
        fold(m.text)
        for m in name_mentions(article)
        if span.start <= m.start < span.end and (m.known or m.kind in ("place", "org"))
    }


def _elsewhere(article: Article, a: Quantity, b: Quantity) -> bool:
    """True when the two sentences are about different places or bodies (Ohio, Florida)."""
    sa, sb = _settings(article, a), _settings(article, b)
    return bool(sa) and bool(sb) and not sa & sb


def _clause(article: Article, q: Quantity) -> str:
    """The words around a figure, within its sentence: where "rose from" or "than" would be."""
    end = q.noun_span.end if q.noun_span is not None else q.end
    start = max(q.sentence_span.start, q.start - 35)
    return article.text[start : min(q.sentence_span.end, end + 15)]


def _fmt(q: Quantity) -> str:
    return q.text if not q.noun or q.noun == "year-old" else f"{q.text} {q.noun_text}"


def _body_conflicts(article: Article, found: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pairs (earlier, later) of body quantities of the whole of one set that disagree."""
    body = [q for q in found if q.zone == "body" and q.total and q.noun != "year-old"]
    pairs = []
    reported: set[int] = set()
    for j, later in enumerate(body):
        if id(later) in reported:
            continue
        for earlier in body[:j]:
            if earlier.sentence == later.sentence or not _same_thing(earlier, later):
                continue
            if earlier.overlaps(later):
                continue
            if any(has_change_words(_clause(article, q)) for q in (earlier, later)):
                continue
            if _elsewhere(article, earlier, later):
                continue
            pairs.append((earlier, later))
            reported.add(id(later))
            break
    return pairs


def _headline_conflicts(article: Article, found: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Pairs (body, top) where a headline or standfirst number disagrees with the body's."""
    pairs = []
    body = [q for q in found if q.zone == "body"]
    for top in (q for q in found if q.zone != "body" and q.noun and q.noun != "year-old"):
        same = [q for q in body if _same_thing(top, q)]
        if not same or any(top.overlaps(q) for q in same):
            continue
        values = {q.value for q in same}
        # The body must agree with itself before it can contradict the headline.
        if len(values) != 1:
            continue
        pairs.append((same[0], top))
    return pairs


class NumberConflict(Rule):
    """The same quantity stated twice with different values ("15 members" … "all 14 members").

    ## What it does
    Reads every number with what it counts (digits or words, scales such
    as "m", "bn" and "million", currencies, per cent) and reports:

    * one whole set counted twice with two values: the same counted noun,
      owner and unit, each time with a definite or total determiner ("the
      15 members of the council" … "all 14 members");
    * one person given two ages ("Lindqvist, 61" … "the 62-year-old", the
      "the 62-year-old" read as the person named just before);
    * a headline or standfirst number the body contradicts: the body
      counts the same noun, always with one value, and never the
      headline's.

    Values are compared as intervals: "$2.3m" and "2.3 million dollars"
    agree; "about 300", "more than 40%", "up to 20" and "10-15" agree with
    any value inside them.

    ## Why it matters
    Two figures for one thing mean one of them is wrong, and a reader
    cannot tell which. A wrong age or a headline number the story does not
    bear out is the commonest correction a paper prints.

    ## Example
    ```text
    Each of the 15 members of the Security Council must agree. All 14
    members voted for the text.
    ```

    ## Use instead
    ```text
    Each of the 15 members of the Security Council must agree. All 15
    members voted for the text.
    ```

    ## Limitations
    Counts without a determiner that makes them the whole set ("14 people
    were hurt") are events, not totals, and are never compared; neither
    are two numbers in one sentence, or sentences that speak of a change
    or a comparison ("rose", "from", "than", "was", "now", "will"), where
    two values are the point. Nouns must be the same word ("members",
    "seats" are different). Durations and measures are not compared. An
    age stated as "the N-year-old" is read as the person named in the same
    or the previous sentence only when that is the one person named there.
    """

    code = "FC503"
    name = "number-conflict"
    category = "consistency"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        found = quantities(article)
        out: list[Diagnostic] = []
        for earlier, later in _body_conflicts(article, found):
            out.append(self._diagnostic(later, earlier, "stated earlier as"))
        for body, top in _headline_conflicts(article, found):
            out.append(self._diagnostic(top, body, "but the body says"))
        out.extend(self._ages(article))
        return out

    def _diagnostic(self, here: Quantity, other: Quantity, how: str) -> Diagnostic:
        fix = None
        if here.noun_span is not None and other.noun_span is not None:
            fix = Fix(
                title=f"Use {other.text!r}",
                replacement=other.text,
                applicability=Applicability.UNSAFE,
            )
        what = here.noun_text + (f" of {here.owner}" if here.owner else "")
        return Diagnostic(
            start=here.start,
            end=here.end,
            message=(
                f"Number conflict: {_fmt(here)!r} {how} {_fmt(other)!r} (the same {what}). "
                "Check which figure is right and use it throughout."
            ),
            confidence=0.7,
            fix=fix,
            evidence=(Evidence(f"other figure {other.text!r}", other.start, other.end),),
            data={
                "noun": here.noun,
                "owner": here.owner,
                "value": here.value,
                "other_value": other.value,
                "unit": here.unit,
            },
        )

    def _ages(self, article: Article) -> list[Diagnostic]:
        out = []
        by_person: dict[int, list[Age]] = {}
        for age in ages(article):
            by_person.setdefault(age.cluster_index, []).append(age)
        for found in by_person.values():
            first = found[0]
            for later in found[1:]:
                if later.value == first.value:
                    continue
                out.append(
                    Diagnostic(
                        start=later.span.start,
                        end=later.span.end,
                        message=(
                            f"Age conflict: {first.cluster_name} is {later.value} here but "
                            f"{first.value} earlier in the article. Check the age (and the "
                            "date of birth) and use one figure."
                        ),
                        confidence=0.75,
                        fix=Fix(
                            title=f"Use the first age, {first.value}",
                            replacement=str(first.value),
                            applicability=Applicability.UNSAFE,
                        ),
                        evidence=(
                            Evidence(
                                f"earlier age {first.value}", first.span.start, first.span.end
                            ),
                            Evidence("the person", later.mention.start, later.mention.end),
                        ),
                        data={
                            "person": first.cluster_name,
                            "age": later.value,
                            "other_age": first.value,
                        },
                    )
                )
                break
        return out
