"""What a run comes to: its exit code, and its report written in the chosen format."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING

from factcheck.contract.results import RunResult
from factcheck.contract.settings import ConfigError

if TYPE_CHECKING:
    from factcheck.engine.session import Session


def exit_code(result: RunResult, *, exit_zero: bool = False) -> int:
    """0 clean, 1 findings at or above the fail level, 2 input error, 3 a rule failed."""
    if result.failures:
        return 3
    if any(f.error for f in result.files):
        return 2
    if exit_zero or result.fail_on is None:
        return 0
    threshold = result.fail_on
    return 1 if any(f.severity >= threshold for f in result.findings) else 0


def render(result: RunResult, session: Session, fmt: str, out: IO[str], *, color: bool) -> None:
    """Write ``result`` with the reporter registered for ``fmt``."""
    reporter_cls = session.reporters.get(fmt)
    if reporter_cls is None:
        raise ConfigError(
            f"unknown format {fmt!r} (available: {', '.join(sorted(session.reporters))})"
        )
    reporter_cls(color=color).render(result, out)
