"""egovkit vs JioNLP on the same texts: time and money extraction, side by side.

JioNLP is installed only in the benchmark's own environment (``pip install jionlp``), never
as an egovkit dependency. Reports throughput and the number of matches each tool returns.
"""

from __future__ import annotations

import time

from _corpus import corpus_arg, load_texts

import egovkit


def main() -> None:
    texts = [egovkit.normalize(t).text for t in load_texts(corpus_arg())]
    chars = sum(len(t) for t in texts)
    try:
        import jionlp
    except ImportError:
        print("JioNLP is not installed here: pip install jionlp (in a separate environment)")
        jionlp = None

    t0 = time.perf_counter()
    n_dates = sum(len(egovkit.find_dates(t)) for t in texts)
    n_qty = sum(len(egovkit.find_quantities(t)) for t in texts)
    ours = time.perf_counter() - t0
    print(f"{'tool':<26} {'chars/s':>12} {'times':>8} {'quantities':>11}")
    print(f"{'egovkit find_dates+qty':<26} {chars / ours:>12,.0f} {n_dates:>8} {n_qty:>11}")
    if jionlp is not None:
        t0 = time.perf_counter()
        n_t = 0
        for t in texts:
            for para in t.split("\n"):
                if para.strip():
                    n_t += len(jionlp.ner.extract_time(para))
        secs = time.perf_counter() - t0
        t0 = time.perf_counter()
        n_m = 0
        for t in texts:
            for para in t.split("\n"):
                if para.strip():
                    n_m += len(jionlp.ner.extract_money(para))
        secs_m = time.perf_counter() - t0
        print(f"{'jionlp extract_time':<26} {chars / secs:>12,.0f} {n_t:>8} {'':>11}")
        print(f"{'jionlp extract_money':<26} {chars / secs_m:>12,.0f} {'':>8} {n_m:>11}")


if __name__ == "__main__":
    main()
