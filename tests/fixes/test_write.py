"""Writing a fixed file: atomic, in the file's own encoding, never over a changed file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from factcheck import InputError
from factcheck.engine.fixloop import FixedFile, encode, write_atomic, write_fixed


def test_the_new_file_replaces_the_old_one_whole(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The the ferry sailed.\n", encoding="utf-8")
    story.chmod(0o640)
    # A hard link still sees the old inode: the file was replaced, not rewritten in place,
    # so no reader can ever see half of the old text and half of the new.
    keeper = tmp_path / "keeper.txt"
    os.link(story, keeper)
    write_atomic(story, b"The ferry sailed.\n")
    assert story.read_bytes() == b"The ferry sailed.\n"
    assert keeper.read_bytes() == b"The the ferry sailed.\n"
    assert stat.S_IMODE(story.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keeper.txt", "story.txt"]


def test_a_failed_replace_leaves_the_original_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(b"The the ferry sailed.\n")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        write_atomic(story, b"The ferry sailed.\n")
    assert story.read_bytes() == b"The the ferry sailed.\n"
    assert [p.name for p in tmp_path.iterdir()] == ["story.txt"]


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8-sig", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
def test_the_file_keeps_its_encoding_and_byte_order_mark(encoding: str, prefix: bytes) -> None:
    data = encode("Café opens\r\n", encoding)
    assert data.startswith(prefix)
    assert data[len(prefix) :].decode(encoding.replace("-sig", "")) == "Café opens\r\n"


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The the ferry sailed late.\n", encoding="utf-8")
    fixed = FixedFile(str(story), "The the ferry sailed.\n", "txt", "The ferry sailed.\n")
    with pytest.raises(InputError, match="changed while it was being checked"):
        write_fixed(fixed)
    assert story.read_text(encoding="utf-8") == "The the ferry sailed late.\n"


def test_a_symlink_stays_a_link_and_its_target_is_fixed(tmp_path: Path) -> None:
    target = tmp_path / "desk" / "story.txt"
    target.parent.mkdir()
    target.write_text("The the ferry sailed.\n", encoding="utf-8")
    link = tmp_path / "story.txt"
    link.symlink_to(target)
    write_fixed(FixedFile(str(link), "The the ferry sailed.\n", "txt", "The ferry sailed.\n"))
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "The ferry sailed.\n"
