"""What runs on a Dask worker: check one partition, write its results, return its counts.

Each worker process builds one :class:`~factcheck.engine.session.Session` per
run configuration and keeps it, so the pipeline is loaded once per worker and
not once per partition. A task writes its partition file itself, through a
temporary name renamed into place: if Dask recomputes the task (its worker
died), the file is simply written again, and a reader never sees half a file.
Records have the fields of the JSON report's ``files`` entries; in Parquet,
``findings``, ``failures`` and ``notes`` are JSON text (their ``data`` differs per rule).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import fields as dc_fields
from dataclasses import replace
from pathlib import Path
from typing import Any

from factcheck.archive.plan import Partition, is_url
from factcheck.contract.results import FileResult
from factcheck.engine.session import RunOptions, Session
from factcheck.host.reporters.json_report import file_document

FORMATS = {"parquet": ".parquet", "jsonl": ".jsonl"}
#: Files per ``nlp.pipe`` call inside a partition (the session's own batch size).
BATCH = 32

_SESSIONS: dict[str, Session] = {}


def options_digest(options: RunOptions) -> str:
    """Identifies a run configuration (which session a worker reuses, and the plan).

    Sequences are compared as lists, so the command line's lists and the API's
    tuples name the same run.
    """

    def plain(value: Any) -> Any:
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in sorted(value.items())}
        return value if isinstance(value, str | int | float | bool) or value is None else str(value)

    skip = {"paths", "stdin", "extra_plugins"}
    fields = {
        f.name: plain(getattr(options, f.name)) for f in dc_fields(options) if f.name not in skip
    }
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def session_for(options: RunOptions) -> Session:
    """This worker's session for ``options``, built (and its pipeline loaded) once."""
    key = options_digest(options)
    if key not in _SESSIONS:
        _SESSIONS[key] = Session(options)
    return _SESSIONS[key]


def _fetch(url: str, folder: str) -> str:
    """Copy a remote file into ``folder``, keeping its suffix (the reader depends on it)."""
    import fsspec

    local = os.path.join(folder, f"{uuid.uuid4().hex}{Path(url).suffix}")
    with fsspec.open(url, "rb") as src, open(local, "wb") as dst:
        dst.write(src.read())
    return local


def _relabel(result: FileResult, path: str) -> FileResult:
    """A result computed on a local copy, reported under the file's URL."""
    findings = [replace(f, path=path) for f in result.findings]
    failures = [replace(f, path=path) for f in result.failures]
    return replace(result, path=path, findings=findings, failures=failures)


def check_paths(session: Session, paths: Sequence[str]) -> list[FileResult]:
    """Results for ``paths`` (URLs fetched to a temporary folder first), in order."""
    from factcheck.engine.parallel import check_batch

    results: list[FileResult] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-archive-") as tmp:
        for i in range(0, len(paths), BATCH):
            batch = list(paths[i : i + BATCH])
            local = [_fetch(p, tmp) if is_url(p) else p for p in batch]
            for original, fr in zip(batch, check_batch(session, local), strict=True):
                results.append(_relabel(fr, original) if is_url(original) else fr)
    return results


def summarise(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Counts for the end-of-run summary."""
    severities: Counter[str] = Counter()
    out = {"files": 0, "words": 0, "findings": 0, "errors": 0, "failures": 0}
    for rec in records:
        findings = rec["findings"]
        if isinstance(findings, str):
            findings = json.loads(findings)
        failures = rec["failures"]
        if isinstance(failures, str):
            failures = json.loads(failures)
        out["files"] += 1
        out["words"] += int(rec["words"] or 0)
        out["findings"] += len(findings)
        out["errors"] += 1 if rec["error"] else 0
        out["failures"] += len(failures)
        severities.update(f["severity"] for f in findings)
    return {**out, "by_severity": dict(severities)}


def _encode(records: list[dict[str, Any]], fmt: str) -> bytes:
    if fmt == "jsonl":
        lines = (json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records)
        return "".join(f"{line}\n" for line in lines).encode("utf-8")
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            ("path", pa.string()),
            ("words", pa.int64()),
            ("error", pa.string()),
            ("findings", pa.string()),
            ("failures", pa.string()),
            ("notes", pa.string()),
        ]
    )
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for rec in records:
        columns["path"].append(rec["path"])
        columns["words"].append(rec["words"])
        columns["error"].append(rec["error"])
        columns["findings"].append(json.dumps(rec["findings"], ensure_ascii=False))
        columns["failures"].append(json.dumps(rec["failures"], ensure_ascii=False))
        columns["notes"].append(json.dumps(rec.get("notes", []), ensure_ascii=False))
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pydict(columns, schema=schema), buf)
    return buf.getvalue()


def partition_path(output: str, name: str, fmt: str) -> str:
    return f"{output.rstrip('/')}/{name}{FORMATS[fmt]}"


def write_atomically(target: str, data: bytes) -> None:
    """Write ``data`` to ``target`` (a path or URL) under a temporary name, then rename."""
    import fsspec

    fs, path = fsspec.core.url_to_fs(target)
    parent = path.rsplit("/", 1)[0]
    fs.makedirs(parent, exist_ok=True)
    tmp = f"{parent}/.{uuid.uuid4().hex}.tmp"
    with fs.open(tmp, "wb") as fh:
        fh.write(data)
    fs.mv(tmp, path)


def read_partition(output: str, name: str, fmt: str) -> list[dict[str, Any]]:
    """The records of a partition file already written (for a resumed run's summary)."""
    import fsspec

    target = partition_path(output, name, fmt)
    with fsspec.open(target, "rb") as fh:
        data = fh.read()
    if fmt == "jsonl":
        return [json.loads(line) for line in data.decode("utf-8").splitlines() if line]
    import io

    import pyarrow.parquet as pq

    return list(pq.read_table(io.BytesIO(data)).to_pylist())


def check_partition(options: RunOptions, part: Partition, output: str, fmt: str) -> dict[str, Any]:
    """The Dask task: check ``part``, write its file, return its counts."""
    session = session_for(options)
    records = [file_document(fr) for fr in check_paths(session, part.paths)]
    write_atomically(partition_path(output, part.name, fmt), _encode(records, fmt))
    return {"partition": part.name, "pid": os.getpid(), **summarise(records)}
