"""Every fix says whether ``--fix`` may apply it unasked (ruff's safe/unsafe model)."""

from __future__ import annotations

import ast
from pathlib import Path

import factcheck
from factcheck import Applicability, Fix

RULES = Path(__file__).resolve().parents[2] / "rules"


def test_the_facade_exports_applicability() -> None:
    assert "Applicability" in factcheck.__all__
    assert factcheck.Applicability is Applicability
    assert [a.value for a in Applicability] == ["safe", "unsafe"]


def test_a_fix_is_unsafe_unless_its_author_says_otherwise() -> None:
    assert Fix("Write it", "it").applicability is Applicability.UNSAFE
    assert not Fix("Write it", "it").safe
    assert Fix("Delete it", "", Applicability.SAFE).safe


def _fix_calls() -> list[tuple[str, ast.Call]]:
    calls: list[tuple[str, ast.Call]] = []
    for path in sorted(RULES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Fix":
                calls.append((f"{path.relative_to(RULES)}:{node.lineno}", node))
    return calls


def test_every_builtin_fix_states_its_applicability() -> None:
    calls = _fix_calls()
    assert len(calls) >= 10, "the built-in rules offer at least ten kinds of fix"
    unstated = [
        where
        for where, call in calls
        if len(call.args) < 3 and not any(k.arg == "applicability" for k in call.keywords)
    ]
    assert not unstated, f"these fixes rely on the default applicability: {unstated}"
