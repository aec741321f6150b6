"""Where a sentence restarts in lower case, and what the restart looks like.

Both FC102 (spliced sentence) and FC103 (lowercase sentence start) begin from
the same observation: a full stop followed by a lower-case word, or a
paragraph that opens in lower case. The parse then tells them apart. When the
lower-case stretch holds a finite clause with its own subject ("the economy is
set for growth") only the capital letter is missing; when it does not
("communities in danger", "been shown on Channel 4") a sentence was cut and
another glued on. The analysis is computed once per article and shared.

The full stop is found in the characters, not in the parser's sentence
boundaries: a statistical segmenter may or may not split at ". communities",
but the token-level signal (a stop, then a lower-case word that is not a
continuation) is there either way.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck_rules.garbled.analysis import clauses as cl
from factcheck_rules.garbled.analysis.layout import (
    TERMINAL,
    is_bulleted,
    para_at,
    paragraphs,
    quoted_opening,
    word_at_start,
)
from factcheck_rules.garbled.analysis.vocab import (
    CAPITALISED_ABBREVIATIONS,
    CONTINUING_ABBREVIATIONS,
)

from factcheck import Article, DerivedKey
from factcheck.language.reporting import QUOTE_TAG_WORDS
from factcheck.language.words import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: A full stop (not part of an ellipsis, but maybe followed by one: "He left....
#: the"), optional closing marks, a space or a
#: single line break, optional opening marks, then a word starting lower case.
_STOP_LOWER = re.compile(
    r"(?<![.\s])\.(?P<ellipsis>[ \u00a0]?(?:\.\.\.|…))?(?P<close>[\"'”’»)\]]*)"
    r"(?P<gap>[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"
    r"(?P<open>[\"'“‘«(\[]*)(?P<word>[a-z][\w'’-]*)"
)
#: Lower-case particles of names ("de Villepin", "van Nistelrooy").
_NAME_PARTICLES = word_set(
    "de van von da di le la du del della der den ter ten bin al el ibn dos das"
)
_END_TOKENS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_MAX_FRAGMENT = 60
#: A sentence inside a quotation that starts with a capital: the quotation is
#: not written in lower case throughout.
_CAPITAL_RESTART = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")
#: A closing quotation mark (not an apostrophe inside a word: "council’s").
_CLOSING_QUOTE = re.compile(r"[”\"’](?=[\s,;])")
#: Words of an attribution between two halves of one quotation ("she told the BBC").
_ATTRIBUTION_WORDS = 8


@dataclass(frozen=True)
class Restart:
    """A sentence that (re)starts in lower case.

    ``stop`` is the offset of the full stop before it (-1 at a paragraph start),
    ``start``/``end`` the lower-case word, ``fragment_end`` the end of the
    stretch up to the next sentence end. ``kind`` is ``"splice"`` when the
    stretch is not a sentence of its own, ``"lowercase"`` when it is; ``reason``
    says why (``verbless``, ``no-subject``, ``clause``).
    """

    stop: int
    start: int
    end: int
    fragment_end: int
    before_start: int
    kind: str
    reason: str
    in_paragraph: bool


RESTARTS_KEY: DerivedKey[list[Restart]] = DerivedKey("factcheck.garbled.restarts")


def restarts(article: Article) -> list[Restart]:
    """Every lower-case sentence (re)start of the article, classified."""
    return article.derived(RESTARTS_KEY, _compute)


def _compute(article: Article) -> list[Restart]:
    doc = article.doc
    if doc is None:
        return []
    starts = [t.idx for t in doc]
    found: list[Restart] = []
    text = article.prose
    for m in _STOP_LOWER.finditer(text):
        word_start, word_end = m.start("word"), m.end("word")
        before_start = _word_start_before(text, m.start())
        if _continues(text, m, before_start) or _lowercase_utterance(article, word_start):
            continue
        if "\n" in m.group("gap") and _starts_list_or_heading(article, word_start):
            continue
        found.append(_classify(doc, starts, m.start(), word_start, word_end, before_start, True))
    paras = paragraphs(article)
    for prev, para in zip([None, *paras[:-1]], paras, strict=True):
        if not para.is_prose:
            continue
        first = word_at_start(text, para.start, para.end)
        if first is None or not text[first[0]].islower() or _exempt_word(text, *first):
            continue
        if quoted_opening(text, first[0]):
            continue
        after_title = prev is None or prev.kind in ("headline", "heading", "standfirst")
        broken = prev is not None and not TERMINAL.search(text[prev.start : prev.end])
        if broken and not after_title:
            continue  # a paragraph broken mid-sentence: FC104 reports the break
        before = prev.end if prev is not None else para.start
        found.append(_classify(doc, starts, -1, first[0], first[1], before, False))
    return sorted(found, key=lambda r: r.start)


def _starts_list_or_heading(article: Article, offset: int) -> bool:
    """True when a word at the start of a line opens a list item or a heading."""
    para = para_at(article, offset)
    if para is not None and not para.is_prose:
        return True
    return is_bulleted(article.text, offset)


def _word_start_before(text: str, stop: int) -> int:
    i = stop
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _continues(text: str, m: re.Match[str], before_start: int) -> bool:
    """True when the lower-case word legitimately follows the full stop."""
    before = text[before_start : m.start()].strip("\"'“‘”’([")
    low = before.lower()
    if low in CONTINUING_ABBREVIATIONS or "." in low:
        return True  # approx. 40 / e.g. the / U.S. and
    if len(low) == 1 and low.isalpha() and before.islower():
        return True  # c. 1900, single-letter abbreviation
    if before[:1].isupper() and low in CAPITALISED_ABBREVIATIONS:
        return True  # "Pa., Md. and Del.": a state, not the end of a sentence
    if len(low) == 1 and before.isupper() and _after_name(text, before_start):
        return True  # "Charles G. and David H. Koch": a middle initial
    close = m.group("close")
    if close and close[0] in ")]":
        # "Sanders (I-Vt.) said": a full stop closing a short parenthetical is an
        # abbreviation inside the sentence, not the end of it.
        opener = text.rfind("(" if close[0] == ")" else "[", 0, m.start())
        inside = text[opener + 1 : m.start()] if opener >= 0 else ""
        if opener >= 0 and "\n" not in inside and len(inside.split()) <= 3:
            return True
    if any(ch in "\"'“‘«" for ch in m.group("open")):
        return True  # a quoted fragment: 'called it "a disgrace"'
    word_start, word_end = m.start("word"), m.end("word")
    if _exempt_word(text, word_start, word_end):
        return True
    return bool(m.group("close")) and _speech_follows(text, word_start)


def _after_name(text: str, start: int) -> bool:
    """True when a capitalised word (a first name) stands right before ``start``."""
    words = text[max(0, start - 30) : start].split()
    return bool(words) and words[-1][:1].isupper() and words[-1].isalpha()


def _lowercase_utterance(article: Article, offset: int) -> bool:
    """True inside a quotation written all in lower case on purpose.

    A quoted tweet or text message ('She tweeted: "so proud. what a night"')
    keeps its own lower-case style: it stands as an utterance of its own
    (after a colon, a comma or a line break) and no sentence of it starts
    with a capital. A quotation that merely opens in lower case because it
    is woven into the writer's sentence ('which she said "undermine our
    peace"') or resumes one broken by its attribution ('"...," she said,
    "but we will go on."') is ordinary copy and is still checked.
    """
    q = article.quotation_at(offset)
    if q is None:
        return False
    text = article.prose
    content = text[q.content.start : q.content.end]
    first = next((ch for ch in content if ch.isalpha()), "")
    if not first.islower() or _CAPITAL_RESTART.search(content):
        return False
    before = text[: q.start].rstrip(" \t")
    if before.endswith(","):
        return not _resumed(before)
    return not before or before.endswith((":", "\n"))


def _resumed(before: str) -> bool:
    """True when a quotation after a comma resumes one broken by its attribution.

    '"The ferry is vital," she said, "but ...': a closing quotation mark a
    few words before the comma, in the same paragraph.
    """
    para = before[before.rfind("\n") + 1 :]
    closes = list(_CLOSING_QUOTE.finditer(para))
    return bool(closes) and len(para[closes[-1].end() :].split()) <= _ATTRIBUTION_WORDS


def _exempt_word(text: str, start: int, end: int) -> bool:
    """Brands, code, addresses and name particles that are lower case by nature."""
    word = text[start:end]
    if any(ch.isupper() for ch in word[1:]) or any(ch.isdigit() for ch in word):
        return True  # iPhone, eBay, mp3
    if end < len(text) - 1 and text[end] in "./@:_" and text[end + 1].isalnum():
        return True  # bbc.co.uk, name@example.org
    if word in ("www", "http", "https"):
        return True
    if word in _NAME_PARTICLES:
        rest = text[end : end + 3].lstrip()
        return bool(rest) and rest[0].isupper()
    return False


def _speech_follows(text: str, start: int) -> bool:
    found = re.findall(r"[a-z]+", text[start : start + 40].lower())[:4]
    return any(w in QUOTE_TAG_WORDS for w in found)


def _classify(
    doc: Doc,
    starts: Sequence[int],
    stop: int,
    word_start: int,
    word_end: int,
    before_start: int,
    in_paragraph: bool,
) -> Restart:
    frag = _fragment(doc, starts, word_start)
    fragment_end = frag[-1].idx + len(frag[-1].text) if frag else word_end
    if not frag:
        kind, reason = "lowercase", "clause"
    elif cl.starts_with_bare_verb(frag):
        kind, reason = "splice", "no-subject"
    elif cl.has_main_clause(frag):
        kind, reason = "lowercase", "clause"
    elif not cl.has_finite_verb(frag):
        kind, reason = "splice", "verbless"
    else:
        kind, reason = "splice", "no-subject"
    return Restart(
        stop=stop,
        start=word_start,
        end=word_end,
        fragment_end=fragment_end,
        before_start=before_start,
        kind=kind,
        reason=reason,
        in_paragraph=in_paragraph,
    )


def _fragment(doc: Doc, starts: Sequence[int], offset: int) -> list[Token]:
    """Tokens from the word at ``offset`` up to the next sentence end or line break."""
    i = bisect.bisect_right(starts, offset) - 1
    out: list[Token] = []
    while 0 <= i < len(doc) and len(out) < _MAX_FRAGMENT:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            break
        if tok.text in _END_TOKENS:
            break
        out.append(tok)
        i += 1
    while out and (out[-1].is_punct or out[-1].is_space):
        out.pop()
    return out
