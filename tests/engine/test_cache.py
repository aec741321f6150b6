"""The result cache: served only under the same bytes, settings and versions.

Each part of the key is changed in turn on real sessions and must change the
key; end to end, a second run is served from the cache with identical output,
and a damaged or hostile cache entry is a miss, never a crash or code run.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.engine import cache
from factcheck.engine.session import RunOptions, Session
from tests.conftest import REPO, RunCli, plugin_module, write
from tests.engine.articles import make_folder

ARTICLE = "Talks resume\n\nOn Friday 14 March 2024 the the minister said he would sign.\n"


def _key(tmp_path: Path, name: str = "a.txt", text: str = ARTICLE, **options: object) -> str:
    path = write(tmp_path / name, text)
    opts = RunOptions(paths=[str(path)], cache=True, isolated=True, **options)  # type: ignore[arg-type]
    session = Session(opts)
    assert cache.cache_root(session) is not None
    key = cache.file_key(session, cache.run_identity(session), str(path), path.read_bytes())
    assert key is not None
    return key


VARIANTS: dict[str, Callable[[Path], str]] = {
    "bytes": lambda t: _key(t, text=ARTICLE.replace("Friday", "Monday")),
    "path": lambda t: _key(t, name="b.txt"),
    "select": lambda t: _key(t, select=["FC101"]),
    "ignore": lambda t: _key(t, ignore=["FC3"]),
    "published": lambda t: _key(t, published=dt.date(2024, 3, 15)),
    "rule options": lambda t: _key(
        t, settings_overrides={"rule-options": {"FC101": {"allow": ["the"]}}}
    ),
    "plugin options": lambda t: _key(t, settings_overrides={"plugin-options": {"x": {"y": 1}}}),
    "plugins": lambda t: _key(t, disabled_plugins=["factcheck-facts"]),
    "model": lambda t: _key(t, model="en_core_web_sm"),
    "unused suppressions": lambda t: _key(t, report_unused_suppressions=True),
    "max file size": lambda t: _key(t, settings_overrides={"max-file-size": 1000}),
}


@pytest.mark.parametrize("part", sorted(VARIANTS))
def test_every_part_of_the_key_matters(tmp_path: Path, part: str) -> None:
    base = _key(tmp_path / "base")
    assert _key(tmp_path / "base") == base
    assert VARIANTS[part](tmp_path / "base") != base


def test_settings_that_cannot_change_a_result_are_not_in_the_key(tmp_path: Path) -> None:
    base = _key(tmp_path)
    assert _key(tmp_path, jobs=2, stats=True, cache_dir=str(tmp_path / "c")) == base


def test_severity_in_the_nearest_configuration_matters(tmp_path: Path) -> None:
    path = write(tmp_path / "copy" / "a.txt", ARTICLE)

    def key() -> str:
        session = Session(RunOptions(paths=[str(path)], cache=True))
        k = cache.file_key(session, cache.run_identity(session), str(path), path.read_bytes())
        assert k is not None
        return k

    before = key()
    write(tmp_path / "copy" / "factcheck.toml", '[severity]\nFC101 = "info"\n')
    assert key() != before


def test_facts_baseline_and_plugin_sources_are_read_for_the_key(tmp_path: Path) -> None:
    facts = write(tmp_path / "facts.toml", "")
    with_facts = _key(tmp_path, facts=[str(facts)])
    write(facts, "# edited\n")
    assert _key(tmp_path, facts=[str(facts)]) != with_facts

    env = plugin_module(tmp_path, "keyed_plugin", "VALUE = 1\n")
    sys.path.insert(0, env["PYTHONPATH"].split(os.pathsep)[0])
    try:
        first = _key(tmp_path, plugin_modules=["keyed_plugin"])
        write(tmp_path / "plugin_src" / "keyed_plugin.py", "VALUE = 2\n")
        assert _key(tmp_path, plugin_modules=["keyed_plugin"]) != first
    finally:
        sys.path.pop(0)
        sys.modules.pop("keyed_plugin", None)


def _env(cache_dir: Path) -> dict[str, str]:
    return {cache.ENV_CACHE_DIR: str(cache_dir)}


def test_second_run_is_served_from_the_cache(run_cli: RunCli, tmp_path: Path) -> None:
    folder = make_folder(tmp_path)
    env = _env(tmp_path / "cache")
    first = run_cli("run", "--stats", "-f", "json", str(folder), env=env)
    assert "0 hits, 7 stored" in first.stderr  # the empty file is an error, never stored
    second = run_cli("run", "--stats", "-f", "json", str(folder), env=env)
    assert "7 hits, 0 stored" in second.stderr
    assert (second.stdout, second.returncode) == (first.stdout, first.returncode)
    fresh = run_cli("run", "--no-cache", "--stats", "-f", "json", str(folder), env=env)
    assert fresh.stdout == first.stdout and "cache: 0 hits, 0 stored" in fresh.stderr

    write(folder / "a" / "clean.txt", "Edited headline\n\nThe the council met.\n")
    third = run_cli("run", "--stats", "-f", "json", str(folder), env=env)
    assert "6 hits, 1 stored" in third.stderr
    assert '"Edited headline' not in third.stdout and third.stdout != first.stdout


def test_no_cache_and_clean(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    run_cli("run", "--no-cache", "--select", "FC101", "a.txt")
    assert not (tmp_path / cache.CACHE_DIRNAME).exists()
    run_cli("run", "--select", "FC101", "a.txt", env={cache.ENV_NO_CACHE: "1"})
    assert not (tmp_path / cache.CACHE_DIRNAME).exists()
    run_cli("run", "--select", "FC101", "a.txt")
    root = tmp_path / cache.CACHE_DIRNAME
    assert (root / "CACHEDIR.TAG").is_file() and (root / ".gitignore").is_file()
    assert "1 entries" in run_cli("cache", "info").stdout
    assert "removed" in run_cli("cache", "clean").stdout and not root.exists()
    assert "no cache" in run_cli("cache", "clean").stdout
    write(tmp_path / "notes" / "keep.txt", "mine")
    refused = run_cli("cache", "clean", "--cache-dir", "notes")
    assert refused.returncode == 2 and (tmp_path / "notes" / "keep.txt").exists()
    write(tmp_path / "factcheck.toml", 'cache-dir = "build/fc"\n')
    run_cli("run", "--select", "FC101", "a.txt")
    assert (tmp_path / "build" / "fc" / "CACHEDIR.TAG").is_file()


class _Evil:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch pwned",))


def test_damaged_or_hostile_entries_are_misses(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    first = run_cli("run", "--select", "FC101", "-f", "json", "a.txt")
    entries = [p for p in (tmp_path / cache.CACHE_DIRNAME).rglob("*") if p.is_file()]
    [entry] = [p for p in entries if p.parent.name != cache.CACHE_DIRNAME]
    entry.write_bytes(entry.read_bytes()[:40])
    again = run_cli("run", "--stats", "--select", "FC101", "-f", "json", "a.txt")
    assert again.stdout == first.stdout and "0 hits, 1 stored" in again.stderr
    entry.write_bytes(pickle.dumps(_Evil()))
    third = run_cli("run", "--stats", "--select", "FC101", "-f", "json", "a.txt")
    assert third.stdout == first.stdout and "0 hits" in third.stderr
    assert not (tmp_path / "pwned").exists()


def test_two_runs_sharing_a_cache(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, count=10)
    env = {**os.environ, cache.ENV_CACHE_DIR: str(tmp_path / "shared"), "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "factcheck", "run", "-f", "json", str(folder)]
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert outs[0][0] == outs[1][0] and outs[0][0]
    third = subprocess.run(cmd, capture_output=True, env=env, timeout=300, check=False)
    assert third.stdout == outs[0][0]
    shutil.rmtree(tmp_path / "shared")
