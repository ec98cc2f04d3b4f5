"""Whole-document throughput on the shared corpus, with JioNLP timed in the same run.

Prints one table: chars/s of cleaning (normalize), the lexical layer (dates, quantities,
regions), extraction (the rest of parse) and the whole parse in one process; parse_many on
every CPU and its speed-up; JioNLP's ``extract_time`` on the same texts and egovkit's ratio
to it; the cost ratio of a document 4x longer; import and first-parse times; peak RSS; and
the resident memory after each of three streaming passes over the corpus (flat means memory
does not grow with the number of documents); the CPU time of one parse pass and the time of
each extraction step (``parse(timings=...)``), slowest first.

JioNLP is not an egovkit dependency. Give the Python of an environment that has it with
``--jionlp-python`` (or ``EGOVKIT_JIONLP_PYTHON``); without it the script tries to import
JioNLP here, and reports it as absent if that fails.

    python benchmarks/bench_parse.py [--corpus ../shared/corpus] [--jionlp-python PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from _corpus import DEFAULT, load_texts

HERE = Path(__file__).resolve().parent


def _rss_mib() -> float:
    """Resident memory of this process now (Linux), else its peak so far."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _jionlp(corpus: Path, python: str | None) -> dict[str, float] | None:
    """JioNLP's extract_time timings, from ``python`` in a subprocess or from this interpreter."""
    if python:
        out = subprocess.run(
            [python, str(HERE / "_jionlp_time.py"), str(corpus)],
            capture_output=True,
            text=True,
            check=True,
            cwd=HERE,
        )
        return dict(json.loads(out.stdout.strip().splitlines()[-1]))
    try:
        from _jionlp_time import time_extract_time

        return time_extract_time(load_texts(corpus))
    except ImportError:
        return None


_COLD = """
import sys, time
text = sys.stdin.read()
t0 = time.perf_counter()
import egovkit
t1 = time.perf_counter()
egovkit.parse(text)
print(t1 - t0, time.perf_counter() - t1)
"""


def _cold_start(text: str, repeat: int) -> tuple[float, float]:
    """Best ``import egovkit`` time and first-parse time (dictionaries included), each in a
    fresh interpreter."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", _COLD], input=text, capture_output=True, text=True, check=True
        )
        a, b = out.stdout.split()
        runs.append((float(a), float(b)))
    return min(r[0] for r in runs), min(r[1] for r in runs)


def _best(fn: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--jionlp-python", default=os.environ.get("EGOVKIT_JIONLP_PYTHON"))
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    args = ap.parse_args()

    texts = load_texts(args.corpus)
    import_s, first_s = _cold_start(texts[0], args.repeat)
    import egovkit
    from egovkit.extract.pipeline import build_document
    from egovkit.parse.regions import find_regions

    chars = sum(len(t) for t in texts)
    egovkit.parse(texts[0])  # load dictionaries before timing

    def parse_all() -> None:
        for t in texts:
            egovkit.parse(t)

    clean_texts = [egovkit.normalize(t) for t in texts]
    cleaned = [c.text for c in clean_texts]

    def documents() -> None:
        for c in clean_texts:
            build_document(c, name=None)

    def lexical() -> None:
        for t in cleaned:
            egovkit.find_dates(t)
            egovkit.find_quantities(t)
            find_regions(t)

    clean_s = _best(lambda: [egovkit.normalize(t) for t in texts], args.repeat)
    lexical_s = _best(lexical, args.repeat)
    total_s = _best(parse_all, args.repeat)
    extract_s = max(_best(documents, args.repeat) - lexical_s, 1e-9)

    sample = max(texts, key=len)[:20000]
    one = _best(lambda: egovkit.parse(sample), 3)
    four = _best(lambda: egovkit.parse("\n".join([sample] * 4)), 3)

    cpus = os.cpu_count() or 1

    def parse_parallel() -> None:
        assert sum(1 for _ in egovkit.parse_many(texts, workers=cpus)) == len(texts)

    parallel_s = _best(parse_parallel, args.repeat)

    # streaming: three passes over the corpus as one stream of documents, in one process
    # (resident memory after each pass) and on every CPU; a longer stream spreads the pool's
    # start-up over more work, as a real run over thousands of documents does
    stream_rss: list[float] = []

    def passes() -> Iterator[str]:
        for _ in range(3):
            yield from texts
            stream_rss.append(_rss_mib())

    t0 = time.perf_counter()
    for _doc in egovkit.parse_many(passes(), workers=1):
        pass
    stream_one_s = time.perf_counter() - t0
    stream_rss.append(_rss_mib())
    t0 = time.perf_counter()
    for _doc in egovkit.parse_many((t for _ in range(3) for t in texts), workers=cpus):
        pass
    stream_many_s = time.perf_counter() - t0

    # one pass with per-step timings (egovkit.parse(timings=...)), and its CPU time: on a
    # shared machine the CPU time says what the code costs when wall time does not
    steps: dict[str, float] = {}
    cpu0 = time.process_time()
    for t in texts:
        egovkit.parse(t, timings=steps)
    cpu_s = time.process_time() - cpu0

    jio = _jionlp(args.corpus, args.jionlp_python)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"egovkit {egovkit.__version__} · Python {platform.python_version()} · {platform.machine()} · {cpus} CPUs"
    )
    print(f"corpus: {len(texts)} documents, {chars / 1e6:.2f} M chars (best of {args.repeat} passes)")
    print(f"{'stage':<40}{'seconds':>9}{'chars/s':>13}")
    rows = [
        ("clean (normalize)", clean_s),
        ("lexical (dates, quantities, regions)", lexical_s),
        ("extract (documents, less lexical)", extract_s),
        ("parse, one process", total_s),
        (f"parse_many, {cpus} processes", parallel_s),
    ]
    if jio is not None:
        rows.append(("JioNLP extract_time, one process", jio["seconds"]))
    for name, secs in rows:
        print(f"{name:<40}{secs:>9.2f}{chars / secs:>13,.0f}")
    if jio is not None:
        print(f"parse vs JioNLP extract_time: {jio['seconds'] / total_s:.2f}x the throughput")
    else:
        print("JioNLP: not measured (pass --jionlp-python PATH to a Python that has jionlp)")
    print(f"parse, one process, CPU time: {cpu_s:.2f} s, {chars / cpu_s:,.0f} chars/s")
    spent = sum(steps.values()) or 1e-9
    print(
        "extraction steps, one pass: "
        + ", ".join(
            f"{name} {secs:.2f} s ({secs / spent:.0%})"
            for name, secs in sorted(steps.items(), key=lambda kv: -kv[1])[:8]
        )
    )
    print(f"parallel speed-up: {total_s / parallel_s:.2f}x on {cpus} CPUs (one corpus pass)")
    print(
        f"streaming 3 corpus passes: {stream_one_s:.2f} s in one process, {stream_many_s:.2f} s on "
        f"{cpus} processes: {stream_one_s / stream_many_s:.2f}x"
    )
    print(f"4x longer document costs {four / one:.2f}x the time")
    print(f"import egovkit (fresh interpreter): {import_s:.3f} s; first parse: {first_s:.2f} s")
    print(f"peak RSS: {peak_mib:.0f} MiB")
    print(
        "RSS while streaming, after 0, 1, 2, 3 corpus passes: "
        + ", ".join(f"{r:.0f} MiB" for r in stream_rss)
    )


if __name__ == "__main__":
    main()
