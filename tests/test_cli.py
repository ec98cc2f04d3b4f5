"""The command line: every command, its outputs and its exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from egovkit.cli import EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, main

from .conftest import SEED_FILES, SEEDS


def test_parse_json_jsonl_and_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED_FILES[0]), "--jsonl"]) == EXIT_OK
    line = capsys.readouterr().out.strip().splitlines()[0]
    assert json.loads(line)["name"] == SEED_FILES[0].name
    assert main([str(SEEDS), "--sqlite", str(tmp_path / "s.db"), "--no-progress"]) == EXIT_OK
    count = sqlite3.connect(tmp_path / "s.db").execute("SELECT count(*) FROM documents").fetchone()[0]
    assert count == len(SEED_FILES)


def test_progress_bar_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED_FILES[0]), str(SEED_FILES[1]), "--progress", "--jsonl"]) == EXIT_OK
    assert "2/2" in capsys.readouterr().err


def test_timeline_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(SEEDS), "--region", "克州", "--format", "json"]) == EXIT_OK
    entries = json.loads(capsys.readouterr().out)
    assert entries and all(e["region"].startswith("6530") for e in entries)
    out = tmp_path / "tl.json"
    assert (
        main(
            [
                "timeline",
                str(SEEDS),
                "--format",
                "timelinejs",
                "-o",
                str(out),
                "--png",
                str(tmp_path / "t.png"),
            ]
        )
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["events"]
    assert (tmp_path / "t.png").stat().st_size > 0


def test_compare_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(SEEDS), "--regions", "653000", "伊犁州"]) == EXIT_OK
    assert "| 克孜勒苏柯尔克孜自治州 (653000) | 伊犁哈萨克自治州 (654000) |" in capsys.readouterr().out
    assert main(["report", str(SEED_FILES[1]), "-o", str(tmp_path / "r.html")]) == EXIT_OK
    assert "<mark" in (tmp_path / "r.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["parse", "/no/such/file.txt"], EXIT_INPUT_ERROR, "no such file"),
        (["timeline", "SEEDS", "--region", "火星"], EXIT_INPUT_ERROR, "unknown region"),
        (["compare", "SEEDS", "--regions", "火星"], EXIT_INPUT_ERROR, "unknown region"),
        (["parse", "BINARY"], EXIT_INPUT_ERROR, "egovkit: "),
        (["timeline"], EXIT_USAGE, ""),
        (["parse", "--bogus", "x"], EXIT_USAGE, ""),
    ],
    ids=[
        "missing-file",
        "timeline-unknown-region",
        "compare-unknown-region",
        "binary",
        "no-input",
        "bad-option",
    ],
)
def test_errors_are_one_line_with_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    binary = tmp_path / "b.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    argv = [str(SEEDS) if a == "SEEDS" else str(binary) if a == "BINARY" else a for a in argv]
    assert main(argv) == code
    err = capsys.readouterr().err
    assert message in err
    if message:
        assert all(line.startswith("egovkit: ") for line in err.strip().splitlines())
