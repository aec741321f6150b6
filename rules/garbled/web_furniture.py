"""FC106 web-furniture: lines of a web page's interface left in the copy."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from factcheck_rules.garbled.analysis import clauses as cl
from factcheck_rules.garbled.analysis.layout import TERMINAL, lines, paragraphs
from factcheck_rules.garbled.analysis.vocab import (
    CALL_TO_ACTION_VERBS,
    CHROME_ACTION,
    CHROME_DEIXIS,
    CHROME_INTERFACE,
    CREDIT_AGENCIES,
    SITE_NAME_WORDS,
)

from factcheck import Applicability, Article, Diagnostic, Fix, Rule, RuleContext, Severity
from factcheck.language.labels import SUBJECTS
from factcheck.language.words import FUNCTION_WORDS, word_set

_MAX_WORDS = 12
#: Words after the colon of a first line that make it a headline with a series label.
_SERIES_HEADLINE_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d[\d,.:]*|©")
#: "Photo: ...", "Image copyright ...", "(Picture by ...)", "Reporting by ...".
_CREDIT = re.compile(
    r"^\(?(?:(?:image|photo|photograph|picture|pic|illustration|video|media|graphic)s?"
    r"(?:\s+(?:copyright|credit|caption|source|courtesy|illustration))?"
    r"\s*(?::|,|by\b|copyright\b|©)"
    r"|(?:courtesy\s+of\b|file\s+(?:photo|picture|image)s?\W*$)"
    r"|(?:additional\s+)?(?:reporting|editing|writing|photography|graphics)\s+by\b"
    r"|(?:copyright|©))",
    re.IGNORECASE,
)
#: "12 comments", "Comments (4)", "5 min read", "3 hours ago", "Updated 10:32".
_COUNTER = re.compile(
    r"^(?:\d[\d,.]*\s*(?:k\s+)?(?:comments?|replies|shares?|views|likes|reactions|responses)"
    r"|(?:comments?|replies|shares?)\s*[(\[:]?\s*\d+[)\]]?"
    r"|\d+\s*(?:min|mins|minute|minutes)\s+read"
    r"|(?:\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago"
    r"|(?:last\s+|first\s+)?(?:updated|published|posted)\b(?=.*\d).*)\W*$",
    re.IGNORECASE,
)
#: Words that may follow an imperative interface verb ("Share this", "Sign up").
_IMPERATIVE_FOLLOWERS = word_set(
    "a an the this these our your my us me it them here now more below above to on in up out "
    "for with via back away all free today"
)
#: Words that may stand beside an agency's name in a bare picture credit.
_CREDIT_WORDS = word_set(
    "images image photos photo pictures picture pool file source credit copyright via"
)
#: Objects by which an imperative addresses the reader or the site ("Follow us").
_READER_ADDRESS = frozenset(["us", "our", "here", "now", "more"])
#: Words by which a page addresses its reader or itself ("for you", "with us").
_READER = frozenset({"you", "your", "us", "our"})
#: Headline separators before a site name.
_ALL_CHROME = CHROME_INTERFACE | CHROME_ACTION | CHROME_DEIXIS
_SITE_SEPARATORS = re.compile(r"\s+(\||–|—|-|::|»)\s+")
#: Prepositions of navigation links: "More from Business", "Latest on Brexit".
_NAV_PREPOSITIONS = frozenset({"from", "on", "in", "about"})
#: Subjects that do not make a line copy: interface lines address "you".
_INTERFACE_SUBJECTS = frozenset({"you", "we", "i"})


@dataclass(frozen=True)
class _Line:
    """The words of one candidate line, sorted into chrome classes."""

    words: list[str]
    content: list[str]
    interface: int
    imperative: bool

    @property
    def chrome(self) -> int:
        return sum(1 for w in self.content if w in _ALL_CHROME)

    @property
    def density(self) -> float:
        """Share of content words that are interface vocabulary (an imperative counts)."""
        if not self.content:
            return 0.0
        verb = self.imperative and self.content[0] not in _ALL_CHROME
        return (self.chrome + verb) / len(self.content)


def _analyse(line: str) -> _Line:
    words = _join_phrasal([w.lower() for w in _WORD.findall(line)])
    content = [w for w in words if w.isalpha() and w not in FUNCTION_WORDS] or [
        w for w in words if w.isalpha()
    ]
    first = words[0] if words else ""
    after = words[1] if len(words) > 1 else ""
    others = [w for w in content[1:] if w in _ALL_CHROME]
    imperative = first in CALL_TO_ACTION_VERBS and (
        len(words) == 1
        or (
            (after in _IMPERATIVE_FOLLOWERS or after in CHROME_ACTION or after in CHROME_DEIXIS)
            and (bool(others) or any(w in _READER_ADDRESS for w in words[1:4]))
        )
    )
    return _Line(
        words=words,
        content=content,
        interface=sum(1 for w in content if w in CHROME_INTERFACE),
        imperative=imperative,
    )


def _join_phrasal(words: list[str]) -> list[str]:
    """Spell interface phrasal verbs as one word: "sign up" -> "signup", "log in" -> "login"."""
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("sign", "log") and w in ("up", "in", "out", "on"):
            out[-1] = out[-1] + w
        else:
            out.append(w)
    return out


def furniture_kind(line: str) -> str | None:
    """What kind of page furniture a standalone line is, or None for copy.

    Pure function of the line's words and punctuation (the parse-based veto
    lives in the rule): exposed for tests and for other plugins.
    """
    stripped = line.strip()
    if not stripped:
        return None
    if _CREDIT.match(stripped) or _agency_credit(stripped):
        return "credit"
    if _COUNTER.match(stripped):
        return "counter"
    label, colon, _rest = stripped.partition(":")
    if colon and label:
        head = _analyse(label)
        if 0 < len(head.words) <= 4 and head.chrome == len(head.content) and head.content:
            return "link"  # "Read more: ...", "Related: ...", "Tags: ..."
    info = _analyse(stripped)
    if not info.content or len(info.words) > _MAX_WORDS:
        return None
    ends_sentence = bool(TERMINAL.search(stripped))
    need = 0.6 if ends_sentence else 0.5
    if info.imperative and info.density >= need and len(info.words) <= 8:
        return "call-to-action"
    if info.interface and info.density >= need and len(info.content) <= 6:
        return "interface"
    if info.chrome >= 2 and info.density == 1.0 and len(info.words) <= 6 and not ends_sentence:
        return "interface"
    if info.interface and len(info.words) <= 3 and not ends_sentence:
        return "interface"
    if len(info.words) == 1 and info.chrome and not ends_sentence:
        return "interface"  # "Share", "Recommended", "Next"
    if ends_sentence:
        return None
    words = info.words
    if words[0][:1].isdigit() and info.chrome and len(words) <= 8:
        return "counter"  # "446 people are reading this now"
    if 2 < len(words) <= 5 and words[0] in CHROME_DEIXIS and words[1] in _NAV_PREPOSITIONS:
        section = _WORD.findall(stripped)[2:]
        if section and all(w[:1].isupper() or w.lower() == "the" for w in section):
            return "link"  # "More from Business", "Latest on The Economy": a section link
    if words[0] in _INTERFACE_SUBJECTS and info.chrome == len(info.content) and len(words) <= 7:
        return "interface"  # "You may also like": the page talking to its reader
    if len(words) <= 4 and info.chrome == len(info.content) and _READER & set(words[1:]):
        return "interface"  # "Recommended for you": page vocabulary addressed to the reader
    return None


def _agency_credit(line: str) -> bool:
    """ "Getty Images", "REUTERS/Jane Doe", "AFP via Getty Images": a bare picture credit."""
    words = [w.lower() for w in _WORD.findall(line)]
    if not words or len(words) > 8 or not any(w in CREDIT_AGENCIES for w in words):
        return False
    if "/" in line or "via" in words:
        return True
    rest = [w for w in words if w not in CREDIT_AGENCIES]
    return all(w in _CREDIT_WORDS for w in rest)


class WebFurniture(Rule):
    """Page furniture left in the copy: buttons, links, credits, counters, site names.

    ## What it does
    Finds whole lines that belong to a web page's interface rather than to
    the story: calls to action ("Leave a comment", "Sign up for our
    newsletter"), link labels ("Read more:", "Related stories"), interface
    labels ("Advertisement"), image credits ("Picture: Getty Images"),
    counters ("14 comments", "3 min read") and a site name glued to the
    headline ("... | Some News Site"). A line qualifies when it is short,
    stands alone, has no clause of its own (no finite verb with a subject
    other than "you" or "we") and is made mostly of the vocabulary of a web
    interface.

    ## Why it matters
    Copy pulled from a web page into a CMS drags the page with it. A stray
    "Share this article" in print, or in a syndicated feed, tells every
    reader the story was lifted rather than written, and a picture credit
    without its picture credits nobody.

    ## Example
    ```text
    The council will vote on the plan next week.

    Sign up to our morning briefing

    Opposition members have already said they will vote against it.
    ```

    ## Use instead
    ```text
    The council will vote on the plan next week.

    Opposition members have already said they will vote against it.
    ```

    ## Limitations
    Never reported inside a sentence or a quotation. A headline with a
    series label before its colon ("Live: ...", "Analysis: ...") is a
    headline, not a link label. A crosshead made of
    interface words ("Video games", "Share prices") is left alone, but a
    crosshead that reads like a button ("Follow the money") can be reported.
    Furniture written as a full sentence ("We use cookies to improve your
    experience") and site names joined to a headline by a plain hyphen
    without a newsroom word ("News", "Times", ".com") are not detected.
    """

    code = "FC106"
    name = "web-furniture"
    category = "boilerplate"
    severity = Severity.WARNING
    needs_parse = True

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        return [*self._site_name(article), *self._lines(article)]

    def _lines(self, article: Article) -> Iterator[Diagnostic]:
        text = article.prose
        all_lines = lines(article)
        for i, (lo, hi) in enumerate(all_lines):
            # The headline line is checked too: a page scraped from its top may
            # open with "Skip to main content", which a reader takes for a headline.
            line = text[lo:hi]
            kind = furniture_kind(line)
            if kind is None:
                continue
            if not _standalone(text, all_lines, i) or article.in_quotation(lo, hi):
                continue
            if kind in ("call-to-action", "interface") and _is_copy_clause(article, lo, hi):
                continue
            if kind == "link" and i == 0 and _series_headline(line):
                continue
            yield Diagnostic(
                start=lo,
                end=hi,
                message=(
                    f"Web furniture: {line!r} is a line of the web page's interface "
                    f"({_KIND_LABELS[kind]}), not part of the story. Delete the line."
                ),
                confidence=0.9 if kind in ("credit", "counter", "link") else 0.8,
                fix=Fix(
                    title="Delete the line", replacement="", applicability=Applicability.UNSAFE
                ),
                data={"kind": kind},
            )

    def _site_name(self, article: Article) -> Iterator[Diagnostic]:
        span = _headline_span(article)
        if span is None:
            return
        text = article.prose
        head = text[span[0] : span[1]]
        seps = list(_SITE_SEPARATORS.finditer(head))
        for sep in seps:
            tail = head[sep.end() :]
            words = _WORD.findall(tail)
            before = _WORD.findall(head[: sep.start()])
            if not words or len(words) > 6 or len(before) < 3:
                continue
            sitey = sep.group(1) == "|" or any(
                w.lower() in SITE_NAME_WORDS or "." in w for w in tail.split()
            )
            if not sitey or not all(w[:1].isupper() or w.isdigit() for w in tail.split()):
                continue
            start = span[0] + sep.start(1)
            yield Diagnostic(
                start=start,
                end=span[1],
                message=(
                    f"Web furniture: the headline ends with {tail!r} after {sep.group(1)!r}, "
                    "a site name carried over from a web page title. Delete it."
                ),
                confidence=0.85,
                fix=Fix(
                    title="Delete the site name",
                    replacement="",
                    applicability=Applicability.UNSAFE,
                ),
                data={"kind": "site-name"},
            )
            return


_KIND_LABELS = {
    "credit": "a picture or reporting credit",
    "counter": "a counter or time stamp",
    "link": "a link label",
    "call-to-action": "a call to action",
    "interface": "an interface label",
}


def _headline_span(article: Article) -> tuple[int, int] | None:
    if article.headline is not None:
        return article.headline.start, article.headline.end
    for para in paragraphs(article):
        return (para.start, para.end) if para.kind == "headline" else None
    return None


def _series_headline(line: str) -> bool:
    """True for a headline with a series label before its colon ("Live: ...").

    On the first line, "Analysis: Why the vote matters" or "The Latest: ..."
    is the headline of the story itself, not a link to another one: the
    text after the colon is a headline of several words.
    """
    _label, _colon, rest = line.partition(":")
    return len(_WORD.findall(rest)) >= _SERIES_HEADLINE_WORDS


def _standalone(text: str, all_lines: list[tuple[int, int]], i: int) -> bool:
    """True unless the line is part of a hard-wrapped sentence."""
    lo, hi = all_lines[i]
    if i > 0:
        plo, phi = all_lines[i - 1]
        adjacent = "\n\n" not in text[phi:lo].replace(" ", "").replace("\t", "")
        if adjacent and not TERMINAL.search(text[plo:phi]) and text[lo].islower():
            return False
    if i + 1 < len(all_lines):
        nlo = all_lines[i + 1][0]
        adjacent = "\n\n" not in text[hi:nlo].replace(" ", "").replace("\t", "")
        if adjacent and text[nlo].islower() and not TERMINAL.search(text[lo:hi]):
            return False
    return True


def _is_copy_clause(article: Article, lo: int, hi: int) -> bool:
    """True when the line is a finite clause with a real subject ("Shares slump in Tokyo").

    A finite clause opened by a subordinating conjunction ("While another
    posted this tweet:") is prose too, whatever the parser made of its subject.
    """
    doc = article.doc
    if doc is None:
        return False
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if not cl.predicate_is_finite(tok):
            continue
        if any(c.dep_ == "mark" and c.i < tok.i for c in tok.children):
            return True  # "While another posted this tweet:": a subordinate clause is prose
        for child in tok.children:
            if child.dep_ not in SUBJECTS:
                continue
            word = child.lower_
            if word in _INTERFACE_SUBJECTS or word in CHROME_INTERFACE or word in CHROME_DEIXIS:
                continue
            return True
    return False
