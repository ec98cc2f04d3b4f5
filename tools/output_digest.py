"""Digest of every corpus document's parse, to prove that a change leaves the output identical.

    python tools/output_digest.py > before.txt      # on the base commit
    python tools/output_digest.py > after.txt       # with the change
    diff before.txt after.txt                       # empty: every output is identical

    python tools/output_digest.py --compare before.txt   # prints the documents that differ, exit 1 if any

Parses every document of the shared corpus (work reports, congress reports, notices, gov.cn
pages as HTML, e-government pages) and the seeds, and prints one line per document: its name
and the SHA-256 of ``doc.model_dump_json()`` (every fact, evidence, warning and removed span).
A performance change must leave every line identical; compare against the base it was made
on (other changes to the extractors change the output legitimately).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def documents(corpus: Path) -> Iterator[tuple[str, str | Path]]:
    """(name, source) for every document: JSON-lines records by line, files by path."""
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        path = corpus / name
        if not path.is_file():
            continue
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            content = json.loads(line).get("content") or ""
            if content:
                yield f"{name}:{i}", content
    for sub, pattern in (("notices", "*.txt"), ("govcn", "*.html"), ("egov-pages", "*.txt")):
        for path in sorted((corpus / sub).glob(pattern)):
            if path.name != "README.md":
                yield f"{sub}/{path.name}", path
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{path.name}", path


def digest(source: str | Path, name: str) -> str:
    """SHA-256 of the parsed document's JSON."""
    import egovkit

    doc = egovkit.parse(source, name=name)
    return hashlib.sha256(doc.model_dump_json().encode("utf-8")).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--compare", type=Path, help="a digest file to compare against; exit 1 on any difference")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"output_digest: no corpus at {args.corpus} (pass --corpus)", file=sys.stderr)
        return 2
    lines = [f"{name}\t{digest(source, name)}" for name, source in documents(args.corpus)]
    if args.compare is None:
        print("\n".join(lines))
        return 0
    before = dict(
        line.split("\t", 1) for line in args.compare.read_text(encoding="utf-8").splitlines() if line
    )
    after = dict(line.split("\t", 1) for line in lines)
    differ = sorted(n for n in before.keys() | after.keys() if before.get(n) != after.get(n))
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(after) - len(differ)}/{len(after)} identical", file=sys.stderr)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
