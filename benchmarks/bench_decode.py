"""How often short GBK and Big5 fragments decode to the right text.

Fragments of 2, 4, 8 and 16 Chinese characters are cut from the shared corpus: simplified
ones (work reports) encoded as GBK, traditional ones (the traditional pages, and simplified
text converted with OpenCC) encoded as Big5; each is decoded with ``egovkit.text.decode``
and compared with the original.

    python benchmarks/bench_decode.py [--corpus PATH] [--n 400]

Figures (400 fragments per cell, seed 7; wrong decodings in %):

    size   GBK before  after    Big5 before  after
       2        94.8     1.5          0.0     5.8
       4        12.2     0.2          6.0     1.2
       8         0.2     0.0          0.8     0.0
      16         0.0     0.0          0.0     0.0

"before" trusted charset-normalizer's pick, which calls nearly every 2-character fragment
Big5; "after" prefers GB18030 unless the Big5 reading is clearly made of more common
characters. The 2-character Big5 misses are fragments whose GB18030 reading is common text
too (落實 reads 辅龟): nothing in two characters can tell them apart, and GB18030 is by
far the likelier source. ``tests/text/test_decode.py`` pins the short cases.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from egovkit.text.decode import decode_bytes

ROOT = Path(__file__).resolve().parents[1]
_RUN = re.compile("[\u4e00-\u9fff]{16,}")


def _runs(texts: list[str]) -> list[str]:
    return [m.group(0) for t in texts for m in _RUN.finditer(t)]


def fragments(
    runs: list[str], size: int, n: int, encoding: str, rng: random.Random
) -> list[tuple[str, bytes]]:
    """``n`` random fragments of ``size`` characters that ``encoding`` can encode."""
    out: list[tuple[str, bytes]] = []
    tries = 0
    while len(out) < n and tries < 50 * n:
        tries += 1
        run = rng.choice(runs)
        i = rng.randrange(0, len(run) - size + 1)
        frag = run[i : i + size]
        try:
            out.append((frag, frag.encode(encoding)))
        except UnicodeEncodeError:
            continue
    return out


def error_rate(frags: list[tuple[str, bytes]]) -> float:
    wrong = 0
    for text, data in frags:
        try:
            got = decode_bytes(data)[0]
        except ValueError:
            got = None
        wrong += got != text
    return 100.0 * wrong / max(1, len(frags))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    from opencc import OpenCC

    reports = [
        json.loads(line)["content"] or ""
        for line in (args.corpus / "government_work_reports.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    simplified = _runs(reports)
    trad_pages = [p.read_text(encoding="utf-8") for p in (args.corpus / "egov-pages").glob("*trad*.txt")]
    trad_pages += [p.read_text(encoding="utf-8") for p in (args.corpus / "egov-pages").glob("*big5*.txt")]
    s2t = OpenCC("s2t")
    traditional = _runs(trad_pages) + [s2t.convert(r) for r in simplified[:300]]
    rng = random.Random(args.seed)
    print(f"{'size':>5}{'GBK wrong %':>14}{'Big5 wrong %':>14}")
    for size in (2, 4, 8, 16):
        gbk = error_rate(fragments(simplified, size, args.n, "gbk", rng))
        big5 = error_rate(fragments(traditional, size, args.n, "big5", rng))
        print(f"{size:>5}{gbk:>14.1f}{big5:>14.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
