"""One history from many documents: milestones merged, ordered, grouped and exported.

Only ``egovkit.model`` is needed here; region names are resolved to codes by the public
``egovkit.timeline`` before they reach ``build_timeline``.

Order of fuzzy dates: entries sort by ``FuzzyDate.sort_key``, that is by the first day a
date can mean, then by its last day (the narrower first), then precision, qualifier,
``inferred``. So ``2005`` < ``2005-02`` < ``2005年底`` (October–December) < ``2006``, and a
span (``2003/2007``) sorts by its start, after the year ``2003`` itself.
"""

from __future__ import annotations

import csv
import datetime as _dt
import html
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from .._cells import html_table, safe_cell
from ..errors import ArgumentError, DateParseError, MissingExtraError
from ..model import Document, Evidence, FuzzyDate, Milestone, MilestoneCategory, Status
from ._codes import within
from ._plot import cjk_font, font_rc, save_figure

__all__ = ["Timeline", "TimelineEntry", "TimelineSource", "build_timeline", "five_year_period"]

_NUMERALS = "一二三四五六七八九十"


class TimelineSource(BaseModel):
    """One document's report of a timeline entry."""

    model_config = ConfigDict(frozen=True)

    document: str | None = Field(description="The document's name (its file name), if known.")
    title: str | None = Field(default=None, description="The document's title.")
    event: str = Field(description="The clause that states the event in this document.")
    evidence: Evidence = Field(description="Where this document states it.")


class TimelineEntry(BaseModel):
    """An event on the timeline, with every document that reports it."""

    model_config = ConfigDict(frozen=True)

    date: FuzzyDate = Field(description="When it happened or is due (the most precise report).")
    region: str | None = Field(description="Code of the region where it happened.")
    category: MilestoneCategory = Field(description="What it is about.")
    status: Status = Field(description="done or planned.")
    event: str = Field(description="The event, as its first source states it.")
    sources: tuple[TimelineSource, ...] = Field(description="The documents that report it.")
    region_name: str | None = Field(default=None, description="The name of the region, when known.")

    @property
    def year(self) -> int:
        """The year the entry starts in."""
        return self.date.year


class Timeline(BaseModel):
    """Milestones of many documents, merged and in date order; iterate it for the entries."""

    model_config = ConfigDict(frozen=True)

    entries: tuple[TimelineEntry, ...] = Field(default=(), description="The entries, in date order.")

    def __iter__(self) -> Iterator[TimelineEntry]:  # type: ignore[override]
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, i: int) -> TimelineEntry:
        return self.entries[i]

    def by_year(self) -> dict[int, list[TimelineEntry]]:
        """Entries grouped by the year they start in, years ascending."""
        out: dict[int, list[TimelineEntry]] = {}
        for e in self.entries:
            out.setdefault(e.year, []).append(e)
        return out

    def by_period(self) -> dict[str, list[TimelineEntry]]:
        """Entries grouped by five-year plan period (``十一五 2006–2010``), in order."""
        out: dict[str, list[TimelineEntry]] = {}
        for e in self.entries:
            out.setdefault(five_year_period(e.year), []).append(e)
        return out

    # ---- exports -----------------------------------------------------------------------

    def records(self) -> list[dict[str, Any]]:
        """One flat dict per entry (date, region, category, status, event, documents)."""
        return [
            {
                "date": e.date.iso,
                "qualifier": e.date.qualifier.value if e.date.qualifier else None,
                "inferred": e.date.inferred,
                "region": e.region,
                "region_name": e.region_name,
                "category": e.category.value,
                "status": e.status.value,
                "event": e.event,
                "documents": [s.document for s in e.sources],
                "quotes": [s.evidence.quote for s in e.sources],
            }
            for e in self.entries
        ]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The entries as a JSON array (Chinese kept as is)."""
        return json.dumps(self.records(), ensure_ascii=False, indent=indent)

    def to_csv(self, path: str | Path | None = None) -> str:
        """The entries as CSV (documents and quotes joined by `` | ``); written to ``path`` if given.

        A text cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) gets
        a leading apostrophe."""
        buf = io.StringIO()
        fields = [
            "date",
            "qualifier",
            "inferred",
            "region",
            "region_name",
            "category",
            "status",
            "event",
            "documents",
            "quotes",
        ]
        w = csv.DictWriter(buf, fieldnames=fields)
        w.writeheader()
        for r in self.records():
            row = {
                **r,
                "documents": " | ".join(d or "" for d in r["documents"]),
                "quotes": " | ".join(r["quotes"]),
            }
            w.writerow({k: safe_cell(v) for k, v in row.items()})
        text = buf.getvalue()
        if path is not None:
            Path(path).write_text(text, encoding="utf-8-sig")  # with BOM: Excel reads it as UTF-8
        return text

    def to_markdown(self, *, group: str = "year") -> str:
        """A Markdown history: a heading per year (``group="year"``) or per five-year plan
        period (``group="period"``), a bullet per entry with its sources."""
        if group not in ("year", "period"):
            raise ValueError(f"group must be 'year' or 'period', not {group!r}")
        groups: dict[Any, list[TimelineEntry]] = self.by_year() if group == "year" else self.by_period()
        lines: list[str] = []
        for key, entries in groups.items():
            lines += [f"## {key}", ""]
            for e in entries:
                where = (
                    f" ({e.region_name} {e.region})"
                    if e.region_name
                    else f" ({e.region})"
                    if e.region
                    else ""
                )
                planned = " *(planned)*" if e.status is Status.PLANNED else ""
                docs = ", ".join(sorted({s.document or "?" for s in e.sources}))
                # the inferred mark stays outside the bold, escaped: "**2008 (by)***" is not Markdown
                shown = str(e.date).removesuffix("*") if e.date.inferred else str(e.date)
                star = "\\*" if e.date.inferred else ""
                lines.append(f"- **{shown}**{star}{where} [{e.category.value}]{planned} {e.event} — {docs}")
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"

    def to_timelinejs(self, *, title: str | None = None) -> dict[str, Any]:
        """A TimelineJS3 JSON object: ``{"title": …, "events": [...]}`` with one event per entry."""

        def tl_date(d: FuzzyDate) -> dict[str, int]:
            out = {"year": d.year}
            if d.month:
                out["month"] = d.month
            if d.day:
                out["day"] = d.day
            return out

        events = []
        for e in self.entries:
            ev: dict[str, Any] = {
                "start_date": tl_date(e.date),
                "text": {  # TimelineJS reads both as HTML: the texts are escaped
                    "headline": html.escape(e.event[:60]),
                    "text": "<br>".join(
                        html.escape(f"{s.document or ''}: {s.evidence.quote}") for s in e.sources
                    ),
                },
                "group": e.category.value,
                "display_date": str(e.date),
            }
            if e.date.end is not None:
                ev["end_date"] = tl_date(e.date.end)
            events.append(ev)
        out: dict[str, Any] = {"events": events}
        if title:
            out["title"] = {"text": {"headline": html.escape(title)}}
        return out

    def _repr_html_(self, limit: int = 200) -> str:
        """The table a Jupyter notebook shows: one row per entry (the first ``limit``)."""
        rows = [
            (
                e.date,
                f"{e.region_name} ({e.region})" if e.region_name else e.region,
                e.category.value,
                e.status.value,
                e.event[:80],
                ", ".join(sorted({s.document or "?" for s in e.sources})),
            )
            for e in self.entries[:limit]
        ]
        head = ["date", "region", "category", "status", "event", "documents"]
        return (
            f"<div class='egovkit-timeline'><strong>Timeline: {len(self.entries)} entries</strong>"
            + html_table(head, rows, len(self.entries) - limit)
            + "</div>"
        )

    def to_frame(self) -> Any:
        """The entries as a pandas DataFrame (needs the ``pandas`` extra)."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise MissingExtraError("pandas", "pandas", "pandas", feature="Timeline.to_frame") from exc
        return pd.DataFrame(self.records())

    def plot(
        self, path: str | Path, *, title: str | None = None, max_label: int = 24, max_entries: int = 500
    ) -> Path:
        """Draw the timeline to a PNG, one row per entry in date order: the row is labelled on
        the left with its date and event, a dot marks the date on the time axis (hollow when
        planned; a bar for a span), coloured by category. Rows never overlap however many
        events a year holds; the figure grows with the entries (at most ``max_entries``, the
        earliest, with the title saying so). Needs the ``plot`` extra (matplotlib).

        Chinese labels use a CJK font when one is installed; otherwise the labels fall back to
        the date and category (readable, without the event text) and a warning says so.
        """
        try:
            import matplotlib
        except ImportError as exc:
            raise MissingExtraError("plot", "plot", "matplotlib", feature="Timeline.plot") from exc

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        font = cjk_font()
        with plt.rc_context(font_rc(font)):  # type: ignore[arg-type]
            return self._draw(Path(path), title, max_label, max_entries, font)

    def _draw(self, path: Path, title: str | None, max_label: int, max_entries: int, font: Any) -> Path:
        import matplotlib.pyplot as plt
        from matplotlib.lines import Line2D
        from matplotlib.ticker import MaxNLocator

        shown = list(self.entries[: max(1, max_entries)])
        cats = sorted({e.category.value for e in shown}) or ["other"]
        n = max(1, len(shown))
        fig, ax = plt.subplots(figsize=(11, 1.6 + 0.24 * n))

        def year_of(d: _dt.date) -> float:
            return d.year + (d.timetuple().tm_yday - 1) / 366

        labels = []
        for row, e in enumerate(shown):
            color = f"C{cats.index(e.category.value) % 10}"
            start, end = year_of(e.date.earliest()), year_of(e.date.latest()) + 1 / 366
            ax.plot(
                [start, end], [row, row], "-", color=color, alpha=0.35, linewidth=4, solid_capstyle="butt"
            )
            filled = e.status is Status.DONE
            ax.plot(
                [start], [row], "o", color=color, markerfacecolor=color if filled else "white", markersize=5
            )
            text = e.event if font else e.category.value
            text = text if len(text) <= max_label else text[: max_label - 1] + "…"
            labels.append(f"{e.date}  {text}")
        ax.set_yticks(range(len(shown)), labels, fontsize=8)
        ax.set_ylim(n - 0.5, -0.5)  # the earliest on top
        years = [e.date.earliest().year for e in shown] + [e.date.latest().year for e in shown]
        lo, hi = (min(years), max(years) + 1) if years else (2000, 2001)
        ax.set_xlim(lo - 0.3, hi + 0.3)
        for y in range(lo, hi + 1):
            if y % 2 == 0:
                ax.axvspan(y, y + 1, color="0.94", zorder=0)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(axis="x", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        ax.set_xlabel("year (hollow: planned)")
        handles = [
            Line2D([], [], marker="o", linestyle="", color=f"C{i % 10}", label=c) for i, c in enumerate(cats)
        ]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
        heading = title if font else (re.sub(r"[^\x00-\x7f]+", "", title or "").strip() or None)
        if len(self.entries) > len(shown):
            heading = f"{heading or 'timeline'} (the first {len(shown)} of {len(self.entries)} entries)"
        if heading:
            ax.set_title(heading, fontproperties=font)
        return save_figure(fig, path)


def five_year_period(year: int) -> str:
    """The five-year plan period a year falls in: ``十一五 2006–2010``.

    The first two plans ran 1953–57 and 1958–62; 1963–65 was a period of readjustment; the
    third plan began in 1966, and each later one five years after the one before.

    Examples:
        >>> five_year_period(2008)
        '十一五 2006–2010'
    """
    if year < 1953:
        return "before 1953"
    if year <= 1962:
        n = 1 if year <= 1957 else 2
        start = 1953 if n == 1 else 1958
    elif year <= 1965:
        return "1963–1965"
    else:
        n = 3 + (year - 1966) // 5
        start = 1966 + 5 * (n - 3)
    return f"{_numeral(n)}五 {start}–{start + 4}"


def _numeral(n: int) -> str:
    if n <= 10:
        return _NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _NUMERALS[tens - 1]) + "十" + (_NUMERALS[ones - 1] if ones else "")


# ---- building ------------------------------------------------------------------------------


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[\W\d年月日]", "", s)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _within(a: FuzzyDate, b: FuzzyDate) -> bool:
    return b.earliest() <= a.earliest() and a.latest() <= b.latest()


def _same_event(a: Milestone, b: TimelineEntry, shared: int, na: int, nb: int) -> bool:
    """Whether milestone ``a`` of another document reports entry ``b`` — the merge rule
    (``build_timeline`` also never merges two milestones of one document, and only compares
    entries of the same year and category whose events share a character pair):

    1. one date refines the other: the days one can mean lie within the other's (``2005``
       holds ``2005-02``; ``2005年底``, October to December, does not);
    2. the same region, or one unknown; 3. the same category;
    4. the events share at least half of the character pairs of the shorter one (``shared``
       of ``na`` and ``nb``).
    """
    da, db = a.date, b.date
    if not (_within(da, db) or _within(db, da)):
        return False
    if a.region and b.region and a.region != b.region:
        return False
    if a.category != b.category:
        return False
    return bool(na and nb) and shared / min(na, nb) >= 0.5


def _precision(d: FuzzyDate) -> int:
    return {"year": 0, "month": 1, "day": 2}[d.precision]


def build_timeline(
    documents: Iterable[Document],
    *,
    region: str | None = None,
    include_subregions: bool = True,
    categories: Sequence[MilestoneCategory | str] | None = None,
    status: Status | str | None = None,
    between: tuple[FuzzyDate | int | str | None, FuzzyDate | int | str | None] | None = None,
) -> Timeline:
    """Merge the milestones of ``documents`` into one ``Timeline`` (see ``egovkit.timeline``)."""
    if isinstance(categories, str):
        categories = [categories]
    cats = (
        {_member(MilestoneCategory, c, "categories") for c in categories} if categories is not None else None
    )
    want = _member(Status, status, "status") if status is not None else None
    lo, hi = (_bound(between[0]), _bound(between[1])) if between else (None, None)
    entries: list[TimelineEntry] = []
    # entries by (year, category), each with an index of its events' character pairs, so a
    # milestone is compared only with entries sharing a pair: linear in practice, not n²
    index: dict[tuple[int, MilestoneCategory], dict[str, list[int]]] = {}
    sizes: list[int] = []  # per entry, how many character pairs its event has
    names: dict[str, str] = {}
    cited: list[set[int]] = []  # per entry, the documents (by position) it already cites
    for n_doc, doc in enumerate(documents):
        for r in (*doc.regions, *doc.mentioned_regions):
            if r.code and r.name:
                names.setdefault(r.code, r.name)
        for m in doc.milestones:
            if region is not None and not (
                m.region == region
                or (include_subregions and m.region is not None and within(m.region, region))
            ):
                continue
            if (cats is not None and m.category not in cats) or (want is not None and m.status is not want):
                continue
            if (lo is not None and m.date.latest() < lo.earliest()) or (
                hi is not None and m.date.earliest() > hi.latest()
            ):
                continue
            src = TimelineSource(document=doc.name, title=doc.title, event=m.event, evidence=m.evidence)
            pairs = _bigrams(m.event)
            bucket = index.setdefault((m.date.year, m.category), {})
            shared: dict[int, int] = {}
            for g in pairs:
                for i in bucket.get(g, ()):
                    shared[i] = shared.get(i, 0) + 1
            n_pairs = len(pairs)
            for i in sorted(i for i, k in shared.items() if 2 * k >= min(n_pairs, sizes[i])):
                e = entries[i]
                if n_doc not in cited[i] and _same_event(m, e, shared[i], n_pairs, sizes[i]):
                    cited[i].add(n_doc)
                    better = _precision(m.date) > _precision(e.date)
                    entries[i] = e.model_copy(
                        update={
                            "sources": (*e.sources, src),
                            "date": m.date if better else e.date,
                            "region": e.region or m.region,
                        }
                    )
                    break
            else:
                for g in pairs:
                    bucket.setdefault(g, []).append(len(entries))
                sizes.append(len(pairs))
                cited.append({n_doc})
                entries.append(
                    TimelineEntry(
                        date=m.date,
                        region=m.region,
                        category=m.category,
                        status=m.status,
                        event=m.event,
                        sources=(src,),
                    )
                )
    entries = [
        e.model_copy(update={"region_name": names[e.region]}) if e.region in names else e for e in entries
    ]
    entries.sort(key=lambda e: (e.date.sort_key(), e.region or "", e.event))
    return Timeline(entries=tuple(entries))


_E = TypeVar("_E", MilestoneCategory, Status)


def _member(enum: type[_E], value: object, name: str) -> _E:
    """``value`` as a member of ``enum``, or an ArgumentError listing the members."""
    try:
        return enum(value)
    except ValueError:
        raise ArgumentError(name, value, tuple(m.value for m in enum)) from None


def _bound(value: FuzzyDate | int | str | None) -> FuzzyDate | None:
    """A bound of ``between``: a FuzzyDate, a year, or an ISO partial date (``2005-02``)."""
    if value is None or isinstance(value, FuzzyDate):
        return value
    try:
        if isinstance(value, int) and not isinstance(value, bool):
            return FuzzyDate(year=value)
        if isinstance(value, str):
            return FuzzyDate.from_iso(value)
    except ValueError:  # pydantic's ValidationError is one: 2005-13, year 0
        pass
    raise DateParseError(str(value), "between: not a year or an ISO partial date (2005, 2005-02)")
