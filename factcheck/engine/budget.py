"""The per-file time budget (``file-timeout``): a slow file becomes that file's error.

How it is enforced, and why this way. Python cannot safely stop code that is
running: a signal or an exception thrown into a thread can land in the middle of
any statement, leaving a cache half-written, a plugin's state torn or spaCy's
string store half-updated, and every file after it would be checked by a process
in an unknown state. A worker process per file could be killed cleanly, but it
would load the pipeline again, lose the per-run state of plugins (the baseline's
matched entries, the unused suppressions) and double the memory.

So the budget is a deadline checked at points where nothing is half-done:
after reading, after parsing, before each rule starts and each time a rule
hands back a finding. Only the host raises there, between two steps, and the
exception (:class:`BudgetExceeded`, a ``BaseException`` so that a plugin's
``except Exception`` cannot swallow it) unwinds a file whose article, rules and
analyses are all discarded with it. The price: a single step is never cut
short, so a file can overrun the budget by the time of its slowest step. The
size limit (``max-file-size``) is what bounds that step; the two limits are set
together, from ``benchmarks/input_scaling.py``.

Time is the file's own: its reading, its share of the batch's parse (in
proportion to its length) and its rules, not the other files of its batch. It is
processor time (``time.process_time``), not the wall clock: on a busy CI runner
or a shared desk server a file must not fail because other jobs took the CPU,
and the same file then passes or fails the same way on every machine of a
similar speed. (factcheck neither sleeps nor waits on the network.)
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.contract.article import Article
    from factcheck.contract.findings import Diagnostic
    from factcheck.contract.rule import Rule, RuleContext


class BudgetExceeded(BaseException):
    """A file took longer than ``file-timeout``; carries the message for the file's error."""


class Budget:
    """The seconds one file may take, and what it has used so far."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.spent = 0.0
        self._since: float | None = None

    def start(self) -> None:
        """Start counting this file's own time (reading, or its rules)."""
        self._since = time.process_time()

    def stop(self) -> None:
        """Stop counting (the batch moves on to other files)."""
        if self._since is not None:
            self.spent += time.process_time() - self._since
            self._since = None

    def charge(self, seconds: float) -> None:
        """Add time spent on this file elsewhere (its share of a batch's parse)."""
        self.spent += seconds

    def used(self) -> float:
        """Seconds used so far, the running stretch included."""
        running = time.process_time() - self._since if self._since is not None else 0.0
        return self.spent + running

    def check(self, after: str) -> None:
        """Raise :class:`BudgetExceeded` when the budget is spent; ``after`` names the step."""
        used = self.used()
        if used > self.seconds:
            raise BudgetExceeded(
                f"stopped after {used:.0f} s ({after}), over the time limit of "
                f"{self.seconds:g} s of processor time per file: the article is too long or too "
                "unusual to check in time. Split it, or raise the file-timeout setting"
            )

    def guard(self, rule: Rule) -> Rule:
        """Check the budget before ``rule`` starts and at every finding it yields."""
        original = rule.check
        budget = self

        def check(article: Article, ctx: RuleContext) -> Iterator[Diagnostic]:
            budget.check(f"before {rule.code}")
            diagnostics: Iterable[Diagnostic] = original(article, ctx)
            for diagnostic in diagnostics:
                yield diagnostic
                budget.check(f"in {rule.code}")

        rule.check = check  # type: ignore[method-assign]
        return rule
