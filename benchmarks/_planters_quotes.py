"""Quotation planters for ``benchmarks/plant.py``: a quotation never closed, and one
left without its speaker.

Why so many conditions: news copy carries a quotation over paragraphs by leaving
it open and re-opening it in the next paragraph, and lets a speaker named in one
paragraph speak on in the next. A planted error must not coincide with either
convention, or the gold would call correct copy wrong.
"""

from __future__ import annotations

import random
import re

from _planters import WORD, Draft, Plant, Span

_OPEN, _CLOSE = '"“', '"”'
_SPEECH = re.compile(
    r"\b(?:said|says|added|adds|told|explained|insisted|warned|argued|admitted|claimed|"
    r"stressed|continued|remarked|noted|declared)\b"
)


def _single_quotation(text: str) -> tuple[int, int] | None:
    """(open, close) offsets of the one quotation of ``text``, or None when not exactly one."""
    marks = [i for i, c in enumerate(text) if c in '"“”']
    if len(marks) != 2:
        return None
    o, c = marks
    if text[o] not in _OPEN or text[c] not in _CLOSE or text[o] == "”" or text[c] == "“":
        return None
    return o, c


def _starts_quote(text: str) -> bool:
    return text.lstrip()[:1] in ('"', "“")


def plant_unclosed_quote(d: Draft, rng: random.Random) -> Plant | None:
    """Delete the closing mark of a paragraph's only quotation, where the next paragraph does
    not open a quotation (so the copy cannot be a quotation running on)."""
    paras = d.paragraphs(min_words=6)
    blocks = d.blocks()
    following = {
        b.start: (blocks[i + 1] if i + 1 < len(blocks) else None) for i, b in enumerate(blocks)
    }
    sites: list[tuple[str, Span, int]] = []
    for p in paras:
        body = d.text[p.start : p.end]
        q = _single_quotation(body)
        if q is None or len(WORD.findall(body[q[0] : q[1]])) < 4:
            continue
        nxt = following.get(p.start)
        if nxt is not None and _starts_quote(d.text[nxt.start : nxt.end]):
            continue
        after = body[q[1] + 1 :].strip()
        variant = (
            "paragraph-end"
            if not after
            else "before-attribution"
            if _SPEECH.search(after)
            else "mid-paragraph"
        )
        sites.append((variant, p, q[0]))
        sites[-1] = (variant, Span(p.start + q[0], p.end), p.start + q[1])
    if not sites:
        return None
    variant, item, close = rng.choice(sites)
    return Plant(
        "unclosed-quote",
        variant,
        close,
        close + 1,
        "",
        item.start,
        item.end - 1,
        "A quotation that is never closed.",
    )


_PRONOUN_SPEECH = re.compile(
    r"\b(?:he|she|they)\b[^.]{0,40}?" + _SPEECH.pattern + "|" + _SPEECH.pattern + r" (?:he|she)\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"^[^\"“”]{2,120}:\s*$")


def _new_speaker(attribution: str, prev: str, lead: str) -> bool:
    """True when the quotation cannot pass for the previous speaker's once the attribution
    goes: a named speaker not named just before, or a pronoun with no speech and no "he" or
    "she" in the paragraph before (someone that paragraph talks about would claim it)."""
    names = [
        n
        for n in re.findall(r"\b[A-Z][a-z]+\b", attribution)
        if n not in ("He", "She", "They", "The", "Said", "But", "And")
    ]
    if names:
        return re.search(rf"\b{names[-1]}\b", prev + lead) is None
    return (
        not lead and _SPEECH.search(prev) is None and not re.search(r"\b[Hh]e\b|\b[Ss]he\b", prev)
    )


def plant_quote_no_speaker(d: Draft, rng: random.Random) -> Plant | None:
    """Strip the attribution from a paragraph that opens with its only quotation
    ('"...," she said.' -> '"..."'), or from 'He said: "..."', where the previous
    paragraph quotes nobody (so no earlier speaker carries over) and the next paragraph
    neither runs the quotation on nor opens with "she said" (so no later speaker claims it)."""
    blocks = d.blocks()
    free = {p.start for p in d.paragraphs(min_words=6)}
    sites: list[tuple[str, int, int, str, int]] = []
    for i, b in enumerate(blocks[2:], start=2):
        if b.start not in free:
            continue
        body = d.text[b.start : b.end]
        prev = d.text[blocks[i - 1].start : blocks[i - 1].end]
        q = _single_quotation(body)
        if q is None or re.search(r"[\"“”]", prev) or prev.rstrip().endswith(":"):
            continue
        o, c = q
        inner = body[o + 1 : c]
        if len(WORD.findall(inner)) < 5:
            continue
        lead = body[:o]
        opens_sentence = o == 0 or re.search(r"[.!?] $", lead) is not None
        if opens_sentence and _SPEECH.search(lead) is None and inner.endswith(","):
            # the attribution runs from the closing mark to the end of its sentence
            ends = [s.end for s in d.sentences(b) if s.end > b.start + c + 1]
            if not ends:
                continue
            attr = d.text[b.start + c + 1 : ends[0]]
            if len(WORD.findall(attr)) > 15 or not _SPEECH.search(attr) or not attr.endswith("."):
                continue
            if not _new_speaker(attr, prev, lead):
                continue
            rep = body[o] + inner[:-1] + "." + body[c]
            start, end = b.start + o, ends[0]
            variant = "attribution-after" + ("/mid-paragraph" if o else "")
        elif (
            body[c + 1 :].strip() == ""
            and _BEFORE.match(lead)
            and _SPEECH.search(lead)
            and _new_speaker(lead, prev, "")
        ):
            rep = body[o:]
            start, end = b.start, b.end
            variant = "attribution-before"
        else:
            continue
        nxt = d.text[blocks[i + 1].start : blocks[i + 1].end] if i + 1 < len(blocks) else ""
        if _starts_quote(nxt) or nxt.startswith("''") or _PRONOUN_SPEECH.search(nxt[:120]):
            continue  # a quotation running on, or "she said" next, would claim the quotation
        sites.append((variant, start, end, rep, o))
    if not sites:
        return None
    variant, start, end, rep, _ = rng.choice(sites)
    return Plant(
        "quote-no-speaker",
        variant,
        start,
        end,
        rep,
        start,
        start + len(rep),
        "A quotation with no speaker.",
    )
