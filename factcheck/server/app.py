"""``factcheck serve``: the ASGI application (Starlette) behind both HTTP doors.

Routes:

- ``POST|GET /v2/check``, ``GET /v2/languages``: LanguageTool's API, for the
  browser extension, LTeX and the other LanguageTool clients;
- ``POST /api/v1/check``: the native API, answering with any report format
  (the versioned JSON contract by default); ``GET /api/v1/rules``;
- ``GET /``: the web page; ``GET /rules/CODE``: a rule's documentation;
- ``GET /healthz``: liveness and readiness (answered only once the pipeline
  is loaded, since uvicorn binds after the start-up hook).

Each process loads the pipeline once at start-up (:class:`CheckWorker`) and
checks in its own thread. The server makes no outbound connection of any
kind: the checker reads only what it is sent and the files of its own
installation and configuration.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import secrets
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartParser
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from factcheck import __version__
from factcheck.contract.results import FileResult, RunResult, ToolInfo
from factcheck.contract.source import InputError
from factcheck.host.reporters.html_report import script_csp_source
from factcheck.server import languagetool, render, uploads
from factcheck.server.checker import Checker, CheckRequest, RequestError, RuleInfo, ServerOptions
from factcheck.server.middleware import BodyLimit, TokenAuth
from factcheck.server.worker import CheckTimeout, CheckWorker

#: Where ``factcheck serve --workers N`` hands each worker process its configuration.
ENV_VAR = "FACTCHECK_SERVE_CONFIG"
_MEDIA_TYPES = {
    "json": "application/json",
    "sarif": "application/json",
    "rdjson": "application/json",
    "jsonl": "application/x-ndjson",
    "junit": "application/xml",
    "html": "text/html",
}
_PAGE_CSP = (
    "default-src 'none'; script-src 'nonce-{nonce}' {report_script}; style-src 'unsafe-inline'; "
    "connect-src 'self'; frame-src 'self'; img-src 'self' data:; base-uri 'none'; "
    "form-action 'none'"
)
#: The report is shown sandboxed (an opaque origin: no cookies, no same-origin access);
#: only the report's own script may run in it.
_REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "script-src {report_script}; sandbox allow-scripts"
)


@dataclass(frozen=True)
class AppConfig:
    """Everything one server process needs; serialisable for worker processes."""

    checker: ServerOptions = dataclasses.field(default_factory=ServerOptions)
    token: str | None = None
    allow_origins: tuple[str, ...] = ()
    max_request_bytes: int = 5 * 1024 * 1024
    timeout: float = 30.0

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        published = self.checker.published
        data["checker"]["published"] = published.isoformat() if published else None
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> AppConfig:
        data = json.loads(text)
        c = data["checker"]
        published = dt.date.fromisoformat(c["published"]) if c.get("published") else None
        checker = ServerOptions(
            model=c.get("model"),
            config_file=c.get("config_file"),
            isolated=bool(c.get("isolated")),
            select=tuple(c["select"]) if c.get("select") is not None else None,
            ignore=tuple(c.get("ignore", ())),
            published=published,
        )
        return cls(
            checker=checker,
            token=data.get("token"),
            allow_origins=tuple(data.get("allow_origins", ())),
            max_request_bytes=int(data["max_request_bytes"]),
            timeout=float(data["timeout"]),
        )


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class Service:
    """The route handlers, sharing one worker (and its checker) per process."""

    def __init__(self, config: AppConfig) -> None:
        self.config = config
        self.worker = CheckWorker(config.checker)
        self.rules: dict[str, RuleInfo] = {}
        self.formats: list[str] = []

    async def startup(self) -> None:
        await self.worker.start()
        checker = self.worker.checker
        self.rules = {r.code: r for r in checker.rules()}
        self.formats = sorted({*checker.formats, "html"})

    # -- service routes ------------------------------------------------------
    async def healthz(self, request: Request) -> Response:
        return JSONResponse(
            {
                "status": "ok",
                "version": __version__,
                "model": self.worker.checker.model,
                "rules": len(self.rules),
                "pid": os.getpid(),
            }
        )

    async def page(self, request: Request) -> Response:
        nonce = secrets.token_urlsafe(16)
        return HTMLResponse(
            render.page(nonce),
            headers={
                "Content-Security-Policy": _PAGE_CSP.format(
                    nonce=nonce, report_script=script_csp_source()
                )
            },
        )

    async def rule_page(self, request: Request) -> Response:
        rule = self.rules.get(str(request.path_params["code"]).upper())
        if rule is None:
            return _error(404, f"no rule {request.path_params['code']!r} (see /api/v1/rules)")
        return HTMLResponse(render.rule_page(rule.code, rule.name, rule.docs))

    # -- LanguageTool ----------------------------------------------------------
    async def lt_languages(self, request: Request) -> Response:
        return JSONResponse(languagetool.languages())

    async def lt_check(self, request: Request) -> Response:
        fields = dict(request.query_params)
        if request.method == "POST":
            form = await request.form(max_part_size=self.config.max_request_bytes)
            fields.update({k: v for k, v in form.items() if isinstance(v, str)})
        query = languagetool.parse_query(fields)
        if not query.document.text.strip():  # LanguageTool answers an empty text with no matches
            return JSONResponse(languagetool.response(query, _empty(), self.rules))
        req = languagetool.check_request(query, list(self.rules.values()))
        result = await self._check(req)
        error = result.files[0].error
        if error:
            return PlainTextResponse(f"Error: {error}", status_code=400)
        docs_url = f"{str(request.base_url).rstrip('/')}/rules/"
        return JSONResponse(languagetool.response(query, result, self.rules, docs_url))

    # -- the native API ----------------------------------------------------------
    async def rules_list(self, request: Request) -> Response:
        return JSONResponse(self.worker.checker.rule_metadata())

    async def check(self, request: Request) -> Response:
        fmt = request.query_params.get("format", "json")
        if fmt not in self.formats:
            return _error(400, f"unknown format {fmt!r} (available: {', '.join(self.formats)})")
        req = await self._native_request(request)
        if isinstance(req, Response):
            return req

        def job(checker: Checker) -> tuple[RunResult, str]:
            result = checker.check(req)
            if result.files[0].error:
                return result, ""
            if fmt == "html" and "html" not in checker.formats:
                return result, render.annotated_article(result.files[0])
            return result, checker.render(result, fmt)

        result, body = await self.worker.run(job, self.config.timeout)
        file = result.files[0]
        if file.error:
            return _error(422, f"{file.path}: {file.error}")
        headers = {"X-Factcheck-Findings": str(len(file.findings)), "X-Factcheck-Path": file.path}
        if fmt == "html":
            headers["Content-Security-Policy"] = _REPORT_CSP.format(
                report_script=script_csp_source()
            )
        media = _MEDIA_TYPES.get(fmt, "text/plain")
        return Response(body, media_type=media, headers=headers)

    async def _native_request(self, request: Request) -> CheckRequest | Response:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/json":
            return uploads.from_json(await request.body())
        if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
            form = await request.form(
                max_files=1, max_fields=16, max_part_size=self.config.max_request_bytes
            )
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
            files = [v for v in form.values() if isinstance(v, UploadFile)]
            upload = (files[0].filename, await files[0].read()) if files else None
            await form.close()
            return uploads.from_form(fields, upload)
        return _error(
            415,
            "send JSON ({\"text\": ...}) or a form (multipart/form-data with a 'file' upload); "
            f"got Content-Type {ctype or 'none'!r}",
        )

    async def _check(self, req: CheckRequest) -> RunResult:
        return await self.worker.run(lambda checker: checker.check(req), self.config.timeout)


def _empty() -> RunResult:
    return RunResult(tool=ToolInfo("factcheck", __version__, ""), files=[FileResult("-")])


async def _request_error(request: Request, exc: Exception) -> Response:
    return _error(400, str(exc))


async def _input_error(request: Request, exc: Exception) -> Response:
    return _error(422, f"the upload cannot be read: {exc}")


async def _lt_error(request: Request, exc: Exception) -> Response:
    return PlainTextResponse(f"Error: {exc}", status_code=400)


async def _timeout(request: Request, exc: Exception) -> Response:
    return JSONResponse({"error": str(exc)}, status_code=503, headers={"Retry-After": "5"})


def create_app(config: AppConfig) -> Starlette:
    """The application for one process; the pipeline loads in its start-up hook."""
    service = Service(config)
    # Keep every upload the body limit admits in memory: nothing a client sends touches disk.
    MultiPartParser.spool_max_size = max(MultiPartParser.spool_max_size, config.max_request_bytes)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await service.startup()
        yield
        service.worker.close()

    routes = [
        Route("/", service.page, methods=["GET"]),
        Route("/healthz", service.healthz, methods=["GET"]),
        Route("/rules/{code}", service.rule_page, methods=["GET"]),
        Route("/v2/languages", service.lt_languages, methods=["GET"]),
        Route("/v2/check", service.lt_check, methods=["GET", "POST"]),
        Route("/api/v1/check", service.check, methods=["POST"]),
        Route("/api/v1/rules", service.rules_list, methods=["GET"]),
    ]
    middleware: list[Middleware] = []
    if config.allow_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(config.allow_origins),
                allow_methods=["GET", "POST"],
                allow_headers=["Authorization", "Content-Type"],
                expose_headers=["X-Factcheck-Findings", "X-Factcheck-Path"],
                max_age=600,
            )
        )
    middleware += [
        Middleware(TokenAuth, token=config.token),
        Middleware(BodyLimit, limit=config.max_request_bytes),
    ]
    handlers: Mapping[type[Exception], object] = {
        RequestError: _request_error,
        InputError: _input_error,
        languagetool.LanguageToolError: _lt_error,
        CheckTimeout: _timeout,
    }
    return Starlette(
        routes=routes,
        middleware=middleware,
        lifespan=lifespan,
        exception_handlers=dict(handlers),  # type: ignore[arg-type]
    )


def app_from_environment() -> Starlette:
    """The factory uvicorn calls in each worker process (``--workers N``)."""
    return create_app(AppConfig.from_json(os.environ[ENV_VAR]))
