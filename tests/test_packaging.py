"""The wheel users install holds every package, the shipped model and the entry points.

``pyproject.toml`` lists packages explicitly (the built-in rules are mapped
from ``rules/`` to ``factcheck_rules``), so a new subpackage that nobody adds
to the list is silently missing from the wheel while every test of the
checkout still passes. This test builds the real wheel and compares it with
the source tree, so that mistake fails here instead of on a user's machine.

The project is copied to a temporary folder first: setuptools writes
``build/`` and ``*.egg-info`` next to the sources, and a stale ``build/lib``
can leak deleted modules into a wheel.
"""

from __future__ import annotations

import ast
import configparser
import importlib.metadata as md
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.engine.plugin_manager import DISTRIBUTION

ROOT = Path(__file__).resolve().parents[1]
#: Source folder -> import name in the wheel (pyproject's package-dir mapping).
PACKAGE_ROOTS = {"factcheck": "factcheck", "rules": "factcheck_rules"}
MODEL_DIR = Path("factcheck", "nlp", "model")
LANGUAGE_DATA = Path("factcheck", "language", "data")
#: Folders of the checkout that are never needed to build the wheel.
_NOT_COPIED = (
    ".git",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".venv",
    "venv",
    ".tox",
    "training",
)
REQUIRED_ENTRY_POINTS = {
    "console_scripts": {"factcheck": "factcheck.cli:main"},
    "factcheck": {
        "factcheck-rules": "factcheck_rules.plugin",
        "factcheck-facts": "factcheck_rules.knowledge.facts",
    },
    "pytest11": {"factcheck": "factcheck.testing.pytest_plugin"},
}


def _setuptools_is_recent() -> bool:
    """True when the installed setuptools meets pyproject's build requirement."""
    try:
        import setuptools
    except ImportError:
        return False
    major = int(setuptools.__version__.split(".")[0])
    return major >= 68 and importlib.util.find_spec("wheel") is not None


def _build_command(src: Path, out: Path) -> list[str]:
    if importlib.util.find_spec("build") is not None:
        cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out)]
        # Without network an isolated build cannot fetch setuptools; use the local one if it fits.
        if _setuptools_is_recent():
            cmd.append("--no-isolation")
        return [*cmd, str(src)]
    return [sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(out), str(src)]


@dataclass
class Built:
    """The wheel and the copy of the checkout it was built from (what it must match)."""

    wheel: zipfile.ZipFile
    src: Path

    @property
    def names(self) -> set[str]:
        return set(self.wheel.namelist())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The wheel built from a copy of the checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    src, out = tmp / "src", tmp / "dist"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(*_NOT_COPIED))
    proc = subprocess.run(
        _build_command(src, out), capture_output=True, text=True, timeout=900, check=False
    )
    assert proc.returncode == 0, f"building the wheel failed:\n{proc.stdout}\n{proc.stderr}"
    wheels = sorted(out.glob(f"{DISTRIBUTION.replace('-', '_')}-*.whl"))
    assert len(wheels) == 1, f"expected one wheel, got {wheels}"
    with zipfile.ZipFile(wheels[0]) as zf:
        yield Built(zf, src)


def _source_packages(root: Path) -> list[tuple[Path, str]]:
    """Every package folder under ``root``, with its path inside the wheel."""
    found: list[tuple[Path, str]] = []
    for folder, import_name in PACKAGE_ROOTS.items():
        base = root / folder
        for init in sorted(base.rglob("__init__.py")):
            if "__pycache__" in init.parts:
                continue
            rel = init.parent.relative_to(base)
            found.append((init.parent, "/".join([import_name, *rel.parts])))
    return found


def test_every_source_package_is_in_the_wheel(built: Built) -> None:
    names = built.names
    missing: list[str] = []
    for folder, in_wheel in _source_packages(built.src):
        for module in sorted(folder.glob("*.py")):
            if f"{in_wheel}/{module.name}" not in names:
                missing.append(f"{module.relative_to(built.src)} (as {in_wheel}/{module.name})")
    assert not missing, (
        "modules missing from the wheel; add their packages to [tool.setuptools] packages "
        "in pyproject.toml:\n  " + "\n  ".join(missing)
    )


def test_no_module_lives_outside_a_package() -> None:
    """A folder of modules without ``__init__.py`` is not a package and would not ship."""
    orphans = sorted(
        str(d.relative_to(ROOT))
        for folder in PACKAGE_ROOTS
        for d in (ROOT / folder).rglob("*")
        if d.is_dir()
        and d.name != "__pycache__"
        and (ROOT / MODEL_DIR) not in (d, *d.parents)
        and any(d.glob("*.py"))
        and not (d / "__init__.py").is_file()
    )
    assert not orphans, f"folders with modules but no __init__.py: {orphans}"


def test_builtin_rules_ship_as_factcheck_rules_only(built: Built) -> None:
    names = built.names
    assert "factcheck_rules/__init__.py" in names
    assert "factcheck_rules/plugin.py" in names
    top_level = {n.split("/", 1)[0] for n in names}
    stray = top_level & {"rules", "plugins", "tests", "training", "benchmarks", "docs"}
    assert not stray, f"the wheel must not contain these top-level folders: {sorted(stray)}"
    assert not any(n.startswith("factcheck_house_style/") for n in names)


def test_shipped_model_is_in_the_wheel(built: Built) -> None:
    source = built.src / MODEL_DIR
    assert (source / "meta.json").is_file(), f"no shipped model at {source}"
    expected = {
        p.relative_to(built.src).as_posix()
        for p in source.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    missing = sorted(expected - built.names)
    assert not missing, f"model files missing from the wheel: {missing[:20]}"
    for part in ("meta.json", "config.cfg"):
        assert f"{MODEL_DIR.as_posix()}/{part}" in expected


def test_package_data_is_in_the_wheel(built: Built) -> None:
    names = built.names
    assert "factcheck/py.typed" in names
    data = [
        *(built.src / "factcheck" / "schemas").glob("*.json"),
        *(built.src / "factcheck" / "host" / "data").glob("*.json"),
    ]
    assert len(data) >= 3
    for path in data:
        assert path.relative_to(built.src).as_posix() in names
    templates = sorted((built.src / "factcheck" / "host" / "reporters" / "templates").iterdir())
    assert templates, "the html report's templates are missing from the checkout"
    for template in templates:
        assert f"factcheck/host/reporters/templates/{template.name}" in names
    # The word lists are data files the rules read at import: without them nothing runs.
    word_lists = sorted((built.src / LANGUAGE_DATA).glob("*.txt"))
    assert word_lists, f"no word lists at {LANGUAGE_DATA}"
    missing = [p.name for p in word_lists if f"{LANGUAGE_DATA.as_posix()}/{p.name}" not in names]
    assert not missing, f"word lists missing from the wheel: {missing}"
    # The place lists the pronoun rules read (built by training/build_places.py).
    assert "factcheck/nlp/data/places.json" in names
    # The pronoun resolver's ranker weights (built by training/train_coref_ranker.py).
    assert "factcheck_rules/pronouns/analysis/data/ranker.json" in names


def _dist_info_file(wheel: zipfile.ZipFile, name: str) -> str:
    [path] = [n for n in wheel.namelist() if n.endswith(f".dist-info/{name}")]
    return wheel.read(path).decode("utf-8")


def test_entry_points_are_in_the_metadata(built: Built) -> None:
    parser = configparser.ConfigParser(delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep names' case
    parser.read_string(_dist_info_file(built.wheel, "entry_points.txt"))
    got = {section: dict(parser[section]) for section in parser.sections()}
    for group, entries in REQUIRED_ENTRY_POINTS.items():
        for name, target in entries.items():
            assert got.get(group, {}).get(name) == target, f"[{group}] {name} missing: {got}"
    # Whatever pyproject declares is in the wheel too, and points at a module that ships.
    pyproject = (built.src / "pyproject.toml").read_text(encoding="utf-8")
    project = tomllib.loads(pyproject)["project"]
    declared = {"console_scripts": project.get("scripts", {}), **project.get("entry-points", {})}
    names = built.names
    for group, entries in declared.items():
        for name, target in entries.items():
            assert got.get(group, {}).get(name) == target, f"[{group}] {name} not in the wheel"
            module = target.split(":")[0].replace(".", "/")
            assert f"{module}.py" in names or f"{module}/__init__.py" in names, target


def test_metadata_names_the_runtime_dependencies(built: Built) -> None:
    metadata = _dist_info_file(built.wheel, "METADATA")
    assert f"Name: {DISTRIBUTION}\n" in metadata
    requires = [ln for ln in metadata.splitlines() if ln.startswith("Requires-Dist:")]
    for dependency in ("pluggy", "spacy", "click"):
        assert any(dependency in ln and "extra ==" not in ln for ln in requires), requires


def _imported_top_level(folder: Path) -> dict[str, str]:
    """Every top-level module imported under ``folder``, with one file that imports it."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def _distribution_names(requirements: list[str]) -> set[str]:
    return {
        re.sub(r"[-_.]+", "-", m.group(0)).lower()
        for req in requirements
        if (m := re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", req))
    }


def test_every_imported_package_is_a_declared_dependency() -> None:
    """An import that works only because another package pulled it in breaks on the next upgrade.

    The testing kit may import what its optional dependencies provide (it runs under pytest);
    the servers (``factcheck serve``, ``factcheck lsp``) what the ``server`` extra provides, and
    ``factcheck archive`` what the ``archive`` extra provides.
    """
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = _distribution_names(project["dependencies"])
    extras = project.get("optional-dependencies", {})
    optional = _distribution_names([r for reqs in extras.values() for r in reqs])
    server = _distribution_names(extras.get("server", []))
    archive = _distribution_names(extras.get("archive", []))
    own = {"factcheck", "factcheck_rules", "__future__", *sys.stdlib_module_names}
    providers = md.packages_distributions()
    undeclared: list[str] = []
    for folder in PACKAGE_ROOTS:
        for module, where in _imported_top_level(ROOT / folder).items():
            if module in own:
                continue
            dists = {re.sub(r"[-_.]+", "-", d).lower() for d in providers.get(module, [module])}
            allowed = required
            if where.startswith("factcheck/testing/"):
                allowed = allowed | optional
            elif where.startswith(("factcheck/server/", "factcheck/lsp/")):
                allowed = allowed | server
            elif where.startswith("factcheck/archive/"):
                allowed = allowed | archive
            if not dists & allowed:
                undeclared.append(f"{module} (imported in {where})")
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"
