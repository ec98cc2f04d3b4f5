"""Parsed documents as normalised SQLite tables a researcher can query with SQL."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..model import Document, Evidence, FuzzyDate

__all__ = ["SCHEMA", "write_sqlite"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY, name TEXT, title TEXT, author TEXT, genre TEXT, script TEXT,
    date TEXT, date_inferred INTEGER, encoding TEXT, chars INTEGER, text TEXT
);
CREATE TABLE IF NOT EXISTS regions (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), role TEXT,
    code TEXT, name TEXT, level TEXT, parent_code TEXT, hint TEXT, population REAL, area REAL
);
CREATE TABLE IF NOT EXISTS plans (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), title TEXT, kind TEXT,
    region TEXT, issuer TEXT, number TEXT, issued TEXT, period_start INTEGER, period_end INTEGER, role TEXT
);
CREATE TABLE IF NOT EXISTS networks (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), kind TEXT, name TEXT,
    region TEXT, operator TEXT, coverage TEXT, bandwidth_value REAL, bandwidth_unit TEXT
);
CREATE TABLE IF NOT EXISTS milestones (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), date TEXT,
    date_start TEXT, date_end TEXT, qualifier TEXT, inferred INTEGER, region TEXT,
    category TEXT, status TEXT, event TEXT
);
CREATE TABLE IF NOT EXISTS indicators (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), name TEXT, value REAL,
    unit TEXT, approx TEXT, region TEXT, date TEXT, status TEXT, ethnic_group TEXT, purpose TEXT, scope TEXT
);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id), fact_table TEXT,
    fact_id INTEGER, start INTEGER, "end" INTEGER, quote TEXT, raw_start INTEGER, raw_end INTEGER
);
CREATE INDEX IF NOT EXISTS milestones_region_date ON milestones(region, date_start);
CREATE INDEX IF NOT EXISTS indicators_name_region ON indicators(name, region);
CREATE INDEX IF NOT EXISTS evidence_fact ON evidence(fact_table, fact_id);
"""


def _iso(d: FuzzyDate | None) -> str | None:
    return d.iso if d is not None else None


def _value(v: object) -> object:
    return getattr(v, "value", v)


def write_sqlite(documents: Iterable[Document], path: str | Path) -> Path:
    """Append ``documents`` to the SQLite file at ``path`` (created with ``SCHEMA`` if new).

    Dates are ISO partial strings (``2005-02``); ``date_start``/``date_end`` give the first
    and last day a milestone's date can mean, so ``ORDER BY date_start`` is chronological.
    Every fact's passages are rows of ``evidence`` (``fact_table``, ``fact_id``).
    """
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(out)
    try:
        con.executescript(SCHEMA)
        for doc in documents:
            _write(con, doc)
        con.commit()
    finally:
        con.close()
    return out


def _write(con: sqlite3.Connection, doc: Document) -> None:
    cur = con.execute(
        "INSERT INTO documents (name, title, author, genre, script, date, date_inferred, encoding, chars, text)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
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
                    float(r.population.value) if r.population else None,
                    float(r.area.value) if r.area else None,
                ),
            )
            evidence("regions", cur.lastrowid, r.evidence)
    for p in doc.plans:
        cur = con.execute(
            "INSERT INTO plans (document_id, title, kind, region, issuer, number, issued, period_start,"
            " period_end, role) VALUES (?,?,?,?,?,?,?,?,?,?)",
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
                float(n.bandwidth.value) if n.bandwidth else None,
                n.bandwidth.unit if n.bandwidth else None,
            ),
        )
        evidence("networks", cur.lastrowid, n.evidence)
    for m in doc.milestones:
        cur = con.execute(
            "INSERT INTO milestones (document_id, date, date_start, date_end, qualifier, inferred, region,"
            " category, status, event) VALUES (?,?,?,?,?,?,?,?,?,?)",
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
            ),
        )
        evidence("milestones", cur.lastrowid, [m.evidence])
    for i in doc.indicators:
        cur = con.execute(
            "INSERT INTO indicators (document_id, name, value, unit, approx, region, date, status, ethnic_group,"
            " purpose, scope) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc_id,
                i.name,
                float(i.quantity.value),
                i.quantity.unit,
                _value(i.quantity.approx),
                i.region,
                _iso(i.date),
                _value(i.status),
                i.group,
                i.purpose,
                i.scope,
            ),
        )
        evidence("indicators", cur.lastrowid, [i.evidence])
