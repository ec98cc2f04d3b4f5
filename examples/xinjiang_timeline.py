"""Recipe: a Xinjiang e-government timeline from all seeds, as Markdown and a PNG chart.

Run from the repository root:  python examples/xinjiang_timeline.py [OUT_DIR]
The chart needs ``pip install "egovkit[plot]"`` (matplotlib); without it the Markdown is
still written and the script says what to install.
"""

from __future__ import annotations

import sys
from pathlib import Path

import egovkit
from egovkit.errors import MissingExtraError

root = Path(__file__).resolve().parents[1]  # the checkout this recipe stands in
if not (root / "seeds").is_dir():  # copied elsewhere: the seeds of the checkout it runs from
    root = Path.cwd()
if not (root / "seeds").is_dir():
    sys.exit("this recipe reads the seeds/ folder of an egovkit checkout: run it from the repository root")
out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("egovkit-out")
out.mkdir(parents=True, exist_ok=True)

docs = [egovkit.parse(p) for p in sorted((root / "seeds").glob("*.txt"))]
# 650000 is 新疆维吾尔自治区; events of its prefectures and counties are included
tl = egovkit.timeline(docs, region="新疆", between=(2000, None))

for year, entries in tl.by_year().items():
    print(year, f"{len(entries)} events")
    for e in entries[:3]:
        sources = ", ".join(s.document or "?" for s in e.sources)
        print(f"   {e.date!s:<14} {e.category.value:<12} {e.event[:36]}  [{sources}]")

(out / "xinjiang_timeline.md").write_text(tl.to_markdown(group="period"), encoding="utf-8")
print(f"wrote {out / 'xinjiang_timeline.md'} ({len(tl)} events)")
try:
    tl.plot(out / "xinjiang_timeline.png", title="新疆电子政务大事记")
except MissingExtraError as exc:
    sys.exit(f"skipped xinjiang_timeline.png: {exc}")
print(f"wrote {out / 'xinjiang_timeline.png'}")
