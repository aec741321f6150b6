"""The reporter contract: output formats are plugins too."""

from __future__ import annotations

from typing import IO, ClassVar

from factcheck.contract.results import RunResult


class Reporter:
    """Renders a :class:`RunResult` in one format.

    Register subclasses through ``factcheck_register_reporters``. ``name`` is
    what ``--format`` takes. ``render`` writes to ``out`` (a text stream);
    ``color`` is True only when ``out`` is a terminal and colour was not
    turned off.
    """

    name: ClassVar[str]
    description: ClassVar[str] = ""
    plugin_name: str = ""

    def __init__(self, *, color: bool = False) -> None:
        self.color = color

    def render(self, result: RunResult, out: IO[str]) -> None:
        """Write the report for ``result`` to ``out``."""
        raise NotImplementedError
