"""``--jobs N``: worker processes give the same bytes, order and exit code as one process.

Real worker processes through the real command line (no mocks); speed is
measured in ``benchmarks/speed.py``, not here.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.conftest import RunCli, plugin_module, write
from tests.engine.articles import make_folder

NO_CACHE = ("--no-cache",)


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_two_workers_print_exactly_what_one_process_prints(
    run_cli: RunCli, tmp_path: Path, fmt: str
) -> None:
    folder = make_folder(tmp_path, count=12)
    one = run_cli("run", *NO_CACHE, "--format", fmt, str(folder))
    two = run_cli("run", *NO_CACHE, "--jobs", "2", "--format", fmt, str(folder))
    assert one.returncode == two.returncode == 2  # the empty file is an input error
    assert two.stdout == one.stdout
    if fmt == "json":
        files = [f["path"] for f in json.loads(two.stdout)["files"]]
        assert len(files) == 20 and files[0].endswith("a/clean.txt")


def test_stats_report_memory_per_worker(run_cli: RunCli, tmp_path: Path) -> None:
    folder = make_folder(tmp_path, count=12)
    proc = run_cli("run", *NO_CACHE, "--jobs", "2", "--stats", "-f", "json", str(folder))
    workers = [ln for ln in proc.stderr.splitlines() if ln.startswith("factcheck: worker ")]
    assert len(workers) == 2, proc.stderr
    assert all("peak memory" in ln and " MB" in ln for ln in workers)


def test_jobs_from_configuration_and_auto(run_cli: RunCli, tmp_path: Path) -> None:
    folder = make_folder(tmp_path, count=12)
    write(tmp_path / "factcheck.toml", "jobs = 2\n")
    proc = run_cli("run", *NO_CACHE, "--stats", "-f", "json", str(folder))
    assert "2 jobs" in proc.stderr, proc.stderr
    auto = run_cli("run", *NO_CACHE, "--stats", "--jobs", "auto", "-f", "json", "a.txt")
    assert auto.returncode == 2  # no such file: still a per-file error
    write(tmp_path / "factcheck.toml", 'jobs = "many"\n')
    bad = run_cli("run", "-f", "json", str(folder))
    assert bad.returncode == 2
    assert "factcheck.toml: bad value for 'jobs'" in bad.stderr
    assert "Invalid value for '--jobs'" in run_cli("run", "--jobs", "0", str(folder)).stderr


KILLER_PLUGIN = textwrap.dedent(
    '''
    import multiprocessing
    import os
    import signal

    from factcheck import Rule, Severity, hookimpl


    class Killer(Rule):
        """Kills the worker process on a marker word.

        ## What it does
        Kills the process that checks a file holding the marker.

        ## Why it matters
        Stands for a crash in native code or the out-of-memory killer.

        ## Example
        KILLME

        ## Use instead
        Nothing.

        ## Limitations
        None.
        """

        code = "ZZ990"
        name = "worker-killer"
        category = "garbled"
        severity = Severity.ERROR
        needs_parse = False

        def check(self, article, ctx):
            if "KILLME" in article.text and multiprocessing.parent_process() is not None:
                os.kill(os.getpid(), signal.SIGKILL)
            return []


    @hookimpl
    def factcheck_register_rules():
        return [Killer]
    '''
)


def test_a_worker_killed_by_one_file_spares_the_others(run_cli: RunCli, tmp_path: Path) -> None:
    env = plugin_module(tmp_path, "killer_plugin", KILLER_PLUGIN)
    folder = make_folder(tmp_path, count=12)
    write(folder / "b" / "zz-kill.txt", "Headline\n\nKILLME now, said the the editor.\n")
    args = ("run", *NO_CACHE, "-p", "killer_plugin", "--select", "FC101,ZZ990", "-f", "json")
    proc = run_cli(*args, "--jobs", "2", str(folder), env=env)
    assert proc.returncode == 3, proc.stderr
    files = {Path(f["path"]).name: f for f in json.loads(proc.stdout)["files"]}
    assert len(files) == 21
    assert files["zz-kill.txt"]["findings"] == []
    assert "worker process checking this file died" in proc.stderr
    (folder / "b" / "zz-kill.txt").unlink()
    alone = run_cli(*args, str(folder), env=env)
    expected = {Path(f["path"]).name: f for f in json.loads(alone.stdout)["files"]}
    assert {k: v for k, v in files.items() if k != "zz-kill.txt"} == expected
    assert [f["rule"] for f in files["doubled.txt"]["findings"]] == ["FC101"]
