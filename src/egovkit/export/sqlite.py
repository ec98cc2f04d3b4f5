"""Parsed documents as normalised SQLite tables a researcher can query with SQL."""

from __future__ import annotations

import hashlib
import json
import math
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from ..errors import ArgumentError, ExportError
from ..model import Document, Evidence, FuzzyDate
from ..model.kinds import FACT_KINDS

__all__ = ["SCHEMA", "TABLES", "content_hash", "number", "write_sqlite"]

TABLES = ("documents", *(kind.name for kind in FACT_KINDS), "evidence")

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY, name TEXT, title TEXT, author TEXT, genre TEXT, script TEXT,
    date TEXT, date_inferred INTEGER, encoding TEXT, chars INTEGER, text TEXT, content_hash TEXT
);
CREATE TABLE IF NOT EXISTS regions (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), role TEXT,
    code TEXT, name TEXT, level TEXT, parent_code TEXT, hint TEXT, population REAL, area REAL
);
CREATE TABLE IF NOT EXISTS plans (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), title TEXT, kind TEXT,
    region TEXT, issuer TEXT, number TEXT, issued TEXT, period_start INTEGER, period_end INTEGER, role TEXT,
    goals TEXT
);
CREATE TABLE IF NOT EXISTS networks (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), kind TEXT, name TEXT,
    region TEXT, operator TEXT, coverage TEXT, bandwidth_value REAL, bandwidth_unit TEXT
);
CREATE TABLE IF NOT EXISTS milestones (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), date TEXT,
    date_start TEXT, date_end TEXT, qualifier TEXT, inferred INTEGER, region TEXT,
    category TEXT, status TEXT, event TEXT, plan TEXT
);
CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), name TEXT, value REAL,
    unit TEXT, approx TEXT, region TEXT, date TEXT, status TEXT, ethnic_group TEXT, purpose TEXT, scope TEXT,
    period_start INTEGER, period_end INTEGER, plan TEXT
);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), fact_table TEXT,
    fact_id INTEGER, start INTEGER, "end" INTEGER, quote TEXT, raw_start INTEGER, raw_end INTEGER
);
CREATE INDEX IF NOT EXISTS milestones_region_date ON milestones(region, date_start);
CREATE INDEX IF NOT EXISTS indicators_name_region ON indicators(name, region);
CREATE INDEX IF NOT EXISTS evidence_fact ON evidence(fact_table, fact_id);
"""
_SQLITE_MAGIC = b"SQLite format 3\x00"


def content_hash(doc: Document) -> str:
    """The SHA-256 of a document's raw input: the same text stored twice has the same hash."""
    return hashlib.sha256(doc.raw.encode("utf-8", "surrogatepass")).hexdigest()


def number(value: object) -> float | None:
    """A quantity's value as a float for a table, or None when it is out of float range."""
    try:
        out = float(value)  # type: ignore[arg-type]
    except (OverflowError, TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def _iso(d: FuzzyDate | None) -> str | None:
    return d.iso if d is not None else None


def _value(v: object) -> object:
    return getattr(v, "value", v)


def write_sqlite(
    documents: Iterable[Document], path: str | Path, *, mode: Literal["append", "replace"] = "append"
) -> Path:
    """Write ``documents`` to the SQLite file at ``path`` (created with ``SCHEMA`` if new).

    ``mode="append"`` adds to what the file holds, skipping a document whose raw input is
    already stored (same ``content_hash``), so running an export twice stores nothing twice;
    ``mode="replace"`` empties egovkit's tables first. Dates are ISO partial strings
    (``2005-02``); ``date_start``/``date_end`` give the first and last day a milestone's date
    can mean, so ``ORDER BY date_start`` is chronological. Every fact's passages are rows of
    ``evidence`` (``fact_table``, ``fact_id``).

    Raises:
        ExportError: ``path`` is a folder, a file that is not an SQLite database, or a
            database with tables of the same names that egovkit did not write.
        ArgumentError: an unknown ``mode``.
    """
    if mode not in ("append", "replace"):
        raise ArgumentError("mode", mode, ("append", "replace"))
    out = Path(path)
    _check_target(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(out)
    except (OSError, sqlite3.Error) as exc:
        raise ExportError(out, f"cannot open as an SQLite database: {exc}") from exc
    try:
        try:
            _check_schema(con, out)
            if mode == "replace":
                con.executescript("".join(f"DROP TABLE IF EXISTS {t};" for t in TABLES))
            con.executescript(SCHEMA)
            _add_hash_column(con)
            seen = {h for (h,) in con.execute("SELECT content_hash FROM documents") if h}
            for doc in documents:
                digest = content_hash(doc)
                if digest in seen:
                    continue
                seen.add(digest)
                _write(con, doc, digest)
            con.commit()
        except sqlite3.Error as exc:
            raise ExportError(out, f"cannot write the tables: {exc}") from exc
    finally:
        con.close()
    return out


def _check_target(out: Path) -> None:
    """Refuse a folder, or an existing file that is not an SQLite database (never overwrite it)."""
    if out.is_dir():
        raise ExportError(out, "is a folder; name a database file, e.g. corpus.db")
    if out.exists():
        try:
            with out.open("rb") as fh:
                head = fh.read(len(_SQLITE_MAGIC))
        except OSError as exc:
            raise ExportError(out, f"cannot read it: {exc.strerror or exc}") from exc
        if head and head != _SQLITE_MAGIC:
            raise ExportError(out, "exists and is not an SQLite database; egovkit will not overwrite it")
    elif out.parent.exists() and not os.access(out.parent, os.W_OK):
        raise ExportError(out, "its folder is not writable")


def _check_schema(con: sqlite3.Connection, out: Path) -> None:
    """A database that has a ``documents`` table egovkit did not create is someone else's."""
    cols = {row[1] for row in con.execute("PRAGMA table_info(documents)")}
    if cols and not {"name", "title", "text", "chars"} <= cols:
        raise ExportError(out, "holds a 'documents' table egovkit did not write; use another file")


# columns added after a table was first written: a file from an older egovkit gets them (empty)
_LATER_COLUMNS = (
    ("documents", "content_hash", "TEXT"),
    ("plans", "goals", "TEXT"),
    ("milestones", "plan", "TEXT"),
    ("indicators", "period_start", "INTEGER"),
    ("indicators", "period_end", "INTEGER"),
    ("indicators", "plan", "TEXT"),
)


def _add_hash_column(con: sqlite3.Connection) -> None:
    """Files written by an older egovkit lack the columns added since (``content_hash``, the
    plan links): add them (their rows stay empty there)."""
    for table, column, kind in _LATER_COLUMNS:
        cols = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
        if column not in cols:
            con.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    con.execute("CREATE INDEX IF NOT EXISTS documents_hash ON documents(content_hash)")


def _write(con: sqlite3.Connection, doc: Document, digest: str) -> None:
    cur = con.execute(
        "INSERT INTO documents (name, title, author, genre, script, date, date_inferred, encoding, chars, text,"
        " content_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            doc.name,
            doc.title,
            doc.author,
            _value(doc.genre),
            _value(doc.script),
            _iso(doc.date),
            int(doc.date_inferred),
            doc.encoding,
            len(doc.text),
            doc.text,
            digest,
        ),
    )
    doc_id = cur.lastrowid

    def evidence(table: str, fact_id: int | None, items: Iterable[Evidence]) -> None:
        con.executemany(
            'INSERT INTO evidence (document_id, fact_table, fact_id, start, "end", quote, raw_start, raw_end)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [(doc_id, table, fact_id, e.start, e.end, e.quote, e.raw_start, e.raw_end) for e in items],
        )

    for role, regions in (("subject", doc.regions), ("mentioned", doc.mentioned_regions)):
        for r in regions:
            cur = con.execute(
                "INSERT INTO regions (document_id, role, code, name, level, parent_code, hint, population, area)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    doc_id,
                    role,
                    r.code,
                    r.name,
                    _value(r.level),
                    r.parent_code,
                    r.hint,
                    number(r.population.value) if r.population else None,
                    number(r.area.value) if r.area else None,
                ),
            )
            evidence("regions", cur.lastrowid, r.evidence)
    for p in doc.plans:
        cur = con.execute(
            "INSERT INTO plans (document_id, title, kind, region, issuer, number, issued, period_start,"
            " period_end, role, goals) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                p.title,
                _value(p.kind),
                p.region,
                p.issuer,
                p.number,
                _iso(p.issued),
                p.period.start_year if p.period else None,
                p.period.end_year if p.period else None,
                _value(p.role),
                json.dumps(list(p.goals), ensure_ascii=False) if p.goals else None,
            ),
        )
        evidence("plans", cur.lastrowid, p.evidence)
    for n in doc.networks:
        cur = con.execute(
            "INSERT INTO networks (document_id, kind, name, region, operator, coverage, bandwidth_value,"
            " bandwidth_unit) VALUES (?,?,?,?,?,?,?,?)",
            (
                doc_id,
                _value(n.kind),
                n.name,
                n.region,
                n.operator,
                json.dumps([str(q) for q in n.coverage], ensure_ascii=False),
                number(n.bandwidth.value) if n.bandwidth else None,
                n.bandwidth.unit if n.bandwidth else None,
            ),
        )
        evidence("networks", cur.lastrowid, n.evidence)
    for m in doc.milestones:
        cur = con.execute(
            "INSERT INTO milestones (document_id, date, date_start, date_end, qualifier, inferred, region,"
            " category, status, event, plan) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                m.date.iso,
                m.date.earliest().isoformat(),
                m.date.latest().isoformat(),
                _value(m.date.qualifier),
                int(m.date.inferred),
                m.region,
                _value(m.category),
                _value(m.status),
                m.event,
                m.plan,
            ),
        )
        evidence("milestones", cur.lastrowid, [m.evidence])
    for i in doc.indicators:
        cur = con.execute(
            "INSERT INTO indicators (document_id, name, value, unit, approx, region, date, status, ethnic_group,"
            " purpose, scope, period_start, period_end, plan) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                i.name,
                number(i.quantity.value),
                i.quantity.unit,
                _value(i.quantity.approx),
                i.region,
                _iso(i.date),
                _value(i.status),
                i.group,
                i.purpose,
                i.scope,
                i.period.start_year if i.period else None,
                i.period.end_year if i.period else None,
                i.plan,
            ),
        )
        evidence("indicators", cur.lastrowid, [i.evidence])
