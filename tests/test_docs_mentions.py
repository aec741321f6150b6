"""Every rule code and name the documentation mentions is a rule that exists.

The docs showed ``personal-pronoun-for-non-person`` and ``unsourced-statistic``, names no
rule has, and codes such as FC410 that no rule uses; a user who copies them into
``--select`` gets an error. Rules are read from the plugins, built-in and the
example plugin of this repository; the generated ``docs/rules.md`` is left out.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from factcheck.engine.plugin_manager import make_plugin_manager
from factcheck.engine.registry import collect_rules

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "plugins" / "factcheck-example"
DOCS = sorted(
    p
    for p in [
        REPO / "README.md",
        REPO / "CONTRIBUTING.md",
        *(REPO / "docs").rglob("*.md"),
        EXAMPLE / "README.md",
    ]
    if p.name != "rules.md" or p.parent.name != "docs"
)
_CODE = re.compile(r"\b([A-Z]{2}\d{3})\b")
_CODE_AND_NAME = re.compile(r"\b([A-Z]{2}\d{3})[ \t]+([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b")
#: The ``[rule-name]`` that ends a finding's line in the text format.
_BRACKETED_NAME = re.compile(
    r"^\S+:\d+:\d+: [A-Z]{2}\d{3} \w+: .*\[([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\]$", re.MULTILINE
)
_JSON_PAIR = re.compile(r'"rule":\s*"([A-Z]{2}\d{3})",\s*"name":\s*"([^"]+)"')
_RULE_TABLE = re.compile(r"rule-options\.([a-z][a-z0-9]*(?:-[a-z0-9]+)+)")
#: The selectors of an inline suppression marker: ``<!-- factcheck: ignore FC201, name -->``.
_MARKER = re.compile(r"factcheck: ignore[a-z-]*[ \t]+([^>\n]*?)[ \t]*-->")
_SELECTOR_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$")
#: Codes the docs use on purpose for rules that are not real (a plugin author's example).
EXAMPLE_CODES = {"TS101", "ZZ901"}


def _rules() -> dict[str, str]:
    sys.path.insert(0, str(EXAMPLE))
    import factcheck_house_style.plugin as house_style

    pm = make_plugin_manager(["house-style"], [("example-house-style", house_style)])
    return {code: reg.name for code, reg in collect_rules(pm).items()}


RULES = _rules()
NAMES = set(RULES.values())


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_rule_the_docs_mention_exists(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    wrong: list[str] = []
    for code in _CODE.findall(text):
        if code not in RULES and code not in EXAMPLE_CODES:
            wrong.append(f"no rule {code}")
    for pattern in (_CODE_AND_NAME, _JSON_PAIR):
        for code, name in pattern.findall(text):
            if code in RULES and RULES[code] != name:
                wrong.append(f"{code} is {RULES[code]!r}, not {name!r}")
    selectors = [s for m in _MARKER.findall(text) for s in re.split(r"[,\s]+", m) if s]
    marked = [s for s in selectors if _SELECTOR_NAME.match(s)]
    for name in (*_BRACKETED_NAME.findall(text), *_RULE_TABLE.findall(text), *marked):
        if name not in NAMES:
            wrong.append(f"no rule named {name!r}")
    assert not wrong, sorted(set(wrong))
