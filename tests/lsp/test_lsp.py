"""``factcheck lsp`` end to end: a real LSP client (pytest-lsp) talking to the server over stdio.

The server is the installed command (``python -m factcheck lsp``) in a
subprocess; the client opens documents, waits for the diagnostics the server
publishes, asks for hovers and code actions, applies an edit and sees the
diagnostic go away, exactly as an editor does. Documents live in a temporary
folder, some under their own ``pyproject.toml``.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from factcheck.server.offsets import TextIndex

pytestmark = pytest.mark.asyncio(loop_scope="module")

#: Every publishDiagnostics notification, in arrival order.
RECEIVED: list[types.PublishDiagnosticsParams] = []
#: Capabilities the server registered dynamically (VS Code accepts them).
REGISTERED: list[types.Registration] = []


def _register(client: LanguageClient, params: types.RegistrationParams) -> None:
    REGISTERED.extend(params.registrations)


def _record(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
    RECEIVED.append(params)
    client.diagnostics[params.uri] = params.diagnostics


def _make_client() -> LanguageClient:
    from pygls.protocol import default_converter

    client = LanguageClient(converter_factory=default_converter)
    register_lsp_features(
        client,
        {
            **DEFAULT_CLIENT_FEATURES,
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _record,
            types.CLIENT_REGISTER_CAPABILITY: _register,
        },
    )
    return client


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lsp-workspace")
    desk = root / "desk"
    desk.mkdir()
    (desk / "pyproject.toml").write_text('[tool.factcheck]\nignore = ["FC103"]\n', "utf-8")
    return root


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "factcheck", "lsp"], client_factory=_make_client
    ),
)
async def client(lsp_client: LanguageClient, workspace: Path) -> AsyncIterator[None]:
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=workspace.as_uri(),
            initialization_options={"debounce": 150},
        )
    )
    yield
    await lsp_client.shutdown_session()


async def published(
    uri: str, version: int, timeout: float = 120, after: int = 0
) -> types.PublishDiagnosticsParams:
    """Wait for diagnostics of ``uri`` at ``version`` (the ``after``-th notification or later)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        for params in RECEIVED[after:]:
            if params.uri == uri and params.version == version:
                return params
        await asyncio.sleep(0.05)
    raise TimeoutError(f"no diagnostics for {uri} version {version}")


def open_document(
    client: LanguageClient, path: Path, text: str, language: str = "plaintext"
) -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, language, 1, text))
    )
    return uri


def covered(text: str, rng: types.Range) -> str:
    index = TextIndex(text)
    start = index.offset(rng.start.line, rng.start.character)
    return text[start : index.offset(rng.end.line, rng.end.character)]


def by_code(params: types.PublishDiagnosticsParams) -> dict[str, types.Diagnostic]:
    return {str(d.code): d for d in params.diagnostics}


#: An emoji (two UTF-16 units) and a combining accent on the line before a finding's line,
#: and one on the finding's own line before it.
TEXT = (
    "Caf\u0065\u0301 owners 🚢 welcome ferry\n"
    "\n"
    "The 🚢 ferry returned on Sunday and the the owners cheered.\n"
    "\n"
    "The port will reopen on 31 April, the mayor said. the crews are ready.\n"
)


async def test_diagnostics_hover_and_code_action(client: LanguageClient, workspace: Path) -> None:
    uri = open_document(client, workspace / "ferry.txt", TEXT)
    params = await published(uri, 1)
    diags = by_code(params)
    doubled = diags["FC101"]
    assert covered(TEXT, doubled.range) == "the the"
    assert doubled.range.start == types.Position(2, TEXT.splitlines()[2].index("the the") + 1)
    assert doubled.severity == types.DiagnosticSeverity.Error
    assert doubled.source == "factcheck"
    assert covered(TEXT, diags["FC302"].range) == "31 April"
    assert diags["FC103"].severity == types.DiagnosticSeverity.Warning

    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(uri), doubled.range.start)
    )
    assert hover is not None and isinstance(hover.contents, types.MarkupContent)
    assert "FC101 doubled-word" in hover.contents.value
    assert "What it does" in hover.contents.value

    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri),
            doubled.range,
            types.CodeActionContext(diagnostics=[doubled]),
        )
    )
    assert actions
    fix = next(a for a in actions if isinstance(a, types.CodeAction) and "FC101" in a.title)
    assert fix.kind == types.CodeActionKind.QuickFix
    assert fix.edit is not None and fix.edit.document_changes
    change = fix.edit.document_changes[0]
    assert isinstance(change, types.TextDocumentEdit)
    assert change.text_document.version == 1
    (edit,) = change.edits
    assert isinstance(edit, types.TextEdit)
    index = TextIndex(TEXT)
    start = index.offset(edit.range.start.line, edit.range.start.character)
    end = index.offset(edit.range.end.line, edit.range.end.character)
    fixed = TEXT[:start] + edit.new_text + TEXT[end:]

    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            [types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    after = await published(uri, 2)
    assert "FC101" not in by_code(after)
    assert "FC302" in by_code(after)


async def test_stale_results_never_overwrite_newer_ones(
    client: LanguageClient, workspace: Path
) -> None:
    base = "Storm closes the harbour\n\nThe harbour closed on Friday, the pilots said.\n"
    uri = open_document(client, workspace / "storm.txt", base)
    await published(uri, 1)
    for version in range(2, 8):  # typing: each change lands before the debounce runs out
        text = base.replace("Friday", "Friday " + "and " * (version - 1) + "and")
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        await asyncio.sleep(0.02)
    final = await published(uri, 7)
    assert "FC101" in by_code(final)  # "and and"
    await asyncio.sleep(1.0)  # anything still running would publish by now
    versions = [p.version for p in RECEIVED if p.uri == uri]
    assert versions == sorted(versions) and versions[-1] == 7
    assert len(versions) < 7, "each keystroke was checked: no debounce"


@pytest.mark.parametrize(
    ("name", "language", "text", "expected"),
    [
        (
            "pier.md",
            "markdown",
            "# Pier reopens\n\nThe *pier* reopened on 30 February after repairs.\n",
            {"FC302": "30 February"},
        ),
        (
            "pier.html",
            "html",
            "<html><body><h1>Pier reopens</h1>\n<p>Anglers said the the pier was busy.</p>\n"
            "</body></html>\n",
            {"FC101": "the the"},
        ),
    ],
)
async def test_markdown_and_html(
    client: LanguageClient,
    workspace: Path,
    name: str,
    language: str,
    text: str,
    expected: dict[str, str],
) -> None:
    uri = open_document(client, workspace / name, text, language)
    diags = by_code(await published(uri, 1))
    for code, span in expected.items():
        assert covered(text, diags[code].range) == span


async def test_nearest_configuration_governs(client: LanguageClient, workspace: Path) -> None:
    text = "Crews repair the pier\n\nThe crews finished on Monday. the pier opens soon.\n"
    outside = open_document(client, workspace / "outside.txt", text)
    inside = open_document(client, workspace / "desk" / "inside.txt", text)
    assert "FC103" in by_code(await published(outside, 1))
    assert "FC103" not in by_code(await published(inside, 1))  # desk/pyproject.toml ignores it

    # The server asked to watch configuration files; an edit to one is picked up.
    watched = [r for r in REGISTERED if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
    assert watched
    config = workspace / "desk" / "pyproject.toml"
    config.write_text('[tool.factcheck]\nignore = ["FC103", "FC306"]\n', "utf-8")
    before = len(RECEIVED)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            [types.FileEvent(config.as_uri(), types.FileChangeType.Changed)]
        )
    )
    assert "FC306" in by_code(await published(outside, 1, after=before))
    assert "FC306" not in by_code(await published(inside, 1, after=before))


async def test_close_clears_diagnostics(client: LanguageClient, workspace: Path) -> None:
    uri = open_document(client, workspace / "closing.txt", TEXT)
    assert (await published(uri, 1)).diagnostics
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri))
    )
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 30
    while loop.time() < deadline and client.diagnostics.get(uri):
        await asyncio.sleep(0.05)
    assert not client.diagnostics[uri]
