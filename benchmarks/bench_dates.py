"""Time-expression value-F1 of ``find_dates`` on the hand-annotated work-report windows.

Scores egovkit (and, when an environment with JioNLP is given, JioNLP's ``extract_time``
in the same run) against ``shared/gold/lexical`` with the report's date as reference;
also the period F1 of ``find_periods``. See ``_lexical_times.py`` for the matching rule.

    python benchmarks/bench_dates.py                                 # egovkit only
    python benchmarks/bench_dates.py --jionlp-python /tmp/jio/bin/python
    python benchmarks/bench_dates.py --explain                       # misses and wrong values
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from _lexical_times import Tally, egovkit_periods, egovkit_times, score_periods, score_times

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _total(per_year: dict[int, Tally]) -> Tally:
    t = Tally()
    for v in per_year.values():
        t.add(v)
    return t


def _jionlp(python: str, gold: Path, corpus: Path) -> dict[int, Tally] | None:
    here = Path(__file__).resolve().parent
    proc = subprocess.run(
        [python, str(here / "_jionlp_lexical.py"), str(gold), str(corpus)],
        capture_output=True,
        text=True,
        cwd=here,
        check=False,
    )
    if proc.returncode != 0:
        print(f"JioNLP run failed: {proc.stderr.strip().splitlines()[-1:]}")
        return None
    found = {int(k): [tuple(x) for x in v] for k, v in json.loads(proc.stdout.splitlines()[-1]).items()}
    return score_times(gold, corpus, lambda _text, year: found[year])  # type: ignore[arg-type,return-value]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=SHARED / "gold" / "lexical")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--jionlp-python", default=os.environ.get("EGOVKIT_JIONLP_PYTHON"))
    ap.add_argument("--explain", action="store_true")
    args = ap.parse_args()
    ours = score_times(args.gold, args.corpus, egovkit_times)
    theirs = _jionlp(args.jionlp_python, args.gold, args.corpus) if args.jionlp_python else None
    print(f"{'report':<8} {'egovkit F1':>11} {'tp/fp/fn':>10}" + (f" {'JioNLP F1':>10}" if theirs else ""))
    for year, t in sorted(ours.items()):
        row = f"{year:<8} {t.f1:>11.3f} {f'{t.tp}/{t.fp}/{t.fn}':>10}"
        if theirs:
            row += f" {theirs[year].f1:>10.3f}"
        print(row)
    total = _total(ours)
    row = f"{'all':<8} {total.f1:>11.3f} {f'{total.tp}/{total.fp}/{total.fn}':>10}"
    if theirs:
        jt = _total(theirs)
        row += f" {jt.f1:>10.3f}  (egovkit / JioNLP = {total.f1 / max(jt.f1, 1e-9):.2f}x)"
    print(row)
    periods = score_periods(args.gold, args.corpus, egovkit_periods)
    print(f"periods  {periods.f1:>11.3f} {f'{periods.tp}/{periods.fp}/{periods.fn}':>10}")
    if args.explain:
        for m in total.misses:
            print("miss ", m)
        for w in total.wrong:
            print("wrong", w)


if __name__ == "__main__":
    sys.exit(main())
