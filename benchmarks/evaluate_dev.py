"""Score egovkit on the seeds and on the development set, side by side.

The development set is gold written by hand for real documents of other sources and genres
(``tests/data/dev/*.json``, copied from ``shared/gold/dev``); its documents are read from the
shared corpus beside the checkout (``../shared/corpus/govcn`` and ``../shared/corpus/egov-pages``).
Every extraction change is measured here, before and after.

    python benchmarks/evaluate_dev.py            # the two summary tables
    python benchmarks/evaluate_dev.py --explain  # every miss and false positive, per document
    python benchmarks/evaluate_dev.py --json     # machine-readable scores (what the floors use)

``measure()`` is the one definition of the figures: ``tools/update_floors.py`` turns it into
``tests/data/floors.json`` and ``tests/test_floors.py`` fails when a figure drops below its floor.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import egovkit

ROOT = Path(__file__).resolve().parents[1]
DEV_GOLD = ROOT / "tests" / "data" / "dev"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def dev_documents(corpus: Path) -> list[Path]:
    """The documents the development gold names, found in the shared corpus."""
    paths = []
    for gold in sorted(DEV_GOLD.glob("*.json")):
        name = json.loads(gold.read_text(encoding="utf-8"))["document"]
        sub = "govcn" if name.startswith("govcn-") else "egov-pages"
        path = corpus / sub / name
        if not path.is_file():
            raise SystemExit(f"evaluate_dev: {path} is missing (pass --corpus)")
        paths.append(path)
    return paths


def summary(scores: egovkit.Scores) -> dict[str, float]:
    """F1 per list (recall for recall-only lists) and the share of exact document fields."""
    out = {name: round(s.f1, 4) for name, s in scores.lists.items()}
    cells = [ok for fields in scores.fields.values() for ok in fields.values()]
    out["fields"] = round(sum(cells) / len(cells), 4) if cells else 1.0
    return out


def field_accuracy(scores: egovkit.Scores) -> dict[str, float]:
    """Per document field (title, date, genre …): the share of documents where it is exact."""
    names = sorted({k for fields in scores.fields.values() for k in fields})
    out = {}
    for name in names:
        cells = [fields[name] for fields in scores.fields.values() if name in fields]
        out[name] = round(sum(cells) / len(cells), 4)
    return out


def measure(corpus: Path = DEFAULT_CORPUS) -> dict[str, dict[str, dict[str, float]]]:
    """Every figure a floor guards: per set, F1 per list and accuracy per document field."""
    sets = {
        "seeds": egovkit.evaluate(ROOT / "seeds", ROOT / "seeds" / "gold"),
        "dev": egovkit.evaluate(dev_documents(corpus), DEV_GOLD),
    }
    return {
        label: {
            "lists": {n: round(s.f1, 4) for n, s in scores.lists.items()},
            "fields": field_accuracy(scores),
        }
        for label, scores in sets.items()
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--explain", action="store_true", help="list misses and false positives")
    ap.add_argument("--json", action="store_true", help="print F1 per list as JSON")
    ap.add_argument("--only", choices=("seeds", "dev"), help="score one set only")
    args = ap.parse_args()
    results = {}
    if args.only != "dev":
        results["seeds"] = egovkit.evaluate(ROOT / "seeds", ROOT / "seeds" / "gold")
    if args.only != "seeds":
        results["dev"] = egovkit.evaluate(dev_documents(args.corpus), DEV_GOLD)
    if args.json:
        print(json.dumps({k: summary(v) for k, v in results.items()}, indent=1))
        return 0
    for label, scores in results.items():
        print(f"== {label}")
        table = scores.table(explain=args.explain)
        print(table if args.explain else table.split("\n\n")[0])
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
