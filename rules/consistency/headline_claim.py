"""FC505 headline-claim-unsupported: a name or number at the top that the body never supports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from factcheck_rules.consistency.analysis.names import NameMention, fold, letters, name_mentions
from factcheck_rules.consistency.analysis.numbers import Quantity, quantities
from factcheck_rules.consistency.analysis.words import SPEECH_VERBS

from factcheck import Article, Block, Diagnostic, Evidence, Rule, RuleContext, Severity

#: A separator before a site or section name at the end of a headline.
_SITE = re.compile(r"\s+[|–—-]\s+|\s+[|]\s*")
_WORD = re.compile(r"[^\W\d_]+")
#: Relative tolerance when a headline number is compared with the body's.
TOLERANCE = 0.1


def _claim_end(article: Article, block: Block) -> int:
    """Where the headline's own words end: before " | Site name" or " - Section"."""
    line = article.text[block.start : block.end]
    m = _SITE.search(line)
    return block.start + m.start() if m else block.end


def _title_case(text: str) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7


def _body_words(article: Article, body_start: int) -> set[str]:
    return {fold(w) for w in _WORD.findall(article.text[body_start:])}


def _abbreviates(short: str, long_: str) -> bool:
    """True when ``short`` abbreviates ``long_``: "Utd" for "United", "Man" for "Manchester"."""
    if len(short) < 2 or long_[:1] != short[:1] or len(long_) <= len(short):
        return False
    rest = iter(long_)
    return all(c in rest for c in short)


def _supported_name(m: NameMention, words: list[str], body: set[str], known: set[str]) -> bool:
    if m.known and m.known in known:
        return True
    for w in words:
        key = letters(w)
        if len(key) < 3 or key in body:
            return True
        if len(key) <= 4 and any(_abbreviates(key, b) for b in body):
            return True
        # A demonym or inflection of the name: "China" and "Chinese", "Iran" and "Iranian".
        stem = key[: max(4, len(key) - 2)]
        if len(stem) >= 4 and any(b.startswith(stem) for b in body):
            return True
    return False


def _subject(article: Article, m: NameMention) -> bool:
    """True when the parse makes the mention the subject of a verb: "Blair rejects plan"."""
    doc = article.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
    return span is not None and span.root.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")


def _supported_number(top: Quantity, body: list[Quantity], body_text: str) -> bool:
    lo, hi = top.lo * (1 - TOLERANCE), top.hi * (1 + TOLERANCE)
    # Only figures of the same kind: "12%" is not borne out by "12 months".
    if any(q.unit == top.unit and q.lo <= hi and lo <= q.hi for q in body):
        return True
    # The same figure written the same way (a year-like "2,000" is no quantity in the body).
    return bool(re.search(rf"(?<![\w.,]){re.escape(top.text)}(?![\w])", body_text))


class HeadlineClaimUnsupported(Rule):
    """A name or number in the headline or standfirst that the body never mentions.

    ## What it does
    Takes each name (runs of proper nouns) and each number of the headline
    and standfirst, up to a site name after " | " or " - ", and looks for
    it in the body. A name is supported when one of its words appears in the
    body (or a form of it: "China" and "Chinese"), or when the body names
    the same known entity; a number when the body gives a value within 10%
    of it (or inside its range or approximation), in any form ("$2.3m",
    "2.3 million dollars"). A name or number the body never supports is
    reported.

    ## Why it matters
    The headline and standfirst are the claims most readers see, and often
    the only ones. A figure or a name there that the story does not bear out
    is either a leftover from an earlier version of the story or an error
    introduced on the desk.

    ## Example
    ```text
    Council cuts 40 jobs at city libraries

    The city council voted on Tuesday to cut 25 posts in the library service.
    ```

    ## Use instead
    ```text
    Council cuts 25 jobs at city libraries

    The city council voted on Tuesday to cut 25 posts in the library service.
    ```

    ## Limitations
    Quotations are left to FC403. A number the body states in other words
    ("a dozen" for 12 is understood, "doubled" for 100% is not) or derives
    (a sum, a difference) is reported, so small counts (under ten) without a
    unit are reported at info. Years are not checked. A name is reported as a
    warning when none of its words is in the body, and only for names of two
    words or more; a one-word name at info, and so is any name of a headline
    written in title case that the entity recogniser does not call a person.
    Without a recognised headline, a short first line standing alone is read
    as one, and what it finds is reported at info.
    """

    code = "FC505"
    name = "headline-claim-unsupported"
    category = "consistency"
    severity = Severity.WARNING

    def check(self, article: Article, ctx: RuleContext) -> Iterable[Diagnostic]:
        tops = [b for b in (article.headline, article.standfirst) if b is not None]
        guessed = False
        if not tops:
            # No headline recognised: a short first line standing alone is read as one.
            first = article.blocks[0] if article.blocks else None
            if (
                first is None
                or len(article.blocks) < 3
                or "\n" in article.text[first.start : first.end]
            ):
                return []
            if len(article.text[first.start : first.end].split()) > 15:
                return []
            tops, guessed = [Block(first.start, first.end, "headline")], True
        out: list[Diagnostic] = []
        for block in tops:
            # The headline is borne out by the standfirst or the body; the standfirst by the body.
            body_start = block.end
            if not article.text[body_start:].strip():
                continue
            spans = [(block, _claim_end(article, block))]
            out.extend(self._names(article, spans, body_start))
            out.extend(self._numbers(article, spans, body_start))
        if guessed:
            out = [replace(d, severity=Severity.INFO) for d in out]
        return out

    def _names(
        self, article: Article, spans: list[tuple[Block, int]], body_start: int
    ) -> list[Diagnostic]:
        text = article.text
        mentions = name_mentions(article)
        body = _body_words(article, body_start)
        known = {m.known for m in mentions if m.start >= body_start and m.known}
        out = []
        for block, end in spans:
            title_case = _title_case(text[block.start : end])
            for m in mentions:
                if not (block.start <= m.start and m.end <= end) or article.in_quotation(m.start):
                    continue

                # A headline's first word is capitalised whatever it is.
                first = m.start == block.start or not text[block.start : m.start].strip(" “‘\"'")
                if first and len(m.parts) == 1 and not (m.known or m.kind or _subject(article, m)):
                    # Unless a verb of saying follows: "Lindqvist says ...".
                    following = _WORD.match(text[m.end : m.end + 20].lstrip())
                    if not (following and following.group(0).lower() in SPEECH_VERBS):
                        continue
                words = m.words(text)
                if _supported_name(m, words, body, known):
                    continue
                strong = len(m.text.split()) >= 2 and block.kind == "headline"
                # In a headline written in title case any word may look like a name.
                strong = strong and (not title_case or m.kind == "person")
                out.append(
                    Diagnostic(
                        start=m.start,
                        end=m.end,
                        message=(
                            f"Headline claim unsupported: {m.text!r} is named in the "
                            f"{block.kind} but nowhere in the body. Check the name, or say "
                            "in the story who or what it is."
                        ),
                        confidence=0.6 if strong else 0.4,
                        severity=None if strong else Severity.INFO,
                        data={"kind": "name", "name": m.text, "where": block.kind},
                    )
                )
        return out

    def _numbers(
        self, article: Article, spans: list[tuple[Block, int]], body_start: int
    ) -> list[Diagnostic]:
        found = quantities(article)
        body = [q for q in found if q.start >= body_start]
        body_text = article.text[body_start:]
        out = []
        for block, end in spans:
            for q in found:
                if not (block.start <= q.start and q.end <= end) or article.in_quotation(q.start):
                    continue
                if _supported_number(q, body, body_text):
                    continue
                small = (q.value < 10 and not q.unit) or block.kind != "headline"
                nearest = min(body, key=lambda b: abs(b.value - q.value), default=None)
                evidence: tuple[Evidence, ...] = ()
                if nearest is not None and nearest.noun and nearest.noun == q.noun:
                    evidence = (Evidence("body figure", nearest.start, nearest.end),)
                out.append(
                    Diagnostic(
                        start=q.start,
                        end=q.end,
                        message=(
                            f"Headline claim unsupported: the {block.kind} says {q.text!r}"
                            + (f" ({q.noun})" if q.noun else "")
                            + " but the body never gives that figure. Check the number, or "
                            "state it in the story."
                        ),
                        confidence=0.4 if small else 0.6,
                        severity=Severity.INFO if small else None,
                        evidence=evidence,
                        data={
                            "kind": "number",
                            "value": q.value,
                            "unit": q.unit,
                            "where": block.kind,
                        },
                    )
                )
        return out
