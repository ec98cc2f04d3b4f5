"""Recipe: which plan sets which target — the plans a document issues or cites, with their goals.

A planned milestone or indicator names the plan that sets it (``plan``) where the text says
so; each plan lists those targets as its ``goals``. Run from the repository root:

    python examples/plan_targets.py [PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

import egovkit

path = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else Path(__file__).resolve().parents[1] / "seeds" / "003_12b8c916db2c80b1.txt"
)
doc = egovkit.parse(path)

for plan in doc.plans:
    if plan.goals:
        print(f"《{plan.title}》 ({plan.role.value}) sets {len(plan.goals)} goal(s):")
        for goal in plan.goals:
            print(f"  - {goal}")

planned = [f for f in (*doc.milestones, *doc.indicators) if f.status is egovkit.Status.PLANNED]
linked = [f for f in planned if f.plan]
print(f"{len(linked)} of {len(planned)} planned facts name the plan that sets them")
for fact in linked:
    assert fact.plan in {p.title for p in doc.plans}  # a link names a plan of the same document
    what = fact.event if isinstance(fact, egovkit.Milestone) else f"{fact.name} {fact.quantity}"
    print(f"  {what[:40]:<40} ← 《{fact.plan}》")

# The same links as tables: a `plan` column on milestones and indicators, `goals` on plans.
tables = egovkit.to_tables([doc])
print([row["plan"] for row in tables["milestones"] if row["plan"]][:3])
