"""Running the real host on a piece of text, for rule tests.

A rule test should exercise exactly what a user's run exercises: the plugin
manager, the reader, the spaCy parse, selection, severities, suppressions and
the resolution of diagnostics into findings. So :func:`check_text` writes the
text to a temporary file with the right suffix and runs a
:class:`factcheck.engine.session.Session` on it; nothing is stubbed.

This module is imported when pytest starts (through the ``pytest11`` entry
point), so it must not import the runner or spaCy at module level.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata as md
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from factcheck import PROJECT_NAME

if TYPE_CHECKING:
    from factcheck import Finding, RuleFailure, RunResult

#: File suffix used for each input format.
FORMAT_SUFFIXES: Mapping[str, str] = {"txt": ".txt", "md": ".md", "html": ".html"}

_default_model: str | None = None


def set_default_model(name: str | None) -> None:
    """Set the model every check uses unless it names one (``--factcheck-model`` does this)."""
    global _default_model
    _default_model = name or None


def default_model() -> str | None:
    """The model set by :func:`set_default_model`; None means the shipped pipeline."""
    return _default_model


class Checker(Protocol):
    """A callable like :func:`check_text`: what the ``factcheck_check`` fixture returns."""

    def __call__(self, text: str, **kwargs: Any) -> list[Finding]: ...


class CheckError(RuntimeError):
    """A check could not be trusted: a rule or hook raised, or the text was rejected.

    Raised instead of returning the findings, because a rule that crashes
    returns no findings and a test of "finds nothing" would otherwise pass.
    ``failures`` holds the host's :class:`~factcheck.contract.results.RuleFailure`
    records; ``input_error`` the reader's message, if the input was refused.
    """

    def __init__(
        self, message: str, failures: Sequence[RuleFailure] = (), input_error: str | None = None
    ) -> None:
        super().__init__(message)
        self.failures = list(failures)
        self.input_error = input_error


def _plugin_name(plugin: object) -> str:
    if isinstance(plugin, ModuleType):
        return plugin.__name__
    cls = type(plugin)
    return f"{cls.__module__}.{cls.__qualname__}"


def _installed_copy(plugin: object) -> str | None:
    """The entry-point name under which ``plugin`` is also installed, if it is.

    A plugin under test is often installed too (``pip install -e .``). Loading
    both copies would register every rule twice, so the installed copy is
    blocked for this call and the one passed in wins.
    """
    for ep in md.entry_points(group=PROJECT_NAME):
        if ep.attr is None:
            if isinstance(plugin, ModuleType) and plugin.__name__ == ep.module:
                return ep.name
        elif ep.module in sys.modules and getattr(sys.modules[ep.module], ep.attr, None) is plugin:
            return ep.name
    return None


def _plugins_for_run(
    plugins: Sequence[object], builtin: bool
) -> tuple[list[tuple[str, object]], list[str]]:
    """Names for the in-process plugins, and the installed copies to block."""
    named: list[tuple[str, object]] = []
    blocked: list[str] = []
    used: set[str] = set()
    for plugin in plugins:
        if builtin:
            installed = _installed_copy(plugin)
            if installed is not None:
                blocked.append(installed)
        base = _plugin_name(plugin)
        name, n = base, 2
        while name in used:
            name, n = f"{base}#{n}", n + 1
        used.add(name)
        named.append((name, plugin))
    return named, blocked


def run_text(
    text: str,
    *,
    select: Sequence[str] | None = None,
    plugins: Sequence[object] = (),
    builtin: bool = True,
    published: dt.date | None = None,
    format: str = "txt",
    settings: Mapping[str, object] | None = None,
    rule_options: Mapping[str, Mapping[str, object]] | None = None,
    plugin_options: Mapping[str, Mapping[str, object]] | None = None,
    model: str | None = None,
    config_file: str | Path | None = None,
    filename: str = "article",
) -> RunResult:
    """Check ``text`` with the real host and return the whole :class:`RunResult`.

    Unlike :func:`check_text` this never raises for a failing rule: the
    failures are in ``result.failures``. See :func:`check_text` for the
    arguments.
    """
    from factcheck.engine.session import RunOptions, Session

    if format not in FORMAT_SUFFIXES:
        known = ", ".join(FORMAT_SUFFIXES)
        raise ValueError(f"unknown format {format!r} (expected one of: {known})")
    overrides: dict[str, object] = dict(settings or {})
    if rule_options is not None:
        overrides["rule_options"] = rule_options
    if plugin_options is not None:
        overrides["plugin_options"] = plugin_options
    extra, blocked = _plugins_for_run(plugins, builtin)
    with tempfile.TemporaryDirectory(prefix="factcheck-test-") as tmp:
        path = Path(tmp) / f"{filename}{FORMAT_SUFFIXES[format]}"
        # newline="" keeps the text byte for byte: "\r\n" stays "\r\n".
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        options = RunOptions(
            paths=[str(path)],
            select=list(select) if select is not None else None,
            model=model or default_model(),
            published=published,
            disabled_plugins=blocked,
            config_file=Path(config_file) if config_file is not None else None,
            isolated=config_file is None,
            extra_plugins=extra,
            load_entry_points=builtin,
            settings_overrides=overrides,
        )
        return Session(options).run()


def check_text(
    text: str,
    *,
    select: Sequence[str] | None = None,
    plugins: Sequence[object] = (),
    builtin: bool = True,
    published: dt.date | None = None,
    format: str = "txt",
    settings: Mapping[str, object] | None = None,
    rule_options: Mapping[str, Mapping[str, object]] | None = None,
    plugin_options: Mapping[str, Mapping[str, object]] | None = None,
    model: str | None = None,
    config_file: str | Path | None = None,
) -> list[Finding]:
    """Check ``text`` as ``factcheck run`` would and return its findings.

    ``select``: rule codes, prefixes or names to run (default: all).
    ``plugins``: plugin modules or objects to register for this call only; an
    installed copy of the same plugin is blocked so its rules are not doubled.
    ``builtin=False`` loads no installed plugin at all (only ``plugins`` and
    the host's readers and reporters). ``published`` anchors relative dates.
    ``format`` is ``txt``, ``md`` or ``html``. ``settings`` replaces fields of
    the resolved :class:`~factcheck.Settings` by field name
    (``{"facts": [path], "report_unused_suppressions": True}``), each value
    validated as configuration would be (a :class:`ValueError` names a bad
    one); ``rule_options`` and ``plugin_options`` stand in for
    ``[tool.factcheck.rule-options]`` and ``[tool.factcheck.plugin-options]``.
    ``model`` defaults to ``--factcheck-model`` or the shipped pipeline.
    Configuration files are ignored unless ``config_file`` names one.

    Raises :class:`CheckError` when a rule or hook failed or the input was
    rejected, so a crashing rule cannot pass a "finds nothing" test.
    """
    result = run_text(
        text,
        select=select,
        plugins=plugins,
        builtin=builtin,
        published=published,
        format=format,
        settings=settings,
        rule_options=rule_options,
        plugin_options=plugin_options,
        model=model,
        config_file=config_file,
    )
    errors = [fr.error for fr in result.files if fr.error]
    if errors:
        raise CheckError(f"factcheck could not read the text: {errors[0]}", input_error=errors[0])
    if result.failures:
        lines = [f"  rule {f.rule} (plugin {f.plugin or '?'}): {f.error}" for f in result.failures]
        raise CheckError(
            "a rule or hook failed while checking the text, so its findings are incomplete:\n"
            + "\n".join(lines),
            failures=result.failures,
        )
    return result.findings
