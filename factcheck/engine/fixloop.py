"""The fix loop: apply, re-check, repeat; then diff or write the files atomically.

One pass of :func:`factcheck.engine.fixes.apply_fixes` leaves out fixes that
overlap another, and a fix can make a new finding (or end one). So, as ruff
does, the loop re-checks the edited text and applies what is still fixable,
until a pass changes nothing or :data:`MAX_PASSES` is reached. Re-checking
happens in memory (:meth:`Session.check_texts`): ``--diff`` shows exactly
what ``--fix`` would write, and ``--fix`` writes each file once.

Writing is atomic: the new bytes go to a temporary file in the same folder,
are flushed to disk, take the original's permission bits, and replace the
original with :func:`os.replace`, so a crash or a full disk leaves either the
old file or the new one, never half of each. A file whose text did not
change is not written at all (its modification time stays), and a file that
changed on disk while it was being checked is left alone.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.contract.findings import Finding
from factcheck.contract.results import FileResult, RunResult
from factcheck.contract.source import InputError
from factcheck.engine.fixes import apply_fixes, wanted
from factcheck.engine.inputs import decode_bytes

if TYPE_CHECKING:
    from factcheck.engine.session import Session

#: Passes before the loop gives up on a file whose fixes keep making new ones.
MAX_PASSES = 10


@dataclass
class FixedFile:
    """One file through the fix loop: its text before and after, and what was fixed."""

    path: str
    original: str
    format: str
    text: str = ""
    fixed: list[Finding] = field(default_factory=list)
    passes: int = 0
    converged: bool = True

    @property
    def changed(self) -> bool:
        """True when the fixes changed the text."""
        return self.text != self.original

    def diff(self) -> str:
        """A unified diff of the change, ``a/`` and ``b/`` prefixed as git writes them."""
        name = self.path.replace(os.sep, "/")
        lines = difflib.unified_diff(
            self.original.splitlines(keepends=True),
            self.text.splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
        return "".join(
            line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines
        )


def fixable(file: FileResult, *, unsafe: bool) -> list[Finding]:
    """The findings of ``file`` whose fix this run would apply."""
    return [f for f in file.findings if wanted(f, unsafe=unsafe)]


def run_fix_loop(
    session: Session, result: RunResult, *, unsafe: bool, max_passes: int = MAX_PASSES
) -> list[FixedFile]:
    """Fix every file of ``result`` in memory; its file results become the final re-check.

    Returns one :class:`FixedFile` per file that had a fix to apply, changed
    or not (a fix may be skipped because it would touch markup).
    """
    index = {id(fr): i for i, fr in enumerate(result.files)}
    todo: dict[str, tuple[FileResult, FixedFile]] = {}
    for fr in result.files:
        if fr.error is None and fr.path != "-" and fixable(fr, unsafe=unsafe):
            fmt = _format_of(fr)
            todo[fr.path] = (fr, FixedFile(fr.path, fr.text, fmt, fr.text))
    out = [fixed for _, fixed in todo.values()]
    for _ in range(max_passes):
        edited: dict[str, str] = {}
        for path, (fr, fixed) in todo.items():
            step = apply_fixes(
                fixed.text, fr.findings, prose=fr.prose, fmt=fixed.format, unsafe=unsafe
            )
            if step.changed and step.text != fixed.text:
                fixed.text = step.text
                fixed.fixed.extend(step.applied)
                fixed.passes += 1
                edited[path] = step.text
        if not edited:
            return out
        rechecked = {fr.path: fr for fr in session.check_texts(edited)}
        next_todo: dict[str, tuple[FileResult, FixedFile]] = {}
        for path, new in rechecked.items():
            old, fixed = todo[path]
            result.files[index[id(old)]] = new
            index[id(new)] = index.pop(id(old))
            if fixable(new, unsafe=unsafe):
                next_todo[path] = (new, fixed)
        todo = next_todo
    for _, fixed in todo.values():
        fixed.converged = False
    return out


def _format_of(fr: FileResult) -> str:
    """``txt``, ``md`` or ``html``: the reader's choice, from the suffix or the content."""
    from factcheck.engine.inputs import SUPPORTED_SUFFIXES, sniff_format

    return SUPPORTED_SUFFIXES.get(Path(fr.path).suffix.lower()) or sniff_format(fr.text)


def write_fixed(fixed: FixedFile) -> None:
    """Write ``fixed.text`` over the file, in its own encoding, atomically.

    Raises :class:`InputError` when the file changed on disk since it was
    read, or cannot be written; nothing is written then.
    """
    path = Path(os.path.realpath(fixed.path))  # replace a symlink's target, not the link
    try:
        current, encoding = decode_bytes(path.read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read the file again: {exc.strerror or exc}") from None
    if current != fixed.original:
        raise InputError("the file changed while it was being checked; not rewritten")
    try:
        write_atomic(path, encode(fixed.text, encoding))
    except OSError as exc:
        raise InputError(f"cannot write the fixed file: {exc.strerror or exc}") from None


def encode(text: str, encoding: str) -> bytes:
    """Bytes in the codec the file was read with, byte-order mark included."""
    if encoding == "utf-16-le":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-16-be":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(encoding)  # "utf-8", or "utf-8-sig", which writes its BOM


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` through a flushed temporary file and :func:`os.replace`."""
    mode = stat.S_IMODE(path.stat().st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".factcheck-tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
