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
        for label, extract in (
            ("jionlp extract_time", jionlp.ner.extract_time),
            ("jionlp extract_money", jionlp.ner.extract_money),
        ):
            secs, found = _run_by_paragraph(extract, texts)
            print(f"{label:<26} {chars / secs:>12,.0f} {found:>8}")


def _run_by_paragraph(extract: object, texts: list[str]) -> tuple[float, int]:
    """Time ``extract`` over every non-empty paragraph; return seconds and matches found."""
    t0 = time.perf_counter()
    found = 0
    for t in texts:
        for para in t.split("\n"):
            if para.strip():
                found += len(extract(para))  # type: ignore[operator]
    return time.perf_counter() - t0, found


if __name__ == "__main__":
    main()
