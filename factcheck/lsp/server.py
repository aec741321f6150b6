"""``factcheck lsp``: a language server (pygls) on the same long-lived checker as ``serve``.

Diagnostics are published when a document is opened, changed (debounced:
typing does not start a check per keystroke) or saved. Checks run one at a
time in the checker's own thread, so the server keeps answering hovers and
code actions meanwhile. Every check is tagged with the document version it
read; its diagnostics are published only if that is still the document's
version, and never after those of a newer version, so a slow, stale check
cannot overwrite fresher results.

Configuration is found as ``factcheck run`` finds it: the nearest
``factcheck.toml``/``pyproject.toml`` above each document governs it; edits
to those files are picked up when the client reports them (save or a file
watch) and every open document is checked again.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from factcheck import __version__
from factcheck.lsp import convert
from factcheck.server.checker import CheckRequest, RuleInfo, ServerOptions
from factcheck.server.worker import CheckTimeout, CheckWorker

log = logging.getLogger(__name__)
CONFIG_NAMES = ("factcheck.toml", ".factcheck.toml", "pyproject.toml")
DEFAULT_DEBOUNCE = 0.3  # seconds after the last change before a check starts
CHECK_TIMEOUT = 60.0


@dataclass
class DocumentState:
    """What was last published for one document."""

    version: int | None = None
    published: list[convert.Published] = field(default_factory=list)


class FactcheckLanguageServer(LanguageServer):
    """The pygls server, holding the worker, pending checks and published results."""

    def __init__(self, options: ServerOptions | None = None) -> None:
        super().__init__(
            "factcheck", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental
        )
        self.options = options or ServerOptions()
        self.debounce = DEFAULT_DEBOUNCE
        self.worker: CheckWorker | None = None
        self.ready: asyncio.Task[None] | None = None
        self.rules: dict[str, RuleInfo] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.documents: dict[str, DocumentState] = {}

    # -- start-up --------------------------------------------------------------
    def start_checker(self) -> None:
        """Load the pipeline in the background; checks wait for it."""
        self.worker = CheckWorker(self.options)
        self.ready = asyncio.get_running_loop().create_task(self._start())

    async def _start(self) -> None:
        assert self.worker is not None
        try:
            await self.worker.start()
        except Exception as exc:  # a bad configuration: say so, and check without it
            self.window_show_message(
                types.ShowMessageParams(
                    types.MessageType.Error,
                    f"factcheck: {exc}; checking without configuration files.",
                )
            )
            self.worker = CheckWorker(ServerOptions(model=self.options.model, isolated=True))
            await self.worker.start()
        self.rules = {r.code: r for r in self.worker.checker.rules()}

    # -- checking --------------------------------------------------------------
    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, replacing a check not yet published."""
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._check_later(uri, delay))

    async def _check_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        if self.ready is not None:
            await asyncio.shield(self.ready)
        document = self.workspace.text_documents.get(uri)
        if document is None or self.worker is None:
            return
        version, text = document.version, document.source
        on_disk = uri.startswith("file:")
        request = CheckRequest(
            text=text,
            filename=os.path.basename(document.path) or "untitled.txt",
            format=convert.document_format(document.path, document.language_id),
            config_path=document.path if on_disk else None,
        )
        try:
            result = await self.worker.run(lambda c: c.check(request), CHECK_TIMEOUT)
        except CheckTimeout as exc:
            self.window_log_message(types.LogMessageParams(types.MessageType.Warning, str(exc)))
            return
        current = self.workspace.text_documents.get(uri)
        state = self.documents.setdefault(uri, DocumentState())
        if current is None or current.version != version:
            return  # the document changed meanwhile: the newer check publishes
        if state.version is not None and version is not None and state.version > version:
            return
        file = result.files[0]
        if file.error and not file.error.startswith("empty"):
            self.window_log_message(
                types.LogMessageParams(types.MessageType.Warning, f"factcheck: {file.error}")
            )
        for failure in file.failures:
            self.window_log_message(
                types.LogMessageParams(
                    types.MessageType.Error,
                    f"factcheck: rule {failure.rule} ({failure.plugin}) failed: {failure.error}",
                )
            )
        encoding = convert.encoding_of(self.workspace.position_encoding)
        state.version = version
        state.published = convert.diagnostics(file.findings, text, uri, encoding)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=uri, version=version, diagnostics=[p.diagnostic for p in state.published]
            )
        )

    def forget(self, uri: str) -> None:
        """A closed document: no pending check, no diagnostics left in the editor."""
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.documents.pop(uri, None)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )

    async def configuration_changed(self) -> None:
        """A configuration file changed: re-read it and check every open document again."""
        if self.ready is not None:
            await asyncio.shield(self.ready)
        if self.worker is not None:
            await self.worker.run(lambda c: c.forget_configuration(), CHECK_TIMEOUT)
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0.0)

    def published_at(self, uri: str, rng: types.Range) -> list[convert.Published]:
        """The current diagnostics of ``uri`` that touch ``rng``."""
        state = self.documents.get(uri)
        document = self.workspace.text_documents.get(uri)
        if state is None or document is None or document.version != state.version:
            return []  # results of an older text: their ranges no longer hold
        return [p for p in state.published if convert.touches(p.diagnostic.range, rng)]


def _initialization_debounce(options: object) -> float | None:
    if isinstance(options, Mapping):
        value = options.get("debounce")
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            return float(value) / 1000.0
    return None


def build_server(options: ServerOptions | None = None) -> FactcheckLanguageServer:
    """The language server with its features registered."""
    server = FactcheckLanguageServer(options)

    @server.feature(types.INITIALIZE)
    def initialize(ls: FactcheckLanguageServer, params: types.InitializeParams) -> None:
        debounce = _initialization_debounce(params.initialization_options)
        if debounce is not None:
            ls.debounce = debounce

    @server.feature(types.INITIALIZED)
    async def initialized(ls: FactcheckLanguageServer, params: types.InitializedParams) -> None:
        ls.start_checker()
        caps = ls.client_capabilities.workspace
        watch = caps.did_change_watched_files if caps else None
        if watch is not None and watch.dynamic_registration:
            pattern = "**/{" + ",".join(CONFIG_NAMES) + "}"
            try:
                await ls.client_register_capability_async(
                    types.RegistrationParams(
                        registrations=[
                            types.Registration(
                                id="factcheck-config-files",
                                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                register_options=types.DidChangeWatchedFilesRegistrationOptions(
                                    watchers=[types.FileSystemWatcher(glob_pattern=pattern)]
                                ),
                            )
                        ]
                    )
                )
            except Exception as exc:  # the client refused: configuration edits need a save
                log.warning("cannot watch configuration files: %s", exc)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactcheckLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0.0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactcheckLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(
        ls: FactcheckLanguageServer, params: types.DidSaveTextDocumentParams
    ) -> None:
        if os.path.basename(params.text_document.uri) in CONFIG_NAMES:
            await ls.configuration_changed()

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def watched(
        ls: FactcheckLanguageServer, params: types.DidChangeWatchedFilesParams
    ) -> None:
        if any(os.path.basename(c.uri) in CONFIG_NAMES for c in params.changes):
            await ls.configuration_changed()

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckLanguageServer, params: types.HoverParams) -> types.Hover | None:
        here = types.Range(params.position, params.position)
        return convert.hover(ls.published_at(params.text_document.uri, here), ls.rules)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def code_action(
        ls: FactcheckLanguageServer, params: types.CodeActionParams
    ) -> list[types.CodeAction]:
        uri = params.text_document.uri
        state = ls.documents.get(uri)
        edits = ls.client_capabilities.workspace
        versioned = bool(edits and edits.workspace_edit and edits.workspace_edit.document_changes)
        return convert.code_actions(
            ls.published_at(uri, params.range), uri, state.version if state else None, versioned
        )

    return server
