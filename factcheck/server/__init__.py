"""factcheck's servers: ``factcheck serve`` (HTTP) on one long-lived checker.

:mod:`factcheck.server.checker` is the adapter to the engine, shared with the
language server (:mod:`factcheck.lsp`); :mod:`factcheck.server.app` is the
ASGI application. Importing this package imports neither Starlette nor spaCy,
so ``factcheck --help`` stays fast.
"""
