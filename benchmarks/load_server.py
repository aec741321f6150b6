"""A bounded load test of ``factcheck serve`` on loopback: none lost, none wrong, how fast.

Why: the server promises that one long-lived checker per worker answers a
desk's worth of concurrent clients correctly and quickly. This script starts
``factcheck serve`` (or uses ``--url``), sends ``--requests`` checks with
``--concurrency`` in flight over a mix of article sizes and formats, and
compares every answer with ``factcheck run --format json`` on the same text
(one CLI run over all the articles). It also times single articles one at a
time with the pipeline warm, and sends malformed and oversized requests to see
a 4xx with a message while the server stays up.

Usage: python benchmarks/load_server.py [--requests 500] [--concurrency 20]
       [--workers 2] [--single 50] [--url URL] [--save figures.json]
Exit status 1 when a request was lost or wrong or a bad request was not a 4xx.
The articles are generated here from sentences written for this benchmark.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent

_SENTENCES = (
    "The harbour authority approved the new ferry timetable after a long public meeting.",
    "Fishing crews said the evening crossings would help them reach the market earlier.",
    "The council spent two years planning the upgrade to the northern pier.",
    "Residents of the island had asked for a later boat since the old service ended.",
    "The operator will add two vessels to the route next spring, a spokesman said.",
    "Ticket prices will stay the same for children and pensioners.",
    "The works on the quay are expected to close the car park for six weeks.",
    "Local traders welcomed the plan, saying summer visitors often missed the last ferry.",
    "The regional transport board must still approve the budget for the new berth.",
    "Engineers found cracks in the old ramp during an inspection in the winter.",
    "A temporary pontoon will be used while the ramp is rebuilt.",
    "The chair of the harbour board thanked the volunteers who ran the consultation.",
    "Some islanders worried that larger boats would bring more traffic to the village.",
    "The company said it would publish noise measurements every month.",
    "Schools on the island will get a discounted fare for trips to the mainland.",
)
_PLANTED = (
    "The board said the the new berth would open in the autumn.",
    "The first crossing is planned for 31 April, the operator said.",
    "Crews were told on Monday. the unions have not yet responded.",
    "Norway supports the plan, and he has offered to share the cost.",
    'The ferry "will run every hour in summer, the operator said.',
)
_HEADLINES = (
    "Island ferry gets later crossings",
    "Harbour board backs new pier plan",
    "Quay works to close car park",
)


def _article(rng: random.Random, paragraphs: int, fmt: str) -> str:
    headline = rng.choice(_HEADLINES)
    body: list[str] = []
    for _ in range(paragraphs):
        sentences = rng.sample(_SENTENCES, 3)
        if rng.random() < 0.5:
            sentences.insert(rng.randrange(4), rng.choice(_PLANTED))
        body.append(" ".join(sentences))
    if fmt == "md":
        return f"# {headline}\n\n" + "\n\n".join(body) + "\n"
    if fmt == "html":
        paras = "\n".join(f"<p>{p}</p>" for p in body)
        return f"<html><body><article><h1>{headline}</h1>\n{paras}\n</article></body></html>\n"
    return f"{headline}\n\n" + "\n\n".join(body) + "\n"


#: Paragraphs per article size: about 100, 550 and 2,200 words.
SIZES = {"small": 2, "medium": 12, "large": 50}


def corpus(sizes: tuple[str, ...] = tuple(SIZES), seed: int = 7) -> dict[str, str]:
    """Articles of the given sizes in the three formats (txt, md, html)."""
    rng = random.Random(seed)
    out: dict[str, str] = {}
    for size, paragraphs in SIZES.items():
        if size not in sizes:
            continue
        for fmt in ("txt", "md", "html"):
            out[f"{size}.{fmt}"] = _article(rng, paragraphs, fmt)
    return out


def expected_reports(articles: dict[str, str], folder: Path) -> dict[str, object]:
    """``factcheck run --format json`` over every article: the file documents by name."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcheck",
            "run",
            "--isolated",
            "--format",
            "json",
            "--fail-on",
            "never",
            *sorted(articles),
        ],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"factcheck run failed ({proc.returncode}):\n{proc.stderr}")
    return {f["path"]: f for f in json.loads(proc.stdout)["files"]}


@dataclass
class Report:
    requests: int
    concurrency: int
    workers: int
    ok: int = 0
    lost: int = 0
    wrong: int = 0
    wall_s: float = 0.0
    throughput_rps: float = 0.0
    words_per_s: float = 0.0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    max_ms: float = 0.0
    single_article: str = ""
    single_p50_ms: float = 0.0
    single_p95_ms: float = 0.0
    bad_requests: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.lost and not self.wrong and not self.problems


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))]


async def _load(
    url: str,
    articles: dict[str, str],
    expected: dict[str, object],
    report: Report,
    headers: dict[str, str],
) -> None:
    names = sorted(articles)
    plan = [names[i % len(names)] for i in range(report.requests)]
    random.Random(11).shuffle(plan)
    latencies: list[float] = []
    words = 0
    queue: asyncio.Queue[str] = asyncio.Queue()
    for name in plan:
        queue.put_nowait(name)
    limits = httpx.Limits(max_connections=report.concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=300, limits=limits, headers=headers) as c:

        async def one() -> None:
            nonlocal words
            while not queue.empty():
                name = queue.get_nowait()
                t0 = time.perf_counter()
                try:
                    r = await c.post(
                        "/api/v1/check", json={"text": articles[name], "filename": name}
                    )
                except httpx.HTTPError as exc:
                    report.lost += 1
                    report.problems.append(f"{name}: {type(exc).__name__}: {exc}")
                    continue
                latencies.append(time.perf_counter() - t0)
                if r.status_code != 200:
                    report.lost += 1
                    report.problems.append(f"{name}: HTTP {r.status_code}: {r.text[:200]}")
                    continue
                got = r.json()["files"][0]
                if got != expected[name]:
                    report.wrong += 1
                    report.problems.append(f"{name}: answer differs from factcheck run")
                    continue
                report.ok += 1
                words += int(got["words"])

        start = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(report.concurrency)))
        report.wall_s = time.perf_counter() - start
    report.throughput_rps = report.ok / report.wall_s
    report.words_per_s = words / report.wall_s
    if latencies:
        report.p50_ms = 1000 * statistics.median(latencies)
        report.p95_ms = 1000 * _percentile(latencies, 95)
        report.max_ms = 1000 * max(latencies)


def _single(
    url: str, name: str, text: str, n: int, report: Report, headers: dict[str, str]
) -> None:
    times: list[float] = []
    with httpx.Client(base_url=url, timeout=120, headers=headers) as c:
        for _ in range(n):
            t0 = time.perf_counter()
            c.post("/api/v1/check", json={"text": text, "filename": name}).raise_for_status()
            times.append(time.perf_counter() - t0)
    report.single_article = f"{name} ({len(text.split())} words)"
    report.single_p50_ms = 1000 * statistics.median(times)
    report.single_p95_ms = 1000 * _percentile(times, 95)


def _bad_requests(url: str, report: Report, headers: dict[str, str], limit: int) -> None:
    cases: dict[str, dict[str, object]] = {
        "malformed JSON": {"content": b"{oops", "headers": {"Content-Type": "application/json"}},
        "oversized body": {"json": {"text": "word " * (limit // 4)}},
        "unknown option": {"json": {"text": "A text.", "options": {"model": "x"}}},
        "wrong content type": {"content": b"text", "headers": {"Content-Type": "text/csv"}},
    }
    with httpx.Client(base_url=url, timeout=60, headers=headers) as c:
        for label, kwargs in cases.items():
            r = c.post("/api/v1/check", **kwargs)  # type: ignore[arg-type]
            report.bad_requests[label] = r.status_code
            message = (
                r.json().get("error", "")
                if r.headers.get("content-type", "").startswith("application/json")
                else ""
            )
            if not 400 <= r.status_code < 500 or not message:
                report.problems.append(f"{label}: HTTP {r.status_code} without a message")
        bad_lt = c.post("/v2/check", data={"text": "A text."})  # no language
        report.bad_requests["LanguageTool without language"] = bad_lt.status_code
        if bad_lt.status_code != 400:
            report.problems.append("LanguageTool request without language was not a 400")
        if c.get("/healthz").status_code != 200:
            report.problems.append("the server is down after the bad requests")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(
    requests: int = 500,
    concurrency: int = 20,
    workers: int = 2,
    single: int = 50,
    url: str | None = None,
    token: str | None = None,
    max_request_size: int = 1_000_000,
    sizes: tuple[str, ...] = tuple(SIZES),
) -> Report:
    """Start a server (unless ``url``), load it, and return the figures."""
    report = Report(requests=requests, concurrency=concurrency, workers=workers)
    articles = corpus(sizes)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    with tempfile.TemporaryDirectory(prefix="factcheck-load-") as tmp:
        expected = expected_reports(articles, Path(tmp))
        proc = None
        if url is None:
            port = _free_port()
            url = f"http://127.0.0.1:{port}"
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "factcheck",
                    "serve",
                    "--isolated",
                    "--port",
                    str(port),
                    "--workers",
                    str(workers),
                    "--max-request-size",
                    str(max_request_size),
                    "--log-level",
                    "warning",
                ],
                cwd=tmp,
                env={**os.environ},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            _wait(url, proc)
        try:
            one = "medium.txt" if "medium.txt" in articles else sorted(articles)[0]
            _single(url, one, articles[one], single, report, headers)
            asyncio.run(_load(url, articles, expected, report, headers))
            _bad_requests(url, report, headers, max_request_size)
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=60)
    return report


def _wait(url: str, proc: subprocess.Popen[str], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(
                f"factcheck serve exited:\n{proc.stderr.read() if proc.stderr else ''}"
            )
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("factcheck serve did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--single", type=int, default=50, help="sequential single-article checks")
    parser.add_argument("--url", default=None, help="use a running server instead")
    parser.add_argument("--token", default=os.environ.get("FACTCHECK_SERVER_TOKEN"))
    parser.add_argument("--save", type=Path, default=None, help="write the figures as JSON")
    args = parser.parse_args()
    report = run(args.requests, args.concurrency, args.workers, args.single, args.url, args.token)
    print(
        f"load: {report.requests} requests, {report.concurrency} concurrent, "
        f"{report.workers} worker(s), mixed sizes and formats"
    )
    print(f"  ok {report.ok}, lost {report.lost}, wrong {report.wrong}")
    print(
        f"  latency p50 {report.p50_ms:.0f} ms, p95 {report.p95_ms:.0f} ms, "
        f"max {report.max_ms:.0f} ms"
    )
    print(
        f"  throughput {report.throughput_rps:.1f} requests/s, {report.words_per_s:,.0f} words/s "
        f"({report.wall_s:.1f} s)"
    )
    print(
        f"single article, warm: {report.single_article}: p50 {report.single_p50_ms:.0f} ms, "
        f"p95 {report.single_p95_ms:.0f} ms"
    )
    print("bad requests: " + ", ".join(f"{k} -> {v}" for k, v in report.bad_requests.items()))
    for problem in report.problems[:20]:
        print(f"  PROBLEM: {problem}")
    if args.save:
        args.save.write_text(json.dumps(asdict(report), indent=2) + "\n", encoding="utf-8")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
