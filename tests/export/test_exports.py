"""SQLite tables and the HTML evidence viewer."""

from __future__ import annotations

import html
import json
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


def test_notebooks_show_documents_timelines_and_comparisons_as_escaped_html() -> None:
    doc = parse(
        "克州<script>x</script>电子政务\n2007年4月，克州开通政府网站。2005年2月，克州建成电子政务内网。"
        "克孜勒苏柯尔克孜自治州总人口50万人，其中柯尔克孜族占28.6%。",
        name="nb.txt",
    )
    page = doc._repr_html_()
    assert "<table>" in page and "<script>" not in page
    assert page.index("2005-02") < page.index("2007-04")  # milestones by date
    assert "ethnic_share (柯尔克孜族)" in page and "ethnic_share (柯尔克孜族)" in doc.to_html()
    tl = egovkit.timeline([doc])._repr_html_()
    assert "<table>" in tl and "克孜勒苏柯尔克孜自治州 (653000)" in tl
    cmp = egovkit.compare([doc])._repr_html_()
    assert "<table>" in cmp and "ethnic_share (柯尔克孜族)" in cmp and "28.6 %" in cmp


def test_viewer_lists_milestones_by_date_and_names_ethnic_groups() -> None:
    doc = parse("2007年4月，克州开通政府网站。2005年2月，克州建成电子政务内网。其中柯尔克孜族占28.6%。")
    side = doc.to_html().split('id="facts"', 1)[1]  # the list beside the text
    assert side.index("2005-02 [") < side.index("2007-04 [")


_PLAN = "克州电子政务发展规划（2006—2010年）\n二、发展目标\n到2010年，全州建成电子政务外网。到规划期末，全州政府网站达到50个。\n"


def test_sqlite_keeps_the_plan_links(tmp_path: Path) -> None:
    db = to_sqlite([parse(_PLAN)], tmp_path / "plan.db")
    con = sqlite3.connect(db)
    plans = {m for (m,) in con.execute("SELECT plan FROM milestones WHERE status = 'planned'")}
    assert plans == {"克州电子政务发展规划（2006—2010年）"}
    row = con.execute(
        "SELECT plan, period_start, period_end FROM indicators WHERE name = 'gov_websites'"
    ).fetchone()
    assert row == ("克州电子政务发展规划（2006—2010年）", 2006, 2010)
    (goals,) = con.execute("SELECT goals FROM plans").fetchone()
    assert "全州建成电子政务外网" in json.loads(goals)[0]


def test_sqlite_adds_the_link_columns_to_an_older_file(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    old = SCHEMA.replace(",\n    goals TEXT", "").replace(", plan TEXT", "")
    old = old.replace(",\n    period_start INTEGER, period_end INTEGER", "")
    assert "plan TEXT" not in old and "goals" not in old
    con.executescript(old)
    con.close()
    to_sqlite([parse(_PLAN)], db)  # appends: the new columns are added, the row is written
    assert _count(db, "milestones") >= 1
    cols = {r[1] for r in sqlite3.connect(db).execute("PRAGMA table_info(indicators)")}
    assert {"plan", "period_start", "period_end"} <= cols
