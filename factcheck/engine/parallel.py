"""Checking a run's files in worker processes (``--jobs N``), in order, through the cache.

Why processes: spaCy's pipeline holds the GIL, so threads would not help.
Starting a process costs importing spaCy and loading the model (1-8 s), so
workers are long-lived: each loads the pipeline once and then takes batches of
files until the run ends. Workers are forked from the run's process, so they
share its plugins and configuration without pickling (plugins registered
in-process included); that process itself never loads spaCy.

Output is identical to one process: batches come back as they finish and are
yielded in input order. A worker that dies (killed, out of memory, a crash in
native code) costs only its files: the batches it held are checked again one
file at a time in a fresh pool, and a file that kills a worker twice is
reported as a failure of the ``(worker)`` step (exit code 3, as for a rule).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from factcheck.contract.results import FileResult, RuleFailure
from factcheck.engine.cache import Entry, Pending, ResultCache, register_for_workers
from factcheck.engine.progress import Progress

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from factcheck.engine.session import Session

#: Files per task sent to a worker: small enough to balance two workers on a
#: hundred articles, large enough that a task's overhead (pickling) stays negligible.
CHUNK = 8
#: Files per batch when checking in this process (the historical batch size).
LOCAL_CHUNK = 32
#: Tasks in flight per worker: keeps workers busy while results wait to be yielded in order.
IN_FLIGHT = 3

#: The session workers run, set in the parent just before forking them.
_SESSION: Session | None = None

#: (pid, peak resident MB, CPU seconds, model label) that a task reports with its results.
Stamp = tuple[int, float, float, "str | None"]


def available_cores() -> int:
    """The cores this process may run on (``jobs = "auto"``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:  # pragma: no cover - not Linux
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def check_batch(session: Session, batch: Sequence[str]) -> list[FileResult]:
    """Check ``batch`` in this process, freeing the strings its documents added.

    Long runs would otherwise grow the vocabulary's string store with every
    new word of the archive; spaCy's memory zone frees them after the batch
    (the documents are gone by then: results hold plain strings only).
    """
    nlp = session._nlp
    if nlp is not None and hasattr(nlp, "memory_zone"):
        with nlp.memory_zone():
            return session._run_batch(batch)
    return session._run_batch(batch)


def _work(batch: Sequence[str]) -> tuple[list[FileResult], Stamp]:
    session = _SESSION
    assert session is not None, "worker started without a session"
    cpu = time.process_time()
    results = check_batch(session, batch)
    model = session.model_name() if session._nlp is not None else None
    return results, (os.getpid(), peak_rss_mb(), time.process_time() - cpu, model)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@dataclass
class RunStats:
    """What ``--stats`` prints: throughput, cache use and memory per process."""

    files: int = 0
    words: int = 0
    jobs: int = 1
    cache_hits: int = 0
    cache_stored: int = 0
    started: float = field(default_factory=time.perf_counter)
    #: pid -> (peak resident MB, CPU seconds)
    workers: dict[int, tuple[float, float]] = field(default_factory=dict)

    def note(self, stamp: Stamp) -> None:
        pid, rss, cpu, _model = stamp
        old = self.workers.get(pid, (0.0, 0.0))
        self.workers[pid] = (max(old[0], rss), old[1] + cpu)

    def lines(self) -> list[str]:
        wall = time.perf_counter() - self.started
        rate = self.words / wall if wall > 0 else 0.0
        out = [
            f"{self.files} files, {self.words:,} words in {wall:.2f} s ({rate:,.0f} words/s), "
            f"{self.jobs} job{'s' if self.jobs != 1 else ''}",
            f"cache: {self.cache_hits} hits, {self.cache_stored} stored",
            f"main process: peak memory {peak_rss_mb():.0f} MB",
        ]
        for pid, (rss, cpu) in sorted(self.workers.items()):
            out.append(f"worker {pid}: peak memory {rss:.0f} MB, {cpu:.2f} s CPU")
        return out


class _Local:
    """Checks batches in this process (one job, standard input, no fork)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def submit(self, batch: Sequence[str]) -> Callable[[], tuple[list[FileResult], Stamp]]:
        cpu = time.process_time()
        results = check_batch(self.session, batch)
        model = self.session.model_name() if self.session._nlp is not None else None
        stamp: Stamp = (os.getpid(), peak_rss_mb(), time.process_time() - cpu, model)
        return lambda: (results, stamp)

    def close(self) -> None:
        pass


class _Pool:
    """Long-lived forked workers; a pool that breaks is replaced, its files retried alone."""

    def __init__(self, session: Session, workers: int) -> None:
        global _SESSION
        _SESSION = session
        register_for_workers()
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None

    def _fresh(self) -> ProcessPoolExecutor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if self.executor is None:
            self.executor = ProcessPoolExecutor(
                self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_ignore_sigint,
            )
        return self.executor

    def _drop(self, broken: ProcessPoolExecutor) -> None:
        if self.executor is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def submit(self, batch: Sequence[str]) -> Callable[[], tuple[list[FileResult], Stamp]]:
        from concurrent.futures.process import BrokenProcessPool

        executor = self._fresh()
        future: Future[tuple[list[FileResult], Stamp]] = executor.submit(_work, list(batch))

        def result() -> tuple[list[FileResult], Stamp]:
            try:
                return future.result()
            except BrokenProcessPool:
                self._drop(executor)
                return self._one_by_one(batch)

        return result

    def _one_by_one(self, batch: Sequence[str]) -> tuple[list[FileResult], Stamp]:
        from concurrent.futures.process import BrokenProcessPool

        results: list[FileResult] = []
        stamp: Stamp = (os.getpid(), 0.0, 0.0, None)
        for path in batch:
            for _attempt in range(2):
                executor = self._fresh()
                try:
                    done, stamp = executor.submit(_work, [path]).result()
                except BrokenProcessPool:
                    self._drop(executor)
                    continue
                results.extend(done)
                break
            else:
                error = "the worker process checking this file died (killed, or out of memory)"
                failure = RuleFailure(path, "(worker)", "factcheck.core", error)
                results.append(FileResult(path=path, failures=[failure]))
        return results, stamp

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def run_files(session: Session, paths: Sequence[str]) -> Iterator[FileResult]:
    """Check ``paths`` and yield their results in order (the session's run loop)."""
    settings = session.settings
    jobs = settings.jobs
    cache = ResultCache.open(session)
    forkable = hasattr(os, "fork") and sys.platform != "darwin"  # macOS: fork is unsafe
    pooled = jobs > 1 and forkable and len(paths) > 1 and "-" not in paths
    size = CHUNK if pooled else LOCAL_CHUNK
    chunks = list(_chunks(paths, size))
    workers = min(jobs, len(chunks)) if pooled else 1
    runner: _Local | _Pool = _Pool(session, workers) if pooled else _Local(session)
    stats = RunStats(jobs=workers)
    progress = Progress(len(paths), enabled=session.options.progress)
    pending: deque[tuple[Sequence[str], dict[str, Entry], dict[str, Pending], Any]] = deque()

    def finish() -> Iterator[FileResult]:
        batch, hits, keys, result = pending.popleft()
        computed: dict[str, FileResult] = {}
        if result is not None:
            done, stamp = result()
            stats.note(stamp)
            if stamp[3]:
                session.model_label = stamp[3]
            misses = [p for p in batch if p not in hits]
            for path, fr in zip(misses, done, strict=True):
                computed[path] = fr
                if cache is not None and path in keys:
                    cache.store(keys[path], fr, stamp[3])
        for path in batch:
            entry = hits.get(path)
            if entry is not None and entry.model and session.model_label is None:
                session.model_label = entry.model
            fr = entry.result if entry is not None else computed[path]
            stats.files += 1
            stats.words += fr.words
            yield fr
        progress.advance(len(batch))

    try:
        for batch in chunks:
            hits, keys = cache.lookup(batch) if cache is not None else ({}, {})
            misses = [p for p in batch if p not in hits]
            pending.append((batch, hits, keys, runner.submit(misses) if misses else None))
            while len(pending) > IN_FLIGHT * workers:
                yield from finish()
        while pending:
            yield from finish()
    finally:
        runner.close()
        progress.close()
    if cache is not None:
        stats.cache_hits, stats.cache_stored = cache.hits, cache.stored
    if session.options.stats:
        for line in stats.lines():
            print(f"factcheck: {line}", file=sys.stderr)
