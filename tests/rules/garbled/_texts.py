"""Build small, realistic articles for the garbled-family tests (our own sentences)."""

from __future__ import annotations

HEADLINE = "Harbour town votes to restore its old ferry link"


def article(*paragraphs: str, headline: str = HEADLINE) -> str:
    """A headline, then the paragraphs separated by blank lines, as a CMS exports them."""
    return "\n\n".join([headline, *paragraphs]) + "\n"


LEAD = (
    "Residents of Portwenn voted on Thursday to bring back the ferry service that once "
    "linked the town with the mainland."
)
SECOND = "The council will now ask three operators to bid for a five-year contract."
