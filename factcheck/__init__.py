"""factcheck: a fact-check and consistency checker for editorial copy.

The package is a small pluggy host. Everything that flags a problem is a rule
plugin (the built-in ones live in :mod:`factcheck_rules`); everything that
writes a report is a reporter plugin. This module stays import-light: importing
:mod:`factcheck` must never import spaCy, so that ``factcheck --help`` is fast.
"""

from __future__ import annotations

import pluggy

__version__ = "0.1.0"

PROJECT_NAME = "factcheck"

#: Marker for hook implementations: ``@hookimpl def factcheck_register_rules(): ...``
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

__all__ = ["PROJECT_NAME", "__version__", "hookimpl"]
