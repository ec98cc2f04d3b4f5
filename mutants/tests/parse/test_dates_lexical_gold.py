"""find_dates against the hand-annotated windows of six government work reports.

The gold lives in ../shared/gold/lexical (beside the checkout, as in CI); the scoring rule is
the benchmark's (benchmarks/_lexical_times.py), so the test and the printed table agree.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks._lexical_times import egovkit_periods, egovkit_times, score_periods, score_times

from ..conftest import CORPUS

GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "gold" / "lexical"

pytestmark = pytest.mark.skipif(
    not (GOLD.is_dir() and CORPUS.is_dir()),
    reason="the shared lexical gold and corpus are not beside this checkout",
)


def test_time_values_on_the_lexical_windows() -> None:
    per_year = score_times(GOLD, CORPUS, egovkit_times)
    tp = sum(t.tp for t in per_year.values())
    fp = sum(t.fp for t in per_year.values())
    fn = sum(t.fn for t in per_year.values())
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.90, [m for t in per_year.values() for m in t.misses + t.wrong]
    assert all(t.f1 >= 0.8 for t in per_year.values()), {y: t.f1 for y, t in per_year.items()}


def test_periods_on_the_lexical_windows() -> None:
    assert score_periods(GOLD, CORPUS, egovkit_periods).f1 >= 0.95
