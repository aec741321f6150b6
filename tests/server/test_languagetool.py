"""LanguageTool's HTTP API, driven by a real LanguageTool client and by recorded requests.

``language_tool_python`` is LanguageTool's Python client; pointed at our
server (``remote_server=``) it downloads nothing and speaks the real protocol,
including its conversion of UTF-16 offsets back to Python indices, so it
checks the offset unit end to end. The recorded requests in ``data/`` are
form bodies in the shapes LTeX (markup annotation, foreign rule ids) and the
browser extension (``data={"text": ...}``, ``language=auto`` and its extra
fields) send; their texts were written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import language_tool_python
import pytest

from factcheck.server.languagetool import Document, LanguageToolError
from tests.server.conftest import ARTICLE, isolated, serve

DATA = Path(__file__).parent / "data"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.fixture(scope="module")
def tool(server_url: str) -> language_tool_python.LanguageTool:
    return language_tool_python.LanguageTool("en-US", remote_server=server_url)


def test_real_client_gets_matches(tool: language_tool_python.LanguageTool) -> None:
    matches = tool.check(ARTICLE)
    by_rule = {m.rule_id: m for m in matches}
    doubled = by_rule["FC101"]
    assert ARTICLE[doubled.offset : doubled.offset + doubled.error_length] == "the the"
    assert doubled.replacements == ["the"]
    assert doubled.category == "GARBLED"
    assert doubled.rule_issue_type == "grammar"  # an error
    assert by_rule["FC302"].rule_issue_type == "grammar"
    assert by_rule["FC103"].rule_issue_type == "inconsistency"  # a warning


def test_emoji_and_combining_mark_before_a_finding(
    tool: language_tool_python.LanguageTool, client: httpx.Client
) -> None:
    # U+1F6A2 is two UTF-16 units; "e" + U+0301 is two code points and two units.
    text = "Ferry 🚢 crew thanks cafe\u0301 owners\n\nThe crew thanked the the owners on Friday.\n"
    raw = client.post("/v2/check", data={"text": text, "language": "en-US"}, headers=FORM)
    match = next(m for m in raw.json()["matches"] if m["rule"]["id"] == "FC101")
    start = text.index("the the")
    assert match["offset"] == utf16_len(text[:start]) == start + 1
    assert match["length"] == 7
    ctx = match["context"]
    assert ctx["text"][ctx["offset"] : ctx["offset"] + ctx["length"]] == "the the"
    # The client converts back to Python indices: the emoji counts once.
    found = next(m for m in tool.check(text) if m.rule_id == "FC101")
    assert text[found.offset : found.offset + found.error_length] == "the the"


def test_rule_selection_by_id_and_category(tool: language_tool_python.LanguageTool) -> None:
    tool.disabled_rules = {"FC101"}
    try:
        assert "FC101" not in {m.rule_id for m in tool.check(ARTICLE)}
    finally:
        tool.disabled_rules = set()
    tool.enabled_rules = {"FC302"}
    tool.enabled_rules_only = True
    try:
        assert {m.rule_id for m in tool.check(ARTICLE)} == {"FC302"}
    finally:
        tool.enabled_rules, tool.enabled_rules_only = set(), False
    tool.disabled_categories = {"GARBLED"}
    try:
        rules = {m.rule_id for m in tool.check(ARTICLE)}
        assert rules and not any(r.startswith("FC1") for r in rules)
    finally:
        tool.disabled_categories = set()


def test_languages(client: httpx.Client) -> None:
    langs = client.get("/v2/languages").json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in langs


def test_ltex_request(client: httpx.Client) -> None:
    body = (DATA / "ltex-check.form").read_text(encoding="utf-8").strip()
    response = client.post("/v2/check", content=body, headers=FORM)
    assert response.status_code == 200, response.text
    doc = response.json()
    annotation = json.loads(parse_qs(body)["data"][0])["annotation"]
    original = "".join(item.get("text", item.get("markup", "")) for item in annotation)
    units = original.encode("utf-16-le")

    def at(m: dict[str, int]) -> str:
        return units[2 * m["offset"] : 2 * (m["offset"] + m["length"])].decode("utf-16-le")

    spans = {m["rule"]["id"]: at(m) for m in doc["matches"]}
    assert spans["FC101"] == "the the"  # after "# ", an emoji and "**" markup
    assert spans["FC302"] == "31 April"
    assert doc["language"]["code"] == "en-US"
    for m in doc["matches"]:
        assert {"message", "shortMessage", "replacements", "context", "sentence"} <= set(m)
        assert {"id", "description", "issueType", "category"} <= set(m["rule"])


def test_browser_extension_request(server_url: str) -> None:
    body = (DATA / "extension-check.form").read_text(encoding="utf-8").strip()
    origin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    headers = {**FORM, "Origin": origin}
    # Without --allow-origin, no CORS header: a web page cannot read the answer.
    plain = httpx.post(f"{server_url}/v2/check", content=body, headers=headers, timeout=60)
    assert plain.status_code == 200
    assert "access-control-allow-origin" not in plain.headers
    with serve(isolated(allow_origins=(origin,))) as url:
        preflight = httpx.options(
            f"{url}/v2/check",
            headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
        )
        assert preflight.status_code == 200
        assert preflight.headers["access-control-allow-origin"] == origin
        response = httpx.post(f"{url}/v2/check", content=body, headers=headers, timeout=60)
    assert response.headers["access-control-allow-origin"] == origin
    doc = response.json()
    assert doc["language"]["code"] == "en-US"  # "auto" is answered as US English
    text = json.loads(parse_qs(body)["data"][0])["text"]
    spans = {m["rule"]["id"]: text[m["offset"] : m["offset"] + m["length"]] for m in doc["matches"]}
    assert spans["FC101"] == "to to"
    assert spans["FC103"] == "the"


def test_rule_links_and_sentence(client: httpx.Client) -> None:
    doc = client.post("/v2/check", data={"text": ARTICLE, "language": "en-GB"}).json()
    match = next(m for m in doc["matches"] if m["rule"]["id"] == "FC302")
    assert match["sentence"] == "The new hours start on 31 April, the board said."
    url = match["rule"]["urls"][0]["value"]
    page = httpx.get(url)
    assert page.status_code == 200 and "FC302" in page.text


def test_get_and_empty_text(client: httpx.Client) -> None:
    got = client.get("/v2/check", params={"text": ARTICLE, "language": "en"})
    assert any(m["rule"]["id"] == "FC101" for m in got.json()["matches"])
    empty = client.post("/v2/check", data={"text": "  \n", "language": "en-US"})
    assert empty.status_code == 200 and empty.json()["matches"] == []


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"text": "A text."}, "missing parameter: 'language'"),
        ({"language": "en-US"}, "'text' or 'data'"),
        ({"text": "Ein Text.", "language": "de-DE"}, "factcheck checks English copy"),
        ({"data": "{not json", "language": "en-US"}, "'data' is not valid JSON"),
        ({"data": '{"annotation": [{"x": 1}]}', "language": "en-US"}, "annotation item 0"),
        ({"text": "A.", "language": "en", "enabledOnly": "true"}, "enabledOnly=true needs"),
    ],
)
def test_bad_requests_are_400_and_server_stays_up(
    client: httpx.Client, form: dict[str, str], message: str
) -> None:
    response = client.post("/v2/check", data=form)
    assert response.status_code == 400
    assert message in response.text
    assert client.get("/healthz").status_code == 200


def test_annotation_offsets_map_back_to_the_document() -> None:
    data = json.dumps(
        {
            "annotation": [
                {"markup": "<p>"},
                {"text": "Tea 🍵 here"},
                {"markup": "<br/>", "interpretAs": "\n"},
                {"text": "now"},
                {"markup": "\n"},
                {"markup": "</p>"},
            ]
        }
    )
    doc = Document.annotated(data)
    assert doc.text == "Tea 🍵 here\nnow\n"
    original = "<p>Tea 🍵 here<br/>now\n</p>"
    assert doc.length == utf16_len(original)
    here = doc.text.index("here")
    assert doc.to_original(here, end=False) == utf16_len("<p>Tea 🍵 ")
    assert doc.to_original(here + 4, end=True) == utf16_len("<p>Tea 🍵 here")
    newline = doc.text.index("\n")  # a finding on the <br/>: the whole tag
    assert doc.to_original(newline, end=False) == utf16_len("<p>Tea 🍵 here")
    assert doc.to_original(newline + 1, end=True) == utf16_len("<p>Tea 🍵 here<br/>")
    with pytest.raises(LanguageToolError):
        Document.annotated('{"annotation": [{"text": "a", "markup": "b"}]}')
