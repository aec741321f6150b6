"""The built-in readers: plain text, Markdown and HTML become an Article.

Registered by the host as the plugin ``factcheck.readers``. The hook runs
last (``trylast``) so that a third-party plugin can take over any format,
including the built-in ones, by returning an article first.
"""

from __future__ import annotations

from collections.abc import Callable

from factcheck import hookimpl
from factcheck.contract.article import Article
from factcheck.contract.settings import Settings
from factcheck.contract.source import Source

Reader = Callable[[Source, Settings], Article]


def _readers() -> dict[str, Reader]:
    # Imported on first use: ``factcheck --help`` loads this plugin and must stay fast.
    from factcheck.host.readers.html import read_html
    from factcheck.host.readers.md import read_md
    from factcheck.host.readers.txt import read_txt

    return {"txt": read_txt, "md": read_md, "html": read_html}


@hookimpl(trylast=True)
def factcheck_read_article(source: Source, settings: Settings) -> Article | None:
    """Read ``source`` with the reader for its format; None for a format we do not know."""
    reader = _readers().get(source.format)
    return None if reader is None else reader(source, settings)


__all__ = ["factcheck_read_article"]
