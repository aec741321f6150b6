"""A decoded input and the error for one that cannot be read.

The engine turns bytes into a :class:`Source`; reader plugins turn a
:class:`Source` into an :class:`~factcheck.contract.article.Article`.
"""

from __future__ import annotations

from dataclasses import dataclass


class InputError(Exception):
    """A file that cannot be read as an article: binary, undecodable, too large, missing.

    Reported per file; the run continues with the other files and exits 2.
    """


@dataclass(frozen=True)
class Source:
    """A decoded input, before it is segmented into an article.

    ``path`` is the path as the user gave it (``-`` for standard input);
    ``text`` is the decoded text with any BOM removed; ``format`` is ``txt``,
    ``md`` or ``html``; ``encoding`` is the codec used.
    """

    path: str
    text: str
    format: str
    encoding: str = "utf-8"
