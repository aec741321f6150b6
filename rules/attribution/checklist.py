"""The claims-to-verify checklist: a short, ranked list instead of every candidate.

The info-level claim findings (FC301 date claims, FC306 unresolvable relative
dates, FC404 claims to verify) are candidates, not a checklist: on real copy
they averaged 13 per article, most not worth an editor's minute. This
built-in plugin wraps ``factcheck_check_article`` and, unless the ``checklist``
knob is ``all``, turns the candidates into the checklist an editor reads:

* relative dates that cannot be resolved because no publication date is known
  become one article-level note saying how to supply it, not one item each;
* dates and durations inside quotations, hypotheticals and conditionals
  (:mod:`.analysis.claim_filters`) and content a source already answers for are
  dropped: the speaker, not the paper, answers for them;
* what is left is merged per sentence, so a claim with a date, a figure and a
  characterisation is one item (the strongest finding, naming the others);
* items are ranked by the check-worthiness model that FC404 uses and only
  the first :data:`LIMIT` are kept.

Warnings, errors and other info findings pass through untouched.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Generator, Mapping, Sequence

from factcheck_rules.attribution.analysis.claim_filters import (
    answered_for,
    hypothetical,
    sentence_of,
)

from factcheck import (
    Article,
    Evidence,
    Finding,
    Rule,
    RuleContext,
    RuleFailure,
    Severity,
    hookimpl,
)

#: Most claims listed per article in the short checklist.
LIMIT = 5
#: Info findings that are claims to verify (checklist candidates).
CLAIM_RULES = frozenset({"FC301", "FC306", "FC404"})
#: The candidate rule whose findings collapse into one note without a publication date.
UNANCHORED = "FC306"


@hookimpl(wrapper=True)
def factcheck_check_article(
    article: Article,
    rules: Sequence[Rule],
    contexts: Mapping[str, RuleContext],
    failures: list[RuleFailure],
) -> Generator[None, list[Finding] | None, list[Finding] | None]:
    """Shorten the claim findings of one article to the checklist (see the module)."""
    findings = yield
    if findings is None or not contexts:
        return findings
    settings = next(iter(contexts.values())).settings
    if settings.checklist == "all":
        return findings
    return shorten(article, findings)


def _is_candidate(finding: Finding) -> bool:
    return finding.severity == Severity.INFO and finding.rule in CLAIM_RULES


def shorten(article: Article, findings: list[Finding]) -> list[Finding]:
    """The findings with the claim candidates replaced by the short checklist."""
    candidates = [f for f in findings if _is_candidate(f)]
    if not candidates:
        return findings
    rest = [f for f in findings if not _is_candidate(f)]
    note = _unanchored_note([f for f in candidates if f.rule == UNANCHORED])
    kept = [
        f
        for f in candidates
        if f.rule != UNANCHORED
        and not article.in_quotation(f.start, f.end)
        and not hypothetical(article, f.start)
        and not answered_for(article, f.start, f.end)
    ]
    items = _ranked(article, _merged(article, kept))[:LIMIT]
    out = rest + items + ([note] if note is not None else [])
    return sorted(out, key=lambda f: f.sort_key)


def _unanchored_note(found: list[Finding]) -> Finding | None:
    """One note for all relative dates that wait for a publication date."""
    if not found:
        return None
    first = min(found, key=lambda f: f.start)
    shown = ", ".join(f"'{f.excerpt}'" for f in sorted(found, key=lambda f: f.start)[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    message = (
        f"{len(found)} relative date{'s' if len(found) > 1 else ''} ({shown}{more}) cannot be "
        "resolved: the article has no publication date or dated dateline. Supply it with "
        "--published YYYY-MM-DD (or 'published' in configuration) to check them."
    )
    return dataclasses.replace(
        first,
        message=message,
        evidence=tuple(_evidence("relative date", f) for f in found),
        data={**first.data, "relative_dates": len(found)},
    )


def _evidence(kind: str, f: Finding) -> Evidence:
    """A folded finding, kept as evidence of the item that stands for it."""
    return Evidence(kind, f.start, f.end, f.excerpt, f.line, f.column)


def _merged(article: Article, found: list[Finding]) -> list[Finding]:
    """One finding per sentence: the most confident one, naming the others."""
    groups: dict[tuple[int, int], list[Finding]] = {}
    for f in found:
        groups.setdefault(sentence_of(article, f.start, f.end), []).append(f)
    out: list[Finding] = []
    for group in groups.values():
        best = max(group, key=lambda f: (f.confidence, -f.start))
        others = sorted((f for f in group if f is not best), key=lambda f: f.start)
        if not others:
            out.append(best)
            continue
        also = "; ".join(f"'{f.excerpt}' ({f.rule})" for f in others)
        out.append(
            dataclasses.replace(
                best,
                message=f"{best.message} Same sentence: {also}.",
                evidence=(
                    *best.evidence,
                    *(_evidence(f"same sentence ({f.rule})", f) for f in others),
                ),
                data={**best.data, "merged": [f"{f.rule}:{f.start}-{f.end}" for f in others]},
            )
        )
    return out


def _ranked(article: Article, found: list[Finding]) -> list[Finding]:
    """Most check-worthy sentence first; the finding's own confidence breaks ties."""
    from factcheck_rules.attribution.analysis import checkworthy

    doc = article.doc

    def worth(f: Finding) -> tuple[float, float, int]:
        score = 0.0
        if doc is not None:
            span = doc.char_span(f.start, max(f.end, f.start + 1), alignment_mode="expand")
            if span is not None:
                score = checkworthy.score(span[0].sent)
        return (-score, -f.confidence, f.start)

    return sorted(found, key=worth)
