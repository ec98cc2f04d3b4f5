"""Whole-document throughput on the shared corpus: per stage, in total, in parallel.

Prints one table: chars/s of cleaning (normalize), the lexical layer (dates, quantities,
regions) and extraction (the rest of parse), the whole parse, the cost ratio of a document
4x longer, the speed-up of parse_many on all CPUs over one process, the first-parse cost
(dictionaries included) and the peak RSS of this process.
"""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import sys
import time

from _corpus import corpus_arg, load_texts


def main() -> None:
    import egovkit
    from egovkit.parse.regions import find_regions

    texts = load_texts(corpus_arg())
    chars = sum(len(t) for t in texts)

    t0 = time.perf_counter()
    egovkit.parse(texts[0])
    first_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    cleaned = [egovkit.normalize(t).text for t in texts]
    clean_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in cleaned:
        egovkit.find_dates(t)
        egovkit.find_quantities(t)
        find_regions(t)
    lexical_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts:
        egovkit.parse(t)
    total_s = time.perf_counter() - t0
    extract_s = max(total_s - clean_s - lexical_s, 1e-9)

    sample = max(texts, key=len)[:20000]
    t0 = time.perf_counter()
    egovkit.parse(sample)
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    egovkit.parse("\n".join([sample] * 4))
    four = time.perf_counter() - t0

    cpus = os.cpu_count() or 1
    t0 = time.perf_counter()
    n = sum(1 for _ in egovkit.parse_many(texts, workers=cpus))
    parallel_s = time.perf_counter() - t0
    assert n == len(texts)

    # import time in a fresh interpreter (this one has everything loaded)
    fresh = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time;t=time.perf_counter();import egovkit;print(time.perf_counter()-t)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"egovkit {egovkit.__version__} · Python {platform.python_version()} · {platform.machine()} · {cpus} CPUs"
    )
    print(f"corpus: {len(texts)} documents, {chars / 1e6:.2f} M chars")
    print(f"{'stage':<34}{'seconds':>10}{'chars/s':>14}")
    for name, secs in (
        ("clean (normalize)", clean_s),
        ("lexical (dates, quantities, regions)", lexical_s),
        ("extract (rest of parse)", extract_s),
        ("parse, one process", total_s),
        (f"parse_many, {cpus} processes", parallel_s),
    ):
        print(f"{name:<34}{secs:>10.2f}{chars / secs:>14,.0f}")
    print(f"parallel speed-up: {total_s / parallel_s:.2f}x on {cpus} CPUs")
    print(f"4x longer document costs {four / one:.2f}x the time")
    print(f"import egovkit (fresh interpreter): {float(fresh.stdout):.3f} s; first parse: {first_s:.2f} s")
    print(f"peak RSS: {rss_mb:.0f} MiB (this process, after {len(texts)} documents)")


if __name__ == "__main__":
    main()
