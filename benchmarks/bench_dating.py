"""Document dating on the shared corpus's government work reports (issue #16 figures).

python benchmarks/bench_dating.py            # the three figures
python benchmarks/bench_dating.py --explain  # and the reports whose year is wrong

Also the hold-out: the party congress reports, on which no rule is tuned.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _work_reports import congress_figures, dating_figures

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--explain", action="store_true")
    args = ap.parse_args()
    f = dating_figures(args.corpus)
    print(f"document year right             {f.year_right}/{f.reports}")
    print(f"done milestones after the date  {f.done_after}/{f.done} ({100 * f.done_after_share:.1f} %)")
    print(f"今年/去年/明年 milestones right   {f.deictic_right}/{f.deictic} ({100 * f.deictic_share:.1f} %)")
    h = congress_figures(args.corpus)
    print(
        f"hold-out: party congress reports  {h.right} right, {len(h.wrong)} wrong, {h.undated} undated of {h.reports}"
    )
    if args.explain:
        for w in f.wrong_years:
            print("wrong year:", w)
        for w in h.wrong:
            print("hold-out wrong:", w)


if __name__ == "__main__":
    main()
