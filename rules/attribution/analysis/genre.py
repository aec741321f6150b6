"""Genre: is the article a signed opinion piece?

In news copy an evaluative word in the writer's voice is the paper's own
claim and needs a source (FC404). In a signed opinion piece it is the
writer's declared view: the byline is the attribution. Two signals say so,
both taken from the article itself:

* a kicker or section label above the text ("Opinion: ...", "COMMENT |",
  a line that is only "Editorial"), from ``data/opinion-labels.txt``;
* a byline ("By Jane Doe") in the first blocks together with a writer who
  speaks in the first person singular outside quotations (at least
  :data:`FIRST_PERSON` times): a columnist arguing, not a reporter reporting.
"""

from __future__ import annotations

import re

from factcheck import Article, DerivedKey
from factcheck.language.nouns import OPINION_LABELS
from factcheck.language.words import alternation

#: First-person singular pronouns outside quotations that make a bylined piece a column.
FIRST_PERSON = 3
#: How many blocks from the top may hold the label or the byline.
TOP_BLOCKS = 4

_LABEL = re.compile(
    rf"\s*{alternation(OPINION_LABELS)}\s*(?:[:|—–-]|$)", re.IGNORECASE | re.MULTILINE
)
_BYLINE = re.compile(r"\s*By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$")
_FIRST = re.compile(r"\b(?:I|me|my|myself)\b")
_KEY: DerivedKey[bool] = DerivedKey("factcheck_rules.attribution.opinion")


def _compute(article: Article) -> bool:
    top = [b for b in article.blocks if b.kind != "code"][:TOP_BLOCKS]
    lines = [article.text[b.start : b.end] for b in top]
    if any(_LABEL.match(line) for line in lines):
        return True
    if not any(_BYLINE.match(line) for line in lines):
        return False
    first = 0
    for match in _FIRST.finditer(article.text):
        if not article.in_quotation(match.start(), match.end()):
            first += 1
    return first >= FIRST_PERSON


def is_opinion(article: Article) -> bool:
    """True for a signed opinion piece (see the module docstring)."""
    return article.derived(_KEY, _compute)
