"""Throughput on web pages beside plain text: the 40 gov.cn pages parsed as HTML, and the
same pages' main text parsed as plain text.

    python benchmarks/bench_formats.py [--repeat 3]

Reports pages/s and characters of cleaned text per second for each, best of ``--repeat``
passes, one process; and the HTML tokenizing and main-text step alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import egovkit
from egovkit.text.html import extract_html

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "govcn"


def best(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.html"))]
    docs = [egovkit.parse(p, format="html") for p in pages]  # warm up: data and tokenizer load
    texts = [d.text for d in docs]
    chars = sum(len(t) for t in texts)
    html_bytes = sum(len(p.encode("utf-8")) for p in pages)
    n = len(pages)
    t_html = best(lambda: [egovkit.parse(p, format="html") for p in pages], args.repeat)
    t_text = best(lambda: [egovkit.parse(t, format="text") for t in texts], args.repeat)
    t_extract = best(lambda: [extract_html(p) for p in pages], args.repeat)
    print(f"{n} gov.cn pages, {html_bytes / 1e6:.2f} MB of HTML, {chars} characters of main text")
    print(f"parse as HTML   {n / t_html:7.1f} pages/s  {chars / t_html:10.0f} text chars/s")
    print(f"parse as text   {n / t_text:7.1f} pages/s  {chars / t_text:10.0f} text chars/s")
    print(f"HTML main text  {n / t_extract:7.1f} pages/s  {html_bytes / t_extract / 1e6:10.2f} MB of HTML/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
