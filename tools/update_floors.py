"""Regenerate the score floors in ``tests/data/floors.json`` from the current measurement.

    python tools/update_floors.py               # floors = measured - 0.03, rounded down
    python tools/update_floors.py --margin 0.02
    python tools/update_floors.py --check       # print the drift, write nothing

Each floor is what ``benchmarks/evaluate_dev.py::measure`` reports now (F1 of every list and
accuracy of every document field, on the seeds and on the development set) minus a margin;
``tests/test_floors.py`` fails when a figure falls below its floor. Run it after a change
that raises the scores, and commit the diff of ``floors.json`` with that change.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "data" / "floors.json"


def _measure(corpus: Path | None) -> dict[str, dict[str, dict[str, float]]]:
    spec = importlib.util.spec_from_file_location("evaluate_dev", ROOT / "benchmarks" / "evaluate_dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result: dict[str, dict[str, dict[str, float]]] = module.measure(corpus or module.DEFAULT_CORPUS)
    return result


def floors_from(measured: dict[str, dict[str, dict[str, float]]], margin: float) -> dict[str, object]:
    """The floors file's content: each figure minus ``margin``, rounded down to 0.01, at least 0."""
    floors = {
        label: {
            kind: {
                name: max(0.0, math.floor((value - margin) * 100 + 1e-9) / 100)
                for name, value in figures.items()
            }
            for kind, figures in groups.items()
        }
        for label, groups in measured.items()
    }
    return {"margin": margin, "floors": floors, "measured": measured}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--margin", type=float, default=0.03)
    ap.add_argument("--corpus", type=Path, help="the shared corpus (default: ../shared/corpus)")
    ap.add_argument("--check", action="store_true", help="print measured vs floor, write nothing")
    args = ap.parse_args()
    measured = _measure(args.corpus)
    if args.check:
        old = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"] if FLOORS.exists() else {}
        for label, groups in measured.items():
            for kind, figures in groups.items():
                for name, value in figures.items():
                    floor = old.get(label, {}).get(kind, {}).get(name)
                    print(f"{label:6} {kind:6} {name:18} measured {value:.4f}  floor {floor}")
        return 0
    FLOORS.write_text(
        json.dumps(floors_from(measured, args.margin), indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {FLOORS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
