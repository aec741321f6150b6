"""A small folder of varied articles for the worker, cache and archive tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import CLEAN_ARTICLE, DOUBLED_ARTICLE, write

#: Exercises rules that need the parse (pronouns, dates, attribution) and those that do not.
ARTICLES = {
    "a/clean.txt": CLEAN_ARTICLE,
    "a/doubled.txt": DOUBLED_ARTICLE,
    "b/dates.md": "# Talks resume\n\nOSLO, Friday 14 March 2024 - Norway said he would sign "
    "the deal on Wednesday. Last year the the talks failed.\n",
    "b/quote.txt": 'Minister quits\n\n"We will not give up, the minister said on Monday.\n',
    "c/mojibake.txt": "Prices rise\n\nA season ticket costs \u00c2\u00a3240, officials said.\n",
    "c/page.html": "<html><head><title>Storm | Coastal Times</title></head><body>"
    "<h1>Storm hits coast</h1><p>The storm hit the the coast on Tuesday.</p></body></html>",
    "d/empty.txt": "   \n",
    "d/long.txt": "\n\n".join(
        f"Paragraph {i}: the council said the plan costs {i} million pounds." for i in range(40)
    )
    + "\n",
}


def make_folder(root: Path, count: int = 0) -> Path:
    """Write :data:`ARTICLES` (plus ``count`` numbered copies) under ``root/copy``."""
    folder = root / "copy"
    for name, text in ARTICLES.items():
        write(folder / name, text)
    for i in range(count):
        write(folder / "e" / f"{i:03d}.txt", DOUBLED_ARTICLE.replace("4%", f"{i}%"))
    return folder
