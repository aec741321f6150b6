"""Say so when an article is not in English, instead of checking it silently.

factcheck's rules and its pipeline are English: on a German or Arabic article
they find nothing, or nonsense, and "All clear" would mislead. This host plugin
(``factcheck.langcheck``) adds a note to the file's result when the article does
not look English.

How, and why not a language-identification library: the question is only
"English or not", asked once per article, and must cost nothing next to the
parse. The share of running words that are function words (the, of, and...)
answers it: English news is about half function words, text in another language
has few English ones and many of its own. The word lists are data, not guesses:
spaCy's stop-word lists for 19 languages (``data/stopwords.json``, regenerated
from spaCy's package), which also name the likely language. Text mostly in a
non-Latin script is named by its script. No model to download or keep current,
deterministic, linear in the text, and it reads at most the first 20,000
characters. Short texts (under 30 words) are not judged.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import Counter
from importlib import resources
from typing import Any

from factcheck import hookimpl
from factcheck.contract.article import Article
from factcheck.contract.findings import Finding
from factcheck.contract.results import FileResult
from factcheck.contract.settings import Settings

SAMPLE = 20_000
MIN_WORDS = 30
#: English news copy has about half its words in the list; below this it is not English.
ENGLISH_SHARE = 0.2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@functools.cache
def _lists() -> dict[str, tuple[str, frozenset[str]]]:
    ref = resources.files("factcheck.host").joinpath("data", "stopwords.json")
    data: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return {
        code: (entry["name"], frozenset(entry["words"].split()))
        for code, entry in data["languages"].items()
    }


def _script(text: str) -> tuple[str, float]:
    """The most common script of the letters in ``text`` and its share of them."""
    scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0] for ch in text if ch.isalpha())
    if not scripts:
        return "LATIN", 1.0
    script, count = scripts.most_common(1)[0]
    return script, count / sum(scripts.values())


def not_english(text: str) -> str | None:
    """Why ``text`` does not look English (naming what it looks like), or None."""
    sample = text[:SAMPLE]
    script, share = _script(sample)
    if script != "LATIN" and share > 0.5:
        return f"it is written mostly in {script.title()} script"
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    shares = {
        code: sum(1 for w in words if w in stop) / len(words)
        for code, (_, stop) in _lists().items()
    }
    english = shares.pop("en")
    best = max(shares, key=lambda code: shares[code])
    if english >= ENGLISH_SHARE and english >= shares[best]:
        return None
    if shares[best] > english:
        name = _lists()[best][0]
        return (
            f"it looks like {name} ({shares[best]:.0%} of its words are {name} function "
            f"words, {english:.0%} English ones)"
        )
    return f"only {english:.0%} of its words are English function words"


@hookimpl
def factcheck_article_finish(
    article: Article, findings: list[Finding], settings: Settings, result: FileResult
) -> None:
    """Add a note to the file's result when the article does not look English."""
    why = not_english(article.prose)
    if why is not None:
        result.notes.append(
            f"not checked as English: {why}. factcheck's rules and language model are for "
            "English, so findings here are unreliable and missing ones prove nothing"
        )
