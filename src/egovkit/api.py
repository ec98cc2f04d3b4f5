"""The analysis entry points users call: paths parsed, region names resolved, then the
model-only builders of ``egovkit.analysis`` and ``egovkit.export`` do the work."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ._inputs import Inputs, iter_documents
from .analysis.compare import Comparison, build_comparison
from .analysis.timeline import Timeline, build_timeline
from .errors import AmbiguousRegionError, ArgumentError, DateParseError, UnknownRegionError
from .model import FuzzyDate, MilestoneCategory, Status

if TYPE_CHECKING:
    from .export.tables import Tables
    from .parse.dates import Reference

__all__ = ["compare", "timeline", "to_frames", "to_sqlite", "to_tables"]


def _code(region: str) -> tuple[str, str | None]:
    """A region argument (code or name) as (code, name)."""
    from .parse.regions import region_by_code, resolve_region

    if region == "CN":
        return "CN", "中国"
    if region.isdigit() and len(region) == 6:
        known = region_by_code(region)
        if known is None:
            raise UnknownRegionError(region, f"unknown region code: {region!r} (not in GB/T 2260)")
        return region, known.name
    found = resolve_region(region)
    if found is None or found.code is None:
        _ambiguous(region)
        raise UnknownRegionError(region)
    return found.code, found.name


def _ambiguous(region: str) -> None:
    """Raise AmbiguousRegionError when ``region`` is a name several regions share."""
    from .parse.regions import find_regions, region_by_code

    for match in find_regions(region):
        if match.text == region.strip() and match.region is None and match.candidates:
            labels = []
            for code in match.candidates:
                here = region_by_code(code)
                parents: list[str] = []
                parent = here.parent_code if here else None
                while parent and parent != "CN" and len(parents) < 3:
                    up = region_by_code(parent)
                    if up is None:
                        break
                    parents.append(up.name or parent)
                    parent = up.parent_code
                name = here.name if here and here.name else region
                labels.append((code, f"{name} ({''.join(reversed(parents))})" if parents else name))
            raise AmbiguousRegionError(region, tuple(labels))


def _date_bound(value: FuzzyDate | int | str | None) -> FuzzyDate | int | None:
    """A bound of ``between`` as a FuzzyDate: a year, an ISO partial date (``2008-03``) or a
    Chinese date (``二〇〇八年``, ``2008年3月``); a DateParseError for anything else."""
    if value is None or isinstance(value, FuzzyDate | int):
        return value
    text = str(value).strip()
    try:
        return FuzzyDate.from_iso(text)
    except ValueError:
        pass
    from .parse.dates import parse_date

    try:
        return parse_date(text)
    except DateParseError:
        raise DateParseError(text, "not a date (write 2008, 2008-03, 2008-03-15 or 2008年3月)") from None


def timeline(
    documents: Inputs,
    *,
    region: str | None = None,
    include_subregions: bool = True,
    categories: Sequence[MilestoneCategory | str] | None = None,
    status: Status | str | None = None,
    between: tuple[FuzzyDate | int | str | None, FuzzyDate | int | str | None] | None = None,
    date: Reference = None,
) -> Timeline:
    """Merge the milestones of many documents into one ``Timeline``, in date order.

    Args:
        documents: parsed Documents, or paths, directories or globs to parse.
        date: the date of the documents parsed here from paths, as ``egovkit.parse(date=)``
            takes it: it wins over what they say, and 今年 resolves against it. Documents
            given already parsed are kept as they are.
        region: keep events of this region (a code such as ``"650000"`` or a name such as
            ``"新疆"``); with ``include_subregions`` also those of regions inside it.
        categories: keep only these milestone categories (``"network"``, ``"website"`` …).
        status: keep only ``"done"`` or ``"planned"`` events.
        between: keep events overlapping ``(start, end)``; each bound a year, an ISO partial
            date (``2005-02``), a Chinese date (``2005年2月``, ``二〇〇五年``) or a FuzzyDate,
            ``None`` for open.

    The same event reported by several documents (same date, or one a refinement of the
    other; same region; same category; events sharing most of their words) becomes one entry
    listing every source (see the merge rule in the docs). Raises
    ``egovkit.errors.UnknownRegionError`` for a region name that cannot be resolved,
    ``AmbiguousRegionError`` for one several regions share, ``ArgumentError`` for an unknown
    category or status and ``DateParseError`` for a bound that is not a date.
    """
    code = _code(region)[0] if region is not None else None
    bounds = (_date_bound(between[0]), _date_bound(between[1])) if between is not None else None
    if bounds is not None and bounds[0] is not None and bounds[1] is not None:
        lo = FuzzyDate(year=bounds[0]) if isinstance(bounds[0], int) else bounds[0]
        hi = FuzzyDate(year=bounds[1]) if isinstance(bounds[1], int) else bounds[1]
        if lo.earliest() > hi.latest():
            raise ArgumentError("between", between, reason=f"between: the start {lo} is after the end {hi}")
    built = build_timeline(
        iter_documents(documents, date=date),
        region=code,
        include_subregions=include_subregions,
        categories=categories,
        status=status,
        between=bounds,
    )
    return _with_region_names(built)


def _with_region_names(tl: Timeline) -> Timeline:
    """Name the regions no document named (a code a milestone got from its context)."""
    from .parse.regions import region_by_code

    entries = []
    for e in tl.entries:
        if e.region and not e.region_name:
            known = region_by_code(e.region) if e.region != "CN" else None
            name = known.name if known else ("中国" if e.region == "CN" else None)
            e = e.model_copy(update={"region_name": name}) if name else e
        entries.append(e)
    return Timeline(entries=tuple(entries))


def compare(
    documents: Inputs,
    *,
    regions: Sequence[str] | None = None,
    indicators: Sequence[str] | None = None,
    date: Reference = None,
) -> Comparison:
    """Lay regions side by side: indicators (latest value, units reconciled, per capita where
    the population is known), networks by kind, first and latest milestone per category,
    plans with their periods. Missing values are explicit (``None``).

    Args:
        documents: parsed Documents, or paths, directories or globs to parse.
        date: the date of the documents parsed here from paths, as ``egovkit.parse(date=)``
            takes it: it wins over what they say, and 今年 resolves against it. Documents
            given already parsed are kept as they are.
        regions: codes or names (``["653000", "伊犁州"]``); by default the subject regions of
            the documents, in order of first appearance.
        indicators: indicator names to keep (default: every one found).
    """
    docs = list(iter_documents(documents, date=date))
    names: dict[str, str] = {}
    if regions is None:
        codes = list(dict.fromkeys(r.code for d in docs for r in d.regions[:1] if r.code))
    else:
        codes = []
        for r in regions:
            code, name = _code(r)
            codes.append(code)
            if name:
                names[code] = name
    return build_comparison(docs, codes, names=names, indicators=indicators)


def to_sqlite(
    documents: Inputs,
    path: str | os.PathLike[str],
    *,
    mode: Literal["append", "replace"] = "append",
    date: Reference = None,
) -> Path:
    """Write documents to an SQLite file of normalised tables (documents, regions, plans,
    networks, milestones, indicators, evidence).

    With ``mode="append"`` (the default) an existing file keeps its rows and a document whose
    raw text is already stored is skipped, so running the same export twice stores each
    document once; ``mode="replace"`` empties the tables first. Raises ``ExportError`` when
    ``path`` is a folder, a file that is not an SQLite database, or another program's
    database. ``date`` is the date of the documents parsed here from paths (see ``to_tables``).

    Examples:
        >>> import sqlite3, tempfile, egovkit
        >>> db = egovkit.to_sqlite([egovkit.parse("克州2005年2月建成电子政务内网。")], tempfile.mktemp(suffix=".db"))
        >>> sqlite3.connect(db).execute("SELECT date, category FROM milestones").fetchall()
        [('2005-02', 'network')]
    """
    from .export.sqlite import write_sqlite

    return write_sqlite(iter_documents(documents, date=date), Path(path), mode=mode)


def to_tables(documents: Inputs, *, date: Reference = None) -> Tables:
    """One tidy table per fact kind — ``documents``, ``regions``, ``plans``, ``networks``,
    ``milestones``, ``indicators`` — as plain Python rows (no pandas needed).

    Every fact row names its document, carries its evidence (quote, offsets into the cleaned
    text and the raw input), the region code with its name, and dates as ISO partial strings
    with ``*_earliest``/``*_latest`` days. ``Tables.write("out.xlsx")`` (or ``.csv``,
    ``.parquet``, ``.jsonl``) saves them; ``Tables.to_pandas()`` gives DataFrames.

    Args:
        documents: parsed Documents, or paths, directories or globs to parse.
        date: the date of the documents parsed here from paths, as ``egovkit.parse(date=)``
            takes it: it wins over what they say, and 今年 resolves against it. Documents
            given already parsed are kept as they are.
    """
    from .export.tables import build_tables

    return build_tables(iter_documents(documents, date=date))


def to_frames(documents: Inputs, *, date: Reference = None) -> dict[str, Any]:
    """The tables of ``to_tables`` as pandas DataFrames, kind → DataFrame (needs the
    ``pandas`` extra); ``date`` as for ``to_tables``.

    Examples:
        >>> import egovkit
        >>> frames = egovkit.to_frames([egovkit.parse("克州2005年2月建成电子政务内网。", name="a.txt")])
        >>> frames["milestones"][["document", "date", "region", "category"]].values.tolist()
        [['a.txt', '2005-02', '653000', 'network']]
    """
    return to_tables(documents, date=date).to_pandas()
