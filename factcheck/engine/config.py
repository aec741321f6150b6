"""Configuration: ``[tool.factcheck]`` in ``pyproject.toml`` or ``factcheck.toml``.

Found by walking up from each checked file (the nearest file wins, as in ruff);
run-wide settings (model, plugins, output) come from the configuration found
from the working directory, or ``--config``. Every key is validated: an unknown
key or a bad value is a :class:`ConfigError` naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
import functools
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.contract.findings import Severity

CONFIG_FILES = ("factcheck.toml", ".factcheck.toml", "pyproject.toml")
FAIL_ON_CHOICES = ("error", "warning", "info", "never")


class ConfigError(Exception):
    """A configuration file that cannot be used. Exit code 2."""


def _str_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v.strip() for v in value if v.strip()]
    raise ValueError("expected a list of strings")


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError("expected true or false")


def _positive_int(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise ValueError("expected a positive whole number")


def _jobs(value: Any) -> int | str:
    if value == "auto":
        return "auto"
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise ValueError('expected a positive whole number or "auto"')


def _string(value: Any) -> str:
    if isinstance(value, str) and value.strip():
        return value.strip()
    raise ValueError("expected a non-empty string")


def _fail_on(value: Any) -> str:
    if isinstance(value, str) and value.lower() in FAIL_ON_CHOICES:
        return value.lower()
    raise ValueError(f"expected one of {', '.join(FAIL_ON_CHOICES)}")


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError("expected a date as YYYY-MM-DD")


def _severity_map(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError('expected a table such as { "FC3" = "warning" }')
    out: dict[str, str] = {}
    for key, sev in value.items():
        if not isinstance(sev, str):
            raise ValueError(f"severity for {key!r} must be a string")
        Severity.parse(sev)
        out[str(key)] = sev.lower()
    return out


def _list_map(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ValueError('expected a table such as { "archive/**" = ["FC4"] }')
    return {str(k): _str_list(v) for k, v in value.items()}


def _table_of_tables(value: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ValueError("expected a table of tables, one per rule or plugin name")
    return {str(k): dict(v) for k, v in value.items()}


#: Every key the host understands, with its validator.
KEYS: dict[str, Callable[[Any], Any]] = {
    "select": _str_list,
    "ignore": _str_list,
    "extend-select": _str_list,
    "per-file-ignores": _list_map,
    "severity": _severity_map,
    "fail-on": _fail_on,
    "model": _string,
    "published": _date,
    "disable-plugins": _str_list,
    "format": _string,
    "baseline": _string,
    "facts": _str_list,
    "exclude": _str_list,
    "report-unused-suppressions": _bool,
    "max-file-size": _positive_int,
    "rule-options": _table_of_tables,
    "plugin-options": _table_of_tables,
    "jobs": _jobs,
    "cache-dir": _string,
}
#: Keys whose string values are paths, resolved relative to the config file.
PATH_KEYS = ("baseline", "facts", "cache-dir")


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
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from exc
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        section = tool.get("factcheck") if isinstance(tool, dict) else None
        return section if isinstance(section, dict) else None
    return data


def validate(table: Mapping[str, Any], path: Path | None) -> dict[str, Any]:
    """Check every key and value; return the normalised settings."""
    where = str(path) if path else "command line"
    section = "[tool.factcheck]" if path and path.name == "pyproject.toml" else ""
    out: dict[str, Any] = {}
    for key, value in table.items():
        validator = KEYS.get(key)
        if validator is None:
            known = ", ".join(sorted(KEYS))
            raise ConfigError(
                f"{where}: unknown key {section}{' ' if section else ''}{key!r}"
                f" (known keys: {known})"
            )
        try:
            norm = validator(value)
        except ValueError as exc:
            raise ConfigError(f"{where}: bad value for {key!r}: {exc} (got {value!r})") from exc
        if key in PATH_KEYS and path is not None:
            base = path.parent
            norm = (
                [str((base / p).resolve()) for p in norm]
                if isinstance(norm, list)
                else str((base / norm).resolve())
            )
        out[key] = norm
    return out


def load_file(path: Path) -> FileConfig:
    """Read and validate one configuration file."""
    table = _table_of(path)
    return FileConfig(path=path, values=validate(table or {}, path))


@functools.lru_cache(maxsize=256)
def _find_in(directory: Path) -> Path | None:
    for name in CONFIG_FILES:
        candidate = directory / name
        if candidate.is_file():
            if name == "pyproject.toml" and _table_of(candidate) is None:
                continue
            return candidate
    parent = directory.parent
    return None if parent == directory else _find_in(parent)


def discover(start: Path) -> FileConfig:
    """The nearest configuration for ``start`` (a file or folder), or empty settings."""
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    found = _find_in(directory)
    return load_file(found) if found else FileConfig(path=None)


def clear_cache() -> None:
    """Forget discovered files (tests that write config files call this)."""
    _find_in.cache_clear()
