"""Checks ``factcheck run`` makes before it writes anything.

Both guard a file the user would not want replaced: the baseline named in
configuration (only ``--baseline FILE`` on the command line says "this one may
be rewritten"), and an article given both to check and as ``--output``, which
the report would overwrite.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from factcheck.contract.source import InputError
from factcheck.engine.inputs import expand_paths


def write_baseline_problem(write_baseline: bool, baseline: str | None) -> str | None:
    """Why ``--write-baseline`` cannot run, or None.

    The baseline in configuration is read by every run; rewriting it because a
    flag was passed without naming the file would silently replace a reviewed
    file, so the file to write must be named on the command line.
    """
    if write_baseline and not baseline:
        return (
            "--write-baseline needs --baseline FILE on the command line (a baseline "
            "named in configuration is only read, never rewritten)"
        )
    return None


def output_problem(output: str | None, paths: Sequence[str], baseline: str | None) -> str | None:
    """Why ``--output`` cannot be written, or None: it is a file this run reads."""
    if not output or not os.path.exists(output):
        return None
    for given in paths:
        try:
            expanded = expand_paths([given]) if given != "-" else []
        except InputError:
            continue  # reported as that argument's error by the run
        for path in expanded:
            if os.path.samefile(path, output):
                return f"--output {output} is one of the files to check; write the report elsewhere"
    if baseline and os.path.exists(baseline) and os.path.samefile(baseline, output):
        return f"--output {output} is the baseline file; write the report elsewhere"
    return None
