"""A progress bar on standard error while a long run works.

A run over an archive takes minutes, and a silent terminal looks hung. The
bar is shown only when asked for (the command line asks when standard error
is a terminal and the report format is for people) and when more than a few
files are checked; machine formats and pipes stay silent. ``tqdm`` (already a
dependency of spaCy, and declared by factcheck) is imported only then.
"""

from __future__ import annotations

import os
import sys
from typing import Any

#: No bar for runs of this many files or fewer: they finish before it would help.
MIN_FILES = 5


def _width() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except (OSError, ValueError):
        return 0


class Progress:
    """Counts checked files; draws a bar only when enabled and worth it."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self._bar: Any = None
        if enabled and total > MIN_FILES:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total,
                unit="file",
                file=sys.stderr,
                desc="factcheck",
                leave=False,
                # A terminal that reports no size (a bare pseudo-terminal) would get no bar.
                dynamic_ncols=_width() > 0,
                ncols=None if _width() > 0 else 80,
                nrows=None if _width() > 0 else 24,
            )

    @property
    def shown(self) -> bool:
        """True when a bar is being drawn."""
        return self._bar is not None

    def advance(self, files: int) -> None:
        if self._bar is not None:
            self._bar.update(files)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
