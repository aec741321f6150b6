"""A reader that stops reading (``factcheck run ... | head``) is not an error of factcheck.

Writing to a pipe whose reader has gone raises ``BrokenPipeError``. It used to
surface as "format 'text' failed" with exit code 3, the code for a crashed
plugin, so ``set -o pipefail`` scripts failed for a report that was simply cut
short on purpose. Now the rest of the output is discarded, as ``grep`` and ``git``
do, and the command exits with the code its results call for.
"""

from __future__ import annotations

import os
import sys


def discard_stdout() -> None:
    """Point standard output at the null device, so nothing more fails to be written.

    Python flushes ``sys.stdout`` again at exit; with the pipe closed that would
    print "Exception ignored ... BrokenPipeError" on standard error.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (a test's captured stream)
        pass
