"""Tidy tables of a corpus and their writers (CSV with BOM, Excel, Parquet, JSON Lines)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import egovkit
from egovkit import parse, to_frames, to_tables
from egovkit.cli import EXIT_OK, EXIT_USAGE, main
from egovkit.errors import ArgumentError

from ..conftest import SEED_FILES, SEEDS

KINDS = ["documents", "regions", "plans", "networks", "milestones", "indicators"]
EVIDENCE = ["quote", "start", "end", "raw_start", "raw_end"]

DOC = parse("克州2005年2月建成电子政务内网，全州已建成政府网站47个。", name="a.txt")
HOSTILE = parse("=SUM(A1)2005年2月，克州建成电子政务内网。", name="@b.txt")


@pytest.fixture(scope="module")
def seeds() -> egovkit.Tables:
    return to_tables([parse(p) for p in SEED_FILES])


def test_one_table_per_kind_with_a_row_per_fact(seeds: egovkit.Tables) -> None:
    docs = [parse(p) for p in SEED_FILES]
    assert list(seeds) == KINDS
    assert len(seeds["documents"]) == len(docs)
    assert len(seeds["milestones"]) == sum(len(d.milestones) for d in docs)
    assert len(seeds["indicators"]) == sum(len(d.indicators) for d in docs)
    assert len(seeds["regions"]) == sum(len(d.regions) + len(d.mentioned_regions) for d in docs)


def test_every_fact_row_names_its_document_and_its_evidence(seeds: egovkit.Tables) -> None:
    texts = {p.name: parse(p).text for p in SEED_FILES}
    for kind in KINDS[1:]:
        for row in seeds[kind]:
            assert row["document"] in texts
            if row["quote"] is not None:
                assert texts[row["document"]][row["start"] : row["end"]] == row["quote"]
            assert set(EVIDENCE) <= set(row)


def test_regions_come_with_names_and_dates_with_earliest_and_latest() -> None:
    (m,) = to_tables([DOC])["milestones"]
    assert (m["region"], m["region_name"]) == ("653000", "克孜勒苏柯尔克孜自治州")
    assert (m["date"], m["date_earliest"], m["date_latest"]) == ("2005-02", "2005-02-01", "2005-02-28")
    (ind,) = to_tables([DOC])["indicators"]
    assert (ind["name"], ind["value"], ind["unit"]) == ("gov_websites", 47.0, "个")


def test_pandas_frames_have_the_columns_even_when_empty() -> None:
    frames = to_frames([parse("没有任何事实的一句话。")])
    assert list(frames) == KINDS
    assert frames["milestones"].empty and "date_earliest" in frames["milestones"].columns


def test_csv_has_a_bom_and_neutralises_formulas(tmp_path: Path) -> None:
    written = to_tables([HOSTILE]).write(tmp_path / "out.csv")
    assert [p.name for p in written] == [f"out_{k}.csv" for k in KINDS]
    raw = (tmp_path / "out_milestones.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader((tmp_path / "out_documents.csv").open(encoding="utf-8-sig")))
    assert rows[0]["document"] == "'@b.txt"
    for path in written:
        for row in csv.reader(path.open(encoding="utf-8-sig")):
            assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row), row


def test_excel_one_sheet_per_kind_read_back_with_pandas(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    to_tables([DOC, HOSTILE]).write(tmp_path / "out.xlsx")
    sheets = pd.read_excel(tmp_path / "out.xlsx", sheet_name=None)
    assert list(sheets) == KINDS
    assert sheets["documents"]["document"].tolist() == ["a.txt", "@b.txt"]  # no visible apostrophe
    assert sheets["milestones"]["region_name"].tolist()[0] == "克孜勒苏柯尔克孜自治州"


def test_excel_keeps_formula_like_text_as_text_without_a_visible_apostrophe(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    signed = parse("克州电子政务内网2005年建成。", name="+70 %")
    to_tables([DOC, HOSTILE, signed]).write(tmp_path / "out.xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not any(c.data_type == "f" for c in cells)  # nothing runs as a formula
    names = {c.value: c for c in book["documents"]["A"][1:]}
    assert set(names) == {"a.txt", "@b.txt", "+70 %"}
    assert names["@b.txt"].quotePrefix and names["+70 %"].quotePrefix and not names["a.txt"].quotePrefix
    quotes = [c for c in cells if isinstance(c.value, str) and c.value.startswith("=SUM")]
    assert quotes and all(c.data_type == "s" for c in quotes)


def test_parquet_and_jsonl(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    tables = to_tables([DOC])
    tables.write(tmp_path / "out.parquet")
    back = pd.read_parquet(tmp_path / "out_indicators.parquet")
    assert back["value"].tolist() == [47.0]
    tables.write(tmp_path / "out.jsonl")
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {x["table"] for x in lines} == {"documents", "regions", "networks", "milestones", "indicators"}


def test_an_unknown_format_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ArgumentError):
        to_tables([DOC]).write(tmp_path / "out.docx")


def test_cli_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SEEDS), "--to", str(tmp_path / "c.xlsx")]) == EXIT_OK
    assert (tmp_path / "c.xlsx").stat().st_size > 0
    assert "milestones" in capsys.readouterr().err
    assert main(["export", str(SEEDS), "--to", str(tmp_path / "c.txt")]) == EXIT_USAGE
    assert capsys.readouterr().err.count("\n") == 1
