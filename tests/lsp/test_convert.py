"""Offsets and the LSP mapping, without a client: the units each encoding counts."""

from __future__ import annotations

import pytest
from lsprotocol import types

from factcheck import Applicability, Finding, Fix, Severity
from factcheck.lsp import convert
from factcheck.server.checker import fix_is_safe
from factcheck.server.offsets import TextIndex, units

# An emoji (1 code point, 2 UTF-16 units, 4 UTF-8 bytes), then e + combining acute
# (2 code points, 2 units, 3 bytes: e is 1, the accent 2), then the flagged word.
TEXT = "Headline\r\nA 🚢 cafe\u0301 sold sold out.\n"
START = TEXT.index("sold sold")


def test_units() -> None:
    assert units("🚢", "utf-16") == 2 and units("🚢", "utf-8") == 4 and units("🚢", "utf-32") == 1
    assert units("e\u0301", "utf-16") == 2


@pytest.mark.parametrize(
    ("encoding", "character"),
    [("utf-32", 10), ("utf-16", 11), ("utf-8", 14)],
)
def test_positions_in_each_encoding(encoding: str, character: int) -> None:
    index = TextIndex(TEXT)
    assert index.position(START, encoding) == (1, character)  # type: ignore[arg-type]
    assert index.offset(1, character, encoding) == START  # type: ignore[arg-type]


def test_utf16_round_trip() -> None:
    index = TextIndex(TEXT)
    for offset in range(len(TEXT) + 1):
        assert index.from_utf16(index.utf16(offset)) == offset
    assert index.utf16(START) == START + 1
    assert index.line_count == 3  # CR LF counts once; the final newline opens an empty line


def _finding(fix: Fix | None = None) -> Finding:
    return Finding(
        path="a.txt",
        rule="FC101",
        name="doubled-word",
        category="garbled",
        severity=Severity.ERROR,
        message="Doubled word.",
        start=START,
        end=START + 9,
        line=2,
        column=12,
        end_line=2,
        end_column=21,
        excerpt="sold sold",
        fix=fix,
    )


def test_diagnostic_and_code_action() -> None:
    (published,) = convert.diagnostics(
        [_finding(Fix("Delete it", "sold"))], TEXT, "file:///a.txt", "utf-16"
    )
    diag = published.diagnostic
    assert diag.range == types.Range(types.Position(1, 11), types.Position(1, 20))
    assert diag.code == "FC101" and diag.severity == types.DiagnosticSeverity.Error
    (action,) = convert.code_actions([published], "file:///a.txt", 3, versioned=False)
    assert action.edit is not None and action.edit.changes is not None
    assert action.edit.changes["file:///a.txt"][0].new_text == "sold"
    assert action.is_preferred is None  # a fix without applicability is never preferred
    assert convert.code_actions([convert.Published(diag, _finding())], "u", 1, True) == []


def test_safe_fix_is_preferred() -> None:
    assert fix_is_safe(Fix("Delete it", "sold", applicability=Applicability.SAFE))
    assert not fix_is_safe(Fix("Delete it", "sold", applicability=Applicability.UNSAFE))
    (published,) = convert.diagnostics(
        [_finding(Fix("Delete it", "sold", applicability=Applicability.SAFE))], TEXT, "u", "utf-16"
    )
    (action,) = convert.code_actions([published], "u", 1, versioned=True)
    assert action.is_preferred is True


def test_document_format() -> None:
    assert convert.document_format("/x/a.md", None) == "md"
    assert convert.document_format("/x/a.HTM", None) == "html"
    assert convert.document_format("/x/untitled", "markdown") == "md"
    assert convert.document_format("/x/notes", None) == "txt"
    assert convert.encoding_of(types.PositionEncodingKind.Utf8) == "utf-8"
    assert convert.encoding_of(None) == "utf-16"
