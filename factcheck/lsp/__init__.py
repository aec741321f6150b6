"""``factcheck lsp``: the language server for editors (pygls, over stdio).

:mod:`factcheck.lsp.server` holds the server and its features,
:mod:`factcheck.lsp.convert` the mapping of findings to LSP types; checking
goes through :mod:`factcheck.server.checker`, shared with ``factcheck serve``.
Importing this package imports neither pygls nor spaCy.
"""
