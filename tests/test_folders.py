"""Folders of mixed files: what is read, what is skipped and why, subfolders, globs."""

from __future__ import annotations

from pathlib import Path

import pytest

import egovkit
from egovkit.cli import main

PAGE = "<html><head><title>克州电子政务_克州人民政府</title></head><body><div id='zoom'><p>克州2005年2月建成电子政务内网。</p></div></body></html>"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("克州2005年2月建成电子政务内网。", encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.htm").write_text(PAGE, encoding="utf-8")
    return tmp_path


def test_cli_reports_each_skipped_file_and_the_count(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(folder), "--jsonl"]) == 0
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) == 2  # a.txt, b.html; not the subfolder
    assert "skipped" in err and "old.doc" in err and "convert it to .docx" in err
    assert "logo.png" in err and ".hidden" not in err
    assert "skipped 2 files" in err


def test_cli_recursive_reads_subfolders(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--recursive", str(folder), "--jsonl"]) == 0
    out, _ = capsys.readouterr()
    lines = out.strip().splitlines()
    assert len(lines) == 3 and any('"c.htm"' in line for line in lines)


def test_parse_many_takes_globs_and_folders(folder: Path) -> None:
    pages = list(egovkit.parse_many([str(folder / "**" / "*.htm*")], workers=1))
    assert [type(d).__name__ for d in pages] == ["Document", "Document"]
    assert all(isinstance(d, egovkit.Document) and d.format == "html" for d in pages)
    assert {d.title for d in pages if isinstance(d, egovkit.Document)} == {"克州电子政务"}
    whole = list(egovkit.parse_many([folder], workers=1))
    assert [type(d).__name__ for d in whole] == ["Document", "Document", "ParseFailure"]  # .png left out
    failure = whole[2]
    assert isinstance(failure, egovkit.ParseFailure) and failure.error_type == "UnsupportedFormatError"
    assert failure.source.endswith("old.doc")
    texts = list(egovkit.parse_many(["克州*内网建成。"], workers=1))  # text with a star stays text
    assert isinstance(texts[0], egovkit.Document) and texts[0].text == "克州*内网建成。"
