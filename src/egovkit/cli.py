"""The ``egovkit`` command: a thin layer over the public API.

Exit codes: 0 success; 1 some input could not be parsed (the others are still reported);
2 bad usage (unknown option, no input).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .errors import EgovkitError
from .extract import parse
from .model import Document

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
_COMMANDS = {"parse", "schema", "evaluate"}
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}


def _expand(inputs: Sequence[str]) -> Iterator[str]:
    """Files named, found under directories (text files, sorted) or matched by globs."""
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            for path in sorted(Path(item).iterdir()):
                if path.is_file() and path.suffix.lower() in _TEXT_SUFFIXES:
                    yield str(path)
        elif any(c in item for c in "*?[") and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            yield from matches if matches else [item]
        else:
            yield item


def _summary(doc: Document) -> str:
    lines = [f"{doc.name or '<text>'}  {doc.title or '(no title)'}"]
    meta = [
        doc.genre.value if doc.genre else "genre unknown",
        doc.script.value,
        f"dated {doc.date.iso}{' (inferred)' if doc.date_inferred else ''}" if doc.date else "undated",
        f"{len(doc.text)} chars ({len(doc.raw) - len(doc.text):+d} vs raw)",
    ]
    if doc.author:
        meta.insert(0, f"by {doc.author}")
    lines.append("  " + " · ".join(meta))
    if doc.regions:
        lines.append("  regions: " + ", ".join(f"{r.name or r.hint or '?'} ({r.code})" for r in doc.regions))
    if doc.mentioned_regions:
        lines.append(
            "  also mentions: "
            + ", ".join(f"{r.name or '?'}" for r in doc.mentioned_regions[:12])
            + (" …" if len(doc.mentioned_regions) > 12 else "")
        )
    if doc.plans:
        lines.append(f"  plans ({len(doc.plans)}):")
        for p in doc.plans:
            extra = [p.role.value]
            if p.period:
                extra.append(f"{p.period.start_year}–{p.period.end_year}")
            if p.issued:
                extra.append(f"issued {p.issued.iso}")
            lines.append(f"    《{p.title}》 {' · '.join(extra)}")
    if doc.networks:
        lines.append(f"  networks ({len(doc.networks)}):")
        for n in doc.networks:
            cov = ", ".join(str(q) for q in n.coverage)
            lines.append(
                f"    {n.kind.value if n.kind else '?'}: {n.name or '(unnamed)'}"
                + (f" · reaches {cov}" if cov else "")
                + (f" · {n.bandwidth}" if n.bandwidth else "")
            )
    if doc.milestones:
        lines.append(f"  milestones ({len(doc.milestones)}):")
        for m in sorted(doc.milestones, key=lambda m: m.date):
            lines.append(f"    {m.date!s:<16} {m.category.value:<12} {m.status.value:<7} {m.event[:50]}")
    if doc.indicators:
        lines.append(f"  indicators ({len(doc.indicators)}):")
        for i in doc.indicators:
            when = f" @ {i.date.iso}" if i.date else ""
            lines.append(f"    {i.name:<22} {i.quantity!s}{when}")
    for w in doc.warnings[:5]:
        lines.append(f"  warning [{w.code}]: {w.message}")
    return "\n".join(lines)


def _cmd_parse(args: argparse.Namespace) -> int:
    status = EXIT_OK
    docs_json: list[str] = []
    items = list(_expand(args.inputs))
    if not items:
        print("egovkit: no input files", file=sys.stderr)
        return EXIT_USAGE
    for item in items:
        try:
            if item == "-":
                doc = parse(sys.stdin.buffer.read(), name="<stdin>")
            else:
                doc = parse(Path(item))
        except EgovkitError as exc:
            print(f"egovkit: {exc}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
            continue
        if args.jsonl:
            print(doc.model_dump_json())
        elif args.json:
            docs_json.append(doc.model_dump_json(indent=2))
        else:
            print(_summary(doc))
            print()
    if args.json:
        print("[\n" + ",\n".join(docs_json) + "\n]")
    return status


def _cmd_schema(args: argparse.Namespace) -> int:
    from . import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from . import evaluate

    try:
        scores = evaluate(list(_expand(args.inputs)), args.gold)
    except EgovkitError as exc:
        print(f"egovkit: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    if args.json:
        print(json.dumps(_scores_json(scores), ensure_ascii=False, indent=2))
    else:
        print(scores.table(explain=args.explain))
    return EXIT_OK


def _scores_json(scores: Any) -> dict[str, Any]:
    def one(s: Any) -> dict[str, Any]:
        return {**s.model_dump(), "precision": s.precision, "recall": s.recall, "f1": s.f1}

    return {
        "lists": {k: one(v) for k, v in scores.lists.items()},
        "documents": {d: {k: one(v) for k, v in lists.items()} for d, lists in scores.documents.items()},
        "fields": scores.fields,
        "missing_gold": list(scores.missing_gold),
    }


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="egovkit",
        description="Turn Chinese e-government documents into typed, evidence-grounded data.",
        epilog="Exit codes: 0 ok, 1 some input could not be parsed, 2 bad usage.",
    )
    ap.add_argument("--version", action="version", version=f"egovkit {__version__}")
    sub = ap.add_subparsers(dest="command")
    p = sub.add_parser("parse", help="parse documents and print what they contain")
    p.add_argument("inputs", nargs="+", help="files, directories, globs, or - for stdin")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print a JSON array of Documents")
    fmt.add_argument("--jsonl", action="store_true", help="print one JSON Document per line")
    p.set_defaults(func=_cmd_parse)
    e = sub.add_parser("evaluate", help="score documents against gold annotations (seeds/gold/FORMAT.md)")
    e.add_argument("inputs", nargs="+", help="documents: files, directories or globs")
    e.add_argument("--gold", required=True, help="directory of gold JSON files, one per document")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument(
        "--explain", action="store_true", help="list missed gold entries and unmatched predictions"
    )
    e.set_defaults(func=_cmd_evaluate)
    s = sub.add_parser("schema", help="print the JSON Schema of Document")
    s.set_defaults(func=_cmd_schema)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] not in _COMMANDS and not args_list[0].startswith("-"):
        args_list.insert(0, "parse")  # `egovkit FILES` means `egovkit parse FILES`
    ap = _parser()
    try:
        args = ap.parse_args(args_list)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    if not getattr(args, "func", None):
        ap.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return EXIT_OK
