"""The baseline: findings already known, so CI fails only on new ones.

A newsroom adopting factcheck on an archive of thousands of articles cannot
fix every old finding before turning the check on. ``--write-baseline``
records the current findings in a JSON file; ``--baseline FILE`` then drops
exactly those, so a pull request fails only for what it introduces.

Findings are matched by (path, rule, fingerprint). The fingerprint
(:mod:`factcheck.engine.fingerprints`) is built from the flagged text and its
paragraph, not its line, so an edit elsewhere in the article keeps old
findings matched while a new problem, even of the same rule, is reported.
Each entry absorbs one finding at most (a multiset): two identical findings
need two entries. Paths are stored relative to the baseline file's folder,
with forward slashes, so the file works from any working directory and on
any operating system.

The file::

    {"version": 1, "tool": "factcheck",
     "findings": [{"path": "2023/budget.md", "rule": "FC301",
                   "fingerprint": "9f0c...", "excerpt": "Tuesday", "line": 12}]}

``excerpt`` and ``line`` are for people reading the file; matching ignores them.

Per-run state lives on a :class:`BaselinePlugin` made by :func:`make_plugin`,
registered as ``factcheck.baseline``. After a run, its :meth:`~BaselinePlugin.unused`
lists the entries no finding matched: findings since fixed (or files not
checked in this run), a sign that the baseline can be rewritten smaller.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck import hookimpl
from factcheck.contract.article import Article
from factcheck.contract.findings import Finding
from factcheck.contract.results import RunResult
from factcheck.contract.settings import ConfigError, Settings

BASELINE_VERSION = 1
TOOL = "factcheck"
#: What :meth:`BaselinePlugin.factcheck_ignore_finding` returns for a dropped finding.
REASON = "baseline"

Key = tuple[str, str, str]


@dataclass(frozen=True, order=True)
class BaselineEntry:
    """One recorded finding. Field order is the file's sort order."""

    path: str
    line: int
    rule: str
    fingerprint: str
    excerpt: str = ""

    @property
    def key(self) -> Key:
        """What a finding must share with the entry to be dropped."""
        return (self.path, self.rule, self.fingerprint)

    def to_dict(self) -> dict[str, Any]:
        """The entry as stored, in the documented key order."""
        return {
            "path": self.path,
            "rule": self.rule,
            "fingerprint": self.fingerprint,
            "excerpt": self.excerpt,
            "line": self.line,
        }


def relative_path(path: str, base_dir: Path) -> str:
    """``path`` relative to ``base_dir``, with forward slashes.

    Both sides are resolved, so ``copy/a.md``, ``./copy/a.md`` and an absolute
    path name the same entry. Standard input (``-``) is stored as given; a
    path on another drive (Windows) is stored absolute.
    """
    if path == "-" or path.startswith("<"):
        return path
    target = Path(path).resolve()
    try:
        rel = os.path.relpath(target, base_dir)
    except ValueError:
        return target.as_posix()
    return Path(rel).as_posix()


def entries_for(findings: Iterable[Finding], base_dir: Path) -> list[BaselineEntry]:
    """Baseline entries for ``findings``, sorted (path, line, rule, fingerprint)."""
    return sorted(
        BaselineEntry(
            path=relative_path(f.path, base_dir),
            line=f.line,
            rule=f.rule,
            fingerprint=f.fingerprint,
            excerpt=f.excerpt,
        )
        for f in findings
    )


def write_baseline(path: Path, result: RunResult) -> None:
    """Record every finding of ``result`` in ``path``, replacing the file atomically.

    Called from ``factcheck_run_finish`` on a ``--write-baseline`` run. The write goes
    through a temporary file in the same folder, so an interrupted run never
    leaves a half-written baseline for CI to trip on. Raises
    :class:`~factcheck.engine.config.ConfigError` (exit code 2) when the file cannot
    be written.
    """
    path = path.resolve()
    entries = entries_for(result.findings, path.parent)
    document = {
        "version": BASELINE_VERSION,
        "tool": TOOL,
        "findings": [e.to_dict() for e in entries],
    }
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ConfigError(f"cannot write baseline file {path}: {exc}") from exc


def _entry(item: Any, index: int, where: str) -> BaselineEntry:
    if not isinstance(item, Mapping):
        raise ConfigError(f"{where}: findings[{index}] is not an object")
    for key in ("path", "rule", "fingerprint"):
        if not isinstance(item.get(key), str) or not item[key]:
            raise ConfigError(f"{where}: findings[{index}] lacks a string {key!r}")
    line = item.get("line", 0)
    excerpt = item.get("excerpt", "")
    if not isinstance(line, int) or isinstance(line, bool):
        raise ConfigError(f"{where}: findings[{index}].line is not a whole number")
    if not isinstance(excerpt, str):
        raise ConfigError(f"{where}: findings[{index}].excerpt is not a string")
    return BaselineEntry(item["path"], line, item["rule"], item["fingerprint"], excerpt)


def load_baseline(path: Path) -> list[BaselineEntry]:
    """Read and validate a baseline file; :class:`ConfigError` says what is wrong.

    A missing or broken baseline must stop the run (exit code 2) rather than
    be treated as empty: in CI that would suddenly report the whole archive,
    or, worse, quietly pass with a baseline nobody reads.
    """
    where = f"baseline file {path}"
    if not path.exists():
        raise ConfigError(
            f"{where} does not exist; create it with "
            f"`factcheck run --baseline {path} --write-baseline PATHS...`"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{where} is not valid JSON: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where} cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a JSON object with 'version' and 'findings'")
    if data.get("tool") != TOOL:
        raise ConfigError(f'{where}: not a factcheck baseline ("tool" is {data.get("tool")!r})')
    if data.get("version") != BASELINE_VERSION:
        raise ConfigError(
            f"{where}: unsupported version {data.get('version')!r} "
            f"(this factcheck reads version {BASELINE_VERSION}); rewrite it with --write-baseline"
        )
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise ConfigError(f"{where}: 'findings' must be a list")
    return [_entry(item, i, where) for i, item in enumerate(findings)]


class BaselinePlugin:
    """The ``factcheck.baseline`` host plugin: one per run, holding the loaded entries."""

    def __init__(self) -> None:
        #: The resolved baseline file, or None when this run uses no baseline.
        self.path: Path | None = None
        self.entries: list[BaselineEntry] = []
        self._remaining: Counter[Key] = Counter()

    @hookimpl
    def factcheck_run_finish(self, result: RunResult, settings: Settings) -> None:
        """On a ``--write-baseline`` run, record every finding of the run in the baseline."""
        if settings.write_baseline and settings.baseline is not None:
            write_baseline(settings.baseline, result)

    @hookimpl
    def factcheck_configure(self, settings: Settings) -> None:
        """Load the baseline before any file is checked, so a bad file stops the run early.

        With ``write-baseline`` the file is about to be replaced, so it is not
        read (it may not exist yet) and nothing is dropped.
        """
        if settings.baseline is None or settings.write_baseline:
            return
        path = settings.baseline.resolve()
        self.entries = load_baseline(path)
        self._remaining = Counter(e.key for e in self.entries)
        self.path = path

    @hookimpl(trylast=True)
    def factcheck_ignore_finding(
        self, finding: Finding, article: Article, settings: Settings
    ) -> str | None:
        """Drop a finding recorded in the baseline, using up one matching entry.

        ``trylast`` so inline markers and other plugins are asked first: an
        explicit marker should get the credit (and not look unused).
        """
        if self.path is None:
            return None
        key = (relative_path(finding.path, self.path.parent), finding.rule, finding.fingerprint)
        if self._remaining[key] <= 0:
            return None
        self._remaining[key] -= 1
        return REASON

    def unused(self) -> list[BaselineEntry]:
        """Entries no finding has matched so far in this run, in file order.

        After a run these are findings since fixed, or in files this run did
        not check; when the whole archive was checked, rewriting the baseline
        drops them.
        """
        left = Counter({k: n for k, n in self._remaining.items() if n > 0})
        out: list[BaselineEntry] = []
        for entry in self.entries:
            if left[entry.key] > 0:
                left[entry.key] -= 1
                out.append(entry)
        return out


def make_plugin() -> BaselinePlugin:
    """A fresh plugin per run: the host registers this object as ``factcheck.baseline``."""
    return BaselinePlugin()
