"""Run JioNLP's ``extract_time`` over the lexical-gold reports; print JSON found items per year.

Run by ``bench_dates.py`` with the Python of an environment that has JioNLP installed (JioNLP
is never an egovkit dependency). The report's date (March 5 of its year) is the time base,
as egovkit gets it. JioNLP returns full timestamps; a range covering a whole year, month or
day is written as that year, month or day, any other range as ``A/B`` of years.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import sys
from pathlib import Path

from _lexical_times import contents, load_gold


def _iso(a: str, b: str) -> str | None:
    try:
        s = dt.datetime.fromisoformat(a)
        e = dt.datetime.fromisoformat(b)
    except ValueError:
        return None
    if (s.month, s.day) == (1, 1) and (e.month, e.day) == (12, 31):
        return f"{s.year}" if s.year == e.year else f"{s.year}/{e.year}"
    if (
        s.day == 1
        and e.day == calendar.monthrange(e.year, e.month)[1]
        and (s.year, s.month) == (e.year, e.month)
    ):
        return f"{s.year}-{s.month:02d}"
    if s.date() == e.date():
        return s.strftime("%Y-%m-%d")
    return f"{s.year}/{e.year}"


def main(gold_dir: Path, corpus: Path) -> None:
    import jionlp

    texts = contents(corpus)
    out: dict[int, list[tuple[int, int, str | None]]] = {}
    for doc in load_gold(gold_dir):
        year = int(doc["year"])
        text = texts[year]
        base = dt.datetime(year, 3, 5).timestamp()
        found: list[tuple[int, int, str | None]] = []
        for w in doc["windows"]:
            pos = w["start"]
            for para in text[w["start"] : w["end"]].split("\n"):
                if para.strip():
                    for r in jionlp.ner.extract_time(para, time_base=base, with_parsing=True):
                        s, e = r["offset"]
                        t = (r.get("detail") or {}).get("time")
                        value = _iso(t[0], t[1]) if isinstance(t, list) and len(t) == 2 else None
                        found.append((pos + s, pos + e, value))
                pos += len(para) + 1
        out[year] = found
    print(json.dumps(out))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
