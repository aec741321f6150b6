"""The article model: the text as read plus the structure every rule needs.

Offsets everywhere are Unicode code points into :attr:`Article.text`, the file
as read (after decoding, BOM removed). For Markdown and HTML the reader also
builds :attr:`Article.prose`: the same text with markup blanked out to spaces
(newlines kept, except that a line break inside an HTML paragraph becomes the
space it means), so it has exactly the same length and every offset into the
parse is an offset into the original file.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from factcheck.contract.spans import SpanIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

T = TypeVar("T")


class DerivedKey(Generic[T]):
    """A typed key for :meth:`Article.derived`, declared once at module level.

    In the spirit of pytest's ``StashKey[T]``: the key object, not its name,
    identifies the analysis, so two plugins that pick the same name cannot
    collide, and mypy sees the type of what :meth:`Article.derived` returns::

        ATTRIBUTIONS: DerivedKey[list[Attribution]] = DerivedKey("attributions")

    ``name`` only labels the key in reprs and debugging output.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"DerivedKey({self.name!r})"


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of code points."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        """True when ``offset`` falls inside the span."""
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one code point."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Block(Span):
    """A paragraph-level block: ``kind`` is ``headline``, ``standfirst``,
    ``paragraph``, ``heading``, ``list-item``, ``quote-block`` or ``code``."""

    kind: str = "paragraph"


@dataclass(frozen=True)
class Quotation(Span):
    """A direct quotation, marks included.

    ``content`` excludes the marks. ``closed`` is False when the opening mark
    has no closing mark; ``continued`` is True when the quotation runs on into
    the next paragraph by the news convention (the closing mark is left off and
    the next paragraph reopens the quotation). ``parts`` holds one span per
    paragraph the quotation covers.
    """

    content: Span = field(default_factory=lambda: Span(0, 0))
    open_mark: str = "“"
    close_mark: str | None = "”"
    closed: bool = True
    continued: bool = False
    parts: tuple[Span, ...] = ()


@dataclass
class Article:
    """One article, read and segmented; rules receive this.

    Attributes filled by the reader: ``text``, ``prose``, ``format``,
    ``metadata`` (front matter), ``blocks``, ``headline``, ``standfirst``,
    ``quotations``, ``dateline``, ``published`` (and where it came from). The
    host sets ``doc`` (the spaCy parse of ``prose``) before the rules run.
    """

    path: str
    text: str
    prose: str = ""
    format: str = "txt"
    metadata: Mapping[str, Any] = field(default_factory=dict)
    blocks: tuple[Block, ...] = ()
    headline: Block | None = None
    standfirst: Block | None = None
    quotations: tuple[Quotation, ...] = ()
    dateline: Span | None = None
    published: dt.date | None = None
    published_source: str | None = None
    doc: Doc | None = None
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _derived: dict[DerivedKey[Any], Any] = field(default_factory=dict, repr=False)
    _quote_index: dict[bool, tuple[tuple[Quotation, ...], SpanIndex]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self.prose:
            self.prose = self.text
        if len(self.prose) != len(self.text):
            raise ValueError("Article.prose must have exactly the length of Article.text")
        starts = [0]
        for i, ch in enumerate(self.text):
            if ch == "\n":
                starts.append(i + 1)
        self._line_starts = starts

    # -- positions -------------------------------------------------------
    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset; columns count code points."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_span(self, line: int) -> Span:
        """The span of 1-based ``line`` without its newline."""
        start = self._line_starts[line - 1]
        end = self.text.find("\n", start)
        return Span(start, len(self.text) if end < 0 else end)

    def slice(self, span: Span | tuple[int, int]) -> str:
        """The original text of a span."""
        start, end = (span.start, span.end) if isinstance(span, Span) else span
        return self.text[start:end]

    # -- structure ---------------------------------------------------------
    @property
    def paragraphs(self) -> tuple[Block, ...]:
        """Body prose blocks (paragraphs and list items; not the headline or standfirst)."""
        return tuple(b for b in self.blocks if b.kind in ("paragraph", "list-item", "quote-block"))

    def block_at(self, offset: int) -> Block | None:
        """The block containing ``offset``, if any."""
        for block in self.blocks:
            if block.contains(offset):
                return block
        return None

    def quotation_at(self, offset: int) -> Quotation | None:
        """The innermost quotation containing ``offset``, if any (the first of equals)."""
        found = self._quote_spans(content=False).containing(offset, offset + 1)
        best: tuple[int, int] | None = None
        for n in found:
            key = (len(self.quotations[n]), n)
            best = key if best is None or key < best else best
        return None if best is None else self.quotations[best[1]]

    def in_quotation(self, start: int, end: int | None = None) -> bool:
        """True when ``[start, end)`` lies inside one quotation's content."""
        end = start + 1 if end is None else end
        return self._quote_spans(content=True).covers(start, end)

    def _quote_spans(self, *, content: bool) -> SpanIndex:
        """The quotations (their whole spans, or their contents) indexed for containment:
        a scan over every quotation per question made long articles quadratic. Rebuilt
        when ``quotations`` is replaced."""
        cached = self._quote_index.get(content)
        if cached is None or cached[0] is not self.quotations:
            spans = [(q.content if content else q) for q in self.quotations]
            cached = (self.quotations, SpanIndex((sp.start, sp.end) for sp in spans))
            self._quote_index[content] = cached
        return cached[1]

    @property
    def words(self) -> int:
        """Word count of the prose (whitespace-separated tokens with a letter or digit)."""
        return sum(1 for w in self.prose.split() if any(c.isalnum() for c in w))

    # -- the parse ---------------------------------------------------------
    def require_doc(self) -> Doc:
        """The spaCy parse; raises when a rule that needs it runs without one."""
        if self.doc is None:
            raise RuntimeError("this rule needs the spaCy parse, but the article was not parsed")
        return self.doc

    def sentences(self) -> list[SpacySpan]:
        """The parse's sentences (spaCy spans whose char offsets index ``text``)."""
        return list(self.require_doc().sents)

    # -- shared analyses ---------------------------------------------------
    def derived(self, key: DerivedKey[T], compute: Callable[[Article], T]) -> T:
        """Compute an analysis once per article and share it between rules and plugins.

        ``key`` is a :class:`DerivedKey` declared once at module level by the
        analysis that owns it; the pronoun resolver and the attribution
        extractor are shared this way.
        """
        if key not in self._derived:
            self._derived[key] = compute(self)
        value: T = self._derived[key]
        return value
