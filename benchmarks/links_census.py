"""Plan links on the corpus: how many planned facts name the plan that sets them, and a sample.

Parses every document of the shared corpus (work reports, congress reports, notices, gov.cn
pages, e-government pages) and the seeds, counts the planned milestones and indicators and
how many of them the ``links`` step tied to a plan, and the plans given goals (the row
``dev`` sums the documents of the development set: the seeds and those with gold in
``tests/data/dev``); then prints a fixed-seed sample of links, at most three per document (``--per-doc``; a
plan document links dozens of targets alike), each with its fact and sentence, for judging
by hand (``benchmarks/audit/links.md``).

    python benchmarks/links_census.py [--corpus DIR] [--seed N] [--sample N]
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from _corpus import DEFAULT

import egovkit
from egovkit.model import Document

_ROOT = Path(__file__).resolve().parents[1]
_DEV = {p.stem for p in (_ROOT / "tests" / "data" / "dev").glob("*.json")}


def _documents(corpus: Path) -> Iterator[tuple[str, str, egovkit.model.Document]]:
    """(set, label, parsed document) of every corpus document and seed, in a fixed order."""
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        for i, line in enumerate((corpus / name).read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            if row.get("content"):
                label = f"{name.split('_')[0]}#{i}"
                yield "reports", label, egovkit.parse(row["content"], name=label, reference=row.get("year"))
    for p in sorted((corpus / "notices").glob("*.txt")):
        yield "notices", p.name, egovkit.parse(p)
    for p in sorted((corpus / "govcn").glob("*.html")):
        yield "govcn", p.name, egovkit.parse(p)
    for p in sorted((corpus / "egov-pages").glob("*.txt")):
        yield "egov-pages", p.name, egovkit.parse(p)
    for p in sorted((_ROOT / "seeds").glob("*.txt")):
        yield "seeds", p.name, egovkit.parse(p)


def _count(doc: Document, counts: Counter[str]) -> list[tuple[str, str, str]]:
    """Add the document's planned and linked facts to ``counts``; return its links as
    (fact, plan, sentence)."""
    links = []
    for m in doc.milestones:
        if m.status.value == "planned":
            counts["planned milestones"] += 1
            if m.plan:
                counts["linked milestones"] += 1
                links.append((f"milestone {m.date.iso}: {m.event}", m.plan, m.evidence.quote))
    for i in doc.indicators:
        if i.status.value == "planned":
            counts["planned indicators"] += 1
            if i.plan:
                counts["linked indicators"] += 1
                links.append((f"indicator {i.name} = {i.quantity}", i.plan, i.evidence.quote))
    counts["plans"] += len(doc.plans)
    counts["plans with goals"] += sum(1 for p in doc.plans if p.goals)
    return links


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--per-doc", type=int, default=3, help="at most this many links of one document")
    args = ap.parse_args()
    by_set: dict[str, Counter[str]] = {}
    pool: list[tuple[str, str, str, str]] = []
    rng = random.Random(args.seed)
    for group, label, doc in _documents(args.corpus):
        counts = by_set.setdefault(group, Counter())
        links = _count(doc, counts)
        if group == "seeds" or Path(label).stem in _DEV:
            _count(doc, by_set.setdefault("dev", Counter()))
        pool.extend((label, *link) for link in rng.sample(links, min(args.per_doc, len(links))))
    keys = (
        "planned milestones",
        "linked milestones",
        "planned indicators",
        "linked indicators",
        "plans",
        "plans with goals",
    )
    print(f"{'set':12}" + "".join(f"{k:>20}" for k in keys))
    for group, counts in by_set.items():
        print(f"{group:12}" + "".join(f"{counts[k]:>20}" for k in keys))
    chosen = sorted(rng.sample(range(len(pool)), min(args.sample, len(pool))))
    print(
        f"\n{len(chosen)} of {len(pool)} links, at most {args.per_doc} per document (seed {args.seed}, egovkit {egovkit.__version__}):"
    )
    for n, i in enumerate(chosen, 1):
        label, fact, plan, quote = pool[i]
        print(f"\n{n}. **{label}** — {fact[:80]} → 《{plan}》\n   > {quote[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
