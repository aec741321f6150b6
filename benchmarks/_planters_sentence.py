"""Sentence-damage planters for ``benchmarks/plant.py``: a lost capital, a sentence cut off
after a word that needs a complement, and two sentences spliced mid-clause.

Why these variants: the dev set plants each damage one way (a lowercase word after a full
stop mid-paragraph, a cut after "the"/"to"/"of", a full stop glued to the next sentence's
tail). Copy breaks in more ways than that: a lost capital opens a paragraph, a cut falls
after a possessive or a genitive noun, a lost chunk leaves a run-on without any full stop.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from _planters import DETERMINERS, FUNCTION_WORDS, POSSESSIVES, PREPOSITIONS, Draft, Plant


def plant_lowercase_start(d: Draft, rng: random.Random) -> Plant | None:
    """A sentence whose capital was lost: mid-paragraph, paragraph-initial or a name."""
    sents = d.prose_sentences(min_words=5)
    rng.shuffle(sents)
    for s in sents:
        first = d.words(s)[0]
        token = d.word(first)
        if token == "I" or token.isupper() or not token[0].isupper():
            continue
        variant = "paragraph-start" if d.text[s.start - 1] == "\n" else "mid-paragraph"
        rep = token[0].lower() + token[1:]
        return Plant(
            "lowercase-start",
            variant,
            first.start,
            first.end,
            rep,
            first.start,
            first.end,
            "Sentence starts in lowercase.",
        )
    return None


def plant_truncation(d: Draft, rng: random.Random) -> Plant | None:
    """A sentence cut off after a word that needs a complement (determiner, preposition,
    possessive pronoun or a genitive noun) and closed with a full stop."""
    variant = rng.choice(["determiner", "preposition", "possessive", "genitive"])
    wanted: Callable[[str], bool] = {
        "determiner": lambda w: w in DETERMINERS,
        "preposition": lambda w: w in PREPOSITIONS,
        "possessive": lambda w: w in POSSESSIVES,
        "genitive": lambda w: bool(re.fullmatch(r"[A-Z][a-z]+['’]s", w)),
    }[variant]
    sents = d.prose_sentences(min_words=9)
    rng.shuffle(sents)
    for s in sents:
        words = d.words(s)
        picks = [w for w in words[3:-2] if wanted(d.word(w))]
        if not picks or s.end - 1 <= picks[0].end:
            continue
        w = rng.choice(picks)
        rep = d.word(w) + "."
        return Plant(
            "truncation",
            variant,
            w.start,
            s.end,
            rep,
            w.start,
            w.start + len(rep),
            "Sentence cut off after a word that needs a complement.",
        )
    return None


def plant_splice(d: Draft, rng: random.Random) -> Plant | None:
    """Sentence A cut mid-clause and glued to the lowercase tail of sentence B.

    Variants: B is the next sentence (the words between were lost) or a sentence from
    elsewhere (a bad paste); the glue is a full stop or nothing (a run-on).
    """
    glue = rng.choice([". ", ". ", " "])
    sents = d.prose_sentences(min_words=9)
    rng.shuffle(sents)
    for a in sents:
        words_a = d.words(a)
        cuts = [w for w in words_a[3:-3] if d.word(w).islower() and d.word(w) not in FUNCTION_WORDS]
        if not cuts:
            continue
        cut = rng.choice(cuts)
        nxt = [b for b in sents if b.start > a.end and d.text[a.end : b.start] == " "]
        source = "next" if nxt and rng.random() < 0.6 else "elsewhere"
        pool = nxt if source == "next" else [b for b in sents if b != a]
        for b in pool:
            tails = [w for w in d.words(b)[2:-3] if d.word(w).islower()]
            if not tails:
                continue
            t = rng.choice(tails)
            tail_text = d.text[t.start : b.end]
            if source == "next":
                start, end, rep = cut.end, t.start, glue
            else:
                start, end, rep = cut.end, a.end, glue + tail_text
            item_end = cut.end + len(glue) + (t.end - t.start)
            return Plant(
                "splice",
                f"{source}/{'run-on' if glue == ' ' else 'full-stop'}",
                start,
                end,
                rep,
                cut.start,
                item_end,
                "A sentence broken off mid-clause; a lowercase fragment follows.",
            )
    return None
