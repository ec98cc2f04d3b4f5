"""Score ``find_dates`` on the hand-annotated windows of government work reports.

The gold (``shared/gold/lexical/gwr-YYYY.json``, conventions in ``shared/gold/LEXICAL.md``)
annotates every time expression in two windows of a report's ``content``. ``find_dates`` runs
over the whole content with the report's date (March of its year) as reference; a match
inside a window counts. A match is right when it overlaps a gold item and has the gold value
(the ISO partial string, spans as ``A/B``). Doubtful gold items count neither as hit nor
miss, and a match overlapping only doubtful items is ignored. Needs only egovkit and the
standard library, so that a test can use it too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Found = tuple[int, int, str | None]  # start, end, ISO value (None when unresolved)


@dataclass
class Tally:
    """Counts of one scored set; ``misses``/``wrong`` keep examples for explanation."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (1.0 when nothing was expected nor found)."""
        if self.tp == 0:
            return 1.0 if self.fp == 0 and self.fn == 0 else 0.0
        p = self.tp / (self.tp + self.fp)
        r = self.tp / (self.tp + self.fn)
        return 2 * p * r / (p + r)

    def add(self, other: Tally) -> None:
        """Add another tally's counts into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.wrong += other.wrong


def load_gold(gold_dir: Path) -> list[dict[str, Any]]:
    """Every ``gwr-*.json`` file of the lexical gold."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("gwr-*.json"))]


def contents(corpus: Path) -> dict[int, str]:
    """The content of each government work report with a known year."""
    out: dict[int, str] = {}
    for line in (corpus / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("year") and row.get("content"):
            out[int(row["year"])] = row["content"]
    return out


def score_items(
    gold_items: Iterable[dict[str, Any]], found: Iterable[Found], key: Callable[[dict[str, Any]], str | None]
) -> Tally:
    """Match found items against gold items of one window by overlap and value."""
    t = Tally()
    gold = list(gold_items)
    firm = [g for g in gold if not g.get("doubtful")]
    doubtful = [g for g in gold if g.get("doubtful")]
    used: set[int] = set()
    for start, end, value in found:
        hit = next(
            (
                i
                for i, g in enumerate(firm)
                if i not in used and g["start"] < end and start < g["end"] and key(g) == value
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            t.tp += 1
            continue
        if any(g["start"] < end and start < g["end"] for g in doubtful) and not any(
            g["start"] < end and start < g["end"] for g in firm
        ):
            continue
        t.fp += 1
        t.wrong.append(f"{start}:{value}")
    for i, g in enumerate(firm):
        if i not in used:
            t.fn += 1
            t.misses.append(f"{g['text']}={key(g)}")
    return t


def score_times(gold_dir: Path, corpus: Path, find: Callable[[str, int], list[Found]]) -> dict[int, Tally]:
    """Time value tallies per report year; ``find(content, year)`` returns found items."""
    texts = contents(corpus)
    out: dict[int, Tally] = {}
    for doc in load_gold(gold_dir):
        year = int(doc["year"])
        text = texts[year]
        found = find(text, year)
        tally = Tally()
        for w in doc["windows"]:
            inside = [f for f in found if f[0] >= w["start"] and f[1] <= w["end"]]
            part = score_items(w["times"], inside, lambda g: g["value"])
            part.misses = [f"[{year}] {m}" for m in part.misses]
            part.wrong = [
                f"[{year}] {text[int(x.split(':')[0]) : int(x.split(':')[0]) + 12]!r}={x.split(':', 1)[1]}"
                for x in part.wrong
            ]
            tally.add(part)
        out[year] = tally
    return out


def score_periods(gold_dir: Path, corpus: Path, find: Callable[[str], list[Found]]) -> Tally:
    """Period tallies over every window; the value is ``from/to``."""
    texts = contents(corpus)
    total = Tally()
    for doc in load_gold(gold_dir):
        found = find(texts[int(doc["year"])])
        for w in doc["windows"]:
            inside = [f for f in found if f[0] >= w["start"] and f[1] <= w["end"]]
            total.add(score_items(w["periods"], inside, lambda g: f"{g['from_year']}/{g['to_year']}"))
    return total


def egovkit_times(text: str, year: int) -> list[Found]:
    """``find_dates`` with the report's date (March of its year) as reference."""
    from egovkit import find_dates

    return [
        (m.start, m.end, m.value.iso if m.value else None) for m in find_dates(text, reference=f"{year}-03")
    ]


def egovkit_periods(text: str) -> list[Found]:
    """``find_periods`` as found items."""
    from egovkit import find_periods

    out: list[Found] = []
    for m in find_periods(text):
        v = m.value
        out.append((m.start, m.end, f"{v.start_year}/{v.end_year}"))
    return out
