"""Time JioNLP's ``extract_time`` over the shared corpus; print one JSON line.

Run by ``bench_parse.py`` with the Python of an environment that has JioNLP installed
(JioNLP is never an egovkit dependency). Needs only the standard library besides JioNLP.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from _corpus import load_texts


def time_extract_time(texts: list[str]) -> dict[str, float]:
    """Seconds and matches of ``jionlp.ner.extract_time`` over every non-empty paragraph."""
    import jionlp

    jionlp.ner.extract_time("2005年2月")  # load its dictionaries before timing
    t0 = time.perf_counter()
    found = 0
    for text in texts:
        for para in text.split("\n"):
            if para.strip():
                found += len(jionlp.ner.extract_time(para))
    return {"seconds": time.perf_counter() - t0, "found": found}


if __name__ == "__main__":
    print(json.dumps(time_extract_time(load_texts(Path(sys.argv[1])))))
