"""Request guards, as plain ASGI middleware: the shared token and the body size limit.

Both run before any handler reads the body, so a stranger or an oversized
upload costs the server nothing but the rejection. They are written as raw
ASGI (not ``BaseHTTPMiddleware``) so the body is counted as it streams in
and never buffered twice.

The token can travel three ways, because the clients differ: an
``Authorization: Bearer`` header (scripts, the web page), or a path prefix
``/t/<token>/`` for clients that can only be given a server URL (the
LanguageTool browser extension's "other server" field, LTeX's
``ltex.languageToolHttpServerUri``, which append ``v2/check`` themselves).
The prefix becomes the request's ``root_path``, so routes match what follows
it and links the server makes (and the web page's relative requests) carry it.
"""

from __future__ import annotations

import hmac
import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Always answered without a token: a load balancer's probe reveals nothing.
OPEN_PATHS = frozenset({"/healthz"})


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class TokenAuth:
    """Refuse requests without the shared token (when one is configured)."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.token:
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        parts = path.split("/", 3)  # "", "t", token, rest
        if len(parts) >= 3 and parts[1] == "t":
            if not self._matches(parts[2]):
                await _send_error(send, 401, "wrong token in the URL")
                return
            # ASGI paths include root_path; the router matches what follows it.
            scope = {**scope, "root_path": f"/t/{parts[2]}"}
            await self.app(scope, receive, send)
            return
        if path in OPEN_PATHS or self._header_ok(scope):
            await self.app(scope, receive, send)
            return
        await _send_error(
            send,
            401,
            "this server needs a token: send 'Authorization: Bearer <token>', "
            "or use http://HOST:PORT/t/<token>/ as the server URL",
        )

    def _header_ok(self, scope: Scope) -> bool:
        for name, value in scope["headers"]:
            if name == b"authorization":
                scheme, _, given = value.decode("latin-1").partition(" ")
                return scheme.lower() == "bearer" and self._matches(given.strip())
        return False

    def _matches(self, given: str) -> bool:
        assert self.token is not None
        return hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))


class BodyLimit:
    """Answer 413 to a body over ``limit`` bytes, declared or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = (
            f"request body too large: the limit is {self.limit:,} bytes "
            f"(the server's --max-request-size)"
        )
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_error(send, 400, "Content-Length is not a number")
                    return
                if declared > self.limit:
                    await _send_error(send, 413, message)
                    return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > self.limit:
                    raise _TooLarge
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _send_error(send, 413, message)


class _TooLarge(Exception):
    """Raised inside the app when the streamed body passes the limit."""
