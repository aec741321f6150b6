"""Collecting what plugins provide, and checking it: rules, reporters, commands.

Hooks are called implementation by implementation so every rule is tied to
the plugin that registered it; that is what lets an error name both plugins
when two claim the same code, and what ``factcheck rules`` shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck.contract.reporter import Reporter
from factcheck.contract.rule import Rule, RuleDefinitionError
from factcheck.engine.plugin_manager import FactcheckPluginManager, PluginLoadError

if TYPE_CHECKING:
    import click


class RuleConflictError(PluginLoadError):
    """Two plugins register the same rule code or name."""


@dataclass(frozen=True)
class RegisteredRule:
    """A rule class with the plugin that provided it."""

    cls: type[Rule]
    plugin: str

    @property
    def code(self) -> str:
        return self.cls.code

    @property
    def name(self) -> str:
        return self.cls.name

    def metadata(self) -> dict[str, Any]:
        """Rule metadata for reports (SARIF rules, ``factcheck rules --format json``)."""
        docs = self.cls.docs()
        return {
            "name": self.cls.name,
            "category": self.cls.category,
            "severity": self.cls.severity.label,
            "summary": docs.summary,
            "docs": docs.render(),
            "plugin": self.plugin,
            "needs_parse": self.cls.needs_parse,
        }


def _results_by_plugin(pm: FactcheckPluginManager, hook_name: str) -> list[tuple[str, Any]]:
    caller = getattr(pm.hook, hook_name)
    out: list[tuple[str, Any]] = []
    # pluggy calls the last registered first; list them in registration order instead.
    for impl in reversed(caller.get_hookimpls()):
        try:
            result = impl.function()
        except Exception as exc:
            info = pm.infos.get(impl.plugin_name)
            dist = f" from distribution {info.distribution}" if info else ""
            raise PluginLoadError(
                f"plugin {impl.plugin_name!r}{dist} failed in {hook_name}: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        if result:
            out.append((impl.plugin_name, result))
    return out


def collect_rules(pm: FactcheckPluginManager) -> dict[str, RegisteredRule]:
    """All rules of all registered plugins, keyed by code, in code order."""
    by_code: dict[str, RegisteredRule] = {}
    by_name: dict[str, RegisteredRule] = {}
    for plugin, classes in _results_by_plugin(pm, "factcheck_register_rules"):
        for cls in classes:
            try:
                cls.validate()
            except RuleDefinitionError as exc:
                raise PluginLoadError(f"plugin {plugin!r}: {exc}") from exc
            reg = RegisteredRule(cls, plugin)
            for key, table, what in ((cls.code, by_code, "code"), (cls.name, by_name, "name")):
                other = table.get(key)
                if other is not None:
                    raise RuleConflictError(
                        f"rule {what} {key!r} is registered by both plugin {other.plugin!r} "
                        f"({other.cls.__module__}) and plugin {plugin!r} ({cls.__module__}); "
                        f"disable one with -p no:NAME"
                    )
                table[key] = reg
    return dict(sorted(by_code.items()))


def collect_reporters(pm: FactcheckPluginManager) -> dict[str, type[Reporter]]:
    """Reporter classes keyed by format name; a later plugin may not shadow an earlier one."""
    out: dict[str, type[Reporter]] = {}
    for plugin, classes in _results_by_plugin(pm, "factcheck_register_reporters"):
        for cls in classes:
            if cls.name in out:
                raise PluginLoadError(
                    f"format {cls.name!r} is registered by both plugin "
                    f"{out[cls.name].plugin_name!r} and plugin {plugin!r}"
                )
            cls.plugin_name = plugin
            out[cls.name] = cls
    return out


def collect_commands(pm: FactcheckPluginManager) -> list[tuple[str, click.Command]]:
    """Click commands contributed by plugins, with the plugin name."""
    out: list[tuple[str, click.Command]] = []
    for plugin, commands in _results_by_plugin(pm, "factcheck_register_commands"):
        out.extend((plugin, cmd) for cmd in commands)
    return out


def instantiate(rules: Sequence[RegisteredRule]) -> list[Rule]:
    """Fresh rule objects for one run, each knowing its plugin."""
    objs: list[Rule] = []
    for reg in rules:
        obj = reg.cls()
        obj.plugin_name = reg.plugin
        objs.append(obj)
    return objs
