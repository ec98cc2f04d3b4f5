"""Dating figures on the government work reports of the shared corpus whose year is known.

Each report is parsed with no reference. Three figures (issue #16):

- the document year is right (the corpus's ``year`` is the year the report was delivered);
- the share of ``done`` milestones dated after the report's date (the month its NPC session
  opened that year, from egovkit's ``npc_sessions.tsv``; March when none is listed);
- the share of milestones read from 今年/去年/明年 that land in the right year.

The party congress reports (``cpc_congress_reports.jsonl``, years known) are a hold-out: no
rule is tuned on them; ``congress_figures`` counts how many are dated right, wrong or not at all.

A milestone is read from 今年/去年/明年 when such a date, with the milestone's date as its value
on the parsed document, lies inside the milestone's evidence. Needs egovkit and the standard
library only, so that a test can use it too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

_DEICTIC = {"今年": 0, "去年": -1, "明年": 1}


@dataclass
class DatingFigures:
    """The three figures and the reports whose year was wrong."""

    reports: int = 0
    year_right: int = 0
    done: int = 0
    done_after: int = 0
    deictic: int = 0
    deictic_right: int = 0
    wrong_years: list[str] = field(default_factory=list)

    @property
    def done_after_share(self) -> float:
        """Share of done milestones dated after the report's date."""
        return self.done_after / self.done if self.done else 0.0

    @property
    def deictic_share(self) -> float:
        """Share of 今年/去年/明年 milestones in the right year."""
        return self.deictic_right / self.deictic if self.deictic else 1.0


def work_reports(corpus: Path) -> list[tuple[int, str]]:
    """(year, content) of every government work report with a known year."""
    out = []
    for line in (corpus / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("year") and row.get("content"):
            out.append((int(row["year"]), row["content"]))
    return out


def dating_figures(corpus: Path) -> DatingFigures:
    """Parse every dated work report with no reference and count the three figures."""
    import egovkit
    from egovkit import FuzzyDate, Status
    from egovkit.lexicon.resources import data_rows

    opened: dict[int, FuzzyDate] = {}
    for _term, _session, month in data_rows("npc_sessions.tsv", 3):
        d = FuzzyDate.from_iso(month)
        opened[d.year] = max(opened.get(d.year, d), d)
    f = DatingFigures()
    for year, content in work_reports(corpus):
        doc = egovkit.parse(content)
        f.reports += 1
        if doc.date is not None and doc.date.year == year:
            f.year_right += 1
        else:
            f.wrong_years.append(f"{year}: {doc.date.iso if doc.date else None} ({doc.date_source})")
        delivered = opened.get(year, FuzzyDate(year=year, month=3))
        deictic = [
            m
            for m in egovkit.find_dates(doc.text, reference=doc.date)
            if m.value is not None and m.text[:2] in _DEICTIC and m.anchor_kind == "document"
        ]
        for ms in doc.milestones:
            if ms.status is Status.DONE:
                f.done += 1
                if ms.date.earliest() > delivered.latest():
                    f.done_after += 1
            ev = ms.evidence
            read = [d for d in deictic if ev.start <= d.start < ev.end and d.value == ms.date]
            if read:
                f.deictic += 1
                if ms.date.year == year + _DEICTIC[read[0].text[:2]]:
                    f.deictic_right += 1
    return f


# The year each national party congress met (1st-7th: before egovkit's eras.tsv, which starts
# at the 8th). Public historical facts.
_EARLY_CONGRESSES = {1: 1921, 2: 1922, 3: 1923, 4: 1925, 5: 1927, 6: 1928, 7: 1945}


@dataclass
class HoldoutFigures:
    """Party congress reports dated right, wrong, or not at all (a hold-out)."""

    reports: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)
    undated: int = 0


def congress_figures(corpus: Path) -> HoldoutFigures:
    """Parse every party congress report with no reference and compare its year."""
    import egovkit
    from egovkit.lexicon.resources import data_rows
    from egovkit.parse.numerals import chinese_to_int

    years = dict(_EARLY_CONGRESSES)
    for kind, names, start, _end in data_rows("eras.tsv", 4):
        if kind == "congress":
            years[chinese_to_int(names.split("|")[0].removesuffix("大"))] = int(start[:4])
    h = HoldoutFigures()
    for line in (corpus / "cpc_congress_reports.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not row.get("content") or row.get("congress") not in years:
            continue
        year = years[row["congress"]]
        doc = egovkit.parse(row["content"])
        h.reports += 1
        if doc.date is None:
            h.undated += 1
        elif doc.date.year == year:
            h.right += 1
        else:
            h.wrong.append(f"congress {row['congress']} ({year}): {doc.date.iso} ({doc.date_source})")
    return h
