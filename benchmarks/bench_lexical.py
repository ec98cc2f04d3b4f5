"""Throughput (chars/s) and peak memory of cleaning and lexical parsing on the shared corpus.

Reports: normalize on simplified text, normalize on the same text converted to traditional
script (OpenCC s2t, converted once before timing), find_dates + find_quantities, and the
cost ratio of a document 4x longer (linear cost means about 4.0).
"""

from __future__ import annotations

import platform
import time
import tracemalloc

from _corpus import corpus_arg, load_texts

import egovkit


def _time(fn: object, texts: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)  # type: ignore[operator]
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    texts = load_texts(corpus_arg())
    chars = sum(len(t) for t in texts)
    from opencc import OpenCC

    trad = [OpenCC("s2t").convert(t) for t in texts]
    cleaned = [egovkit.normalize(t).text for t in texts]  # warm-up: loads tables

    rows = []
    secs = _time(egovkit.normalize, texts)
    rows.append(("normalize (simplified)", chars / secs))
    secs = _time(egovkit.normalize, trad, repeat=1)
    rows.append(("normalize (traditional, t2s)", chars / secs))

    def lexical(t: str) -> None:
        egovkit.find_dates(t)
        egovkit.find_quantities(t)

    secs = _time(lexical, cleaned)
    rows.append(("find_dates + find_quantities", chars / secs))

    one = max(cleaned, key=len)
    t1 = _time(lexical, [one], repeat=5)
    t4 = _time(lexical, [one * 4], repeat=5)

    tracemalloc.start()
    for t in texts:
        egovkit.find_quantities(egovkit.normalize(t).text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(
        f"corpus: {len(texts)} documents, {chars:,} characters; {platform.machine()}, Python {platform.python_version()}"
    )
    print(f"{'stage':<32} {'chars/s':>14}")
    for name, rate in rows:
        print(f"{name:<32} {rate:>14,.0f}")
    print(f"{'4x longer document cost ratio':<32} {t4 / t1:>14.2f}")
    print(f"{'peak traced memory (MiB)':<32} {peak / 2**20:>14.1f}")


if __name__ == "__main__":
    main()
