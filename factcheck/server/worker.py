"""The checker's own thread: checks run beside the event loop, never on it.

A check is CPU work of tens to hundreds of milliseconds, and spaCy pipelines
are not thread-safe. So each server process owns exactly one
:class:`~factcheck.server.checker.Checker`, built and used only in one
dedicated thread: the event loop keeps accepting connections, answering
``/healthz`` and rejecting bad requests while a check runs, and requests
queue for the thread in arrival order. Parallelism comes from worker
processes (``--workers``), each with its own pipeline.

The timeout covers the wait in the queue and the check: a request that
cannot be answered in time gets a clear 503 instead of hanging, and if it is
still queued it is dropped from the queue.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from factcheck.server.checker import Checker, ServerOptions

T = TypeVar("T")


class CheckTimeout(Exception):
    """A check did not finish within the server's per-request timeout."""


class CheckWorker:
    """Owns the checker and the one thread it runs in."""

    def __init__(self, options: ServerOptions) -> None:
        self.options = options
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck-check")
        self._checker: Checker | None = None

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            raise RuntimeError("the checker is not started")
        return self._checker

    async def start(self) -> None:
        """Build the checker (load the pipeline, warm every rule) in the worker thread."""
        loop = asyncio.get_running_loop()
        self._checker = await loop.run_in_executor(self._executor, Checker, self.options)

    async def run(self, job: Callable[[Checker], T], timeout: float) -> T:
        """Run ``job(checker)`` in the worker thread; :class:`CheckTimeout` after ``timeout`` s."""
        checker = self.checker
        future = self._executor.submit(job, checker)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except TimeoutError:
            future.cancel()  # still queued: never run it; running: its result is dropped
            raise CheckTimeout(
                f"the check did not finish within the server's limit of {timeout:g} s; "
                f"try again, or send a shorter text"
            ) from None

    def close(self) -> None:
        """Finish the running check, drop queued ones, stop the thread."""
        self._executor.shutdown(wait=True, cancel_futures=True)
