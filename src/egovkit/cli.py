"""The ``egovkit`` command: a thin layer over the public API.

Commands: ``parse`` (the default), ``timeline``, ``compare``, ``report``, ``evaluate``, ``schema``.

Exit codes: 0 success; 1 an input could not be used (a missing or undecodable file, an
unknown region, a bad gold file; the other inputs are still reported); 2 bad usage
(unknown option, no input).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from ._inputs import expand_paths
from .errors import EgovkitError
from .extract import parse
from .model import Document

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
_COMMANDS = {"parse", "schema", "evaluate", "timeline", "compare", "report"}
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}


def _expand(inputs: Sequence[str]) -> Iterator[str]:
    """Files named, found under directories (text files, sorted) or matched by globs."""
    for item in inputs:
        if item == "-":
            yield item
        else:
            yield from expand_paths(item)


class _Progress:
    """A one-line progress bar on stderr, shown for many files when stderr is a terminal."""

    def __init__(self, total: int, *, force: bool | None = None) -> None:
        self.total = total
        self.done = 0
        self.on = (total > 1 and sys.stderr.isatty()) if force is None else force

    def step(self, name: str) -> None:
        self.done += 1
        if self.on:
            width = 30
            filled = width * self.done // max(1, self.total)
            sys.stderr.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name[-40:]:<40}"
            )
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _load(items: Sequence[str], *, progress: bool | None = None) -> tuple[list[Document], int]:
    """Parse every input, reporting each failure on one line; the exit status to return."""
    docs: list[Document] = []
    status = EXIT_OK
    bar = _Progress(len(items), force=progress)
    for item in items:
        try:
            if item == "-":
                docs.append(parse(sys.stdin.buffer.read(), name="<stdin>"))
            else:
                docs.append(parse(Path(item)))
        except EgovkitError as exc:
            print(f"egovkit: {exc}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
        bar.step(item)
    return docs, status


def _write(text: str, out: str | None) -> None:
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(text, encoding="utf-8")
    else:
        print(text, end="" if text.endswith("\n") else "\n")


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
    items = list(_expand(args.inputs))
    if not items:
        print("egovkit: no input files", file=sys.stderr)
        return EXIT_USAGE
    docs, status = _load(items, progress=args.progress)
    if args.sqlite:
        from . import to_sqlite

        to_sqlite(docs, args.sqlite)
        print(f"egovkit: wrote {len(docs)} documents to {args.sqlite}", file=sys.stderr)
    if args.jsonl:
        for doc in docs:
            print(doc.model_dump_json())
    elif args.json:
        print("[\n" + ",\n".join(d.model_dump_json(indent=2) for d in docs) + "\n]")
    elif not args.sqlite:
        for doc in docs:
            print(_summary(doc))
            print()
    return status


def _cmd_timeline(args: argparse.Namespace) -> int:
    from . import timeline

    docs, status = _load(list(_expand(args.inputs)), progress=args.progress)
    try:
        tl = timeline(
            docs,
            region=args.region,
            categories=args.category or None,
            status=args.status,
            between=(args.since, args.until) if args.since or args.until else None,
        )
    except EgovkitError as exc:
        print(f"egovkit: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    if args.format == "json":
        text = tl.to_json()
    elif args.format == "csv":
        text = tl.to_csv()
    elif args.format == "timelinejs":
        text = json.dumps(tl.to_timelinejs(title=args.title), ensure_ascii=False, indent=2)
    else:
        text = tl.to_markdown(group=args.group)
    _write(text, args.output)
    if args.png:
        tl.plot(args.png, title=args.title)
    return status


def _cmd_compare(args: argparse.Namespace) -> int:
    from . import compare

    docs, status = _load(list(_expand(args.inputs)), progress=args.progress)
    try:
        cmp = compare(docs, regions=args.regions, indicators=args.indicator or None)
    except EgovkitError as exc:
        print(f"egovkit: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    _write(cmp.to_json() if args.format == "json" else cmp.to_markdown(), args.output)
    if args.png:
        cmp.plot(args.png)
    return status


def _cmd_report(args: argparse.Namespace) -> int:
    docs, status = _load([args.input])
    if not docs:
        return status
    out = args.output or (Path(args.input).stem + ".html" if args.input != "-" else "document.html")
    Path(out).write_text(docs[0].to_html(), encoding="utf-8")
    print(f"egovkit: wrote {out}", file=sys.stderr)
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


def _progress_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: for many files on a terminal)",
    )


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="egovkit",
        description="Turn Chinese e-government documents into typed, evidence-grounded data.",
        epilog="Exit codes: 0 ok, 1 an input could not be used (file, encoding, region, gold), 2 bad usage.",
    )
    ap.add_argument("--version", action="version", version=f"egovkit {__version__}")
    sub = ap.add_subparsers(dest="command")
    p = sub.add_parser("parse", help="parse documents and print what they contain")
    p.add_argument("inputs", nargs="+", help="files, directories, globs, or - for stdin")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print a JSON array of Documents")
    fmt.add_argument("--jsonl", action="store_true", help="print one JSON Document per line")
    p.add_argument("--sqlite", metavar="PATH", help="also write the documents to an SQLite file")
    _progress_flag(p)
    p.set_defaults(func=_cmd_parse)
    t = sub.add_parser("timeline", help="merge the milestones of many documents into one history")
    t.add_argument("inputs", nargs="+", help="documents: files, directories or globs")
    t.add_argument("--region", help="keep events of this region and the regions inside it (code or name)")
    t.add_argument("--category", action="append", help="keep this milestone category (repeatable)")
    t.add_argument("--status", choices=["done", "planned"], help="keep only done or planned events")
    t.add_argument("--since", help="keep events from this date on (2005, 2005-02)")
    t.add_argument("--until", help="keep events up to this date")
    t.add_argument("--format", choices=["markdown", "json", "csv", "timelinejs"], default="markdown")
    t.add_argument("--group", choices=["year", "period"], default="year", help="Markdown headings")
    t.add_argument("--title", help="a title for the chart and TimelineJS")
    t.add_argument("--png", metavar="PATH", help="also draw the timeline to a PNG (needs matplotlib)")
    t.add_argument("-o", "--output", help="write to this file instead of stdout")
    _progress_flag(t)
    t.set_defaults(func=_cmd_timeline)
    c = sub.add_parser("compare", help="set regions side by side")
    c.add_argument("inputs", nargs="+", help="documents: files, directories or globs")
    c.add_argument("--regions", nargs="+", help="codes or names (default: the documents' subjects)")
    c.add_argument("--indicator", action="append", help="keep this indicator (repeatable)")
    c.add_argument("--format", choices=["markdown", "json"], default="markdown")
    c.add_argument("--png", metavar="PATH", help="also draw a grouped bar chart (needs matplotlib)")
    c.add_argument("-o", "--output", help="write to this file instead of stdout")
    _progress_flag(c)
    c.set_defaults(func=_cmd_compare)
    r = sub.add_parser("report", help="write an HTML page showing a document's facts on its text")
    r.add_argument("input", help="one document (file, or - for stdin)")
    r.add_argument("-o", "--output", help="the HTML file (default: the input's name with .html)")
    r.set_defaults(func=_cmd_report)
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
