"""Inputs: which files a run covers, and how their bytes become text.

This module owns path expansion (directories and globs), size limits, and
decoding (UTF-8 with or without BOM, UTF-16 with BOM; anything else is a clear
per-file error). The readers in :mod:`factcheck.readers` then turn a
:class:`Source` into an :class:`~factcheck.contract.article.Article`.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import BinaryIO

from factcheck.contract.source import InputError, Source

#: File endings factcheck reads, and the format each maps to.
SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
}


# -- path expansion ------------------------------------------------------------

_GLOB_CHARS = frozenset("*?[")


def expand_paths(
    paths: Sequence[str], suffixes: Mapping[str, str] = SUPPORTED_SUFFIXES
) -> list[str]:
    """Turn command-line arguments into the list of files a run covers.

    A file named explicitly is kept whatever its suffix (the user asked for
    it; the format is sniffed). Directories are walked recursively for
    :data:`SUPPORTED_SUFFIXES`, skipping hidden directories and files, so a
    checkout's ``.git`` never gets read. Glob patterns are expanded here rather
    than by the shell so that quoted patterns and ``**`` work the same on every
    platform. Duplicates are dropped, first spelling kept, so ``drafts/ a.txt``
    never checks ``a.txt`` twice.

    Messages do not repeat the argument: the caller reports the error
    against the argument, as it does for per-file errors. ``suffixes`` are the
    endings folders are walked for: the built-in ones and those reader plugins
    register.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = path if path == "-" else os.path.normcase(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            out.append(path)

    for arg in paths:
        if arg == "-" or os.path.isfile(arg):
            add(arg)
        elif os.path.isdir(arg):
            for found in _walk(arg, suffixes):
                add(found)
        elif _GLOB_CHARS & set(arg):
            matches = _expand_glob(arg, suffixes)
            if not matches:
                raise InputError("no files match this pattern")
            for found in matches:
                add(found)
        elif os.path.lexists(arg):
            raise InputError("not a regular file or directory")
        else:
            raise InputError("no such file or directory")
    return out


def expand_argument(
    given: str, excludes: Sequence[str], suffixes: Mapping[str, str] = SUPPORTED_SUFFIXES
) -> tuple[list[str], int]:
    """The files one argument stands for, and how many ``excludes`` globs dropped.

    A file named explicitly is always checked: ``exclude`` only prunes what a
    folder or a glob expands to (as in ruff without ``--force-exclude``), since
    pre-commit passes exactly the files it wants checked.
    """
    expanded = expand_paths([given], suffixes)
    if not excludes or given == "-" or os.path.isfile(given):
        return expanded, 0
    kept = [
        p
        for p in expanded
        if not any(
            fnmatch.fnmatch(PurePath(p).as_posix(), pat) or fnmatch.fnmatch(PurePath(p).name, pat)
            for pat in excludes
        )
    ]
    return kept, len(expanded) - len(kept)


def nothing_to_check(excluded: int, suffixes: Mapping[str, str] = SUPPORTED_SUFFIXES) -> str:
    """The error of an argument when the whole run found no file to check."""
    endings = ", ".join(suffixes)
    why = f"; {excluded} matched `exclude`" if excluded else ""
    return (
        f"nothing to check: no file here with a supported suffix ({endings}){why}. "
        "Name files explicitly, or pass --allow-empty if an empty run is expected"
    )


def _walk(directory: str, suffixes: Mapping[str, str]) -> list[str]:
    """Supported files under ``directory``, sorted, hidden entries skipped."""
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _suffix(name) in suffixes:
                found.append(os.path.join(root, name))
    return sorted(found, key=lambda p: os.path.normpath(p).split(os.sep))


def _expand_glob(pattern: str, suffixes: Mapping[str, str]) -> list[str]:
    """Files matching ``pattern``; directories it matches are walked.

    A matched file is kept when its suffix is supported or when the pattern
    itself ends in that suffix (``*.rst`` asks for ``.rst`` files), so that
    ``stories/**`` does not pull in the photos next to the copy.
    """
    out: list[str] = []
    pattern_suffix = _suffix(pattern)
    for match in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(match):
            out.extend(_walk(match, suffixes))
        elif os.path.isfile(match):
            suffix = _suffix(match)
            if suffix in suffixes or (suffix and suffix == pattern_suffix):
                out.append(match)
    return out


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


# -- loading and decoding --------------------------------------------------------

#: Leading bytes of common binary formats people hand to a text checker by mistake.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP archive, DOCX or ODT"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"{\\rtf", "RTF document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def load_source(
    path: str,
    *,
    max_bytes: int = 500_000,
    stdin: BinaryIO | None = None,
    format: str | None = None,
) -> Source:
    """Read and decode one input, or raise :class:`InputError` saying why not.

    The checks run in the order a user would want the explanation: missing,
    too large, binary, undecodable, empty. Only UTF-8 and BOM-marked UTF-16 are
    accepted: guessing a legacy code page would silently turn curly quotes into
    other characters and every quotation check after it would be wrong.
    Mojibake that is valid UTF-8 is accepted on purpose; a rule reports it.
    """
    return source_from_bytes(path, read_bytes(path, max_bytes, stdin), format)


def source_from_bytes(path: str, data: bytes, format: str | None = None) -> Source:
    """Decode bytes already read (see :func:`load_source`) into a :class:`Source`."""
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise InputError("empty file")
    if format is None and path != "-":
        format = SUPPORTED_SUFFIXES.get(_suffix(path))
    return Source(path=path, text=text, format=format or sniff_format(text), encoding=encoding)


def read_bytes(path: str, max_bytes: int, stdin: BinaryIO | None = None) -> bytes:
    """The bytes of one input (``-``: standard input), within the size limit."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(_too_large(f"more than {max_bytes:,}", max_bytes))
        return data
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            raise InputError("is a directory, not a file")
        if size > max_bytes:
            raise InputError(_too_large(f"{size:,}", max_bytes))
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("cannot read the file: permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # the file grew between stat and read
        raise InputError(_too_large(f"more than {max_bytes:,}", max_bytes))
    return data


def _too_large(size: str, max_bytes: int) -> str:
    return (
        f"file too large: {size} bytes, over the limit of {max_bytes:,} bytes "
        f"(raise the max-file-size setting to read it)"
    )


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes to text and name the codec; raise InputError otherwise.

    The BOM is removed so that offset 0 is the first character a user sees.
    """
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"looks like a binary file ({kind})")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise InputError("UTF-32 is not supported; re-save the file as UTF-8")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if codec == "utf-8-sig":
                return _decode_utf8(body, len(bom)), codec
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"not valid {codec.upper()}: bad code unit at offset "
                    f"{exc.start + len(bom)}; re-save the file as UTF-8"
                ) from None
            if "\x00" in text:
                raise InputError("looks like a binary file (contains NUL characters)")
            return text, codec
    if b"\x00" in data:
        if _looks_like_bomless_utf16(data):
            raise InputError(
                "looks like UTF-16 without a byte-order mark; re-save the file as UTF-8"
            )
        raise InputError("looks like a binary file (contains NUL bytes)")
    return _decode_utf8(data, 0), "utf-8"


def _decode_utf8(data: bytes, shift: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 or UTF-16 with BOM: invalid byte 0x{data[exc.start]:02X} "
            f"at offset {exc.start + shift}; re-save the file as UTF-8"
        ) from None


def _looks_like_bomless_utf16(data: bytes) -> bool:
    """ASCII text in UTF-16 has a NUL in every other byte."""
    head = data[:200]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) == len(even) or odd.count(0) == len(odd)


_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n")
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)


def sniff_format(text: str) -> str:
    """Guess ``html``, ``md`` or ``txt`` for stdin and unknown suffixes.

    Deliberately crude and conservative: plain text is the safe default,
    since the txt reader never hides any of the text from the rules.
    """
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype", "<html")) or "<html" in head[:500]:
        return "html"
    if _FRONT_MATTER.match(text.lstrip("\ufeff")) or _MD_HEADING.search(text[:20000]):
        return "md"
    return "txt"
