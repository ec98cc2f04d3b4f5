"""Recipe: resolve region names as of a date, and score egovkit on annotated documents.

Run from the repository root:  python examples/regions_and_scores.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import egovkit

root = Path(__file__).resolve().parents[1]  # the checkout this recipe stands in
if not (root / "seeds").is_dir():  # copied elsewhere: the seeds of the checkout it runs from
    root = Path.cwd()
if not (root / "seeds").is_dir():
    sys.exit("this recipe reads the seeds/ folder of an egovkit checkout: run it from the repository root")

# Names resolve to GB/T 2260 codes as they stood at the given date.
for name, as_of in [("克州", None), ("奎屯市", 1995), ("奎屯市", 2008), ("吐鲁番", 2010), ("吐鲁番", 2016)]:
    region = egovkit.resolve_region(name, as_of=as_of)
    print(
        f"{name} as of {as_of or 'today'}: {region.code if region else None} {region.name if region else ''}"
    )

# Homonyms are never settled by a silent first hit: context decides, or the match says so.
for m in egovkit.find_regions("鼓楼区政务服务中心"):
    print(f"{m.text}: ambiguous between {', '.join(m.candidates)}")
print("with context 南京市:", egovkit.resolve_region("鼓楼区", context="南京市"))

# Score the bundled seeds against their gold annotations.
scores = egovkit.evaluate(root / "seeds", root / "seeds" / "gold")
for name, s in scores.lists.items():
    print(f"{name:<18} F1 {s.f1:.2f}  ({s.matched} of {s.gold} gold, {s.predicted} predicted)")
