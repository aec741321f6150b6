"""``factcheck serve`` as a user starts it: worker processes, the token variable, shutdown.

These start the real command in a subprocess on a free loopback port, so
they cover what the in-process tests cannot: the click options, uvicorn's
worker processes (each loading the pipeline once), and a graceful stop on
SIGTERM that lets a running check finish.
"""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import httpx
import pytest

from factcheck.server.command import require
from tests.conftest import RunCli
from tests.server.conftest import ARTICLE, serve_process


def test_workers_and_token_from_the_environment(tmp_path: Path) -> None:
    env = {"FACTCHECK_SERVER_TOKEN": "desk-token"}
    with serve_process(["--workers", "2"], tmp_path, env) as (url, _proc):
        auth = {"Authorization": "Bearer desk-token"}
        assert httpx.post(f"{url}/api/v1/check", json={"text": ARTICLE}).status_code == 401
        response = httpx.post(
            f"{url}/api/v1/check", json={"text": ARTICLE}, headers=auth, timeout=60
        )
        assert response.status_code == 200
        assert "FC101" in {f["rule"] for f in response.json()["files"][0]["findings"]}
        pids = set()
        for _ in range(200):  # new connections land on either worker
            pids.add(httpx.get(f"{url}/healthz").json()["pid"])
            if len(pids) == 2:
                break
        assert len(pids) == 2, "two worker processes answer"


def test_sigterm_lets_the_running_check_finish(tmp_path: Path) -> None:
    long_text = ARTICLE + "\n".join(ARTICLE.splitlines()[2:] * 40)
    answers: list[httpx.Response] = []
    with serve_process([], tmp_path) as (url, proc):
        worker = threading.Thread(
            target=lambda: answers.append(
                httpx.post(f"{url}/api/v1/check", json={"text": long_text}, timeout=120)
            )
        )
        worker.start()
        time.sleep(0.3)
        proc.send_signal(signal.SIGTERM)
        worker.join(timeout=120)
        # uvicorn re-raises the signal it caught once it has shut down cleanly.
        assert proc.wait(timeout=60) in (0, -signal.SIGTERM)
        out = proc.stdout.read() if proc.stdout else ""
    assert answers and answers[0].status_code == 200
    assert answers[0].json()["summary"]["findings"] > 0
    assert "Shutting down" in out and "Finished server process" in out


def test_usage_errors_exit_2_before_starting(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("colour = 'blue'\n", encoding="utf-8")
    bad_config = run_cli("serve", "--port", "1", cwd=tmp_path)
    assert bad_config.returncode == 2
    assert "unknown key 'colour'" in bad_config.stderr
    bad_rule = run_cli("serve", "--isolated", "--select", "FC999", "--port", "1", cwd=tmp_path)
    assert bad_rule.returncode == 2 and "'FC999' matches no rule" in bad_rule.stderr


def test_missing_server_extra_says_what_to_install(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        require({"factcheck_no_such_module": "no-such-dist"}, "factcheck serve")
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "factcheck serve needs no-such-dist" in err
    assert "pip install 'factcheck-news[server]'" in err
