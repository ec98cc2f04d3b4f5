"""Tidy tables of a corpus: one table per fact kind, one row per fact, plain Python values.

``Tables`` needs nothing but the standard library; ``to_pandas()`` turns it into DataFrames
and ``write()`` saves it as CSV (UTF-8 with BOM), Excel (``.xlsx``, one sheet per kind, needs
the ``excel`` extra), Parquet (needs the ``parquet`` extra) or JSON Lines.

Every fact row names its document and carries its evidence (``quote``, ``start``/``end`` into
the document's cleaned text, ``raw_start``/``raw_end`` into the raw input); region codes come
with the region's name; dates are ISO partial strings (``2005-02``) with the first and last day
they can mean (``*_earliest``/``*_latest``), so sorting by ``date_earliest`` is chronological.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._cells import FORMULA_START, safe_cell
from ..errors import ArgumentError, ExportError
from ..model import Document, Evidence, FuzzyDate, Indicator, Milestone, Network, Plan, Quantity, Region
from ..model.kinds import FACT_KINDS as KINDS
from .sqlite import content_hash, number

__all__ = ["FACT_KINDS", "FORMATS", "FactKind", "Tables", "build_tables"]

Row = dict[str, Any]
FORMATS = ("csv", "xlsx", "parquet", "jsonl")


@dataclass(frozen=True)
class FactKind:
    """One kind of fact: its table name, the Document lists that hold it, its row builder."""

    name: str
    attributes: tuple[str, ...]
    row: Callable[[Any, Document, _Names], Row]


class _Names:
    """Region code → name, from the document's own regions, then the gazetteer."""

    def __init__(self, doc: Document) -> None:
        self.names: dict[str, str | None] = {
            r.code: r.name for r in (*doc.regions, *doc.mentioned_regions) if r.code and r.name
        }

    def __call__(self, code: str | None) -> str | None:
        if code is None:
            return None
        if code not in self.names:
            from ..parse.regions import region_by_code

            found = region_by_code(code) if code != "CN" else None
            self.names[code] = found.name if found and found.name else ("中国" if code == "CN" else None)
        return self.names[code]


def _date(prefix: str, d: FuzzyDate | None) -> Row:
    return {
        prefix: d.iso if d else None,
        f"{prefix}_earliest": d.earliest().isoformat() if d else None,
        f"{prefix}_latest": d.latest().isoformat() if d else None,
    }


def _quantity(prefix: str, q: Quantity | None) -> Row:
    return {
        prefix: str(q) if q else None,
        f"{prefix}_value": number(q.value) if q else None,
        f"{prefix}_unit": q.unit if q else None,
    }


def _evidence(items: Evidence | tuple[Evidence, ...]) -> Row:
    evs = (items,) if isinstance(items, Evidence) else items
    first = evs[0] if evs else None
    return {
        "quote": first.quote if first else None,
        "start": first.start if first else None,
        "end": first.end if first else None,
        "raw_start": first.raw_start if first else None,
        "raw_end": first.raw_end if first else None,
        "evidence_count": len(evs),
    }


def _region_row(r: Region, doc: Document, names: _Names) -> Row:
    return {
        "document": doc.name,
        "role": "subject" if any(r is s for s in doc.regions) else "mentioned",
        "region": r.code,
        "region_name": r.name,
        "level": r.level.value,
        "parent_code": r.parent_code,
        "parent_name": names(r.parent_code),
        "hint": r.hint,
        "aliases": " | ".join(r.aliases) or None,
        **_quantity("population", r.population),
        **_quantity("area", r.area),
        "ethnic_groups": r.ethnic_groups,
        "ethnic_composition": " | ".join(f"{e.group} {e.share:g}%" for e in r.ethnic_composition) or None,
        "founded": r.founded,
        **_evidence(r.evidence),
    }


def _plan_row(p: Plan, doc: Document, names: _Names) -> Row:
    return {
        "document": doc.name,
        "title": p.title,
        "kind": p.kind.value if p.kind else None,
        "role": p.role.value,
        "region": p.region,
        "region_name": names(p.region),
        "issuer": p.issuer,
        "number": p.number,
        **_date("issued", p.issued),
        "period_start": p.period.start_year if p.period else None,
        "period_end": p.period.end_year if p.period else None,
        "period_name": p.period.name if p.period else None,
        "goals": " | ".join(p.goals) or None,
        **_evidence(p.evidence),
    }


def _network_row(n: Network, doc: Document, names: _Names) -> Row:
    return {
        "document": doc.name,
        "kind": n.kind.value if n.kind else None,
        "name": n.name,
        "region": n.region,
        "region_name": names(n.region),
        "operator": n.operator,
        "coverage": " | ".join(str(q) for q in n.coverage) or None,
        **_quantity("bandwidth", n.bandwidth),
        **_evidence(n.evidence),
    }


def _milestone_row(m: Milestone, doc: Document, names: _Names) -> Row:
    return {
        "document": doc.name,
        **_date("date", m.date),
        "qualifier": m.date.qualifier.value if m.date.qualifier else None,
        "inferred": m.date.inferred,
        "region": m.region,
        "region_name": names(m.region),
        "category": m.category.value,
        "status": m.status.value,
        "event": m.event,
        "plan": m.plan,
        **_evidence(m.evidence),
    }


def _indicator_row(i: Indicator, doc: Document, names: _Names) -> Row:
    q = i.quantity
    return {
        "document": doc.name,
        "name": i.name,
        "quantity": str(q),
        "value": number(q.value),
        "unit": q.unit,
        "approx": q.approx.value if q.approx else None,
        "region": i.region,
        "region_name": names(i.region),
        **_date("date", i.date),
        "status": i.status.value,
        "group": i.group,
        "purpose": i.purpose,
        "scope": i.scope,
        "period_start": i.period.start_year if i.period else None,
        "period_end": i.period.end_year if i.period else None,
        "plan": i.plan,
        **_evidence(i.evidence),
    }


_ROWS: dict[str, Callable[[Any, Document, _Names], Row]] = {
    "regions": _region_row,
    "plans": _plan_row,
    "networks": _network_row,
    "milestones": _milestone_row,
    "indicators": _indicator_row,
}
# one table per kind of the registry (egovkit.model.kinds), each with its row builder above
FACT_KINDS: tuple[FactKind, ...] = tuple(FactKind(k.name, k.attributes, _ROWS[k.name]) for k in KINDS)


def _document_row(doc: Document, names: _Names) -> Row:
    subject = doc.regions[0] if doc.regions else None
    return {
        "document": doc.name,
        "title": doc.title,
        "author": doc.author,
        "genre": doc.genre.value if doc.genre else None,
        "script": doc.script.value,
        "encoding": doc.encoding,
        **_date("date", doc.date),
        "date_inferred": doc.date_inferred,
        "region": subject.code if subject else None,
        "region_name": subject.name if subject else None,
        "chars": len(doc.text),
        "raw_chars": len(doc.raw),
        **{kind.name: sum(len(getattr(doc, a)) for a in kind.attributes) for kind in FACT_KINDS},
        "warnings": len(doc.warnings),
        "content_hash": content_hash(doc),
    }


class Tables(Mapping[str, list[Row]]):
    """One tidy table per kind (``documents``, ``regions``, ``plans``, ``networks``,
    ``milestones``, ``indicators``): a mapping of kind → list of row dicts.

    Examples:
        >>> import egovkit
        >>> t = egovkit.to_tables([egovkit.parse("克州2005年2月建成电子政务内网。", name="a.txt")])
        >>> list(t)
        ['documents', 'regions', 'plans', 'networks', 'milestones', 'indicators']
        >>> row = t["milestones"][0]
        >>> row["document"], row["date"], row["date_earliest"], row["region_name"], row["quote"][:7]
        ('a.txt', '2005-02', '2005-02-01', '克孜勒苏柯尔克孜自治州', '克州2005年')
    """

    def __init__(self, tables: Mapping[str, list[Row]]) -> None:
        self._tables = {name: list(rows) for name, rows in tables.items()}

    def __getitem__(self, kind: str) -> list[Row]:
        return self._tables[kind]

    def __iter__(self) -> Iterator[str]:
        return iter(self._tables)

    def __len__(self) -> int:
        return len(self._tables)

    def __repr__(self) -> str:
        return "Tables(" + ", ".join(f"{k}={len(v)}" for k, v in self._tables.items()) + ")"

    def columns(self, kind: str) -> list[str]:
        """The column names of a table (known even when it has no rows)."""
        return _COLUMNS[kind]

    def to_pandas(self) -> dict[str, Any]:
        """The tables as pandas DataFrames, kind → DataFrame (needs the ``pandas`` extra)."""
        pd = _need("pandas", "pandas")
        return {k: pd.DataFrame(rows, columns=self.columns(k)) for k, rows in self._tables.items()}

    def write(self, path: str | os.PathLike[str], *, format: str | None = None) -> list[Path]:
        """Save the tables; the format comes from ``format`` or the suffix of ``path``.

        ``.xlsx``: one workbook, a sheet per kind. ``.jsonl``: one file, a line per row with
        its ``table``. ``.csv`` and ``.parquet``: a file per kind beside ``path``
        (``out.csv`` → ``out_documents.csv``, ``out_milestones.csv`` …), or in ``path`` when it
        is a folder. In CSV a text cell a spreadsheet would run as a formula (``=``, ``+``,
        ``-``, ``@`` first) gets a leading apostrophe; in Excel such a cell is stored as a
        text cell marked "quote prefix" (Excel's own invisible apostrophe), so ``+70 %``
        reads as ``+70 %``. Returns the files written.

        Raises:
            ArgumentError: an unknown format.
            ExportError: the file cannot be written, or Excel or Parquet without its extra.
        """
        out = Path(path)
        fmt = (format or out.suffix.lstrip(".")).lower()
        if fmt not in FORMATS:
            raise ArgumentError(
                "format", fmt or str(out), FORMATS, reason=f"cannot tell the format of {str(out)!r}"
            )
        writer = {"csv": _write_csv, "xlsx": _write_xlsx, "parquet": _write_parquet, "jsonl": _write_jsonl}
        try:
            return writer[fmt](self, out)
        except OSError as exc:
            raise ExportError(out, f"cannot write: {exc.strerror or exc}") from exc


_COLUMNS: dict[str, list[str]] = {}


def build_tables(documents: Iterable[Document]) -> Tables:
    """The tidy tables of ``documents`` (see ``egovkit.to_tables``)."""
    tables: dict[str, list[Row]] = {"documents": [], **{k.name: [] for k in FACT_KINDS}}
    for doc in documents:
        names = _Names(doc)
        tables["documents"].append(_document_row(doc, names))
        for kind in FACT_KINDS:
            for attribute in kind.attributes:
                tables[kind.name].extend(kind.row(fact, doc, names) for fact in getattr(doc, attribute))
    return Tables(tables)


def _columns() -> dict[str, list[str]]:
    """Column names of every table, from the rows of a document holding one fact of each kind."""
    from ..model import Genre, MilestoneCategory, PlanRole, RegionLevel, Status

    ev = Evidence(start=0, end=0, quote="", raw_start=0, raw_end=0)
    q = Quantity(value=1, unit="个")
    doc = Document(
        raw="",
        text="",
        genre=Genre.PLAN,
        regions=(Region(name="x", code="CN", level=RegionLevel.COUNTRY),),
        plans=(Plan(title="x", role=PlanRole.SUBJECT),),
        networks=(Network(kind=None),),
        milestones=(
            Milestone(
                date=FuzzyDate(year=2000),
                event="",
                category=MilestoneCategory.OTHER,
                status=Status.DONE,
                evidence=ev,
            ),
        ),
        indicators=(Indicator(name="x", quantity=q, evidence=ev),),
    )
    names = _Names(doc)
    out = {"documents": list(_document_row(doc, names))}
    for kind in FACT_KINDS:
        fact = getattr(doc, kind.attributes[0])[0]
        out[kind.name] = list(kind.row(fact, doc, names))
    return out


_COLUMNS.update(_columns())


# ---- writers ----------------------------------------------------------------------------------


def _need(module: str, extra: str, out: Path | None = None) -> Any:
    """Import an optional dependency, or say which extra installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        hint = f"needs {module.split('.')[0]}: pip install 'egovkit[{extra}]'"
        if out is None:
            raise ImportError(f"Tables.to_pandas {hint}") from None
        raise ExportError(out, f"writing {out.suffix or extra} {hint}") from None


def _per_kind(out: Path, kind: str, suffix: str) -> Path:
    if out.is_dir() or not out.suffix:
        return out / f"{kind}.{suffix}"
    return out.with_name(f"{out.stem}_{kind}.{suffix}")


def _write_csv(tables: Tables, out: Path) -> list[Path]:
    written = []
    for kind, rows in tables.items():
        path = _per_kind(out, kind, "csv")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads it as UTF-8
            w = csv.DictWriter(fh, fieldnames=tables.columns(kind))
            w.writeheader()
            for row in rows:
                w.writerow({k: safe_cell(v) for k, v in row.items()})
        written.append(path)
    return written


_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_cell(sheet: Any, value: Any, text_cell: Any) -> Any:
    """The value to append to a write-only ``sheet``: a text that starts like a formula goes
    in as an explicit text cell with Excel's quote prefix, never as a formula, and without a
    visible apostrophe (that is only the CSV's way of saying "text")."""
    if not isinstance(value, str):
        return value
    text = _XLSX_ILLEGAL.sub("", value)
    if not text.startswith(FORMULA_START):
        return text
    cell = text_cell(sheet, value=text)
    cell.data_type = "s"  # openpyxl makes a text starting with "=" a formula otherwise
    cell.quotePrefix = True
    return cell


def _write_xlsx(tables: Tables, out: Path) -> list[Path]:
    openpyxl = _need("openpyxl", "excel", out)
    book = openpyxl.Workbook(write_only=True)
    text_cell = _need("openpyxl.cell", "excel", out).WriteOnlyCell
    for kind, rows in tables.items():
        sheet = book.create_sheet(kind)
        cols = tables.columns(kind)
        sheet.append(cols)
        for row in rows:
            sheet.append([_xlsx_cell(sheet, row.get(c), text_cell) for c in cols])
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return [out]


def _write_parquet(tables: Tables, out: Path) -> list[Path]:
    pa = _need("pyarrow", "parquet", out)
    pq = _need("pyarrow.parquet", "parquet", out)
    written = []
    for kind, rows in tables.items():
        path = _per_kind(out, kind, "parquet")
        path.parent.mkdir(parents=True, exist_ok=True)
        table = pa.table({c: [r.get(c) for r in rows] for c in tables.columns(kind)})
        pq.write_table(table, path)
        written.append(path)
    return written


def _write_jsonl(tables: Tables, out: Path) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for kind, rows in tables.items():
            for row in rows:
                fh.write(json.dumps({"table": kind, **row}, ensure_ascii=False) + "\n")
    return [out]
