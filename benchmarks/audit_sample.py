"""Precision audit: a fixed-seed sample of extracted facts from the corpus, each with its context.

Parses the documents of the shared corpus that no gold was written for (the State Council
work reports, the party congress reports and the notices; not the seeds, not the dev set),
pools every fact of one kind, draws ``--n`` of them with a fixed seed and prints each as a
Markdown item with the sentence that states it, so that a person can judge it: right when
value, unit, name, region and date are all right for what the sentence says.

    python benchmarks/audit_sample.py --kind indicators            # 40 indicators, seed 17
    python benchmarks/audit_sample.py --kind milestones --n 40 --seed 17
    python benchmarks/audit_sample.py --kind indicators --all      # every fact, no sampling
    python benchmarks/audit_sample.py --kind milestones --source govcn --seed 5
    python benchmarks/audit_sample.py --kind plans --source govcn --all   # every plan, gov.cn pages

``--source govcn`` samples instead from the gov.cn pages of the corpus that no dev gold was
written for (``corpus/govcn/*.html`` not named in ``tests/data/dev``): pages like the ones
egovkit is scored on. ``--source all`` pools both.

The judged sample is committed as ``benchmarks/audit/<kind>.md`` (a verdict per item).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

from _corpus import DEFAULT

import egovkit
from egovkit.model import Document, Indicator, Milestone, Network, Plan

_CONTEXT = 50  # characters shown either side of the evidence


_DEV_GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev"


def _govcn_pages(corpus: Path) -> Iterator[tuple[str, str | Path, int | None]]:
    """(label, path, None) of every gov.cn page of the corpus that has no dev gold."""
    gold = {json.loads(p.read_text(encoding="utf-8"))["document"] for p in _DEV_GOLD.glob("*.json")}
    for p in sorted((corpus / "govcn").glob("*.html")):
        if p.name not in gold:
            yield f"govcn/{p.name}", p, None


def _documents(corpus: Path, source: str = "reports") -> Iterator[tuple[str, str | Path, int | None]]:
    """(label, text or path, year) of every document the audit samples from, in a fixed order."""
    if source in ("govcn", "all"):
        yield from _govcn_pages(corpus)
    if source == "govcn":
        return
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        for i, line in enumerate((corpus / name).read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            if row.get("content"):
                label = f"{name.split('_')[0]}#{i} {row.get('title') or ''}".strip()
                yield label, row["content"], row.get("year")
    for p in sorted((corpus / "notices").glob("*.txt")):
        yield f"notices/{p.name}", p.read_text(encoding="utf-8"), None


def _context(doc: Document, start: int, end: int) -> str:
    text = doc.text
    s, e = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    return (text[s:start] + "【" + text[start:end] + "】" + text[end:e]).replace("\n", " ")


Fact = Indicator | Milestone | Plan | Network


def _describe(fact: Fact) -> str:
    if isinstance(fact, Plan):
        period = f"{fact.period.start_year}/{fact.period.end_year}" if fact.period else None
        return (
            f"《{fact.title}》 kind {fact.kind.value if fact.kind else None}; {fact.role.value}; "
            f"issuer {fact.issuer}; number {fact.number}; "
            f"issued {fact.issued.iso if fact.issued else None}; period {period}; region {fact.region}"
        )
    if isinstance(fact, Network):
        coverage = [f"{q.value:g}{q.unit}" for q in fact.coverage]
        bandwidth = f"{fact.bandwidth.value:g}{fact.bandwidth.unit}" if fact.bandwidth else None
        return (
            f"`{fact.name}` kind {fact.kind.value if fact.kind else None}; region {fact.region}; "
            f"coverage {coverage}; bandwidth {bandwidth}"
        )
    if isinstance(fact, Indicator):
        q = fact.quantity
        approx = f" ({q.approx.value})" if q.approx else ""
        return (
            f"`{fact.name}` = {q.value} {q.unit}{approx}; region {fact.region}; "
            f"date {fact.date.iso if fact.date else None}"
            + (f"; period {fact.period.start_year}/{fact.period.end_year}" if fact.period else "")
            + f"; {fact.status.value}"
        )
    return (
        f"{fact.date.iso} `{fact.category.value}` {fact.status.value}; region {fact.region}; "
        f"event: {fact.event}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--kind", choices=("indicators", "milestones", "plans", "networks"), default="indicators")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--all", action="store_true", help="print every fact instead of a sample")
    ap.add_argument(
        "--source",
        choices=("reports", "govcn", "all"),
        default="reports",
        help="reports: work reports, congress reports, notices (default); govcn: gov.cn pages without dev gold",
    )
    args = ap.parse_args(argv)
    pool: list[tuple[str, Document, Fact]] = []
    for label, text, year in _documents(args.corpus, args.source):
        doc = egovkit.parse(text, reference=str(year) if year else None)
        facts: tuple[Fact, ...] = getattr(doc, args.kind)
        pool.extend((label, doc, f) for f in facts)
    chosen = pool if args.all else random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    print(f"# Audit sample: {args.kind}\n")
    print(
        f"{len(chosen)} of {len(pool)} {args.kind} from the corpus ({args.source}, seed {args.seed}, "
        f"egovkit {egovkit.__version__})."
    )
    print("Verdict per item: ✅ right (value, unit, name, region, date or period) / ❌ wrong, with why.\n")
    for n, (label, doc, fact) in enumerate(chosen, 1):
        print(f"{n}. **{label[:40]}** — {_describe(fact)}")
        ev = fact.evidence[0] if isinstance(fact.evidence, tuple) else fact.evidence
        print(f"   > {_context(doc, ev.start, ev.end)}")
        print("   verdict: \n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
