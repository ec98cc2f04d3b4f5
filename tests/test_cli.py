"""The command line: every command, its outputs and its exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from egovkit import parse
from egovkit.cli import EXIT_INPUT_ERROR, EXIT_OK, EXIT_USAGE, main

from .conftest import SEED_FILES, SEEDS


def test_parse_json_jsonl_and_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED_FILES[0]), "--jsonl"]) == EXIT_OK
    line = capsys.readouterr().out.strip().splitlines()[0]
    assert json.loads(line)["name"] == SEED_FILES[0].name
    assert main([str(SEEDS), "--sqlite", str(tmp_path / "s.db"), "--no-progress"]) == EXIT_OK
    count = sqlite3.connect(tmp_path / "s.db").execute("SELECT count(*) FROM documents").fetchone()[0]
    assert count == len(SEED_FILES)


def test_a_second_sqlite_run_says_it_skipped_what_was_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, two = str(tmp_path / "s.db"), [str(SEED_FILES[0]), str(SEED_FILES[1])]
    assert main(["parse", *two, "--sqlite", db, "--no-progress"]) == EXIT_OK
    assert "stored 2 documents" in capsys.readouterr().err
    assert main(["parse", *two, "--sqlite", db, "--no-progress"]) == EXIT_OK
    assert "stored 0 documents" in (err := capsys.readouterr().err) and "skipped 2" in err
    assert main(["parse", *two, "--sqlite", db, "--replace", "--no-progress"]) == EXIT_OK
    assert "stored 2 documents" in (err := capsys.readouterr().err) and "skipped" not in err


def test_replace_without_sqlite_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED_FILES[0]), "--replace"]) == EXIT_USAGE
    assert "--sqlite" in capsys.readouterr().err


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


# --- a CLI that never throws: bad values are one line, exit 2, with a hint (issue #19) ---------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["timeline", "SEEDS", "--since", "2008-13"], "not a date"),
        (["timeline", "SEEDS", "--since", "abc"], "not a date"),
        (["timeline", "SEEDS", "--category", "nonsense"], "choose from: network, website"),
        (["timeline", "SEEDS", "--status", "bogus"], "invalid choice"),
        (["compare", "--regions", "SEEDS"], "--regions needs"),
        (["parse", "SEEDS", "--bogus"], "unrecognized arguments: --bogus"),
        (["timeline"], "no input"),
        (["timeline", "SEEDS", "--since", "2010", "--until", "2005"], "is after --until"),
    ],
    ids=[
        "month-13",
        "since-abc",
        "category",
        "status",
        "regions-empty",
        "bad-option",
        "no-input",
        "since-after",
    ],
)
def test_bad_values_are_one_line_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main([str(SEEDS) if a == "SEEDS" else a for a in argv]) == EXIT_USAGE
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("egovkit: ") and message in lines[0]
    assert "--help" in lines[0]  # the hint
    assert captured.out == ""


def test_since_accepts_chinese_dates(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["timeline", str(SEEDS), "--since", "二〇〇八年", "--until", "2008年12月", "--format", "json"])
        == 0
    )
    entries = json.loads(capsys.readouterr().out)
    assert entries and {e["date"][:4] for e in entries} == {"2008"}


def test_category_help_lists_the_categories(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--help"]) == EXIT_OK
    out = capsys.readouterr().out
    assert all(c in out for c in ("network", "website", "application", "recognition"))


def test_ambiguous_region_lists_candidates_with_parents(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", str(SEEDS), "--region", "鼓楼区"]) == EXIT_INPUT_ERROR
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "ambiguous" in err and "320106" in err and "南京市" in err and "code" in err


def test_png_without_matplotlib_names_the_extra_before_any_output(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "matplotlib" else real(name, *a)
    )
    assert main(["timeline", str(SEEDS), "--png", str(tmp_path / "t.png")]) == EXIT_USAGE
    captured = capsys.readouterr()
    assert "egovkit[plot]" in captured.err and captured.out == ""


def test_compare_unknown_indicator_is_an_empty_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(SEEDS), "--indicator", "nonsense"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "## Indicators" in out and "nonsense" not in out


def test_options_before_or_after_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--regions", "克州", "伊犁州", str(SEEDS)]) == EXIT_OK
    assert "伊犁哈萨克自治州 (654000)" in capsys.readouterr().out
    assert main(["parse", str(SEED_FILES[0]), "--jsonl", str(SEED_FILES[1])]) == EXIT_OK
    assert len(capsys.readouterr().out.strip().splitlines()) == 2


def test_report_never_writes_beside_the_input_nor_reads_reports_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(SEED_FILES[1].read_text(encoding="utf-8"), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert main(["report", str(corpus / "a.txt")]) == EXIT_OK
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]
    assert (work / "a.report.html").is_file()
    # into a folder that does not exist yet
    assert main(["report", str(corpus / "a.txt"), "-o", str(tmp_path / "new" / "dir") + "/"]) == EXIT_OK
    assert (tmp_path / "new" / "dir" / "a.report.html").is_file()
    # a report put among the documents is not read back as one
    (corpus / "a.html").write_text((work / "a.report.html").read_text(encoding="utf-8"), encoding="utf-8")
    capsys.readouterr()
    assert main(["parse", str(corpus), "--jsonl"]) == EXIT_OK
    assert [json.loads(x)["name"] for x in capsys.readouterr().out.splitlines()] == ["a.txt"]


def test_sqlite_onto_a_text_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notadb.txt"
    notes.write_text("notes", encoding="utf-8")
    assert main(["parse", str(SEED_FILES[0]), "--sqlite", str(notes)]) == EXIT_INPUT_ERROR
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not an SQLite database" in err
    assert notes.read_text(encoding="utf-8") == "notes"


def test_summary_explains_itself(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED_FILES[1])]) == EXIT_OK
    out = capsys.readouterr().out
    assert "chars longer" in out and "vs raw" not in out
    doc = parse(SEED_FILES[1])
    total = next(line for line in out.splitlines() if line.startswith("  total: "))
    assert f"{len(doc.plans)} plans" in total and f"{len(doc.milestones)} milestones" in total
    assert out.strip().splitlines()[-1].startswith("legend: ")
    assert main(["parse", "--help"]) == EXIT_OK
    assert "≈ about" in capsys.readouterr().out


def test_summary_names_the_group_of_an_ethnic_share(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "kz.txt"
    doc.write_text("克孜勒苏柯尔克孜自治州总人口50万人，其中柯尔克孜族占28.6%。", encoding="utf-8")
    assert main(["parse", str(doc)]) == EXIT_OK
    assert "ethnic_share (柯尔克孜族)" in capsys.readouterr().out


def test_parse_date_option_wins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "notice.txt"
    doc.write_text("现印发给你们。\n二〇一〇年八月十一日\n", encoding="utf-8")
    assert main(["parse", str(doc), "--json", "--date", "2021-03-05"]) == EXIT_OK
    (out,) = json.loads(capsys.readouterr().out)
    assert out["date"]["year"] == 2021 and out["date_source"] == "caller"
    assert main(["parse", str(doc), "--json"]) == EXIT_OK
    (out,) = json.loads(capsys.readouterr().out)
    assert out["date"]["year"] == 2010 and out["date_source"] == "signature"
    assert main(["parse", str(doc), "--date", "last year"]) == EXIT_USAGE
    assert "not a date" in capsys.readouterr().err


# --- the newcomer trial: every command that parses takes --date; one bad file stops none -----


@pytest.mark.parametrize("command", ["timeline", "compare", "export", "report"])
def test_every_parsing_command_takes_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    doc = tmp_path / "notice.txt"
    doc.write_text("今年，克州电子政务内网建成开通，覆盖全州56家单位。\n", encoding="utf-8")
    argv = {
        "timeline": ["--format", "json"],
        "compare": ["--format", "json"],
        "export": ["--to", str(tmp_path / "out.jsonl")],
        "report": ["-o", str(tmp_path / "r.html")],
    }[command]
    assert main([command, str(doc), *argv, "--date", "2012-05"]) == EXIT_OK
    capsys.readouterr()
    assert main([command, str(doc), "--date", "someday"]) == EXIT_USAGE
    assert "not a date" in capsys.readouterr().err
    if command == "timeline":  # 今年 resolved against the date given
        assert main([command, str(doc), "--format", "json", "--date", "2012-05"]) == EXIT_OK
        (entry,) = json.loads(capsys.readouterr().out)
        assert entry["date"] == "2012"


def test_evaluate_scores_the_rest_when_a_file_cannot_be_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / SEED_FILES[0].name).write_bytes(SEED_FILES[0].read_bytes())
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    assert main(["evaluate", str(folder), "--gold", str(SEEDS / "gold"), "--json"]) == EXIT_INPUT_ERROR
    captured = capsys.readouterr()
    assert "broken.txt" in captured.err and "egovkit: " in captured.err
    scores = json.loads(captured.out)
    assert list(scores["documents"]) == [SEED_FILES[0].name]
    assert main(["evaluate", str(folder), "--gold", str(tmp_path / "nowhere")]) == EXIT_INPUT_ERROR
    assert "gold directory does not exist" in capsys.readouterr().err
    assert main(["evaluate", "--gold", str(SEEDS / "gold")]) == EXIT_USAGE


def test_export_without_the_writer_stops_before_parsing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    from egovkit import cli

    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        cli.importlib.util,
        "find_spec",
        lambda name, *a: None if name == "openpyxl" else real_find_spec(name, *a),
    )
    parsed: list[object] = []
    monkeypatch.setattr(cli, "parse", lambda *a, **k: parsed.append(a))
    assert main(["export", str(SEEDS), "--to", str(tmp_path / "c.xlsx")]) == EXIT_USAGE
    assert "egovkit[excel]" in capsys.readouterr().err and not parsed


def test_counts_in_messages_are_singular_for_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SEED_FILES[0]), "--to", str(tmp_path / "one.jsonl")]) == EXIT_OK
    assert "wrote 1 document," in capsys.readouterr().err


def test_an_error_names_the_file_by_its_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for sub in ("a", "b"):  # a site scraped into folders: many files share a name
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "index.txt").write_bytes(bytes(range(256)) * 8)
    assert main(["parse", "-r", str(tmp_path)]) == EXIT_INPUT_ERROR
    err = capsys.readouterr().err
    assert str(tmp_path / "a" / "index.txt") in err and str(tmp_path / "b" / "index.txt") in err


@pytest.mark.parametrize("command", ["timeline", "compare"])
def test_an_output_that_cannot_be_written_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")  # a file where a folder should be
    for option in ("-o", "--png"):
        assert main([command, str(SEED_FILES[0]), option, str(blocker / "out")]) == EXIT_INPUT_ERROR
        err = capsys.readouterr().err
        assert "cannot write" in err and "internal error" not in err


def test_the_summary_counts_hidden_warnings_in_words_that_agree(capsys: pytest.CaptureFixture[str]) -> None:
    from egovkit.cli import _summary
    from egovkit.model import ParseWarning

    doc = parse("克州电子政务内网建成。")
    six = tuple(ParseWarning(code="mojibake", message=f"m{i}") for i in range(6))
    assert "… and 1 more warning (" in _summary(doc.model_copy(update={"warnings": six}))
    assert "… and 2 more warnings (" in _summary(doc.model_copy(update={"warnings": (*six, six[0])}))


def test_a_glob_that_matches_nothing_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "*.txt")]) == EXIT_INPUT_ERROR
    assert "no file matches" in capsys.readouterr().err
