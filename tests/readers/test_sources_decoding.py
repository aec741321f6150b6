"""load_source: decoding, rejection messages, size limit and format detection."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from factcheck.engine.inputs import InputError, load_source, sniff_format

STORY = "Flood defences held overnight, the council said on Tuesday.\n"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STORY.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + STORY.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + STORY.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_accepted_encodings_decode_and_drop_the_bom(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    source = load_source(write(tmp_path, "a.txt", data))
    assert source.text == STORY
    assert source.encoding == encoding
    assert source.format == "txt"


def test_curly_quotes_survive_every_encoding(tmp_path: Path) -> None:
    text = "“We are ready,” the mayor’s office said.\n"
    for codec, bom in (("utf-8", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        source = load_source(write(tmp_path, f"{codec}.txt", bom + text.encode(codec)))
        assert source.text == text


def test_latin1_is_rejected_with_byte_and_offset(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "The café reopened.".encode("latin-1"))
    with pytest.raises(InputError) as err:
        load_source(path)
    assert str(err.value) == (
        "not UTF-8 or UTF-16 with BOM: invalid byte 0xE9 at offset 7; re-save the file as UTF-8"
    )


def test_windows_1252_smart_quotes_are_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\x93We will appeal,\x94 he said.")
    with pytest.raises(InputError, match=r"invalid byte 0x93 at offset 0"):
        load_source(path)


def test_offset_counts_the_utf8_bom(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbfab\xff")
    with pytest.raises(InputError, match=r"invalid byte 0xFF at offset 5"):
        load_source(path)


def test_mojibake_that_is_valid_utf8_is_accepted(tmp_path: Path) -> None:
    text = "The minister said it wasnâ€™t over.\n"
    assert load_source(write(tmp_path, "a.txt", text.encode("utf-8"))).text == text


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive, DOCX or ODT"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"\x1f\x8b\x08\x00", "gzip archive"),
    ],
)
def test_binary_signatures_are_named(tmp_path: Path, data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as err:
        load_source(write(tmp_path, "a.txt", data))
    assert str(err.value) == f"looks like a binary file ({kind})"


def test_nul_bytes_are_binary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"looks like a binary file \(contains NUL bytes\)"):
        load_source(write(tmp_path, "a.txt", b"\x00\x01\x02\x03garbage\x00\xfe"))


def test_utf16_without_bom_gets_its_own_message(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        load_source(write(tmp_path, "a.txt", STORY.encode("utf-16-le")))


def test_utf32_is_refused_clearly(tmp_path: Path) -> None:
    data = b"\xff\xfe\x00\x00" + STORY.encode("utf-32-le")
    with pytest.raises(InputError, match="UTF-32 is not supported"):
        load_source(write(tmp_path, "a.txt", data))


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_and_whitespace_only_files(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError) as err:
        load_source(write(tmp_path, "a.txt", data))
    assert str(err.value) == "empty file"


def test_too_large_names_the_limit_and_the_setting(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"x" * 2001)
    with pytest.raises(InputError) as err:
        load_source(path, max_bytes=2000)
    message = str(err.value)
    assert "2,001 bytes" in message and "2,000 bytes" in message and "max-file-size" in message
    assert load_source(path, max_bytes=2001).text == "x" * 2001


def test_stdin_too_large(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="max-file-size"):
        load_source("-", stdin=io.BytesIO(b"y" * 101), max_bytes=100)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_source(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        load_source(str(tmp_path))


def test_format_from_suffix_is_case_insensitive(tmp_path: Path) -> None:
    assert load_source(write(tmp_path, "A.MD", b"Plain words.\n")).format == "md"
    assert load_source(write(tmp_path, "b.htm", b"Plain words.\n")).format == "html"
    assert load_source(write(tmp_path, "c.text", b"# Not markdown\n")).format == "txt"


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    html = b"<!DOCTYPE html><html><body><p>Hi.</p></body></html>"
    assert load_source(write(tmp_path, "page.php", html)).format == "html"
    assert load_source(write(tmp_path, "story.rst", b"# Heading\n\nBody.\n")).format == "md"
    assert load_source(write(tmp_path, "story", b"Rain is expected.\n")).format == "txt"


def test_stdin_is_sniffed_unless_format_given() -> None:
    data = b"---\ntitle: Budget\n---\nThe budget passed.\n"
    assert load_source("-", stdin=io.BytesIO(data)).format == "md"
    assert load_source("-", stdin=io.BytesIO(data), format="txt").format == "txt"
    assert load_source("-", stdin=io.BytesIO(data)).path == "-"


def test_explicit_format_overrides_suffix(tmp_path: Path) -> None:
    assert load_source(write(tmp_path, "a.txt", b"<p>x</p>"), format="html").format == "html"


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("  <!doctype html>\n<html>", "html"),
        ("<HTML><body>x</body></HTML>", "html"),
        ("+++\ntitle = 'x'\n+++\nBody.", "md"),
        ("Intro line\n\n## Background\n\nMore.", "md"),
        ("#hashtag news is not a heading\n", "txt"),
        ("Ministers met on Monday.\n", "txt"),
    ],
)
def test_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt
