"""Recipe: set 克州 (653000) and 伊犁州 (654000) side by side from the bundled seeds.

Run from the repository root:  python examples/compare_kezhou_yili.py [OUT_DIR]
Writes OUT_DIR/compare.md, compare.json and compare.png (default OUT_DIR: egovkit-out/).
The chart needs ``pip install "egovkit[plot]"`` (matplotlib); without it the Markdown and
JSON are still written and the script says what to install.
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

# names or codes both work; documents may be paths, a directory, or parsed Documents
cmp = egovkit.compare(root / "seeds", regions=["克州", "654000"])

for name, cells in cmp.indicators.items():
    values = {code: (str(v.quantity) if v else "—") for code, v in cells.items()}
    print(f"{name:<22} " + "  ".join(f"{cmp.names[c][:4]}: {values[c]}" for c in cmp.regions))

(out / "compare.md").write_text(cmp.to_markdown(), encoding="utf-8")
(out / "compare.json").write_text(cmp.to_json(), encoding="utf-8")
print(f"wrote {out / 'compare.md'} and compare.json")
try:
    cmp.plot(out / "compare.png")  # the indicators both regions report, one panel each
except MissingExtraError as exc:
    sys.exit(f"skipped compare.png: {exc}")
print(f"wrote {out / 'compare.png'}")
