"""The built-in formats reach the host through the same hook a third party uses."""

from __future__ import annotations

import io

import pluggy
import pytest

import factcheck.host.reporters
from factcheck import PROJECT_NAME, Reporter, RunResult
from factcheck.contract import hookspecs

EXPECTED = {"text", "json", "jsonl", "sarif", "github", "junit", "rdjson", "html"}


def registered() -> list[type[Reporter]]:
    pm = pluggy.PluginManager(PROJECT_NAME)
    pm.add_hookspecs(hookspecs)
    pm.register(factcheck.host.reporters, name="factcheck.reporters")
    batches = pm.hook.factcheck_register_reporters()
    return [cls for batch in batches for cls in batch]


def test_hook_returns_every_builtin_format_once() -> None:
    classes = registered()
    names = [cls.name for cls in classes]
    assert sorted(names) == sorted(EXPECTED)
    assert len(names) == len(set(names))
    assert names[0] == "text"  # the default is listed first


@pytest.mark.parametrize("cls", factcheck.host.reporters.BUILTIN_REPORTERS)
def test_each_reporter_is_described_and_renders(
    cls: type[Reporter], run_result: RunResult, clean_result: RunResult
) -> None:
    assert issubclass(cls, Reporter)
    assert cls.description.strip()
    for result in (run_result, clean_result):
        out = io.StringIO()
        cls(color=False).render(result, out)
        text = out.getvalue()
        # Line-oriented formats may have nothing to say about a clean run.
        assert text.endswith("\n") or (text == "" and result is clean_result)


@pytest.mark.parametrize("cls", factcheck.host.reporters.BUILTIN_REPORTERS)
def test_output_is_deterministic(cls: type[Reporter], run_result: RunResult) -> None:
    first, second = io.StringIO(), io.StringIO()
    cls().render(run_result, first)
    cls().render(run_result, second)
    assert first.getvalue() == second.getvalue()
