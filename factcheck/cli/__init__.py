"""The ``factcheck`` command line, one module per command."""

from __future__ import annotations

from factcheck.cli.main import cli, main

__all__ = ["cli", "main"]
