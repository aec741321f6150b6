"""A cache of per-file results, so that an unchanged article costs a hash and a read.

A newsroom runs factcheck in CI on every change to its copy; most articles did
not change since the last run. As ruff's ``.ruff_cache`` does, a result is
stored under a key made of everything that can change it:

* the file's bytes and the path it is reported under (findings carry the path,
  and per-file ignores and the baseline match on it);
* the effective configuration for that file: the enabled rules, their
  severities and options, and every run setting that reaches the rules
  (model name, publication date, plugin options, ...), plus the *contents* of
  the facts files and of the baseline;
* the versions of factcheck and of every plugin, with a hash of their source
  files (an edit to a rule during development must not serve stale results),
  the model's ``meta.json`` and ``config.cfg``, and the spaCy and Python versions.

Only clean results are stored: a file that could not be read, or on which a
rule or the pipeline failed, is checked again next time. Entries are written
to a temporary file and renamed into place, so two runs sharing a cache never
see half an entry; an entry that cannot be read is a miss. Entries are
pickles read back by an unpickler that only builds factcheck's own result
classes, so a tampered cache cannot run code.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata as md
import io
import json
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.contract.findings import _frozen
from factcheck.contract.results import FileResult
from factcheck.engine.config import ConfigError
from factcheck.engine.selection import SelectorError

if TYPE_CHECKING:
    from factcheck.engine.session import Session

#: The default cache folder, in the working directory (as ruff's ``.ruff_cache``).
CACHE_DIRNAME = ".factcheck_cache"
#: Environment variables that override the configuration (as RUFF_NO_CACHE / RUFF_CACHE_DIR).
ENV_NO_CACHE = "FACTCHECK_NO_CACHE"
ENV_CACHE_DIR = "FACTCHECK_CACHE_DIR"
#: Run settings that never change a file's result, left out of the key.
NOT_IN_KEY = frozenset({"jobs", "cache_dir", "config_file"})
#: A plugin package with more source files than this is identified by its version alone.
_MAX_SOURCE_FILES = 2000
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# A factcheck result cache.\n"


def cache_root(session: Session) -> Path | None:
    """The cache folder for this run, or None when caching is off."""
    if not session.options.cache or os.environ.get(ENV_NO_CACHE):
        return None
    if session.options.extra_plugins:
        return None  # plugin objects registered in-process have no version to key on
    configured = session.settings.cache_dir or os.environ.get(ENV_CACHE_DIR)
    return Path(configured) if configured else Path.cwd() / CACHE_DIRNAME


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_hash(path: str | Path) -> str:
    try:
        return _sha(Path(path).read_bytes())
    except OSError:
        return "missing"


def _package_sources(module_name: str) -> list[Path]:
    """The source files of the top-level package that ``module_name`` belongs to."""
    top = sys.modules.get(module_name.split(".")[0])
    where = getattr(top, "__file__", None)
    if not where:
        return []
    path = Path(where)
    if path.name != "__init__.py":
        return [path]
    files = sorted(p for p in path.parent.rglob("*.py") if "__pycache__" not in p.parts)
    return files if len(files) <= _MAX_SOURCE_FILES else []


def _code_identity(session: Session) -> dict[str, Any]:
    """Versions of factcheck and of every plugin, with a hash of their sources."""
    packages: dict[str, str] = {}
    plugins = []
    for info in sorted(session.pm.infos.values(), key=lambda i: i.name):
        plugins.append([info.name, info.version, info.distribution, info.blocked])
        plugin = None if info.blocked else session.pm.get_plugin(info.name)
        if plugin is None:
            continue
        module = plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__module__
        top = module.split(".")[0]
        if top not in packages:
            digest = hashlib.sha256()
            for src in _package_sources(module):
                digest.update(str(src.name).encode() + b"\0" + Path(src).read_bytes())
            packages[top] = digest.hexdigest()
    return {"factcheck": __version__, "plugins": plugins, "sources": packages}


def _model_identity(model: str) -> dict[str, str]:
    """The model's name and the hash of its metadata, found without importing spaCy."""
    from factcheck.nlp import DEFAULT_MODEL, shipped_model_path

    folder: Path | None = None
    if model == DEFAULT_MODEL:
        folder = shipped_model_path()
    elif Path(model).expanduser().is_dir():
        folder = Path(model).expanduser()
    else:
        try:
            import importlib.util

            spec = importlib.util.find_spec(model)
        except (ImportError, ValueError):
            spec = None
        if spec is not None and spec.submodule_search_locations:
            base = Path(next(iter(spec.submodule_search_locations)))
            inner = sorted(p.parent for p in base.glob("*/meta.json"))
            folder = inner[0] if inner else base
    meta = _file_hash(folder / "meta.json") if folder else "unknown"
    cfg = _file_hash(folder / "config.cfg") if folder else "unknown"
    try:
        spacy_version = md.version("spacy")
    except md.PackageNotFoundError:
        spacy_version = "none"
    return {"model": model, "meta": meta, "config": cfg, "spacy": spacy_version}


def run_identity(session: Session) -> str:
    """What every key of this run shares: code, model, facts and baseline contents."""
    s = session.settings
    ident = {
        "python": list(sys.version_info[:2]),
        "code": _code_identity(session),
        "model": _model_identity(s.model),
        "facts": [[f, _file_hash(f)] for f in s.facts],
        "baseline": _file_hash(s.baseline) if s.baseline is not None else None,
    }
    return _sha(json.dumps(ident, sort_keys=True, default=repr).encode())


def file_key(session: Session, run_id: str, path: str, data: bytes) -> str | None:
    """The key of ``path`` with contents ``data``; None when its configuration is broken."""
    try:
        rules, settings = session.rules_for(path)
    except (ConfigError, SelectorError):  # the file's error, reported when it is checked
        return None
    part = {
        "path": path,
        "rules": sorted(f"{r.code} {r.name} {r.plugin}" for r in rules),
        "settings": {
            f.name: getattr(settings, f.name)
            for f in dataclasses.fields(settings)
            if f.name not in NOT_IN_KEY
        },
    }
    text = json.dumps(part, sort_keys=True, default=repr).encode()
    return _sha(run_id.encode() + b"\0" + _sha(data).encode() + b"\0" + text)


def _reduce_proxy(proxy: MappingProxyType[str, Any]) -> tuple[Any, tuple[dict[str, Any]]]:
    """Findings keep ``data`` in a read-only mapping proxy, which pickle cannot store."""
    return _frozen, (dict(proxy),)


def register_for_workers() -> None:
    """Let results travel from worker processes to the parent (called before forking)."""
    from multiprocessing.reduction import ForkingPickler

    ForkingPickler.register(MappingProxyType, _reduce_proxy)


def dumps(value: object) -> bytes:
    """Pickle results (findings included)."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {MappingProxyType: _reduce_proxy}
    pickler.dump(value)
    return buf.getvalue()


class _ResultUnpickler(pickle.Unpickler):
    """Builds only factcheck's result classes and plain containers."""

    _ALLOWED = frozenset(
        {("copyreg", "_reconstructor"), (__name__, "Entry")}
        | {("builtins", n) for n in ("object", "list", "dict", "tuple", "set", "frozenset")}
    )

    def find_class(self, module: str, name: str) -> Any:
        if module.startswith("factcheck.contract.") or (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")


@dataclass(frozen=True)
class Entry:
    """A cached result and the label of the model it was computed with (None: no parse)."""

    result: FileResult
    model: str | None


@dataclass(frozen=True)
class Pending:
    """A miss: its key, and the file's (size, mtime) when the key was computed."""

    key: str
    stamp: tuple[int, int]


class ResultCache:
    """One run's view of a cache folder."""

    def __init__(self, root: Path, session: Session) -> None:
        self.root = root
        self.session = session
        self.folder = root / f"v{__version__}"
        self.run_id = run_identity(session)
        self.max_bytes = session.settings.max_file_size
        self.hits = 0
        self.stored = 0

    @classmethod
    def open(cls, session: Session) -> ResultCache | None:
        """The cache for ``session``, or None when caching is off."""
        root = cache_root(session)
        return cls(root, session) if root is not None else None

    def _entry_path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def lookup(self, paths: Sequence[str]) -> tuple[dict[str, Entry], dict[str, Pending]]:
        """Cached entries for ``paths``, and the keys under which to store the others."""
        hits: dict[str, Entry] = {}
        misses: dict[str, Pending] = {}
        for path in paths:
            if path == "-":
                continue
            try:
                st = os.stat(path)
                if not os.path.isfile(path) or (self.max_bytes and st.st_size > self.max_bytes):
                    continue
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError:
                continue
            key = file_key(self.session, self.run_id, path, data)
            if key is None:
                continue
            entry = self._load(key)
            if entry is not None and entry.result.path == path:
                hits[path] = entry
                self.hits += 1
            else:
                misses[path] = Pending(key, (st.st_size, st.st_mtime_ns))
        return hits, misses

    def _load(self, key: str) -> Entry | None:
        try:
            raw = self._entry_path(key).read_bytes()
            entry = _ResultUnpickler(io.BytesIO(raw)).load()
        except Exception:  # missing, half-written by a crashed run, or not ours
            return None
        return entry if isinstance(entry, Entry) else None

    def store(self, pending: Pending, result: FileResult, model: str | None) -> None:
        """Store a clean result, unless the file changed since its key was computed."""
        if result.error or result.failures:
            return
        try:
            st = os.stat(result.path)
        except OSError:
            return
        if (st.st_size, st.st_mtime_ns) != pending.stamp:
            return
        target = self._entry_path(pending.key)
        try:
            self._prepare(target.parent)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(dumps(Entry(result, model)))
            os.replace(tmp, target)
            self.stored += 1
        except OSError:
            return  # a read-only or full cache folder never fails a run

    def _prepare(self, folder: Path) -> None:
        if not folder.is_dir():
            folder.mkdir(parents=True, exist_ok=True)
            tag = self.root / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text(_TAG, encoding="utf-8")
                (self.root / ".gitignore").write_text("# Created by factcheck\n*\n")


def is_cache_folder(root: Path) -> bool:
    """True when ``root`` was made by factcheck (so ``cache clean`` may delete it)."""
    tag = root / "CACHEDIR.TAG"
    try:
        return tag.read_text(encoding="utf-8").startswith(_TAG.splitlines()[0])
    except OSError:
        return False


def clean(root: Path) -> bool:
    """Delete the cache folder ``root``; False when there was none. Raises ConfigError
    for a folder that is not a factcheck cache (a mistyped ``--cache-dir`` must not
    delete someone's copy)."""
    if not root.exists():
        return False
    if not is_cache_folder(root):
        raise ConfigError(f"{root} is not a factcheck cache (no CACHEDIR.TAG); not deleting it")
    shutil.rmtree(root)
    return True


def summary(root: Path) -> tuple[int, int]:
    """(entries, bytes) stored under ``root``."""
    files: Iterable[Path] = (p for p in root.rglob("*") if p.is_file()) if root.is_dir() else ()
    sizes = [p.stat().st_size for p in files if not p.name.startswith((".", "CACHEDIR"))]
    return len(sizes), sum(sizes)
