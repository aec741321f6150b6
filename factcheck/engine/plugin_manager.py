"""Building the plugin manager: one fresh manager per run.

Built-in rules are found the same way as a third party's: through the
``factcheck`` entry-point group. Host components (readers, reporters,
suppressions, baseline, the default check loop) register directly but are
listed and can be blocked the same way. A plugin that fails to load is an
error naming its distribution.
"""

from __future__ import annotations

import importlib
import importlib.metadata as md
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pluggy

from factcheck import __version__
from factcheck.contract import hookspecs
from factcheck.contract.markers import PROJECT_NAME

#: The distribution factcheck itself is installed as (``pip install factcheck-news``):
#: its plugins are the built-in ones. The import name and the command are ``factcheck``.
DISTRIBUTION = "factcheck-news"

#: The "distribution" of plugins loaded by module name (``-p MODULE``) and of plugins
#: registered in-process (the testing kit): their options tables may use any name.
MODULE_DISTRIBUTION = "(module)"
IN_PROCESS_DISTRIBUTION = "(registered in-process)"

#: Host components registered directly, in order. The core plugin cannot be blocked.
HOST_PLUGINS: tuple[tuple[str, str], ...] = (
    ("factcheck.core", "factcheck.host.core"),
    ("factcheck.readers", "factcheck.host.readers"),
    ("factcheck.reporters", "factcheck.host.reporters"),
    ("factcheck.suppressions", "factcheck.host.suppressions"),
    ("factcheck.baseline", "factcheck.host.baseline"),
    ("factcheck.docx", "factcheck.host.readers.docx"),
    ("factcheck.langcheck", "factcheck.host.langcheck"),
)
UNBLOCKABLE = frozenset({"factcheck.core"})


class PluginLoadError(Exception):
    """A plugin could not be imported or registered. Exit code 3."""


@dataclass
class PluginInfo:
    """What ``factcheck plugins`` lists about one plugin."""

    name: str
    version: str
    distribution: str
    hooks: list[str] = field(default_factory=list)
    blocked: bool = False


def parse_disabled(values: Iterable[str]) -> list[str]:
    """Normalise ``-p no:NAME`` and ``--disable-plugin NAME`` values into plugin names."""
    names: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if part.startswith("no:"):
                part = part[3:]
            if part:
                names.append(part)
    return names


def split_plugin_args(values: Iterable[str]) -> tuple[list[str], list[str]]:
    """Split ``-p`` values into (plugins to disable, plugin modules to load), as pytest does.

    ``-p no:NAME`` disables NAME; ``-p some.module`` imports a plugin module that is
    not installed as a distribution (handy while writing one).
    """
    disabled: list[str] = []
    modules: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if part.startswith("no:"):
                disabled.append(part[3:])
            elif part:
                modules.append(part)
    return disabled, modules


def modules_from_env() -> list[str]:
    """Plugin modules named in ``FACTCHECK_PLUGINS`` (comma-separated)."""
    return [m.strip() for m in os.environ.get("FACTCHECK_PLUGINS", "").split(",") if m.strip()]


def _entry_points() -> list[md.EntryPoint]:
    eps = md.entry_points(group=PROJECT_NAME)
    return sorted(eps, key=lambda ep: (ep.name != "factcheck-rules", ep.name))


def _dist_of(ep: md.EntryPoint) -> tuple[str, str]:
    dist = ep.dist
    if dist is None:
        return ("unknown", "")
    return (dist.metadata["Name"] or "unknown", dist.version or "")


class FactcheckPluginManager(pluggy.PluginManager):
    """A pluggy manager that remembers each plugin's distribution and version."""

    def __init__(self) -> None:
        super().__init__(PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        self.infos: dict[str, PluginInfo] = {}

    def register_plugin(
        self,
        plugin: Any,
        name: str,
        *,
        distribution: str = DISTRIBUTION,
        version: str = __version__,
    ) -> None:
        """Register ``plugin`` under ``name`` unless it is blocked, and record its info."""
        info = PluginInfo(name=name, version=version, distribution=distribution)
        self.infos[name] = info
        if self.is_blocked(name):
            info.blocked = True
            return
        try:
            self.register(plugin, name=name)
        except Exception as exc:  # a malformed hookimpl: name the culprit
            raise PluginLoadError(
                f"plugin {name!r} from distribution {distribution} {version} "
                f"could not be registered: {exc}"
            ) from exc
        info.hooks = sorted(
            impl_caller.name for impl_caller in (self.get_hookcallers(plugin) or [])
        )


def make_plugin_manager(
    disabled: Sequence[str] = (),
    extra_plugins: Sequence[tuple[str, Any]] = (),
    *,
    load_entry_points: bool = True,
    modules: Sequence[str] = (),
) -> FactcheckPluginManager:
    """A fresh manager with the host components, the installed plugins and ``extra_plugins``.

    ``disabled`` names plugins to block (entry-point names such as
    ``factcheck-rules``, or host component names such as ``factcheck.baseline``).
    """
    pm = FactcheckPluginManager()
    for name in disabled:
        if name in UNBLOCKABLE:
            raise PluginLoadError(f"plugin {name!r} is part of the host and cannot be disabled")
        pm.set_blocked(name)
    for name, module_name in HOST_PLUGINS:
        if pm.is_blocked(name):
            pm.infos[name] = PluginInfo(name, __version__, DISTRIBUTION, blocked=True)
            continue
        try:
            module = importlib.import_module(module_name)
        except Exception as exc:
            raise PluginLoadError(
                f"host component {name!r} ({module_name}) failed to load: "
                f"{type(exc).__name__}: {exc}; reinstall factcheck"
            ) from exc
        # A host component that keeps per-run state exposes make_plugin(): a fresh object per run.
        factory = getattr(module, "make_plugin", None)
        pm.register_plugin(factory() if callable(factory) else module, name)
    if load_entry_points:
        for ep in _entry_points():
            dist, version = _dist_of(ep)
            if pm.is_blocked(ep.name):
                pm.infos[ep.name] = PluginInfo(ep.name, version, dist, blocked=True)
                continue
            if pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                raise PluginLoadError(
                    f"plugin {ep.name!r} from distribution {dist} {version} failed to load "
                    f"({ep.value}): {type(exc).__name__}: {exc}. Uninstall it or disable it "
                    f"with -p no:{ep.name}"
                ) from exc
            pm.register_plugin(plugin, ep.name, distribution=dist, version=version)
    for module_name in [*modules, *modules_from_env()]:
        if pm.is_blocked(module_name) or pm.has_plugin(module_name):
            continue
        try:
            plugin = importlib.import_module(module_name)
        except Exception as exc:
            raise PluginLoadError(
                f"plugin module {module_name!r} (from -p or FACTCHECK_PLUGINS) failed to load: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        if pm.is_registered(plugin):
            continue  # already loaded through its entry point
        pm.register_plugin(plugin, module_name, distribution=MODULE_DISTRIBUTION, version="")
    for name, plugin in extra_plugins:
        pm.register_plugin(plugin, name, distribution=IN_PROCESS_DISTRIBUTION, version="")
    return pm
