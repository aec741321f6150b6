"""Which files an archive run covers, and how they are cut into partitions.

Inputs are local folders, files and globs (expanded exactly as ``factcheck
run`` expands them, so paths and order match its report), fsspec URLs
(``s3://bucket/2019/**/*.txt``, ``gcs://...``) and manifests (one path or URL
per line). Partitions are consecutive runs of the sorted list, named
``part-00000``... A partition is the unit of work, of output and of resuming,
so the plan is written beside the output (``_plan.json``) and a rerun must
find the same plan there before it skips anything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.contract.source import InputError
from factcheck.engine.inputs import SUPPORTED_SUFFIXES, expand_paths

PLAN_FILE = "_plan.json"


def is_url(path: str) -> bool:
    """True for an fsspec URL (``s3://``, ``memory://``, ``file://``...)."""
    return "://" in path


def _expand_url(url: str) -> list[str]:
    import fsspec

    fs, _token, found = fsspec.core.get_fs_token_paths(url)
    if fs.isdir(found[0]) if len(found) == 1 else False:
        found = fs.find(found[0])
    protocol = fs.protocol[0] if isinstance(fs.protocol, tuple) else fs.protocol
    keep = [p for p in found if Path(p).suffix.lower() in SUPPORTED_SUFFIXES]
    return sorted(p if is_url(p) else f"{protocol}://{p}" for p in keep)


def expand_inputs(inputs: Sequence[str], manifests: Sequence[str] = ()) -> list[str]:
    """Every file of ``inputs`` and of the ``manifests``, first occurrence kept."""
    items = list(inputs)
    for manifest in manifests:
        text = Path(manifest).read_text(encoding="utf-8")
        items.extend(ln.strip() for ln in text.splitlines() if ln.strip() and ln[0] != "#")
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        try:
            found = _expand_url(item) if is_url(item) else expand_paths([item])
        except InputError as exc:
            raise InputError(f"{item}: {exc}") from None
        for path in found:
            if path not in seen:
                seen.add(path)
                out.append(path)
    return out


@dataclass(frozen=True)
class Partition:
    """One unit of work: its name and the files it checks."""

    name: str
    paths: tuple[str, ...]


def partition(paths: Sequence[str], size: int) -> list[Partition]:
    """Consecutive slices of ``size`` files, in input order."""
    return [
        Partition(f"part-{i // size:05d}", tuple(paths[i : i + size]))
        for i in range(0, len(paths), size)
    ]


def plan_document(parts: Sequence[Partition], options_digest: str) -> dict[str, object]:
    """What ``_plan.json`` holds: enough to tell whether a rerun is the same run."""
    listing = json.dumps([[p.name, list(p.paths)] for p in parts]).encode()
    return {
        "partitions": len(parts),
        "files": sum(len(p.paths) for p in parts),
        "files_digest": hashlib.sha256(listing).hexdigest(),
        "options_digest": options_digest,
    }
