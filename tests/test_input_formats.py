"""Word documents, reader plugins that claim bytes, and articles that are not English.

``.docx`` was refused, and a reader plugin could not add it: the binary check ran
before the read hook and the endings were fixed. A German article was checked
silently as if it were English. Documents are generated here with python-docx.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import docx

from tests.conftest import CLEAN_ARTICLE, RunCli, plugin_module, write


def _document(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Ferry fares rise on the the island routes", style="Title")
    document.add_paragraph("")
    document.add_paragraph(
        "The ferry company raised its fares on Tuesday, its chief executive said."
    )
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Route"
    table.cell(0, 1).text = "Fare"
    document.add_paragraph("Critics say the the new fares are too high for islanders.")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def _findings(stdout: str) -> list[dict[str, Any]]:
    return [f for file in json.loads(stdout)["files"] for f in file["findings"]]


def test_a_word_document_is_read_paragraph_by_paragraph(run_cli: RunCli, tmp_path: Path) -> None:
    _document(tmp_path / "desk" / "fares.docx")
    write(tmp_path / "desk" / "notes.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--select", "FC101", "--format", "json", "desk")
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert [f["path"] for f in report["files"]] == [
        str(Path("desk", "fares.docx")),
        str(Path("desk", "notes.txt")),
    ]
    # line = paragraph (empty ones and table cells counted), column = offset in it + 1
    got = [(f["line"], f["column"], f["excerpt"]) for f in _findings(proc.stdout)]
    assert got == [(1, 21, "the the"), (6, 13, "the the")]


def test_a_word_document_on_standard_input_is_known_by_its_content(
    run_cli: RunCli, tmp_path: Path
) -> None:
    data = _document(tmp_path / "fares.docx").read_bytes()
    proc = run_cli("run", "--select", "FC101", "--format", "json", "-", stdin=data)
    assert proc.returncode == 1, proc.stderr
    assert len(_findings(proc.stdout)) == 2


def test_a_broken_word_document_is_that_files_error(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "broken.docx", b"PK\x03\x04 this is not really a zip")
    proc = run_cli("run", "--select", "FC101", "--format", "json", "broken.docx")
    assert proc.returncode == 2
    [file] = json.loads(proc.stdout)["files"]
    assert file["error"].startswith("not a Word document (.docx)")


def test_without_the_docx_reader_a_document_is_refused_as_binary(
    run_cli: RunCli, tmp_path: Path
) -> None:
    _document(tmp_path / "fares.docx")
    proc = run_cli("run", "-p", "no:factcheck.docx", "--select", "FC101", "fares.docx")
    assert proc.returncode == 2
    assert "looks like a binary file (ZIP archive, DOCX or ODT)" in proc.stdout


CMS_READER = textwrap.dedent(
    """
    import json

    from factcheck import Article, Block, hookimpl


    @hookimpl
    def factcheck_register_suffixes():
        return {".cms": "cms-export"}


    @hookimpl
    def factcheck_read_bytes(path, data, format, settings):
        if format != "cms-export" and not data.startswith(b"\\x00CMS"):
            return None
        body = json.loads(data.split(b"\\n", 1)[1])["body"]
        return Article(path=path, text=body, blocks=(Block(0, len(body)),))
    """
)


def test_a_reader_plugin_claims_bytes_by_ending_or_content(run_cli: RunCli, tmp_path: Path) -> None:
    env = plugin_module(tmp_path, "cms_reader", CMS_READER)
    export = b'\x00CMS\n{"body": "The the harbour reopened on Monday."}'
    write(tmp_path / "desk" / "story.cms", export)  # NUL bytes: binary to the host
    write(tmp_path / "desk" / "noext", export)
    proc = run_cli(
        "run", "-p", "cms_reader", "--select", "FC101", "--format", "json", "desk", "desk/noext",
        env=env,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == [
        str(Path("desk", "story.cms")),
        "desk/noext",
    ]
    assert [f["excerpt"] for f in _findings(proc.stdout)] == ["The the", "The the"]


GERMAN = (
    "Fähre nach Helgoland fällt aus\n\n"
    "Die Reederei hat am Dienstag alle Fahrten nach Helgoland abgesagt, weil der Sturm "
    "stärker geworden ist. Ein Sprecher sagte, die Fähre werde frühestens am Donnerstag "
    "wieder fahren. Die Gemeinde auf der Insel hat genug Vorräte für eine Woche, und "
    "die Schulen bleiben geöffnet.\n"
)


def test_an_article_that_is_not_english_gets_a_note(run_cli: RunCli, tmp_path: Path) -> None:
    write(tmp_path / "helgoland.txt", GERMAN)
    write(tmp_path / "council.txt", CLEAN_ARTICLE)
    proc = run_cli("run", "--format", "json", "helgoland.txt", "council.txt")
    files = {f["path"]: f for f in json.loads(proc.stdout)["files"]}
    [note] = files["helgoland.txt"]["notes"]
    assert note.startswith("not checked as English: it looks like German (")
    assert files["council.txt"]["notes"] == []
    text = run_cli("run", "--select", "FC101", "helgoland.txt")
    assert text.returncode == 0
    assert "helgoland.txt: note: not checked as English: it looks like German" in text.stdout
