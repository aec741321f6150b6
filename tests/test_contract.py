"""The plugin contract stays documented: hooks, rules and the generated rule reference."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import DOC_SECTIONS
from factcheck.contract import hookspecs
from factcheck.engine.plugin_manager import make_plugin_manager
from factcheck.engine.registry import collect_rules

REPO = Path(__file__).resolve().parent.parent
HOOKS = sorted(
    name
    for name, fn in inspect.getmembers(hookspecs, inspect.isfunction)
    if name.startswith("factcheck_")
)


def test_there_are_hooks_for_every_phase() -> None:
    for needed in (
        "factcheck_register_rules",
        "factcheck_configure",
        "factcheck_load_pipeline",
        "factcheck_prepare_pipeline",
        "factcheck_read_article",
        "factcheck_check_article",
        "factcheck_ignore_finding",
        "factcheck_register_reporters",
        "factcheck_register_commands",
        "factcheck_verify_claim",
    ):
        assert needed in HOOKS


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented(hook: str) -> None:
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert len(doc.split()) >= 12, f"{hook} needs a docstring that says what and why"
    guide = (REPO / "docs" / "writing-plugins.md").read_text(encoding="utf-8")
    assert hook in guide, f"{hook} is missing from docs/writing-plugins.md"


def test_every_builtin_rule_is_documented() -> None:
    rules = collect_rules(make_plugin_manager())
    assert rules, "no built-in rules registered"
    for code, reg in rules.items():
        docs = reg.cls.docs()
        assert not docs.missing(), f"{code} lacks {docs.missing()}"
        assert all(len(docs.sections[s]) > 20 for s in DOC_SECTIONS), code


def test_rule_reference_is_up_to_date() -> None:
    generated = subprocess.run(
        [sys.executable, "-m", "factcheck", "rules", "--format", "markdown", "--builtin"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    committed = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == generated, (
        "docs/rules.md is stale: run `factcheck rules --format markdown --builtin > docs/rules.md`"
    )


def test_readme_tour_shows_real_output() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("$ factcheck run docs/examples/harbour-deal.txt\n") + len(
        "$ factcheck run docs/examples/harbour-deal.txt\n"
    )
    shown = readme[start : readme.index("$ echo $?", start)].rstrip()
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "run", "docs/examples/harbour-deal.txt"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert proc.returncode == 1
    assert proc.stdout.rstrip() == shown, "README tour is stale: paste the new output"
