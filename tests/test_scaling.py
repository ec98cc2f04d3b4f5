"""Linear time on adversarial input: each case at n and 8n must not take quadratic time.

A linear step takes about 8x as long on 8x the input, a quadratic one about 64x; the bound
(32x, best of five runs, the cyclic GC paused) leaves room for a loaded machine without
letting a quadratic step through. These are scaling checks, not speed checks: no absolute
time is asserted. The wider sweep, with the figures, is ``benchmarks/bench_scaling.py``.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

import egovkit
from egovkit.extract.structure import outline

_FACTOR = 8
_BOUND = 32.0


def _best(fn: Callable[[str], object], text: str) -> float:
    """Best of five: the call's CPU time, or the time it reports (a float) for its own part.

    CPU time, not wall time: on a loaded machine a call of a few milliseconds often runs in
    one time slice while one of fifty is preempted several times, which reads as growth.
    """
    times = []
    for _ in range(5):
        begin = time.process_time()
        out = fn(text)
        times.append(out if isinstance(out, float) else time.process_time() - begin)
    return max(min(times), 1e-3)


def _step(*names: str) -> Callable[[str], float]:
    """The time of some extraction steps of a whole parse (``parse(timings=)``)."""

    def run(text: str) -> float:
        timings: dict[str, float] = {}
        egovkit.parse(text, timings=timings)
        return sum(timings[n] for n in names)

    run.__name__ = "+".join(names)
    return run


CASES: list[tuple[str, int, Callable[[int], str], Callable[[str], object]]] = [
    ("ellipsis-run", 20_000, lambda n: "…" * n, egovkit.normalize),
    ("ellipsis-then-wenmi", 20_000, lambda n: "…" * n + "（新文秘网", egovkit.normalize),
    ("teaser-dots", 20_000, lambda n: "中文\n" + "." * n + "中", egovkit.normalize),
    ("cr-run", 5_000, lambda n: "中" + "\r" * n + "x", egovkit.normalize),
    ("headings", 2_000, lambda n: "一、标题\n" * n, outline),
    ("nested-html", 2_000, lambda n: "<div>" * n + "中文" + "</div>" * n, lambda t: egovkit.normalize(t, format="html")),
    ("one-region-repeated", 5_000, lambda n: "新疆维吾尔自治区" * n, egovkit.find_regions),
    ("figures-in-one-sentence", 500, lambda n: "培训1700人，" * n, _step("indicators")),
    (
        "dated-clauses",  # each date looked at every other one (the span of 和, a head date)
        150,
        lambda n: "".join(f"{1950 + i % 60}年和{1951 + i % 60}年，建成第{i}期外网。\n" for i in range(n)),
        _step("milestones"),
    ),
    ("places-in-one-clause", 400, lambda n: "克州" + "，阿图什市建成电子政务外网" * n, _step("networks")),
    (
        "coverage-list",
        300,
        lambda n: "克州电子政务外网覆盖" + "、".join(f"{i}个乡镇" for i in range(n)) + "。",
        _step("networks"),
    ),
]


@pytest.mark.parametrize(("make", "n", "fn"), [(c[2], c[1], c[3]) for c in CASES], ids=[c[0] for c in CASES])
def test_time_grows_linearly(make: Callable[[int], str], n: int, fn: Callable[[str], object]) -> None:
    egovkit.parse("克州电子政务外网建成。")  # data loaded before timing
    enabled = gc.isenabled()
    gc.disable()
    try:
        small = _best(fn, make(n))
        large = _best(fn, make(_FACTOR * n))
    finally:
        if enabled:
            gc.enable()
    assert large / small < _BOUND, f"{_FACTOR}x the input took {large / small:.1f}x the time"
