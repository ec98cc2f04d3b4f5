"""How often egovkit reads a gov.cn page's metadata exactly right, per field.

The 40 pages of ``../shared/corpus/govcn`` with their metadata tables copied in
``metadata.json``: title, issuing body (Document.author), document number
(PageMetadata.number) and written date (Document.date, from 成文日期), plus pages/s.

    python benchmarks/govcn_metadata.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import egovkit

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "govcn"


def main() -> int:
    gold = json.loads((CORPUS / "metadata.json").read_text(encoding="utf-8"))
    right = {"title": 0, "issuer": 0, "number": 0, "written": 0}
    start = time.perf_counter()
    for name, g in sorted(gold.items()):
        doc = egovkit.parse(CORPUS / name)
        m = re.match(r"(\d{4})年(\d\d)月(\d\d)日", g["written"])
        got = {
            "title": doc.title,
            "issuer": doc.author,
            "number": doc.metadata.number if doc.metadata else None,
            "written": doc.date.iso if doc.date else None,
        }
        expected = {
            "title": g["title"],
            "issuer": g["issuer"],
            "number": g["number"],
            "written": f"{m[1]}-{m[2]}-{m[3]}" if m else None,
        }
        for key in right:
            if got[key] == expected[key]:
                right[key] += 1
            else:
                print(f"{name}: {key} {got[key]!r} != {expected[key]!r}")
    took = time.perf_counter() - start
    n = len(gold)
    for key, ok in right.items():
        print(f"{key:8} {ok}/{n}")
    print(
        f"all      {sum(right.values())}/{4 * n} = {sum(right.values()) / (4 * n):.1%}  ({n / took:.1f} pages/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
