"""Configuration: ``[tool.factcheck]`` in ``pyproject.toml`` or ``factcheck.toml``.

Found by walking up from each checked file (the nearest file wins, as in ruff);
run-wide settings (model, plugins, output) come from the configuration found
from the working directory, or ``--config``. Every key is validated against
the knob table (:mod:`factcheck.engine.knobs`): an unknown key or a bad value is
a :class:`ConfigError` naming the file and the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.contract.settings import ConfigError
from factcheck.engine.knobs import CONFIG_KEYS, KNOB
from factcheck.engine.suggest import did_you_mean

CONFIG_FILES = ("factcheck.toml", ".factcheck.toml", "pyproject.toml")

__all__ = ["CONFIG_FILES", "ConfigError", "FileConfig", "discover", "load_file", "validate"]


@dataclass(frozen=True)
class FileConfig:
    """One configuration file's validated settings and where it lives."""

    path: Path | None
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        """The folder relative paths in the file refer to."""
        return self.path.parent if self.path else Path.cwd()

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


def _table_of(path: Path) -> dict[str, Any] | None:
    """The factcheck settings in ``path``: ``[tool.factcheck]``, or the top level.

    ``pyproject.toml`` keeps them in ``[tool.factcheck]`` (None when it has no
    such table). Any other file (``factcheck.toml``, or whatever ``--config``
    names) may hold them at the top level or, like a pyproject file, in
    ``[tool.factcheck]``: a ``tool`` table is read that way, so ``--config
    other.toml`` works with a copy of a ``pyproject.toml``.
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from exc
    tool = data.get("tool")
    if path.name != "pyproject.toml" and not isinstance(tool, dict):
        return data
    section = tool.get("factcheck") if isinstance(tool, dict) else None
    if path.name == "pyproject.toml":
        return section if isinstance(section, dict) else None
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: has a [tool] table but no [tool.factcheck] table")
    others = sorted(k for k in data if k != "tool")
    if others:
        raise ConfigError(
            f"{path}: settings both at the top level ({', '.join(others)}) and in "
            "[tool.factcheck]; keep them in one place"
        )
    return section


def validate(table: Mapping[str, Any], path: Path | None) -> dict[str, Any]:
    """Check every key and value; return the normalised settings.

    Values that name rules, plugins, rule options or formats are checked
    against what is installed later, by :mod:`factcheck.engine.validation`.
    """
    where = str(path) if path else "command line"
    section = "[tool.factcheck]" if path and path.name == "pyproject.toml" else ""
    out: dict[str, Any] = {}
    for key, value in table.items():
        knob = KNOB.get(key)
        if knob is None or not knob.config:
            known = ", ".join(sorted(CONFIG_KEYS))
            raise ConfigError(
                f"{where}: unknown key {section}{' ' if section else ''}{key!r}"
                f"{did_you_mean(key, CONFIG_KEYS)} (known keys: {known})"
            )
        try:
            norm = knob.parse(value)
        except ValueError as exc:
            raise ConfigError(f"{where}: bad value for {key!r}: {exc} (got {value!r})") from exc
        if knob.relative and path is not None:
            base = path.parent
            norm = (
                [str((base / p).resolve()) for p in norm]
                if isinstance(norm, list)
                else str((base / str(norm)).resolve())
            )
        out[key] = norm
    return out


def load_file(path: Path) -> FileConfig:
    """Read and validate one configuration file."""
    table = _table_of(path)
    return FileConfig(path=path, values=validate(table or {}, path))


def _find_in(directory: Path) -> Path | None:
    """The nearest configuration file in ``directory`` or above it.

    Not cached: a session remembers the answer per folder, and a cache for the
    whole process would keep answering after a test or a long-lived caller
    writes a new file.
    """
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and _table_of(candidate) is None:
                    continue
                return candidate
    return None


def discover(start: Path) -> FileConfig:
    """The nearest configuration for ``start`` (a file or folder), or empty settings."""
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    found = _find_in(directory)
    return load_file(found) if found else FileConfig(path=None)
