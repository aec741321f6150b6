"""The native API (``/api/v1``), the service routes and the request guards.

Each test talks HTTP to a real uvicorn on loopback. Answers are compared
with what ``factcheck run`` prints for the same text, so the server and the
CLI cannot drift apart.
"""

from __future__ import annotations

import io
import json
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import RunCli
from tests.server.conftest import ARTICLE, isolated, serve


def test_json_report_equals_factcheck_run(
    client: httpx.Client, run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "board.txt").write_text(ARTICLE, encoding="utf-8")
    cli = run_cli("run", "--isolated", "--format", "json", "board.txt", cwd=tmp_path)
    assert cli.returncode == 1, cli.stderr
    response = client.post("/api/v1/check", json={"text": ARTICLE, "filename": "board.txt"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == json.loads(cli.stdout)
    assert response.text == cli.stdout  # byte for byte: the same reporter wrote both


@pytest.mark.parametrize(
    ("filename", "text", "rule"),
    [
        (
            "note.md",
            "# Bridge reopens\n\nThe bridge reopened on 31 April, *officials* said.\n",
            "FC302",
        ),
        (
            "note.html",
            "<html><body><h1>Bridge reopens</h1><p>Crews said the the bridge was safe.</p>"
            "</body></html>",
            "FC101",
        ),
    ],
)
def test_format_from_filename(client: httpx.Client, filename: str, text: str, rule: str) -> None:
    doc = client.post("/api/v1/check", json={"text": text, "filename": filename}).json()
    findings = doc["files"][0]["findings"]
    assert doc["files"][0]["path"] == filename
    assert rule in {f["rule"] for f in findings}
    if filename.endswith(".html"):  # offsets index the HTML source as sent
        f = next(f for f in findings if f["rule"] == "FC101")
        assert text[f["start"] : f["end"]] == "the the"


def test_options_as_in_configuration(client: httpx.Client) -> None:
    only = client.post(
        "/api/v1/check", json={"text": ARTICLE, "options": {"select": ["FC302"]}}
    ).json()
    assert {f["rule"] for f in only["files"][0]["findings"]} == {"FC302"}
    severe = client.post(
        "/api/v1/check",
        json={"text": ARTICLE, "options": {"select": ["FC103"], "severity": {"FC103": "error"}}},
    ).json()
    assert [f["severity"] for f in severe["files"][0]["findings"]] == ["error"]
    pact = (
        "Ministers sign fishing pact\n\nThe minister signed the pact with Iceland on Wednesday.\n"
    )
    undated = client.post("/api/v1/check", json={"text": pact, "options": {"select": ["FC3"]}})
    assert [f["rule"] for f in undated.json()["files"][0]["findings"]] == ["FC306"]
    dated = client.post(
        "/api/v1/check",
        json={"text": pact, "options": {"published": "2024-03-14", "select": ["FC3"]}},
    ).json()
    (claim,) = dated["files"][0]["findings"]
    assert claim["rule"] == "FC301" and "2024-03-13" in claim["message"]


def test_other_formats(client: httpx.Client) -> None:
    sarif = client.post("/api/v1/check?format=sarif", json={"text": ARTICLE})
    assert sarif.json()["version"] == "2.1.0"
    text = client.post("/api/v1/check?format=text", json={"text": ARTICLE, "filename": "b.txt"})
    assert "b.txt:3:" in text.text and text.headers["content-type"].startswith("text/plain")
    bad = client.post("/api/v1/check?format=pdf", json={"text": ARTICLE})
    assert bad.status_code == 400 and "unknown format 'pdf'" in bad.json()["error"]


def test_html_escapes_the_article(client: httpx.Client) -> None:
    text = (
        "Council <script>alert(1)</script> votes\n\n"
        'The council voted on Tuesday to to fund <img src=x onerror="alert(2)"> parks.\n'
    )
    response = client.post("/api/v1/check?format=html", json={"text": text})
    html = response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "sandbox" in response.headers["content-security-policy"]
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(" in html  # escaped (a finding on "1" may split the text)
    assert "hl sev-error" in html and ">to to</span>" in html


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_uploads(client: httpx.Client) -> None:
    data = _docx(["Ferry fares rise", "", "The ferry company raised fares on 30 February."])
    docx = client.post("/api/v1/check", files={"file": ("fares.docx", data)}).json()
    assert docx["files"][0]["path"] == "fares.txt"
    assert "FC302" in {f["rule"] for f in docx["files"][0]["findings"]}
    md = client.post(
        "/api/v1/check",
        files={"file": ("../../etc/note.md", b"# Title here\n\nShe said the the words.\n")},
        data={"options": json.dumps({"select": ["FC101"]})},
    ).json()
    assert md["files"][0]["path"] == "note.md"  # a label, never a path on the server
    assert [f["rule"] for f in md["files"][0]["findings"]] == ["FC101"]


def test_uploads_never_touch_disk(client: httpx.Client, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("an upload was written to a temporary file")

    for name in ("TemporaryFile", "NamedTemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refuse)
    big = b"%PDF-1.7\n" + b"0" * 1_500_000  # over Starlette's default 1 MB spool
    response = client.post("/api/v1/check", files={"file": ("scan.pdf", big)})
    assert response.status_code == 422
    assert "looks like a binary file (PDF)" in response.json()["error"]


@pytest.mark.parametrize(
    ("kwargs", "status", "message"),
    [
        (
            {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
            400,
            "not valid JSON",
        ),
        ({"json": ["a list"]}, 400, "must be a JSON object"),
        ({"json": {"text": 5}}, 400, "'text' is missing or not a string"),
        ({"json": {"text": "A.", "colour": 1}}, 400, "unknown field 'colour'"),
        (
            {"json": {"text": "A.", "options": {"facts": ["/etc/passwd"]}}},
            400,
            "'facts' cannot be set per request",
        ),
        ({"json": {"text": "A.", "options": {"select": ["FC999"]}}}, 400, "'FC999' matches no"),
        ({"json": {"text": "A.", "options": {"published": "soon"}}}, 400, "YYYY-MM-DD"),
        ({"json": {"text": "   "}}, 422, "empty text"),
        ({"content": b"text=hi", "headers": {"Content-Type": "text/plain"}}, 415, "send JSON"),
        ({"files": {"file": ("x.txt", b"a")}, "data": {"text": "b"}}, 400, "not both"),
        ({"files": {"file": ("x.docx", b"not a zip")}}, 422, "not a .docx file"),
    ],
)
def test_bad_requests(
    client: httpx.Client, kwargs: dict[str, object], status: int, message: str
) -> None:
    response = client.post("/api/v1/check", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status, response.text
    assert message in response.json()["error"]
    assert client.get("/healthz").json()["status"] == "ok"


def test_rules_and_health(client: httpx.Client, run_cli: RunCli) -> None:
    cli = run_cli("rules", "--format", "json")
    assert client.get("/api/v1/rules").json() == json.loads(cli.stdout)
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["rules"] == len(json.loads(cli.stdout))
    assert client.get("/rules/FC101").status_code == 200
    assert client.get("/rules/XX999").status_code == 404


@pytest.fixture(scope="module")
def guarded_url() -> Iterator[str]:
    with serve(isolated(token="s3cret-desk", max_request_bytes=4096)) as url:
        yield url


def test_token(guarded_url: str) -> None:
    body = {"text": "Police said the the car was found.\n", "language": "en-US"}
    assert httpx.post(f"{guarded_url}/v2/check", data=body).status_code == 401
    assert httpx.get(f"{guarded_url}/").status_code == 401
    assert httpx.get(f"{guarded_url}/healthz").status_code == 200
    wrong = httpx.post(f"{guarded_url}/t/guess/v2/check", data=body)
    assert wrong.status_code == 401
    auth = {"Authorization": "Bearer s3cret-desk"}
    assert httpx.post(f"{guarded_url}/v2/check", data=body, headers=auth).status_code == 200
    assert (
        httpx.post(
            f"{guarded_url}/v2/check", data=body, headers={"Authorization": "Bearer x"}
        ).status_code
        == 401
    )
    prefixed = httpx.post(f"{guarded_url}/t/s3cret-desk/v2/check", data=body, timeout=60)
    assert prefixed.status_code == 200
    url = prefixed.json()["matches"][0]["rule"]["urls"][0]["value"]
    assert url.startswith(f"{guarded_url}/t/s3cret-desk/rules/")  # links keep the token
    assert httpx.get(url).status_code == 200
    assert httpx.get(f"{guarded_url}/t/s3cret-desk/").status_code == 200


def test_body_limit(guarded_url: str) -> None:
    auth = {"Authorization": "Bearer s3cret-desk"}
    big = {"text": "word " * 2000}
    declared = httpx.post(f"{guarded_url}/api/v1/check", json=big, headers=auth)
    assert declared.status_code == 413
    assert "request body too large: the limit is 4,096 bytes" in declared.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"text": "'
        for _ in range(100):
            yield b"word " * 20
        yield b'"}'

    headers = {**auth, "Content-Type": "application/json"}
    streamed = httpx.post(f"{guarded_url}/api/v1/check", content=chunks(), headers=headers)
    assert streamed.status_code == 413
    assert httpx.get(f"{guarded_url}/healthz").status_code == 200


def test_timeout_is_a_clear_503() -> None:
    with serve(isolated(timeout=0.01)) as url:
        response = httpx.post(f"{url}/api/v1/check", json={"text": ARTICLE * 20}, timeout=60)
        assert response.status_code == 503
        assert "did not finish within the server's limit of 0.01 s" in response.json()["error"]
        assert httpx.get(f"{url}/healthz").status_code == 200


def test_a_check_never_blocks_the_event_loop(server_url: str) -> None:
    long_text = ARTICLE + "\n".join(ARTICLE.splitlines()[2:] * 60)
    done: dict[str, float] = {}

    def post() -> None:
        httpx.post(f"{server_url}/api/v1/check", json={"text": long_text}, timeout=120)
        done["check"] = time.monotonic()

    worker = threading.Thread(target=post)
    worker.start()
    time.sleep(0.3)  # the long check is running in the checker's thread now
    health = httpx.get(f"{server_url}/healthz", timeout=30)
    answered = time.monotonic()
    worker.join()
    assert health.status_code == 200
    assert answered < done["check"], "healthz waited for the check"


def test_no_request_reaches_the_network(
    client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def watch(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if host not in ("127.0.0.1", "::1", "localhost"):
            attempts.append(address)
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", watch)
    html = (
        "<html><head><link rel=stylesheet href='https://cdn.example.org/a.css'></head><body>"
        "<h1>Park opens</h1><p>The park <img src='http://img.example.org/p.png'> opened on "
        "Monday, <a href='https://example.org'>officials</a> said.</p></body></html>"
    )
    response = client.post("/api/v1/check", json={"text": html, "filename": "park.html"})
    assert response.status_code == 200
    lt = client.post("/v2/check", data={"text": ARTICLE, "language": "auto"})
    assert lt.status_code == 200
    assert attempts == []
