"""Which rules run on which file, and at what severity.

Selectors are rule codes or code prefixes (``FC``, ``FC3``, ``FC301``), rule
names (``doubled-word``), or ``ALL``. As in ruff, the most specific selector
decides: ``select = ["FC3"]`` with ``ignore = ["FC301"]`` runs every date
rule but one; on a tie, ignore wins.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from factcheck.contract.findings import Severity
from factcheck.contract.selectors import specificity
from factcheck.engine.registry import RegisteredRule
from factcheck.engine.validation import SelectorError, check_selectors

__all__ = [
    "Selection",
    "SelectorError",
    "build_selection",
    "check_selectors",
    "per_file_ignores",
    "severity_for",
    "severity_override",
]


def _specificity(selector: str, rule: RegisteredRule) -> int:
    return specificity(selector, rule.code, rule.name)


@dataclass(frozen=True)
class Selection:
    """Resolved select/ignore lists; decides rule by rule."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()

    def enabled(self, rule: RegisteredRule) -> bool:
        best_sel = max((_specificity(s, rule) for s in self.select), default=0)
        best_ign = max((_specificity(s, rule) for s in self.ignore), default=0)
        return best_sel > 0 and best_sel > best_ign

    def filter(self, rules: Iterable[RegisteredRule]) -> list[RegisteredRule]:
        return [r for r in rules if self.enabled(r)]


def build_selection(
    config_select: Sequence[str] | None,
    config_ignore: Sequence[str],
    config_extend: Sequence[str],
    cli_select: Sequence[str] | None,
    cli_ignore: Sequence[str],
    cli_extend: Sequence[str],
) -> Selection:
    """Combine config and command line: ``--select`` replaces, the others add."""
    select = list(cli_select if cli_select else (config_select or ["ALL"]))
    select += list(config_extend) + list(cli_extend)
    ignore = list(config_ignore) + list(cli_ignore)
    return Selection(tuple(select), tuple(ignore))


def per_file_ignores(path: str, patterns: Mapping[str, Sequence[str]], root: Path) -> list[str]:
    """Selectors ignored for ``path`` by ``per-file-ignores`` globs (relative to ``root``)."""
    if path == "-" or not patterns:
        return []
    p = Path(path).resolve()
    try:
        rel = PurePath(p.relative_to(root.resolve())).as_posix()
    except ValueError:
        rel = p.as_posix()
    out: list[str] = []
    for pattern, selectors in patterns.items():
        if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(p.name, pattern):
            out.extend(selectors)
    return out


def severity_override(rule: RegisteredRule, overrides: Mapping[str, str]) -> Severity | None:
    """The severity the most specific matching selector of ``overrides`` sets, if any."""
    best = 0
    severity: Severity | None = None
    for selector, value in overrides.items():
        spec = _specificity(selector, rule)
        if spec > best:
            best, severity = spec, Severity.parse(value)
    return severity


def severity_for(rule: RegisteredRule, overrides: Mapping[str, str]) -> Severity:
    """The rule's severity after the most specific override, or its default."""
    return severity_override(rule, overrides) or rule.cls.severity
