"""Recipe: parse one document and look at what egovkit found, with evidence.

Run from the repository root:  python examples/parse_one_document.py [PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

import egovkit

if len(sys.argv) > 1:
    path = Path(sys.argv[1])
else:  # a seed of the checkout this recipe stands in, or of the one it runs from
    seed = Path("seeds") / "001_2194f14845727048.txt"
    here = Path(__file__).resolve().parents[1] / seed
    path = here if here.is_file() else seed
    if not path.is_file():
        sys.exit("pass a document: python parse_one_document.py PATH (or run from an egovkit checkout)")
doc = egovkit.parse(path)

print(f"{doc.name}: script {doc.script.value}, encoding {doc.encoding}")
print(f"dated {doc.date.iso if doc.date else 'unknown'} (inferred: {doc.date_inferred})")
print(f"cleaning removed {len(doc.removed)} spans, e.g.:")
for span in doc.removed[:3]:
    print(f"  [{span.raw_start}:{span.raw_end}] {span.reason}: {span.text[:30]!r}")

# The lexical layer works on the cleaned text; every match has offsets into doc.text,
# and the relative dates resolve against the document's own date.
for m in egovkit.find_dates(doc.text, reference=doc.date)[:8]:
    assert doc.text[m.start : m.end] == m.text
    print(f"  date {m.value.iso if m.value else '?':<12} from {m.text!r}")
for q in egovkit.find_quantities(doc.text)[:8]:
    print(f"  quantity {q.value!s:<16} from {q.text!r}")

# The facts: each carries evidence, offsets into doc.text and back into the raw input.
print(f"about: {', '.join(f'{r.name} ({r.code})' for r in doc.regions)}")
for plan in doc.plans:
    period = f" {plan.period.start_year}–{plan.period.end_year}" if plan.period else ""
    print(f"  plan  《{plan.title}》 {plan.role.value}{period}")
for net in doc.networks:
    print(
        f"  network {net.kind.value if net.kind else '?'}: {net.name} reaches {[str(q) for q in net.coverage]}"
    )
for m in sorted(doc.milestones, key=lambda m: m.date)[:8]:
    ev = m.evidence
    assert doc.text[ev.start : ev.end] == ev.quote
    print(f"  {m.date!s:<14} {m.category.value:<12} {m.event[:40]}  (raw {ev.raw_start}–{ev.raw_end})")
for ind in doc.indicators[:8]:
    print(f"  {ind.name:<20} {ind.quantity!s:<14} ← {ind.evidence.quote[:30]}")
