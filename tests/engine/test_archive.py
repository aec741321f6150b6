"""``factcheck archive`` on a real ``distributed.LocalCluster`` with worker processes.

No mock and no synchronous scheduler: two worker processes, one of which is
killed in the middle of a partition (a plugin rule SIGKILLs its own process
the first time it runs), and the results must still equal ``factcheck run``.
"""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest

from factcheck.archive.driver import run_archive
from factcheck.archive.worker import read_partition
from factcheck.engine.session import RunOptions
from tests.conftest import RunCli, plugin_module
from tests.engine.articles import make_folder

distributed = pytest.importorskip("distributed")

ONCE_KILLER = textwrap.dedent(
    '''
    import os
    import signal

    from factcheck import hookimpl


    @hookimpl
    def factcheck_article_start(article, settings):
        """Kill this worker process the first time, as the out-of-memory killer would."""
        marker = os.environ.get("FACTCHECK_TEST_KILL_MARKER")
        if marker and "long.txt" in article.path and not os.path.exists(marker):
            open(marker, "w").close()
            os.kill(os.getpid(), signal.SIGKILL)
    '''
)


def _records(output: Path, fmt: str) -> list[dict[str, object]]:
    plan = json.loads((output / "_plan.json").read_text())
    out: list[dict[str, object]] = []
    for i in range(plan["partitions"]):
        for rec in read_partition(str(output), f"part-{i:05d}", fmt):
            for key in ("findings", "failures", "notes"):
                if isinstance(rec[key], str):
                    rec[key] = json.loads(rec[key])
            out.append(rec)
    return out


def test_archive_equals_run_and_survives_a_killed_worker(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_folder(tmp_path, count=6)
    env = plugin_module(tmp_path, "once_killer", ONCE_KILLER)
    expected = run_cli("run", "--no-cache", "-p", "once_killer", "-f", "json", str(folder), env=env)
    files = json.loads(expected.stdout)["files"]
    marker = tmp_path / "killed-once"
    monkeypatch.setenv("PYTHONPATH", env["PYTHONPATH"])
    monkeypatch.setenv("FACTCHECK_TEST_KILL_MARKER", str(marker))
    monkeypatch.syspath_prepend(env["PYTHONPATH"].split(os.pathsep)[0])
    options = RunOptions(plugin_modules=["once_killer"])
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        for fmt in ("jsonl", "parquet"):
            output = tmp_path / f"out-{fmt}"
            summary, _ = run_archive(
                options,
                [str(folder)],
                output=str(output),
                fmt=fmt,
                scheduler=cluster.scheduler_address,
                partition_size=4,
                echo=lambda _line: None,
            )
            assert marker.exists(), "the worker was never killed"
            assert summary.partitions == 4 and summary.skipped == 0
            assert _records(output, fmt) == files
            assert summary.totals["files"] == len(files) == 14
    rerun = run_cli(
        "archive",
        str(folder),
        "-o",
        str(tmp_path / "out-jsonl"),
        "-f",
        "jsonl",
        "--partition-size",
        "4",
        "-p",
        "once_killer",
        env=env,
    )
    assert "4 partitions (4 already written, skipped)" in rerun.stderr, rerun.stderr
    assert rerun.returncode == expected.returncode
    other = run_cli("archive", str(folder / "a"), "-o", str(tmp_path / "out-jsonl"), "-f", "jsonl")
    assert other.returncode == 2 and "holds the results of another run" in other.stderr
