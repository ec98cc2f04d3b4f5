"""The analysis entry points users call: paths parsed, region names resolved, then the
model-only builders of ``egovkit.analysis`` and ``egovkit.export`` do the work."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ._inputs import Inputs, iter_documents
from .analysis.compare import Comparison, build_comparison
from .analysis.timeline import Timeline, build_timeline
from .errors import UnknownRegionError
from .model import FuzzyDate, MilestoneCategory, Status

__all__ = ["compare", "timeline", "to_sqlite"]


def _code(region: str) -> tuple[str, str | None]:
    """A region argument (code or name) as (code, name)."""
    from .parse.regions import region_by_code, resolve_region

    if region == "CN":
        return "CN", "中国"
    if region.isdigit() and len(region) == 6:
        known = region_by_code(region)
        return region, known.name if known else None
    found = resolve_region(region)
    if found is None or found.code is None:
        raise UnknownRegionError(region)
    return found.code, found.name


def timeline(
    documents: Inputs,
    *,
    region: str | None = None,
    include_subregions: bool = True,
    categories: Sequence[MilestoneCategory | str] | None = None,
    status: Status | str | None = None,
    between: tuple[FuzzyDate | int | str | None, FuzzyDate | int | str | None] | None = None,
) -> Timeline:
    """Merge the milestones of many documents into one ``Timeline``, in date order.

    Args:
        documents: parsed Documents, or paths, directories or globs to parse.
        region: keep events of this region (a code such as ``"650000"`` or a name such as
            ``"新疆"``); with ``include_subregions`` also those of regions inside it.
        categories: keep only these milestone categories (``"network"``, ``"website"`` …).
        status: keep only ``"done"`` or ``"planned"`` events.
        between: keep events overlapping ``(start, end)``; each bound a year, an ISO partial
            date or a FuzzyDate, ``None`` for open.

    The same event reported by several documents (same date, or one a refinement of the
    other; same region; same category; events sharing most of their words) becomes one entry
    listing every source. Raises ``egovkit.errors.UnknownRegionError`` for a region
    name that cannot be resolved.
    """
    code = _code(region)[0] if region is not None else None
    return build_timeline(
        iter_documents(documents),
        region=code,
        include_subregions=include_subregions,
        categories=categories,
        status=status,
        between=between,
    )


def compare(
    documents: Inputs,
    *,
    regions: Sequence[str] | None = None,
    indicators: Sequence[str] | None = None,
) -> Comparison:
    """Lay regions side by side: indicators (latest value, units reconciled, per capita where
    the population is known), networks by kind, first and latest milestone per category,
    plans with their periods. Missing values are explicit (``None``).

    Args:
        documents: parsed Documents, or paths, directories or globs to parse.
        regions: codes or names (``["653000", "伊犁州"]``); by default the subject regions of
            the documents, in order of first appearance.
        indicators: indicator names to keep (default: every one found).
    """
    docs = list(iter_documents(documents))
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


def to_sqlite(documents: Inputs, path: str | os.PathLike[str]) -> Path:
    """Write documents to an SQLite file of normalised tables (documents, regions, plans,
    networks, milestones, indicators, evidence); appends when the file exists.

    Examples:
        >>> import sqlite3, tempfile, egovkit
        >>> db = egovkit.to_sqlite([egovkit.parse("克州2005年2月建成电子政务内网。")], tempfile.mktemp(suffix=".db"))
        >>> sqlite3.connect(db).execute("SELECT date, category FROM milestones").fetchall()
        [('2005-02', 'network')]
    """
    from .export.sqlite import write_sqlite

    return write_sqlite(iter_documents(documents), Path(path))
