"""The ``egovkit`` command: a thin layer over the public API.

Commands: ``parse`` (the default), ``timeline``, ``compare``, ``report``, ``export``, ``evaluate``,
``schema``.

Exit codes: 0 success; 1 an input could not be used (a missing or undecodable file, an
unknown or ambiguous region, a bad gold file, an output that cannot be written; the other
inputs are still reported); 2 bad usage (unknown option, a bad value, no input). Every error is
one line on stderr starting ``egovkit:``, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from ._inputs import expand_paths, is_glob
from .errors import ArgumentError, EgovkitError, ExportError, GoldFormatError, SourceNotFoundError, TextError
from .extract import parse
from .model import Document, FuzzyDate
from .model.kinds import FACT_KINDS

__all__ = ["main"]

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
_COMMANDS = {"parse", "schema", "evaluate", "timeline", "compare", "report", "export"}
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}
LEGEND = (
    "legend: * inferred date · (end)/(start)/(by) date qualifier · ≈ about · ≈< nearly"
    " · + more than · ? kind unknown"
)


class _UsageError(Exception):
    """A bad command line: reported on one line with a hint, exit code 2."""

    def __init__(self, message: str, command: str | None = None) -> None:
        self.command = command
        super().__init__(message)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line with a hint instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.split(" ", 1)[1] if " " in self.prog else None
        raise _UsageError(message, command)


def _expand(inputs: Sequence[str], *, recursive: bool = False) -> Iterator[str]:
    """Files named, found in folders (sorted; subfolders too when ``recursive``) or matched by
    globs; each file a folder holds but egovkit does not read is reported on one line, then
    their count."""
    skipped: list[tuple[str, str]] = []
    for item in inputs:
        if item == "-":
            yield item
        else:
            yield from expand_paths(item, recursive=recursive, skipped=skipped)
    for path, reason in skipped:
        print(f"egovkit: skipped {path}: {reason}", file=sys.stderr)
    if skipped:
        print(f"egovkit: skipped {len(skipped)} file{'s' if len(skipped) > 1 else ''}", file=sys.stderr)


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


def _load(
    items: Sequence[str], *, progress: bool | None = None, date: str | None = None
) -> tuple[list[Document], int]:
    """Parse every input, reporting each failure on one line; the exit status to return."""
    docs: list[Document] = []
    status = EXIT_OK
    bar = _Progress(len(items), force=progress)
    for item in items:
        try:
            if item == "-":
                docs.append(parse(sys.stdin.buffer.read(), name="<stdin>", date=date))
            else:
                docs.append(parse(Path(item), date=date))
        except SourceNotFoundError as exc:
            said = f"no file matches {item!r}" if is_glob(item) else _with_path(str(exc), item)
            print(f"egovkit: {said}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
        except EgovkitError as exc:
            print(f"egovkit: {_with_path(str(exc), item)}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
        bar.step(item)
    return docs, status


def _with_path(message: str, item: str) -> str:
    """An error naming a file by its name alone names it by the path given instead: in a
    folder read recursively, many files may be called index.html."""
    name = Path(item).name
    if item == "-" or item in message or not name or name not in message:
        return message
    return message.replace(name, item, 1)


def _write(text: str, out: str | None) -> None:
    if out:
        try:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            Path(out).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise ExportError(out, f"cannot write: {exc.strerror or exc}") from exc
    else:
        print(text, end="" if text.endswith("\n") else "\n")


def _plot(chart: Any, path: str, **options: Any) -> None:
    """Draw a timeline or comparison to ``path``; a path that cannot be written is one line."""
    try:
        chart.plot(path, **options)
    except OSError as exc:
        raise ExportError(path, f"cannot write: {exc.strerror or exc}") from exc


def _summary(doc: Document) -> str:
    lines = [f"{doc.name or '<text>'}  {doc.title or '(no title)'}"]
    meta = [
        doc.genre.value if doc.genre else "genre unknown",
        doc.script.value,
        f"dated {doc.date.iso}{' (inferred)' if doc.date_inferred else ''}" if doc.date else "undated",
        f"{len(doc.text)} chars ({_raw_difference(len(doc.raw) - len(doc.text))})",
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
            name = f"{i.name} ({i.group})" if i.group else i.name
            lines.append(f"    {name:<22} {i.quantity!s}{when}")
    for w in doc.warnings[:5]:
        lines.append(f"  warning [{w.code}]: {w.message}")
    if len(doc.warnings) > 5:
        lines.append(f"  … and {_count(len(doc.warnings) - 5, 'more warning')} (--json lists them all)")
    lines.append("  total: " + _totals(doc))
    return "\n".join(lines)


def _raw_difference(n: int) -> str:
    if n > 0:
        return f"raw is {_count(n, 'char')} longer"
    if n < 0:
        return f"raw is {_count(-n, 'char')} shorter"
    return "as long as raw"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _totals(doc: Document) -> str:
    return ", ".join(
        [
            *(_count(sum(len(getattr(doc, a)) for a in k.attributes), k.singular) for k in FACT_KINDS),
            _count(len(doc.warnings), "warning"),
        ]
    )


def _inputs(args: argparse.Namespace, command: str) -> list[str]:
    """The files the inputs name; a usage error when there are none."""
    if not args.inputs:
        raise _UsageError("no input: name files, folders or globs (or - for stdin)", command)
    items = list(_expand(args.inputs, recursive=getattr(args, "recursive", False)))
    if not items:
        raise _UsageError(f"no documents found in {' '.join(args.inputs)}", command)
    return items


def _stored(db: str) -> int:
    """How many documents the SQLite file ``db`` holds (0 when it is new or not egovkit's)."""
    import sqlite3

    if not Path(db).is_file():
        return 0
    try:
        con = sqlite3.connect(db)
        try:
            return int(con.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _cmd_parse(args: argparse.Namespace) -> int:
    if args.replace and not args.sqlite:
        raise _UsageError("--replace only applies with --sqlite PATH", "parse")
    items = _inputs(args, "parse")
    docs, status = _load(items, progress=args.progress, date=args.date)
    if args.sqlite:
        from . import to_sqlite

        before = 0 if args.replace else _stored(args.sqlite)
        to_sqlite(docs, args.sqlite, mode="replace" if args.replace else "append")
        added = _stored(args.sqlite) - before
        skipped = len(docs) - added
        note = f", skipped {skipped} already stored" if skipped > 0 else ""
        print(f"egovkit: stored {_count(added, 'document')} in {args.sqlite}{note}", file=sys.stderr)
    if args.jsonl:
        for doc in docs:
            print(doc.model_dump_json())
    elif args.json:
        print("[\n" + ",\n".join(d.model_dump_json(indent=2) for d in docs) + "\n]")
    elif not args.sqlite:
        for doc in docs:
            print(_summary(doc))
            print()
        if docs:
            print(LEGEND)
    return status


def _need_matplotlib(args: argparse.Namespace, command: str) -> None:
    """``--png`` without matplotlib is a usage error, reported before any work is done."""
    if getattr(args, "png", None) and importlib.util.find_spec("matplotlib") is None:
        raise _UsageError("--png needs matplotlib: pip install 'egovkit[plot]'", command)


def _cmd_timeline(args: argparse.Namespace) -> int:
    from . import timeline

    _need_matplotlib(args, "timeline")
    if args.region:
        _check_region(args.region)
    if args.since and args.until:
        from .api import _date_bound

        since, until = _date_bound(args.since), _date_bound(args.until)
        if (
            isinstance(since, FuzzyDate)
            and isinstance(until, FuzzyDate)
            and since.earliest() > until.latest()
        ):
            raise _UsageError(f"--since {args.since} is after --until {args.until}", "timeline")
    items = _inputs(args, "timeline")
    docs, status = _load(items, progress=args.progress, date=args.date)
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
        _plot(tl, args.png, title=args.title)
    return status


def _cmd_compare(args: argparse.Namespace) -> int:
    from . import compare

    _need_matplotlib(args, "compare")
    if args.regions:  # `--regions 克州 伊犁州 DIR`: the path the list swallowed is an input
        while args.regions and _is_path(args.regions[-1]):
            args.inputs.insert(0, args.regions.pop())
        if not args.regions:
            raise _UsageError("--regions needs at least one region code or name", "compare")
        for region in args.regions:
            _check_region(region)
    items = _inputs(args, "compare")
    docs, status = _load(items, progress=args.progress, date=args.date)
    try:
        cmp = compare(docs, regions=args.regions, indicators=args.indicator or None)
    except EgovkitError as exc:
        print(f"egovkit: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    _write(cmp.to_json() if args.format == "json" else cmp.to_markdown(), args.output)
    if args.png:
        _plot(cmp, args.png)
    return status


def _report_path(source: str, output: str | None) -> Path:
    """Where ``report`` writes: ``-o FILE``, or NAME.report.html in ``-o FOLDER`` or in the
    current directory — never beside the input, where a later run would read it as a document."""
    name = (Path(source).stem if source != "-" else "document") + ".report.html"
    if output is None:
        return Path.cwd() / name
    out = Path(output)
    if out.is_dir() or output.endswith(("/", os.sep)):
        return out / name
    return out


def _cmd_report(args: argparse.Namespace) -> int:
    docs, status = _load([args.input], date=args.date)
    if not docs:
        return status
    out = _report_path(args.input, args.output)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(docs[0].to_html(), encoding="utf-8")
    except OSError as exc:
        print(f"egovkit: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    print(f"egovkit: wrote {out}", file=sys.stderr)
    return status


def _cmd_export(args: argparse.Namespace) -> int:
    from . import to_tables
    from .export.tables import FORMATS

    suffix = Path(args.to).suffix.lstrip(".").lower()
    if suffix not in FORMATS:
        raise _UsageError(f"--to {args.to}: name a .xlsx, .csv, .parquet or .jsonl file", "export")
    extra = _WRITER_EXTRAS.get(suffix)
    if extra is not None and importlib.util.find_spec(extra[0]) is None:
        raise _UsageError(
            f"--to {args.to}: writing .{suffix} needs {extra[0]}: pip install 'egovkit[{extra[1]}]'", "export"
        )
    items = _inputs(args, "export")
    docs, status = _load(items, progress=args.progress, date=args.date)
    tables = to_tables(docs)
    written = tables.write(args.to)
    counts = ", ".join(_count(len(rows), kind.removesuffix("s")) for kind, rows in tables.items())
    where = written[0] if len(written) == 1 else f"{len(written)} files beside {args.to}"
    print(f"egovkit: wrote {counts} to {where}", file=sys.stderr)
    return status


# the module a table format is written with, and the extra that installs it
_WRITER_EXTRAS = {"xlsx": ("openpyxl", "excel"), "parquet": ("pyarrow", "parquet")}


def _cmd_schema(args: argparse.Namespace) -> int:
    from . import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from . import evaluate

    if not Path(args.gold).is_dir():  # before parsing anything
        raise GoldFormatError(args.gold, "the gold directory does not exist")
    items = _inputs(args, "evaluate")
    docs, status = _load(items, progress=args.progress)  # a file that fails is reported, the rest scored
    if not docs:
        return status
    try:
        scores = evaluate(docs, args.gold)
    except EgovkitError as exc:
        print(f"egovkit: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    if args.json:
        print(json.dumps(_scores_json(scores), ensure_ascii=False, indent=2))
    else:
        print(scores.table(explain=args.explain))
    return status


def _scores_json(scores: Any) -> dict[str, Any]:
    def one(s: Any) -> dict[str, Any]:
        return {**s.model_dump(), "precision": s.precision, "recall": s.recall, "f1": s.f1}

    return {
        "lists": {k: one(v) for k, v in scores.lists.items()},
        "documents": {d: {k: one(v) for k, v in lists.items()} for d, lists in scores.documents.items()},
        "fields": scores.fields,
        "missing_gold": list(scores.missing_gold),
    }


def _date_option(value: str) -> str:
    """``--since``/``--until``: a year, an ISO partial date or a Chinese date (二〇〇八年)."""
    from .api import _date_bound

    try:
        bound = _date_bound(value)
    except TextError:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (write 2008, 2008-03, 2008-03-15 or 2008年3月)"
        ) from None
    return bound.iso if bound is not None and not isinstance(bound, int) else value


def _iso_date_option(value: str) -> str:
    """``--date``: an ISO partial date (2021, 2021-03, 2021-03-05)."""
    from .parse.dates import as_reference

    try:
        as_reference(value)
    except TextError:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (write 2021, 2021-03 or 2021-03-05)"
        ) from None
    return value


def _categories() -> tuple[str, ...]:
    from .model import MilestoneCategory

    return tuple(c.value for c in MilestoneCategory)


def _category_option(value: str) -> str:
    if value not in _categories():
        raise argparse.ArgumentTypeError(
            f"unknown category {value!r} (choose from: {', '.join(_categories())})"
        )
    return value


def _is_path(item: str) -> bool:
    return item == "-" or os.path.exists(item) or any(c in item for c in "*?[/\\")


def _check_region(region: str) -> None:
    """Resolve a region option now, so an unknown or ambiguous one stops before any parsing."""
    from .api import _code

    _code(region)


def _recursive_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-r",
        "--recursive",
        action="store_true",
        help="read the subfolders of folders too (reads .txt, .md, .html/.htm, .docx, .pdf)",
    )


def _date_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--date",
        type=_iso_date_option,
        help="the documents' date (2021, 2021-03 or 2021-03-05): wins over what they say",
    )


def _progress_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: for many files on a terminal)",
    )


def _parser() -> argparse.ArgumentParser:
    ap = _Parser(
        prog="egovkit",
        description="Turn Chinese e-government documents into typed, evidence-grounded data.",
        epilog="Exit codes: 0 ok, 1 an input could not be used (file, encoding, region, gold), 2 bad usage.",
    )
    ap.add_argument("--version", action="version", version=f"egovkit {__version__}")
    sub = ap.add_subparsers(dest="command", parser_class=_Parser)
    p = sub.add_parser(
        "parse",
        help="parse documents and print what they contain",
        description=(
            "Parse documents and print a summary of each (or JSON, or an SQLite file). Reads text "
            "(.txt, .md), web pages (.html, .htm), Word (.docx, needs egovkit[office]) and PDF "
            "(.pdf, needs egovkit[pdf]); .doc and .wps must be saved as .docx first."
        ),
        epilog="In the summary, " + LEGEND + ".",
    )
    p.add_argument("inputs", nargs="*", help="files, directories, globs, or - for stdin")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print a JSON array of Documents")
    fmt.add_argument("--jsonl", action="store_true", help="print one JSON Document per line")
    p.add_argument("--sqlite", metavar="PATH", help="also write the documents to an SQLite file")
    _date_flag(p)
    p.add_argument(
        "--replace",
        action="store_true",
        help="with --sqlite: empty the tables first (default: append, skipping documents already stored)",
    )
    _progress_flag(p)
    _recursive_flag(p)
    p.set_defaults(func=_cmd_parse)
    t = sub.add_parser(
        "timeline",
        help="merge the milestones of many documents into one history",
        description="Parse documents and merge their milestones into one history, in date order: the same"
        " event told by several documents is one entry listing every source.",
    )
    t.add_argument("inputs", nargs="*", help="documents: files, directories or globs")
    t.add_argument("--region", help="keep events of this region and the regions inside it (code or name)")
    t.add_argument(
        "--category",
        action="append",
        type=_category_option,
        metavar="CATEGORY",
        help=f"keep this milestone category (repeatable): {', '.join(_categories())}",
    )
    t.add_argument("--status", choices=["done", "planned"], help="keep only done or planned events")
    t.add_argument(
        "--since",
        type=_date_option,
        help="keep events from this date on (2005, 2005-02, 2005年2月, 二〇〇五年)",
    )
    t.add_argument("--until", type=_date_option, help="keep events up to this date (same forms)")
    t.add_argument("--format", choices=["markdown", "json", "csv", "timelinejs"], default="markdown")
    t.add_argument("--group", choices=["year", "period"], default="year", help="Markdown headings")
    t.add_argument("--title", help="a title for the chart and TimelineJS")
    t.add_argument("--png", metavar="PATH", help="also draw the timeline to a PNG (needs matplotlib)")
    t.add_argument("-o", "--output", help="write to this file instead of stdout")
    _date_flag(t)
    _progress_flag(t)
    _recursive_flag(t)
    t.set_defaults(func=_cmd_timeline)
    c = sub.add_parser(
        "compare",
        help="set regions side by side",
        description="Parse documents and set regions side by side: indicators, networks, milestones, plans.",
    )
    c.add_argument("inputs", nargs="*", help="documents: files, directories or globs")
    c.add_argument("--regions", nargs="+", help="codes or names (default: the documents' subjects)")
    c.add_argument("--indicator", action="append", help="keep this indicator (repeatable)")
    c.add_argument("--format", choices=["markdown", "json"], default="markdown")
    c.add_argument("--png", metavar="PATH", help="also draw a grouped bar chart (needs matplotlib)")
    c.add_argument("-o", "--output", help="write to this file instead of stdout")
    _date_flag(c)
    _progress_flag(c)
    _recursive_flag(c)
    c.set_defaults(func=_cmd_compare)
    r = sub.add_parser("report", help="write an HTML page showing a document's facts on its text")
    r.add_argument("input", help="one document (file, or - for stdin)")
    r.add_argument(
        "-o",
        "--output",
        help="the HTML file, or a folder for NAME.report.html (default: NAME.report.html in the current folder)",
    )
    _date_flag(r)
    r.set_defaults(func=_cmd_report)
    x = sub.add_parser(
        "export",
        help="write one tidy table per fact kind (Excel, CSV, Parquet or JSON Lines)",
        description="Parse documents and write their facts as tables: documents, regions, plans,"
        " networks, milestones, indicators; every row with its document, evidence and region name.",
    )
    x.add_argument("inputs", nargs="*", help="documents: files, directories or globs")
    x.add_argument(
        "--to",
        required=True,
        metavar="OUT",
        help="out.xlsx (a sheet per kind), out.csv or out.parquet (out_KIND.csv … per kind), out.jsonl",
    )
    _date_flag(x)
    _progress_flag(x)
    _recursive_flag(x)
    x.set_defaults(func=_cmd_export)
    e = sub.add_parser(
        "evaluate",
        help="score documents against gold annotations (seeds/gold/FORMAT.md)",
        description="Parse documents and score them against gold annotations: precision, recall and F1"
        " per list, and per document. The gold file of DOC.txt is GOLD/DOC.json (seeds/gold/FORMAT.md);"
        " a document that cannot be parsed is reported and the others are scored.",
    )
    e.add_argument("inputs", nargs="*", help="documents: files, directories or globs")
    _recursive_flag(e)
    e.add_argument("--gold", required=True, help="directory of gold JSON files, one per document")
    e.add_argument("--json", action="store_true", help="print the scores as JSON")
    e.add_argument(
        "--explain", action="store_true", help="list missed gold entries and unmatched predictions"
    )
    _progress_flag(e)
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
        args, extra = ap.parse_known_args(args_list)
        unknown = [a for a in extra if a.startswith("-") and a != "-"]
        if unknown or (extra and not hasattr(args, "inputs")):
            raise _UsageError(f"unrecognized arguments: {' '.join(unknown or extra)}", args.command)
        if extra:  # inputs on both sides of an option: `parse a.txt --json b.txt`
            args.inputs.extend(extra)
        if not getattr(args, "func", None):
            ap.print_help()
            return EXIT_USAGE
        return int(args.func(args))
    except SystemExit as exc:  # --help, --version
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    except _UsageError as exc:
        where = f"egovkit {exc.command}" if exc.command else "egovkit"
        print(f"egovkit: {exc} (see '{where} --help')", file=sys.stderr)
        return EXIT_USAGE
    except (ArgumentError, TextError) as exc:
        print(f"egovkit: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except EgovkitError as exc:
        print(f"egovkit: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("egovkit: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line, and how to report it
        print(
            f"egovkit: internal error: {type(exc).__name__}: {exc} (please report it with the input)",
            file=sys.stderr,
        )
        return EXIT_INPUT_ERROR
