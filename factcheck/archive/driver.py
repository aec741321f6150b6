"""The archive run: plan, skip what is written, run the rest on Dask, summarise.

The driver only lists files and schedules partitions; workers do the checking
(:mod:`.worker`). Work goes through ``client.submit``, so the scheduler keeps
every task until its result arrives: when a worker dies, its partitions are
recomputed on another worker, and since each task writes its own file, the
output is complete and each partition written once per success.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from factcheck.archive import INSTALL_HINT
from factcheck.archive.plan import PLAN_FILE, expand_inputs, partition, plan_document
from factcheck.contract.findings import Severity
from factcheck.engine.session import RunOptions, Session

#: Files per partition: ~40 s of work for one worker on news copy.
DEFAULT_PARTITION_SIZE = 200


class ArchiveError(Exception):
    """The archive run cannot start (missing packages, a different run in the output)."""


@dataclass
class ArchiveSummary:
    """What the run did, printed at the end."""

    partitions: int = 0
    skipped: int = 0
    totals: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0
    dashboard: str | None = None
    workers: int = 0
    #: Words checked in this run (not counting partitions skipped).
    words_checked: int = 0

    def lines(self) -> list[str]:
        t = self.totals
        rate = self.words_checked / self.seconds if self.seconds else 0.0
        sev = t.get("by_severity", {})
        return [
            f"{self.partitions} partitions ({self.skipped} already written, skipped), "
            f"{self.workers} workers",
            f"{t.get('files', 0)} files, {t.get('words', 0):,} words; checked "
            f"{self.words_checked:,} words in {self.seconds:.1f} s ({rate:,.0f} words/s)",
            f"{t.get('findings', 0)} findings ("
            + ", ".join(f"{s.label} {sev.get(s.label, 0)}" for s in sorted(Severity, reverse=True))
            + f"), {t.get('errors', 0)} files with errors, {t.get('failures', 0)} rule failures",
        ]

    def exit_code(self, fail_on: Severity | None) -> int:
        """As ``factcheck run``: 3 a rule failed, 2 an input error, 1 findings at fail-on."""
        t = self.totals
        if t.get("failures"):
            return 3
        if t.get("errors"):
            return 2
        if fail_on is None:
            return 0
        sev = t.get("by_severity", {})
        return 1 if any(sev.get(s.label, 0) for s in Severity if s >= fail_on) else 0


def _add(totals: dict[str, Any], part: dict[str, Any]) -> None:
    for key in ("files", "words", "findings", "errors", "failures"):
        totals[key] = totals.get(key, 0) + part[key]
    by = totals.setdefault("by_severity", {})
    for label, n in part["by_severity"].items():
        by[label] = by.get(label, 0) + n


def _check_plan(output: str, document: dict[str, Any]) -> None:
    """Write ``_plan.json``, or make sure the one there describes this same run."""
    import fsspec

    from factcheck.archive.worker import write_atomically

    fs, root = fsspec.core.url_to_fs(output)
    target = f"{root.rstrip('/')}/{PLAN_FILE}"
    if fs.exists(target):
        with fs.open(target, "rb") as fh:
            found = json.loads(fh.read())
        if found != document:
            raise ArchiveError(
                f"{output} holds the results of another run (other files or options); "
                "give a new --output folder, or delete that one"
            )
        return
    write_atomically(f"{output.rstrip('/')}/{PLAN_FILE}", json.dumps(document).encode())


def run_archive(
    options: RunOptions,
    inputs: Sequence[str],
    *,
    output: str,
    fmt: str = "parquet",
    manifests: Sequence[str] = (),
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    echo: Callable[[str], None] = print,
    cluster_options: dict[str, Any] | None = None,
) -> tuple[ArchiveSummary, Session]:
    """Check ``inputs`` on a Dask cluster, writing one file per partition under ``output``."""
    try:
        import distributed
        import fsspec
    except ImportError as exc:
        raise ArchiveError(f"{INSTALL_HINT} ({exc})") from None
    from factcheck.archive.worker import (
        check_partition,
        options_digest,
        partition_path,
        read_partition,
        summarise,
    )
    from factcheck.engine.parallel import available_cores

    dask: Any = distributed  # untyped

    session = Session(options)  # validates selection, configuration and plugins here
    parts = partition(expand_inputs(inputs, manifests), partition_size)
    digest = options_digest(options)
    _check_plan(output, plan_document(parts, digest))
    fs, _root = fsspec.core.url_to_fs(output)
    summary = ArchiveSummary(partitions=len(parts))
    todo = []
    for part in parts:
        if fs.exists(fsspec.core.url_to_fs(partition_path(output, part.name, fmt))[1]):
            summary.skipped += 1
            _add(summary.totals, summarise(read_partition(output, part.name, fmt)))
        else:
            todo.append(part)
    started = time.perf_counter()
    if todo:
        cluster: Any = None
        if scheduler:
            client = dask.Client(scheduler)
        else:
            n = workers or available_cores()
            kwargs = {"dashboard_address": ":8787", **(cluster_options or {})}
            cluster = dask.LocalCluster(n_workers=n, threads_per_worker=1, processes=True, **kwargs)
            client = dask.Client(cluster)
        try:
            summary.dashboard = client.dashboard_link
            echo(f"dashboard: {summary.dashboard}")
            summary.workers = len(client.scheduler_info().get("workers", {}))
            futures = [
                client.submit(
                    check_partition,
                    options,
                    part,
                    output,
                    fmt,
                    key=f"factcheck-{part.name}-{digest[:12]}",
                )
                for part in todo
            ]
            for future in dask.as_completed(futures):
                counts = future.result()
                _add(summary.totals, counts)
                summary.words_checked += counts["words"]
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    summary.seconds = time.perf_counter() - started
    return summary, session
