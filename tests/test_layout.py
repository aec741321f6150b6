"""The layout the code keeps: who may import whom, and the word lists.

The built-in rules are written as any third-party plugin would be: they reach
the host only through its plugin-facing modules, so that the engine and the
host's components can change without breaking them, and no rule family reaches
into another family's modules (what two families share lives in
:mod:`factcheck.analysis` or :mod:`factcheck.language`). Modules import in one
direction only, and every word list has a header and a reader. Imports are
read from the source with :mod:`ast`, so a lazy import inside a function
counts too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "rules"
LANGUAGE = ROOT / "factcheck" / "language"
#: Host packages a built-in rule may import besides the facade ``factcheck`` itself.
PLUGIN_FACING = ("factcheck.analysis", "factcheck.language", "factcheck.nlp")
#: Known exceptions, each with the reason it is still needed.
EXCEPTIONS: set[tuple[str, str]] = set()


def _imports(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def _allowed_host(module: str) -> bool:
    return module == "factcheck" or any(
        module == p or module.startswith(p + ".") for p in PLUGIN_FACING
    )


def test_rules_import_the_host_only_through_its_plugin_facing_modules() -> None:
    wrong = [
        f"{path.relative_to(RULES)}: {module}"
        for path in sorted(RULES.rglob("*.py"))
        for module in _imports(path)
        if module.split(".")[0] == "factcheck"
        and not _allowed_host(module)
        and (path.relative_to(RULES).as_posix(), module) not in EXCEPTIONS
    ]
    assert not wrong, "rules must import factcheck, factcheck.analysis/language/nlp only:\n" + (
        "\n".join(wrong)
    )


def test_no_rule_family_imports_another() -> None:
    families = [d for d in RULES.iterdir() if (d / "__init__.py").is_file()]
    wrong = []
    for family in families:
        for path in sorted(family.rglob("*.py")):
            for module in _imports(path):
                parts = module.split(".")
                if parts[0] == "factcheck_rules" and len(parts) > 1 and parts[1] != family.name:
                    wrong.append(f"{path.relative_to(RULES)}: {module}")
    assert not wrong, (
        "move what two families share to factcheck.analysis or factcheck.language:\n"
        + ("\n".join(wrong))
    )


def test_the_host_never_imports_the_builtin_rules() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted((ROOT / "factcheck").rglob("*.py"))
        for module in _imports(path)
        if module.split(".")[0] == "factcheck_rules"
    ]
    assert not wrong, "\n".join(wrong)


def test_language_imports_nothing_but_itself() -> None:
    """The language package is data and sets: cheap to import, no spaCy, no host internals."""
    wrong = [
        f"{path.name}: {module}"
        for path in sorted(LANGUAGE.glob("*.py"))
        for module in _imports(path)
        if module.split(".")[0] in ("factcheck", "factcheck_rules", "spacy")
        and not module.startswith("factcheck.language")
    ]
    assert not wrong, "\n".join(wrong)


def test_every_word_list_has_a_header_and_unique_entries() -> None:
    files = sorted((LANGUAGE / "data").glob("*.txt"))
    assert files
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines and lines[0].startswith("# "), f"{path.name}: no header comment"
        entries = [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]
        assert entries, f"{path.name}: no entries"
        assert len(entries) == len(set(entries)), f"{path.name}: duplicate entries"
        assert all(ln == ln.strip() for ln in lines), f"{path.name}: stray whitespace"


def test_every_word_list_is_read_somewhere() -> None:
    """A data file nobody loads is dead weight in the wheel."""
    sources = "\n".join(
        p.read_text(encoding="utf-8")
        for base in (ROOT / "factcheck", RULES)
        for p in base.rglob("*.py")
    )
    unread = [
        p.name
        for p in sorted((LANGUAGE / "data").glob("*.txt"))
        if f'word_list("{p.stem}")' not in sources
    ]
    assert not unread, f"word lists no module loads: {unread}"


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[0] == "rules":
        parts[0] = "factcheck_rules"
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def test_no_import_cycle_between_modules() -> None:
    """Modules of the rules and of the shared analyses import in one direction only.

    Lazy imports inside functions count: they hide a cycle, they do not break it.
    Imports under ``if TYPE_CHECKING:`` do not (they never run), and importing a
    package's ``__init__`` is not counted as importing its modules.
    """
    paths = [*RULES.rglob("*.py"), *(ROOT / "factcheck").rglob("*.py")]
    modules = {_module_name(p): p for p in paths if "__pycache__" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = graph.setdefault(name, set())
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    target = f"{node.module}.{alias.name}"
                    edges.add(target if target in modules else node.module)
            elif isinstance(node, ast.Import):
                edges.update(alias.name for alias in node.names)
        edges &= modules.keys() - {name}
    cycles = _cycles(graph)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of ``tree`` except those under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found
