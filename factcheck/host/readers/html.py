"""HTML: the article body as prose, everything else blanked in place.

Uses the stdlib :class:`html.parser.HTMLParser`, which reports where every
tag, text run and character reference starts; each event extends to the next
one, so every character of the file belongs to exactly one event and offsets
never drift. A DOM library (lxml, BeautifulSoup) would normalise the markup
and lose those positions, and would be a heavy dependency for this.

The body is the first ``<article>``, else ``<main>``, else ``<body>``.
Scripts, styles, navigation, asides, footers, figures, forms and code are
blanked; a ``<header>`` is kept only inside the article or when it holds the
``<h1>``. Block-level tags end blocks, and where two blocks would otherwise
run together on one line the first character of the tag between them
becomes a newline, so sentence splitting never merges a heading into the
paragraph after it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from factcheck.analysis.dateline import parse_date
from factcheck.analysis.structure import build_article, mark_headline_and_standfirst, relabel
from factcheck.contract.article import Article, Block
from factcheck.contract.settings import Settings
from factcheck.contract.source import Source
from factcheck.host.readers.blanking import decode_entity, entity_length, reveal
from factcheck.host.readers.htmlmeta import MetaCollector

_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "aside",
        "footer",
        "form",
        "button",
        "select",
        "textarea",
        "svg",
        "math",
        "iframe",
        "object",
        "canvas",
        "video",
        "audio",
        "picture",
        "figure",
        "head",
        "title",
        "dialog",
        "code",
        "kbd",
        "samp",
        "pre",
    }
)
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "div",
        "br",
        "hr",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "pre",
        "figure",
        "figcaption",
        "address",
        "aside",
        "nav",
        "hgroup",
        "details",
        "summary",
        "fieldset",
        "form",
        "body",
        "html",
    }
)
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:standfirst|dek|deck|summary|subtitle|sub-title|subhead|subheading"
    r"|strapline|excerpt|description)(?:$|[\s_-])",
    re.IGNORECASE,
)


@dataclass
class _Event:
    kind: str
    tag: str
    attrs: dict[str, str]
    start: int
    end: int = 0


class _Collector(HTMLParser):
    """Records every parser event with its code-point offset."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.events: list[_Event] = []
        self._starts = [0]
        self._starts.extend(i + 1 for i, c in enumerate(text) if c == "\n")

    def _add(
        self, kind: str, tag: str = "", attrs: list[tuple[str, str | None]] | None = None
    ) -> None:
        line, col = self.getpos()
        values = {k: v or "" for k, v in attrs or []}
        self.events.append(_Event(kind, tag, values, self._starts[line - 1] + col))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add("start", tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._add("void", tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self._add("end", tag)

    def handle_data(self, data: str) -> None:
        self._add("data")

    def handle_entityref(self, name: str) -> None:
        self._add("entity")

    def handle_charref(self, name: str) -> None:
        self._add("entity")

    def handle_comment(self, data: str) -> None:
        self._add("other")

    def handle_decl(self, decl: str) -> None:
        self._add("other")

    def handle_pi(self, data: str) -> None:
        self._add("other")

    def unknown_decl(self, data: str) -> None:
        self._add("other")


@dataclass
class _State:
    text: str
    chars: list[str]
    blocks: list[Block] = field(default_factory=list)
    hinted: set[int] = field(default_factory=set)
    stack: list[tuple[str, bool, bool]] = field(default_factory=list)  # tag, skip, hint
    first: int = -1
    last: int = -1
    kind: str = "paragraph"
    hint: bool = False
    prev_end: int = -1
    boundary: int = -1
    pre_start: int = -1


def read_html(source: Source, settings: Settings) -> Article:
    """Read an HTML page or fragment; metadata gets the title and meta dates."""
    text = source.text
    collector = _Collector(text)
    collector.feed(text)
    collector.close()
    events = collector.events
    for event, following in itertools.pairwise(events):
        event.end = following.start
    if events:
        events[-1].end = len(text)
    meta = MetaCollector()
    for event in events:
        meta.see(event.kind, event.tag, event.attrs, text[event.start : event.end])
    metadata = meta.finish()
    lo, hi = _root(events)
    state = _State(text, [c if c in "\n\r" else " " for c in text])
    for index in range(lo, hi):
        _handle(state, events, index)
    _boundary(state, len(text))
    blocks = state.blocks
    prose = _unwrap_blocks("".join(state.chars), blocks)
    _headline(prose, blocks, metadata.get("title"))
    hint = _standfirst_hint(prose, blocks, state.hinted, metadata.get("description"))
    mark_headline_and_standfirst(prose, blocks, standfirst_hint=hint)
    published = parse_date(metadata.get("published"))
    return build_article(
        source, prose, blocks, settings, metadata=metadata, meta_published=published
    )


def _unwrap_blocks(prose: str, blocks: list[Block]) -> str:
    """A line break inside an HTML paragraph is a space: say so in the prose.

    Hard-wrapped source lines (``<p>...will now\nask...</p>``) would otherwise look
    like sentence breaks to the sentence splitter. ``<pre>`` blocks keep theirs.
    """
    chars = list(prose)
    for block in blocks:
        if block.kind == "code":
            continue
        for i in range(block.start, block.end):
            if chars[i] in "\r\n":
                chars[i] = " "
    return "".join(chars)


def _root(events: list[_Event]) -> tuple[int, int]:
    """Event range of the article body: the <article> with most text, else <main>, else <body>.

    Pages often hold several ``<article>`` elements (teasers for related
    stories); the story itself is the one with the most text.
    """
    for tag in ("article", "main", "body"):
        starts = [i for i, e in enumerate(events) if e.kind == "start" and e.tag == tag]
        if starts:
            ranges = [(i + 1, _matching_end(events, i)) for i in starts]
            return max(ranges, key=lambda r: _text_size(events, *r))
    return 0, len(events)


def _text_size(events: list[_Event], lo: int, hi: int) -> int:
    return sum(e.end - e.start for e in events[lo:hi] if e.kind == "data")


def _matching_end(events: list[_Event], index: int) -> int:
    tag, depth = events[index].tag, 0
    for i in range(index, len(events)):
        event = events[i]
        if event.tag == tag and event.kind in ("start", "end"):
            depth += 1 if event.kind == "start" else -1
            if depth == 0:
                return i
    return len(events)


def _handle(state: _State, events: list[_Event], index: int) -> None:
    event = events[index]
    skipping = any(skip for _, skip, _ in state.stack)
    if event.kind == "start" and event.tag not in _VOID:
        if event.tag in _BLOCK:
            _boundary(state, event.start)
            if state.stack and state.stack[-1][0] == "p":
                state.stack.pop()
        skip = _skips(events, index, state.stack)
        if event.tag == "pre" and not skipping:
            state.pre_start = event.start
        hint = bool(_STANDFIRST_CLASS.search(event.attrs.get("class", "")))
        state.stack.append((event.tag, skip, hint))
    elif event.kind in ("start", "void"):
        if event.tag in _BLOCK:
            _boundary(state, event.start)
    elif event.kind == "end":
        if event.tag in _BLOCK:
            _boundary(state, event.start)
        if event.tag == "pre" and state.pre_start >= 0:
            close = state.text.find(">", event.start)
            end = len(state.text) if close < 0 else close + 1
            state.blocks.append(Block(state.pre_start, end, kind="code"))
            state.pre_start = -1
        tags = [tag for tag, _, _ in state.stack]
        if event.tag in tags:
            del state.stack[len(tags) - 1 - tags[::-1].index(event.tag) :]
    elif event.kind in ("data", "entity") and not skipping:
        if event.kind == "entity":
            length = entity_length(state.text, event.start) or (event.end - event.start)
            reveal(state.chars, state.text, event.start, event.start + length)
            decode_entity(state.chars, state.text, event.start, length)
        else:
            reveal(state.chars, state.text, event.start, event.end)
        span = _trim(state.chars, event.start, event.end)
        if span is not None:
            _extend(state, *span)


def _skips(events: list[_Event], index: int, stack: list[tuple[str, bool, bool]]) -> bool:
    event = events[index]
    if event.tag in _SKIP or "hidden" in event.attrs:
        return True
    if event.attrs.get("aria-hidden", "").lower() == "true":
        return True
    if event.tag == "header" and not any(tag == "article" for tag, _, _ in stack):
        end = _matching_end(events, index)
        return not any(e.kind == "start" and e.tag == "h1" for e in events[index:end])
    return False


def _extend(state: _State, start: int, end: int) -> None:
    """Add visible text to the current block, opening one if needed."""
    if state.first < 0:
        state.first = start
        state.kind, state.hint = _context(state.stack)
        run_together = state.prev_end >= 0 and "\n" not in state.chars[state.prev_end : start]
        if run_together and 0 <= state.boundary < start and state.text[state.boundary] == "<":
            state.chars[state.boundary] = "\n"
    state.last = max(state.last, end)


def _context(stack: list[tuple[str, bool, bool]]) -> tuple[str, bool]:
    hint = any(h for _, _, h in stack)
    for tag, _, _ in reversed(stack):
        if tag == "h1":
            return "headline", hint
        if tag in ("h2", "h3", "h4", "h5", "h6"):
            return "heading", hint
        if tag == "li":
            return "list-item", hint
        if tag == "blockquote":
            return "quote-block", hint
    return "paragraph", hint


def _boundary(state: _State, offset: int) -> None:
    """Close the current block at a block-level tag starting at ``offset``."""
    if state.first < 0:
        return
    span = _trim(state.chars, state.first, state.last)
    if span is not None:
        if state.hint:
            state.hinted.add(len(state.blocks))
        state.blocks.append(Block(span[0], span[1], kind=state.kind))
        state.prev_end = span[1]
        state.boundary = offset
    state.first = state.last = -1


def _trim(chars: list[str], start: int, end: int) -> tuple[int, int] | None:
    while start < end and chars[start].isspace():
        start += 1
    while end > start and chars[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _headline(prose: str, blocks: list[Block], title: object) -> None:
    """The first <h1> is the headline; without one, a first block the <title> starts with."""
    h1s = [i for i, b in enumerate(blocks) if b.kind == "headline"]
    for index in h1s[1:]:
        relabel(blocks, index, "heading")
    if h1s or not isinstance(title, str) or not blocks:
        return
    first = " ".join(prose[blocks[0].start : blocks[0].end].split())
    if len(first.split()) >= 3 and " ".join(title.split()).startswith(first):
        relabel(blocks, 0, "headline")


def _standfirst_hint(
    prose: str, blocks: list[Block], hinted: set[int], description: object
) -> int | None:
    headline = next((i for i, b in enumerate(blocks) if b.kind == "headline"), None)
    if headline is None or headline + 1 >= len(blocks):
        return None
    after = headline + 1
    text = " ".join(prose[blocks[after].start : blocks[after].end].split())
    if after in hinted:
        return after
    if isinstance(description, str) and text and " ".join(description.split()) == text:
        return after
    return None
