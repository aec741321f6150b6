"""The pluggy markers: the project name that ties hook specifications to implementations."""

from __future__ import annotations

import pluggy

PROJECT_NAME = "factcheck"

#: Marker for hook implementations: ``@hookimpl def factcheck_register_rules(): ...``
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

#: Marker for hook specifications (the host's own, in :mod:`factcheck.contract.hookspecs`).
hookspec = pluggy.HookspecMarker(PROJECT_NAME)
