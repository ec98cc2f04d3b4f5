"""Dating the government work reports of the shared corpus with no reference (issue #16).

The figures are the benchmark's (benchmarks/_work_reports.py, printed by bench_dating.py).
The floors below are the issue's targets, which the dating reaches: a change that dates fewer
reports right, reads more done events after their report or puts a 今年/去年/明年 in the wrong
year fails here.
"""

from __future__ import annotations

import pytest
from benchmarks._work_reports import congress_figures, dating_figures

from ..conftest import CORPUS

pytestmark = pytest.mark.skipif(
    not (CORPUS / "government_work_reports.jsonl").is_file(),
    reason="the shared corpus is not beside this checkout",
)


def test_work_report_dating_figures() -> None:
    f = dating_figures(CORPUS)
    assert f.reports == 52
    assert f.year_right >= 50, f.wrong_years
    assert f.done_after_share <= 0.01, (f.done_after, f.done)
    assert f.deictic_share >= 0.95, (f.deictic_right, f.deictic)


def test_party_congress_reports_are_rarely_dated_wrong() -> None:
    # the hold-out no rule is tuned on: a wrong year is worse than none (1 wrong of 16 today)
    if not (CORPUS / "cpc_congress_reports.jsonl").is_file():
        pytest.skip("the party congress reports are not in the shared corpus")
    h = congress_figures(CORPUS)
    assert h.reports == 16
    assert len(h.wrong) <= 1, h.wrong
