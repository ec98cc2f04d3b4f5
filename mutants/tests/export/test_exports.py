"""SQLite tables and the HTML evidence viewer."""

from __future__ import annotations

import html
import re
import sqlite3
from pathlib import Path

import pytest

import egovkit
from egovkit import parse, to_sqlite
from egovkit.errors import ExportError
from egovkit.export.sqlite import SCHEMA

from ..conftest import SEED_FILES


def test_sqlite_tables_answer_sql(tmp_path: Path) -> None:
    db = to_sqlite(SEED_FILES, tmp_path / "seeds.db")
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(SEED_FILES)
    rows = con.execute(
        "SELECT d.name, m.date, m.event FROM milestones m JOIN documents d ON d.id = m.document_id"
        " WHERE m.region = '653000' ORDER BY m.date_start"
    ).fetchall()
    assert rows and all(r[0].startswith("001") for r in rows)
    assert rows[0][1] <= rows[-1][1]
    # every fact's evidence quote is the slice of its document's text
    for text, start, end, quote in con.execute(
        'SELECT d.text, e.start, e."end", e.quote FROM evidence e JOIN documents d ON d.id = e.document_id'
    ):
        assert text[start:end] == quote
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"documents", "regions", "plans", "networks", "milestones", "indicators", "evidence"}


def _count(db: Path, table: str = "documents") -> int:
    n: int = sqlite3.connect(db).execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return n


def test_sqlite_appends_and_skips_a_document_already_stored(tmp_path: Path) -> None:
    doc = parse("克州2005年2月建成电子政务内网。")
    other = parse("伊犁州2006年建成政府网站。")
    to_sqlite([doc], tmp_path / "x.db")
    to_sqlite([doc, other], tmp_path / "x.db")  # the same text again is not stored twice
    assert _count(tmp_path / "x.db") == 2
    assert _count(tmp_path / "x.db", "milestones") == 2
    to_sqlite([other], tmp_path / "x.db", mode="replace")
    assert _count(tmp_path / "x.db") == 1
    assert _count(tmp_path / "x.db", "milestones") == 1


def test_sqlite_adds_the_hash_column_to_an_older_file(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.executescript(SCHEMA.replace(", content_hash TEXT", ""))
    con.close()
    to_sqlite([parse("克州2005年2月建成电子政务内网。")], db)
    to_sqlite([parse("克州2005年2月建成电子政务内网。")], db)
    assert _count(db) == 1


@pytest.mark.parametrize("target", ["text", "folder", "foreign"])
def test_sqlite_onto_what_is_not_an_egovkit_database_is_a_typed_error(tmp_path: Path, target: str) -> None:
    path = tmp_path / "out.db"
    if target == "text":
        path.write_text("my notes", encoding="utf-8")
    elif target == "folder":
        path.mkdir()
    else:
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE milestones (x)")
        con.commit()
        con.close()
    with pytest.raises(ExportError):
        to_sqlite([parse("克州2005年2月建成电子政务内网。")], path)
    if target == "text":
        assert path.read_text(encoding="utf-8") == "my notes"  # never overwritten


def test_sqlite_and_compare_take_a_number_beyond_float_range(tmp_path: Path) -> None:
    doc = parse("克州政府网站数量达到" + "9" * 400 + "个。")
    assert any(i.quantity.value > 10**300 for i in doc.indicators)
    to_sqlite([doc], tmp_path / "big.db")
    assert sqlite3.connect(tmp_path / "big.db").execute("SELECT value FROM indicators").fetchall() == [
        (None,)
    ]
    egovkit.compare([doc]).to_markdown()


def test_html_marks_every_fact_and_escapes_text() -> None:
    doc = parse(
        "克州<script>alert(1)</script>电子政务\n2005年2月，克州电子政务内网建成，已建成政府网站47个。"
    )
    page = doc.to_html()
    assert "<script>alert(1)</script>" not in page.split("<script>\ndocument")[0]
    assert page.count('<li data-fact="') == len(doc.facts())
    for fact_id in re.findall(r'<li data-fact="(f\d+)"', page):
        assert re.search(rf'<mark data-facts="[^"]*\b{fact_id}\b', page), fact_id
    text = re.sub(r"<[^>]+>", "", page.split('<div id="text">')[1].split('</div><div id="facts">')[0])
    assert html.unescape(text) == doc.text  # the page shows the cleaned text, whole


def test_report_of_a_traditional_seed() -> None:
    doc = parse(SEED_FILES[-1])
    page = doc.to_html()
    assert page.startswith("<!DOCTYPE html>") and "raw: " in page
