"""The ``factcheck`` command line, one module per command.

:mod:`.app` holds the group and the entry point, :mod:`.options` what the
commands share; :mod:`.run`, :mod:`.rules` (``rules`` and ``rule``),
:mod:`.plugins` and :mod:`.parse` one command each. The console script is
``factcheck.cli:main``.
"""

from __future__ import annotations

from factcheck.cli.app import cli, main

__all__ = ["cli", "main"]
