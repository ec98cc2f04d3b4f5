"""Loading the shared corpus for benchmarks."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def corpus_arg() -> Path:
    """The --corpus argument (default: ../shared/corpus beside the checkout)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    return Path(ap.parse_args().corpus)


def load_texts(corpus: Path) -> list[str]:
    """Every document's text: the JSON-lines reports and the notices."""
    texts = []
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        for line in (corpus / name).read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line).get("content") or "")
    texts.extend(p.read_text(encoding="utf-8") for p in sorted((corpus / "notices").glob("*.txt")))
    return [t for t in texts if t]
