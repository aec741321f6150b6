"""Calling plugin hooks so that one plugin's failure stays that plugin's failure.

pluggy calls every implementation of a hook in one loop: an exception from the
first stops the others and reaches the caller. For the per-article hooks that
cost a whole file (a third-party ``factcheck_article_start`` that raised lost
every built-in finding, and the failure did not say which hook). So the hooks
of a file are called here one implementation at a time, in pluggy's order
(``tryfirst``/``trylast`` honoured); an implementation that raises is recorded
as a failure naming its plugin and the hook, and the next one still runs, just
as a raising rule does not stop the other rules.

A hook that has wrapper implementations (``wrapper=True``/``hookwrapper=True``)
is called through pluggy as a whole, since a wrapper must surround the others;
a failure is then attributed to the plugin whose code raised.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pluggy

from factcheck.contract.results import RuleFailure

#: The ``rule`` of a failure that happened outside any rule, by hook.
STAGE = {"factcheck_read_article": "(reader)"}


def plugin_of(pm: pluggy.PluginManager, exc: BaseException) -> str:
    """The registered plugin whose code raised ``exc`` (innermost frame first)."""
    files: dict[str, str] = {}
    for name, plugin in pm.list_name_plugin():
        module = sys.modules.get(getattr(plugin, "__module__", "") or "") or plugin
        path = getattr(module, "__file__", None)
        if path:
            files[str(Path(path).resolve().parent)] = name
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        here = str(Path(frame.filename).resolve())
        owners = [f for f in files if here.startswith(f + "/")]
        if owners:
            return files[max(owners, key=len)]  # the most specific package
    return "unknown plugin"


def describe(exc: BaseException) -> str:
    """``Type: message at file:line``, the innermost frame of the traceback."""
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" at {tb[-1].filename}:{tb[-1].lineno}" if tb else ""
    return f"{type(exc).__name__}: {exc}{where}"


class HookCalls:
    """The hook calls for one file, recording each plugin's failure in ``failures``.

    ``passthrough`` exceptions are not failures but answers (a reader's
    :class:`~factcheck.InputError` says the file cannot be read) and propagate.
    """

    def __init__(
        self,
        pm: pluggy.PluginManager,
        path: str,
        failures: list[RuleFailure],
        passthrough: tuple[type[BaseException], ...] = (),
    ) -> None:
        self.pm = pm
        self.path = path
        self.failures = failures
        self.passthrough = passthrough

    def _record(self, hook: str, plugin: str, exc: BaseException) -> None:
        stage = STAGE.get(hook, "(hook)")
        if any(f.hook == hook and f.plugin == plugin for f in self.failures):
            return  # one record per plugin and hook: ignore_finding runs once per finding
        self.failures.append(RuleFailure(self.path, stage, plugin, describe(exc), hook=hook))

    def _call(self, hook: str, kwargs: dict[str, Any], firstresult: bool) -> list[Any]:
        caller = getattr(self.pm.hook, hook)
        impls = caller.get_hookimpls()
        if any(i.hookwrapper or i.wrapper for i in impls):
            try:
                result = caller(**kwargs)
            except self.passthrough:
                raise
            except Exception as exc:
                self._record(hook, plugin_of(self.pm, exc), exc)
                return []
            if firstresult:
                return [] if result is None else [result]
            return list(result)
        results: list[Any] = []
        for impl in reversed(impls):  # pluggy calls the last registered first
            try:
                result = impl.function(*[kwargs[name] for name in impl.argnames])
            except self.passthrough:
                raise
            except Exception as exc:
                self._record(hook, impl.plugin_name, exc)
                continue
            if result is not None:
                results.append(result)
                if firstresult:
                    break
        return results

    def each(self, hook: str, **kwargs: Any) -> list[Any]:
        """Every implementation's result (None left out), like a plain pluggy call."""
        return self._call(hook, kwargs, firstresult=False)

    def first(self, hook: str, **kwargs: Any) -> Any:
        """The first non-None result, like a ``firstresult`` hook; None when there is none."""
        results = self._call(hook, kwargs, firstresult=True)
        return results[0] if results else None

    def caller(self, hook: str) -> Callable[..., list[Any]]:
        """``each`` bound to ``hook``: what :class:`RuleContext` calls for ``verify_claim``."""
        return lambda **kwargs: self.each(hook, **kwargs)
