"""What the HTML report shows, as plain data: the template only lays it out.

The article is shown as a reader sees it: the reader's blocks (headline,
paragraphs, list items, quotes) over ``FileResult.prose``, where markup is
already blanked, so an HTML article is shown as text and its own markup
never reaches the page. Each block is cut into segments at every boundary of
a finding's or an evidence span, and each segment lists the findings and
evidence that cover it: the page highlights a span by those lists, without
nesting elements that overlap. Everything here is text; escaping is the
template engine's job (autoescape), so no string in this module is HTML.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.contract.article import Block
from factcheck.contract.findings import Finding, Severity
from factcheck.contract.results import FileResult
from factcheck.host.reporters._common import SourceText, plural, sanitize

#: Blocks shown with their own element; anything else is a paragraph.
BLOCK_TAGS = {
    "headline": "h2",
    "heading": "h3",
    "standfirst": "p",
    "quote-block": "blockquote",
    "code": "pre",
}
#: Characters of context shown on each side of a fix's before/after.
CONTEXT = 32
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Segment:
    """A run of text covered by the same findings and evidence spans."""

    text: str
    findings: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    severity: str = ""  # the worst severity among ``findings``


@dataclass(frozen=True)
class BlockView:
    """One block of the article: its element, its kind, its segments."""

    tag: str
    kind: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class EvidenceView:
    """One evidence span of a finding, with the id its segments carry."""

    id: str
    kind: str
    text: str
    line: int
    column: int


@dataclass(frozen=True)
class FixView:
    """A fix as before/after, each with a little context around the change."""

    title: str
    safe: bool
    lead: str
    before: str
    after: str
    tail: str


@dataclass(frozen=True)
class FindingView:
    """A finding as the side list shows it."""

    id: str
    finding: Finding
    evidence: tuple[EvidenceView, ...]
    fix: FixView | None

    @property
    def severity(self) -> str:
        return self.finding.severity.label


@dataclass
class FileView:
    """One file: its article, findings, checklist and counts."""

    id: str
    path: str
    error: str | None
    blocks: list[BlockView] = field(default_factory=list)
    findings: list[FindingView] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Findings per severity label, worst first."""
        found = Counter(f.severity for f in self.findings)
        return {s.label: found.get(s.label, 0) for s in sorted(Severity, reverse=True)}

    @property
    def count_labels(self) -> list[tuple[str, str]]:
        """``("error", "3 errors")``, ...: the counts as the text report words them."""
        return [
            (label, plural(n, label, "info" if label == "info" else None))
            for label, n in self.counts.items()
        ]

    @property
    def checklist(self) -> list[FindingView]:
        """The claims to verify: info findings, which never fail a run."""
        return [f for f in self.findings if f.finding.severity is Severity.INFO]


def file_view(index: int, fr: FileResult) -> FileView:
    """Everything the template needs about one file."""
    view = FileView(id=f"file-{index}", path=fr.path, error=fr.error)
    view.failures = [f"{f.rule} (plugin {f.plugin}): {f.error}" for f in fr.failures]
    text = fr.text
    prose = fr.prose if len(fr.prose) == len(text) else text
    source = SourceText(text)
    for j, finding in enumerate(fr.findings):
        fid = f"f{index}-{j}"
        evidence = tuple(
            EvidenceView(
                f"{fid}-e{k}",
                ev.kind,
                ev.text or text[ev.start : ev.end],
                *((ev.line, ev.column) if ev.line else source.position(ev.start)),
            )
            for k, ev in enumerate(finding.evidence)
        )
        view.findings.append(FindingView(fid, finding, evidence, _fix_view(finding, prose)))
    if text:
        view.blocks = _blocks(prose, fr.blocks, view.findings)
    return view


def _fix_view(finding: Finding, prose: str) -> FixView | None:
    fix = finding.fix
    if fix is None:
        return None
    start, end = max(0, finding.start), min(len(prose), finding.end)
    lead, tail = prose[max(0, start - CONTEXT) : start], prose[end : end + CONTEXT]
    # Whole words only, and not across a paragraph break.
    lead = lead.rsplit("\n\n", 1)[-1]
    tail = tail.split("\n\n", 1)[0]
    if start > CONTEXT and " " in lead:
        lead = "…" + lead.split(" ", 1)[1]
    if end + CONTEXT < len(prose) and " " in tail:
        tail = tail.rsplit(" ", 1)[0] + "…"
    return FixView(
        fix.title,
        fix.safe,
        _squash(lead).lstrip(),
        _squash(prose[start:end]),
        _squash(fix.replacement),
        _squash(tail).rstrip(),
    )


def _squash(text: str) -> str:
    """Runs of whitespace (blanked markup, line breaks) as one space; controls made visible."""
    return sanitize(_SPACE.sub(" ", text))


def _regions(prose: str, blocks: Sequence[Block]) -> list[tuple[int, int, str]]:
    """The reader's blocks, plus any visible text between them as paragraphs."""
    regions: list[tuple[int, int, str]] = []
    pos = 0
    for block in sorted(blocks, key=lambda b: (b.start, b.end)):
        if block.start < pos:
            continue  # nested or overlapping blocks: the outer one already shows it
        regions += _loose(prose, pos, block.start)
        regions.append((block.start, block.end, block.kind))
        pos = block.end
    regions += _loose(prose, pos, len(prose))
    return regions


def _loose(prose: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Paragraphs (split at blank lines) of visible text outside any block."""
    out: list[tuple[int, int, str]] = []
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", prose[start:end]):
        out.append((start + m.start(), start + m.end(), "paragraph"))
    return out


def _blocks(prose: str, blocks: Sequence[Block], findings: list[FindingView]) -> list[BlockView]:
    spans: list[tuple[int, int, str, bool]] = []  # start, end, id, is a finding
    for fv in findings:
        f = fv.finding
        spans.append((f.start, max(f.end, f.start + 1), fv.id, True))
        for ev, evv in zip(f.evidence, fv.evidence, strict=True):
            spans.append((ev.start, max(ev.end, ev.start + 1), evv.id, False))
    severity = {fv.id: fv.finding.severity for fv in findings}
    out: list[BlockView] = []
    for start, end, kind in _regions(prose, blocks):
        cuts = {start, end}
        cuts.update(p for s, e, _, _ in spans for p in (s, e) if start < p < end)
        points = sorted(cuts)
        segments: list[Segment] = []
        for a, b in itertools.pairwise(points):
            on = [(i, is_f) for s, e, i, is_f in spans if s < b and a < e]
            ids = tuple(i for i, is_f in on if is_f)
            worst = max((severity[i] for i in ids), default=None)
            segments.append(
                Segment(
                    sanitize(prose[a:b]),
                    ids,
                    tuple(i for i, is_f in on if not is_f),
                    worst.label if worst else "",
                )
            )
        out.append(BlockView(BLOCK_TAGS.get(kind, "p"), kind, tuple(segments)))
    return out
