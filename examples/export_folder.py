"""Recipe: export a folder of documents to Excel, CSV, JSON lines and SQLite.

Run from the repository root:  python examples/export_folder.py [FOLDER] [OUT_DIR]
(default FOLDER: the bundled seeds; default OUT_DIR: egovkit-out/)

Needs no extra for JSON lines, CSV and SQLite; the Excel step needs
``pip install "egovkit[excel,pandas]"`` (openpyxl writes the workbook, pandas reads it back)
and is skipped with a message when they are missing.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from pathlib import Path

import egovkit

if len(sys.argv) > 1:
    folder = Path(sys.argv[1])
else:  # the seeds of the checkout this recipe stands in, or of the one it runs from
    folder = Path(__file__).resolve().parents[1] / "seeds"
    folder = folder if folder.is_dir() else Path("seeds")
if not folder.is_dir():
    sys.exit(f"no folder {folder}: pass one (python export_folder.py FOLDER [OUT_DIR])")
out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("egovkit-out")
out.mkdir(parents=True, exist_ok=True)

# every document the folder holds (text, web pages, Word, PDF); a file that fails is named
docs = []
for result in egovkit.parse_many([folder], workers=1):
    if isinstance(result, egovkit.ParseFailure):
        print(f"skipped {result}")
    else:
        docs.append(result)

# 1. JSON lines: one whole Document per line (text, facts, evidence), reloadable with pydantic
with (out / "documents.jsonl").open("w", encoding="utf-8") as f:
    for doc in docs:
        f.write(doc.model_dump_json() + "\n")
again = [
    egovkit.Document.model_validate_json(line) for line in (out / "documents.jsonl").open(encoding="utf-8")
]
assert again == docs

# 2. CSV: one row per indicator, with the passage that states it (utf-8-sig opens in Excel)
with (out / "indicators.csv").open("w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(["document", "region", "indicator", "value", "unit", "date", "status", "quote"])
    for doc in docs:
        for i in doc.indicators:
            w.writerow(
                [
                    doc.name,
                    i.region,
                    i.name,
                    i.quantity.value,
                    i.quantity.unit,
                    i.date.iso if i.date else "",
                    i.status.value,
                    i.evidence.quote,
                ]
            )
egovkit.timeline(docs).to_csv(out / "milestones.csv")

# 3. SQLite: normalised tables to query with SQL
db = out / "egov.db"
db.unlink(missing_ok=True)
egovkit.to_sqlite(docs, db)
con = sqlite3.connect(db)
query = """
    SELECT m.region, min(m.date_start) AS first, count(*) AS events
    FROM milestones m GROUP BY m.region ORDER BY events DESC LIMIT 5
"""
for region, first, events in con.execute(query):
    print(f"{region}: {events} events, the first on {first}")

# 4. Excel: one sheet per fact kind (needs egovkit[excel]), read back with pandas
try:
    import openpyxl  # noqa: F401  (only to say early that the excel extra is missing)
    import pandas as pd
except ImportError:
    print(f"wrote documents.jsonl, indicators.csv, milestones.csv and egov.db to {out}")
    sys.exit('skipped corpus.xlsx: pip install "egovkit[excel,pandas]" to write and read it')
tables = egovkit.to_tables(docs)
tables.write(out / "corpus.xlsx")
sheets = pd.read_excel(out / "corpus.xlsx", sheet_name=None)
assert list(sheets) == ["documents", "regions", "plans", "networks", "milestones", "indicators"]
assert len(sheets["milestones"]) == len(tables["milestones"])
ms = sheets["milestones"].sort_values("date_earliest")
print(ms[["document", "date", "region_name", "category", "event"]].head().to_string(index=False))
print(f"wrote documents.jsonl, indicators.csv, milestones.csv, egov.db and corpus.xlsx to {out}")
