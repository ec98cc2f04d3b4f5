"""Scaling sweep: each adversarial pattern at size n and 4n, and the time ratio.

A linear step takes about 4x as long on 4x the input; quadratic about 16x. The patterns are
those an outside reliability campaign found quadratic (issue #18) plus their neighbours:
long runs of one character, thousands of headings, of region names, of places in one list,
of figures in one passage. Each row prints the best of ``--repeat`` timings for n and 4n,
the ratio, and (for whole parses) the slowest pipeline step at 4n.

    python benchmarks/bench_scaling.py [--scale 1.0] [--repeat 3]

``tests/test_scaling.py`` pins the fixed cases with a generous bound (8x input, < 32x time).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import egovkit
from egovkit.extract.structure import outline


def _parse_step(text: str) -> str:
    timings: dict[str, float] = {}
    egovkit.parse(text, timings=timings)
    name, secs = max(timings.items(), key=lambda kv: kv[1])
    return f"{name} {secs:.2f}s"


CASES: list[tuple[str, int, Callable[[int], str], Callable[[str], object]]] = [
    ("normalize …×n", 20_000, lambda n: "…" * n, egovkit.normalize),
    ("normalize (新文秘网 after …×n", 20_000, lambda n: "…" * n + "（新文秘网", egovkit.normalize),
    ("normalize teaser dots", 20_000, lambda n: "中文\n" + "." * n + "中", egovkit.normalize),
    ("normalize CR run", 20_000, lambda n: "中" + "\r" * n + "x", egovkit.normalize),
    ("normalize '.'-punctuated", 2_000, lambda n: "建成了机房." * n, egovkit.normalize),
    ("outline 一、标题×n", 10_000, lambda n: "一、标题\n" * n, outline),
    ("find_regions 新疆维吾尔自治区×n", 5_000, lambda n: "新疆维吾尔自治区" * n, egovkit.find_regions),
    (
        "find_regions homonyms",
        2_000,
        lambda n: "和田" * n + "新疆维吾尔自治区阿勒泰地区" * n,
        egovkit.find_regions,
    ),
    ("parse places in one list", 500, lambda n: "克州" + "，阿图什市建成电子政务外网" * n, _parse_step),
    (
        "parse coverage list",
        500,
        lambda n: "克州电子政务外网覆盖" + "、".join(f"{i}个乡镇" for i in range(n)) + "。",
        _parse_step,
    ),
    (
        "parse dated clauses (和)",
        500,
        lambda n: "".join(f"{1950 + i % 60}年和{1951 + i % 60}年，建成第{i}期外网。\n" for i in range(n)),
        _parse_step,
    ),
    (
        "parse dated lines",
        500,
        lambda n: "".join(f"{2000 + i % 20}年{i % 12 + 1}月克州建成第{i}期外网。\n" for i in range(n)),
        _parse_step,
    ),
]


def best(fn: Callable[[str], object], text: str, repeat: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(repeat):
        begin = time.perf_counter()
        out = fn(text)
        times.append(time.perf_counter() - begin)
    return min(times), out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every n")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    egovkit.parse("克州电子政务外网建成。")  # data and tokenizer loaded before timing
    print(f"{'case':<36}{'n':>8}{'t(n)':>9}{'t(4n)':>9}{'ratio':>7}  slowest step at 4n")
    for name, n, make, fn in CASES:
        n = max(1, int(n * args.scale))
        t1, _ = best(fn, make(n), args.repeat)
        t4, out = best(fn, make(4 * n), args.repeat)
        note = out if isinstance(out, str) else ""
        print(f"{name:<36}{n:>8}{t1:>9.3f}{t4:>9.3f}{t4 / max(t1, 1e-4):>7.1f}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
