"""expand_paths: explicit files, directory walks, globs, errors and de-duplication."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.engine.inputs import InputError, expand_paths


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in (
        "desk/b.md",
        "desk/a.txt",
        "desk/photo.jpg",
        "desk/sub/c.html",
        "desk/sub/d.HTM",
        "desk/.hidden.txt",
        "desk/.git/e.txt",
        "desk/notes.rst",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Copy.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def norm(paths: list[str]) -> list[str]:
    return [p.replace(os.sep, "/") for p in paths]


def test_directory_is_walked_sorted_and_filtered(tree: Path) -> None:
    assert norm(expand_paths(["desk"])) == [
        "desk/a.txt",
        "desk/b.md",
        "desk/sub/c.html",
        "desk/sub/d.HTM",
    ]


def test_explicit_file_of_any_suffix_is_kept(tree: Path) -> None:
    assert norm(expand_paths(["desk/notes.rst", "-"])) == ["desk/notes.rst", "-"]


def test_globs_including_double_star(tree: Path) -> None:
    assert norm(expand_paths(["desk/*.md"])) == ["desk/b.md"]
    assert norm(expand_paths(["desk/**/*.html"])) == ["desk/sub/c.html"]
    assert norm(expand_paths(["desk/*.rst"])) == ["desk/notes.rst"]
    assert "desk/photo.jpg" not in norm(expand_paths(["desk/**"]))


def test_duplicates_keep_first_spelling_and_order(tree: Path) -> None:
    result = norm(expand_paths(["desk/sub/c.html", "desk", "./desk/a.txt", "desk/*.txt"]))
    assert result == ["desk/sub/c.html", "desk/a.txt", "desk/b.md", "desk/sub/d.HTM"]


def test_missing_path_and_empty_glob_raise(tree: Path) -> None:
    with pytest.raises(InputError, match=r"^no such file or directory$"):
        expand_paths(["desk/a.txt", "missing.txt"])
    with pytest.raises(InputError, match=r"^no files match this pattern$"):
        expand_paths(["desk/*.docx"])


def test_empty_directory_gives_nothing(tree: Path) -> None:
    (tree / "empty").mkdir()
    assert expand_paths(["empty"]) == []
