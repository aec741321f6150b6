"""A new user's first minutes: the distribution name, the README's commands, CI, the docs.

``pip install factcheck`` installed an unrelated library, every CI snippet in the
docs with it; and a fresh clone failed the README's own ``pytest`` because a test
expected a rule of the example plugin, which only CI installed. These tests pin the
fixes: one distribution name everywhere, and CI that starts with exactly the
README's commands.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from factcheck.engine.plugin_manager import DISTRIBUTION
from tests.conftest import RunCli, plugin_module

REPO = Path(__file__).resolve().parent.parent
#: Every file a user copies commands from.
DOCS = sorted(
    [
        *REPO.glob("*.md"),
        *(REPO / "docs").rglob("*.md"),
        *(REPO / "plugins").glob("*/README.md"),
        REPO / "action.yml",
        REPO / ".pre-commit-hooks.yaml",
    ]
)
_BARE_INSTALL = re.compile(r"pip install\s+[\"']?factcheck(?![-\w])")


def _setup_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Set up") :]
    block = section[section.index("```bash\n") + len("```bash\n") : section.index("```\n", 8)]
    return [line.strip() for line in block.splitlines() if line.strip()]


def test_the_distribution_is_not_the_unrelated_factcheck_on_pypi() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == DISTRIBUTION != "factcheck"
    assert project["scripts"] == {"factcheck": "factcheck.cli:main"}
    plugin = REPO / "plugins" / "factcheck-example" / "pyproject.toml"
    deps = tomllib.loads(plugin.read_text(encoding="utf-8"))["project"]["dependencies"]
    assert any(d.startswith(f"{DISTRIBUTION}>=") for d in deps), deps


def test_no_snippet_installs_the_wrong_factcheck() -> None:
    offending = [
        f"{path.relative_to(REPO)}: {m.group(0)}"
        for path in DOCS
        for m in _BARE_INSTALL.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not offending, offending


def test_the_readme_has_two_setup_commands_and_ci_runs_them_first() -> None:
    commands = _setup_commands()
    assert commands == ['pip install -e ".[dev]"', "pytest"]
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    steps = [
        line.strip()
        for line in script.splitlines()
        if line.strip()
        and not line.lstrip().startswith("#")
        and not line.startswith(("set ", "cd "))
    ]
    assert steps[: len(commands)] == commands, steps


def test_the_builtin_rule_listing_ignores_other_plugins(run_cli: RunCli, tmp_path: Path) -> None:
    """docs/rules.md is generated with ``--builtin``: what else is installed must not matter."""
    env = plugin_module(
        tmp_path,
        "extra_rules",
        "from factcheck import Rule, Severity, hookimpl\n"
        "class Extra(Rule):\n"
        '    """An extra rule.\n\n    ## What it does\n\n    Flags nothing at all here.\n\n'
        "    ## Why it matters\n\n    It proves a listing leaves it out.\n\n"
        "    ## Example\n\n    Any text at all, really.\n\n"
        "    ## Use instead\n\n    Any other text at all.\n\n"
        '    ## Limitations\n\n    It never fires on anything.\n    """\n'
        '    code = "XT101"\n    name = "extra-rule"\n    category = "consistency"\n'
        "    severity = Severity.INFO\n"
        "    def check(self, article, ctx):\n        return []\n"
        "@hookimpl\ndef factcheck_register_rules():\n    return [Extra]\n",
    )
    everything = run_cli("rules", "--format", "json", "-p", "extra_rules", env=env)
    builtin = run_cli("rules", "--format", "json", "--builtin", "-p", "extra_rules", env=env)
    assert everything.returncode == builtin.returncode == 0, everything.stderr
    codes = {r["code"] for r in json.loads(everything.stdout)}
    own = {r["code"] for r in json.loads(builtin.stdout)}
    assert "XT101" in codes and "XT101" not in own
    assert own and all(c.startswith("FC") for c in own)


def test_installed_metadata_names_the_distribution() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import importlib.metadata as m; print(m.version({DISTRIBUTION!r}))",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, f"{DISTRIBUTION} is not installed: {proc.stderr}"
