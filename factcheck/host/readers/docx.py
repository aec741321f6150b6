"""Word documents (``.docx``): one line of text per paragraph, so findings map back.

Registered by the host as the plugin ``factcheck.docx`` through the two hooks
any reader plugin can use: ``factcheck_register_suffixes`` (folders and globs
then include ``.docx`` files) and ``factcheck_read_bytes``, which sees the raw
bytes before the host would refuse them as a ZIP archive. A document is claimed
by its ending or, without one (standard input), by its content: a ZIP holding
``word/document.xml``.

The article's text is the document's paragraphs in order (body paragraphs and
table cells, as Word shows them), one per line: so a finding at ``12:40`` is
in the 12th paragraph, at character 40 of it, counting empty paragraphs too.
A line break or tab inside a paragraph becomes a space. Styles give the
structure: ``Title`` (or a first ``Heading 1``) is the headline, other headings
are headings, list styles list items, quote styles quote blocks. Headers,
footers, footnotes, comments and tracked deletions are not part of the text.
Read with python-docx.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Mapping

from factcheck import hookimpl
from factcheck.analysis.structure import build_article, mark_headline_and_standfirst, trim
from factcheck.contract.article import Article, Block
from factcheck.contract.settings import Settings
from factcheck.contract.source import InputError, Source

FORMAT = "docx"
_ZIP = b"PK\x03\x04"
_DOCUMENT = "word/document.xml"
#: How much larger than the file the document's XML may unpack to (a ZIP bomb guard).
_MAX_EXPANSION = 40


@hookimpl
def factcheck_register_suffixes() -> Mapping[str, str]:
    """``.docx`` files are read by this plugin."""
    return {".docx": FORMAT}


@hookimpl
def factcheck_read_bytes(
    path: str, data: bytes, format: str | None, settings: Settings
) -> Article | None:
    """Read a Word document claimed by its ending or its content; None for anything else."""
    if format != FORMAT and not (format is None and _is_docx(data)):
        return None
    paragraphs = _paragraphs(data, settings.max_file_size)
    text = "\n".join(p for p, _ in paragraphs) + "\n"
    if len(text.encode("utf-8")) > settings.max_file_size:
        raise InputError(
            f"the document's text is {len(text.encode('utf-8')):,} bytes, over the limit of "
            f"{settings.max_file_size:,} bytes (raise the max-file-size setting to read it)"
        )
    if not text.strip():
        raise InputError("empty document: no paragraph has text")
    blocks: list[Block] = []
    offset = 0
    for line, kind in paragraphs:
        span = trim(text, offset, offset + len(line))
        if span is not None:
            if kind == "headline" and any(b.kind == "headline" for b in blocks):
                kind = "heading"
            blocks.append(Block(span.start, span.end, kind=kind))
        offset += len(line) + 1
    if not any(b.kind == "headline" for b in blocks):
        mark_headline_and_standfirst(text, blocks)
    source = Source(path=path, text=text, format=FORMAT, encoding="docx")
    return build_article(source, text, blocks, settings)


def _is_docx(data: bytes) -> bool:
    if not data.startswith(_ZIP):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _DOCUMENT in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _paragraphs(data: bytes, max_bytes: int) -> list[tuple[str, str]]:
    """Every paragraph's text (one line each) and its block kind, in document order."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = archive.getinfo(_DOCUMENT).file_size
    except (zipfile.BadZipFile, KeyError) as exc:
        raise InputError(f"not a Word document (.docx): {exc}") from None
    if size > _MAX_EXPANSION * max(max_bytes, len(data)):
        raise InputError(f"the document's XML unpacks to {size:,} bytes: too large to read")
    import docx  # python-docx; imported here so that listing plugins stays fast
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"not a readable Word document (.docx): {exc}") from None
    return list(_walk(document))


def _walk(document: object) -> Iterator[tuple[str, str]]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body  # type: ignore[attr-defined]
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)  # type: ignore[arg-type]
            yield _line(paragraph.text), _kind(paragraph)
        elif tag == "tbl":
            seen: set[int] = set()
            for row in Table(child, document).rows:  # type: ignore[arg-type]
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell is listed once per column
                        continue
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        yield _line(paragraph.text), "paragraph"


def _line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\v", " ")


def _kind(paragraph: object) -> str:
    style = getattr(getattr(paragraph, "style", None), "name", "") or ""
    name = style.lower()
    if name == "title" or name == "heading 1":
        return "headline"
    if name.startswith("heading"):
        return "heading"
    if name.startswith("list") or "bullet" in name:
        return "list-item"
    if "quote" in name:
        return "quote-block"
    return "paragraph"
