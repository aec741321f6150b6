"""Turning a request to ``POST /api/v1/check`` into a check request, uploads included.

Two body shapes are accepted, so that both scripts and the web page are
simple: JSON (``{"text": ..., "filename": ..., "options": {...}}``) and a
multipart form (a ``file`` upload or a ``text`` field, an optional
``filename``, ``options`` as a JSON string). Options are configuration keys
(``select``, ``ignore``, ``published``...), validated with configuration's
own messages.

Uploads are read from memory: the body limit bounds them, the form parser is
told to keep parts of that size in memory, and a .docx is opened from bytes.
Nothing a client sends is written to disk. A .docx becomes plain text, one
paragraph per block, checked as ``.txt`` under the upload's name.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping
from pathlib import PurePath
from typing import cast

from factcheck.contract.source import InputError
from factcheck.server.checker import CheckRequest, RequestError, decode, request_from_options

#: What a .docx may unpack to: a small document is far below it, a zip bomb far above.
MAX_DOCX_UNPACKED = 50_000_000
DEFAULT_FILENAME = "article.txt"


def safe_filename(name: str | None, default: str = DEFAULT_FILENAME) -> str:
    """The last component of a client's filename: a label for the report, never a path."""
    if not name:
        return default
    base = PurePath(name.replace("\\", "/")).name.strip()
    return base if base and base not in (".", "..") else default


def parse_options(raw: object) -> Mapping[str, object]:
    """``options`` as a mapping: a JSON object, or a string holding one (forms)."""
    if raw is None or raw == "":
        return {}
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RequestError(f"'options' is not valid JSON: {exc}") from None
    if not isinstance(raw, dict):
        raise RequestError('\'options\' must be a JSON object, such as {"select": ["FC1"]}')
    return cast(dict[str, object], raw)


def from_json(body: bytes) -> CheckRequest:
    """A request from a JSON body."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise RequestError(f"the request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise RequestError("the request body must be a JSON object with a 'text' field")
    unknown = sorted(set(data) - {"text", "filename", "options"})
    if unknown:
        raise RequestError(
            f"unknown field {unknown[0]!r} (expected 'text', 'filename' and 'options')"
        )
    text = data.get("text")
    if not isinstance(text, str):
        raise RequestError("'text' is missing or not a string")
    filename = data.get("filename")
    if filename is not None and not isinstance(filename, str):
        raise RequestError("'filename' must be a string")
    return request_from_options(text, safe_filename(filename), parse_options(data.get("options")))


def from_form(fields: Mapping[str, str], upload: tuple[str | None, bytes] | None) -> CheckRequest:
    """A request from form fields and an optional upload ``(filename, bytes)``."""
    options = parse_options(fields.get("options"))
    if upload is not None and "text" in fields:
        raise RequestError("send either a 'file' upload or a 'text' field, not both")
    if upload is not None:
        name, data = upload
        filename = safe_filename(fields.get("filename") or name)
        text, filename = upload_text(data, filename)
        return request_from_options(text, filename, options)
    if "text" not in fields:
        raise RequestError("nothing to check: send a 'file' upload or a 'text' field")
    return request_from_options(fields["text"], safe_filename(fields.get("filename")), options)


def upload_text(data: bytes, filename: str) -> tuple[str, str]:
    """An upload's text, and the name whose suffix picks its reader."""
    path = PurePath(filename)
    if path.suffix.lower() == ".docx":
        return docx_text(data), path.stem + ".txt"
    return decode(data), filename


def docx_text(data: bytes) -> str:
    """The paragraphs of a Word document, separated by blank lines, as a plain-text article."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise InputError("not a .docx file: it is not a ZIP archive") from None
    if unpacked > MAX_DOCX_UNPACKED:
        raise InputError(
            f"the .docx unpacks to {unpacked:,} bytes, over the limit of {MAX_DOCX_UNPACKED:,}"
        )
    import docx  # imported here: only an upload needs it

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for a damaged package
        raise InputError(f"not a readable .docx file: {type(exc).__name__}: {exc}") from None
    paragraphs = [p.text.strip() for p in document.paragraphs]
    return "\n\n".join(p for p in paragraphs if p) + "\n"
