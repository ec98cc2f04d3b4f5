"""Regions side by side: indicators, networks, milestones and plans from many documents.

Only ``egovkit.model`` is needed here; ``egovkit.compare`` resolves region names and
parses paths before calling ``build_comparison``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..model import Document, FuzzyDate, Indicator, Milestone, Quantity, Status
from ._codes import within
from ._plot import cjk_font, save_figure

__all__ = ["Comparison", "IndicatorValue", "MilestoneValue", "PlanValue", "build_comparison", "reconcile"]

# units that are one unit scaled: the first of each family is the one values are given in
_UNIT_FAMILIES: tuple[dict[str, float], ...] = (
    {"元": 1, "万元": 1e4, "亿元": 1e8},
    {"人": 1, "万人": 1e4, "名": 1},
    {"户": 1, "万户": 1e4},
    {"Mbps": 1, "Kbps": 1e-3, "Gbps": 1e3, "M": 1, "G": 1e3},
    {"平方公里": 1, "万平方公里": 1e4},
    {"公里": 1, "芯公里": 1, "皮长公里": 1},
)
# indicators that grow with the number of people, so that a value per person compares regions
_PER_CAPITA = {
    "funds",
    "trained_people",
    "staff",
    "website_visits",
    "internet_users",
    "broadband_users",
    "mobile_users",
    "fixed_phone_users",
    "tv_users",
    "digital_tv_users",
    "meeting_attendance",
}


def reconcile(q: Quantity) -> Quantity:
    """``q`` in its family's base unit: 600万元 → 6000000 元, 1 Gbps → 1000 Mbps.

    Examples:
        >>> str(reconcile(Quantity(value=600, unit="万元")))
        '6000000 元'
    """
    for family in _UNIT_FAMILIES:
        if q.unit in family:
            base = next(iter(family))
            value = q.value * family[q.unit]
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            return q.model_copy(update={"value": value, "unit": base})
    return q


class IndicatorValue(BaseModel):
    """The value a region reports for an indicator, with where it comes from."""

    model_config = ConfigDict(frozen=True)

    quantity: Quantity = Field(description="The value in its family's base unit (元, 人, Mbps …).")
    date: FuzzyDate | None = Field(description="As-of date (or the document's date when not stated).")
    status: Status = Field(description="done or planned.")
    document: str | None = Field(description="The document that states it.")
    quote: str = Field(description="The passage that states it.")
    per_capita: float | None = Field(
        default=None, description="Value per inhabitant, when the population is known."
    )


class MilestoneValue(BaseModel):
    """A milestone picked for a comparison cell (the first or latest of its category)."""

    model_config = ConfigDict(frozen=True)

    date: FuzzyDate = Field(description="When.")
    event: str = Field(description="What.")
    status: Status = Field(description="done or planned.")
    document: str | None = Field(description="The document that states it.")


class PlanValue(BaseModel):
    """A plan governing a region, with its period."""

    model_config = ConfigDict(frozen=True)

    title: str = Field(description="The plan's title.")
    kind: str | None = Field(description="plan, guide, regulation, report, notice.")
    period: tuple[int, int] | None = Field(description="First and last year, if it has a span.")
    document: str | None = Field(description="The document that names it.")


class Comparison(BaseModel):
    """Regions side by side. Every table has one key per region; a missing value is ``None``
    (or an empty list), never left out."""

    model_config = ConfigDict(frozen=True)

    regions: tuple[str, ...] = Field(description="Codes of the compared regions, in order.")
    names: dict[str, str] = Field(description="Code -> name of each region.")
    population: dict[str, float | None] = Field(description="Code -> population used for per-capita values.")
    indicators: dict[str, dict[str, IndicatorValue | None]] = Field(
        description="Indicator name -> code -> its latest done value (else latest planned)."
    )
    networks: dict[str, dict[str, list[str]]] = Field(description="Network kind -> code -> names.")
    milestones: dict[str, dict[str, tuple[MilestoneValue | None, MilestoneValue | None]]] = Field(
        description="Category -> code -> (first, latest) milestone."
    )
    plans: dict[str, list[PlanValue]] = Field(description="Code -> plans that govern the region.")
    units: dict[str, str] = Field(
        default_factory=dict, description="Indicator name -> the unit its values are compared in."
    )

    def _label(self, code: str) -> str:
        return f"{self.names.get(code) or code} ({code})"

    def to_json(self, *, indent: int | None = 2) -> str:
        """The whole comparison as JSON."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """Tables: indicators (with per-capita values), networks, first/latest milestones, plans."""
        head = "| | " + " | ".join(self._label(c) for c in self.regions) + " |"
        rule = "|---|" + "---|" * len(self.regions)
        out = ["## Indicators", "", head, rule]
        for name, cells in self.indicators.items():
            row = []
            for c in self.regions:
                v = cells.get(c)
                if v is None:
                    row.append("—")
                    continue
                s = f"{v.quantity}"
                if v.date:
                    s += f" ({v.date})"
                if v.status is Status.PLANNED:
                    s += " target"
                if v.per_capita is not None:
                    s += f"; {v.per_capita:.4g} per person"
                row.append(s)
            out.append(f"| {name} | " + " | ".join(row) + " |")
        out += ["", "## Networks", "", head, rule]
        for kind, net_cells in self.networks.items():
            out.append(
                f"| {kind} | "
                + " | ".join(", ".join(net_cells.get(c, [])) or "—" for c in self.regions)
                + " |"
            )
        out += ["", "## Milestones (first · latest)", "", head, rule]
        for cat, ms_cells in self.milestones.items():
            row = []
            for c in self.regions:
                first, last = ms_cells.get(c, (None, None))
                row.append(
                    "—"
                    if first is None
                    else f"{first.date} {first.event[:24]}"
                    + ("" if last is None or last == first else f" · {last.date} {last.event[:24]}")
                )
            out.append(f"| {cat} | " + " | ".join(row) + " |")
        out += ["", "## Plans", ""]
        for c in self.regions:
            plans = self.plans.get(c, [])
            out.append(
                f"- **{self._label(c)}**: "
                + (
                    "; ".join(
                        f"《{p.title}》" + (f" {p.period[0]}–{p.period[1]}" if p.period else "")
                        for p in plans
                    )
                    or "—"
                )
            )
        return "\n".join(out) + "\n"

    def to_frame(self) -> Any:
        """Indicators as a DataFrame: one row per indicator, one column per region (base units);
        missing values are NaN. Needs the ``pandas`` extra."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("Comparison.to_frame needs pandas: pip install 'egovkit[pandas]'") from exc
        data = {
            self._label(c): {
                name: (_float(v.quantity.value) if (v := cells.get(c)) is not None else None) or float("nan")
                for name, cells in self.indicators.items()
            }
            for c in self.regions
        }
        return pd.DataFrame(data)

    def plot(self, path: str | Path, *, indicators: Sequence[str] | None = None) -> Path:
        """A grouped bar chart PNG: per indicator, one bar per region, scaled to the largest
        value of that indicator (each bar labelled with its value). Needs the ``plot`` extra."""
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        font = cjk_font()
        if indicators is None:  # by default the indicators that at least two regions report
            shared = [
                n for n, cells in self.indicators.items() if sum(v is not None for v in cells.values()) > 1
            ]
            names = shared or list(self.indicators)
        else:
            names = [n for n in indicators if n in self.indicators]
        fig, ax = plt.subplots(figsize=(min(16, max(6, 0.9 * len(names) * max(1, len(self.regions)))), 4.8))
        width = 0.8 / max(1, len(self.regions))
        for j, code in enumerate(self.regions):
            label = (self.names.get(code) or code) if font else code
            labelled = False  # one legend entry per region, on its first bar
            for i, name in enumerate(names):
                cells = {
                    c: v
                    for c, v in self.indicators[name].items()
                    if v is not None and v.quantity.unit == self.units.get(name, v.quantity.unit)
                }
                values = [x for v in cells.values() if (x := _float(v.quantity.value)) is not None]
                top = max(values) if values else 0.0
                v = cells.get(code)
                x = i + (j - (len(self.regions) - 1) / 2) * width
                if v is None or not top:  # not reported, or in another unit
                    ax.text(x, 0.02, "n/a", ha="center", fontsize=7, rotation=90)
                    continue
                share = (_float(v.quantity.value) or 0.0) / top
                labelled, first = True, not labelled
                ax.bar(
                    x,
                    share,
                    width,
                    color=f"C{j}",
                    label=label if first else None,
                )
                ax.text(
                    x,
                    share + 0.02,
                    f"{v.quantity.value:g} {v.quantity.unit}",
                    ha="center",
                    fontsize=7,
                    rotation=90,
                    fontproperties=font,
                )
        ax.set_xticks(range(len(names)), names, rotation=30, ha="right")
        ax.set_ylim(0, 1.45)
        ax.set_ylabel("share of the largest value")
        handles, labels = ax.get_legend_handles_labels()
        if handles:
            ax.legend(handles, labels, prop=font, loc="upper right")
        return save_figure(fig, path)


def _float(value: object) -> float | None:
    """A value as a float, or None beyond float range (a 400-digit number in a text)."""
    try:
        out = float(value)  # type: ignore[arg-type]
    except (OverflowError, TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def _latest(values: list[tuple[Indicator, Document]]) -> tuple[Indicator, Document] | None:
    done = [v for v in values if v[0].status is Status.DONE] or values
    if not done:
        return None

    def key(v: tuple[Indicator, Document]) -> tuple[Any, ...]:
        d = v[0].date or v[1].date
        return d.sort_key() if d is not None else (FuzzyDate(year=1).sort_key())

    return max(done, key=key)


def build_comparison(
    documents: Iterable[Document],
    regions: Sequence[str],
    *,
    names: dict[str, str] | None = None,
    indicators: Sequence[str] | None = None,
) -> Comparison:
    """Lay ``regions`` (codes) side by side from ``documents`` (see ``egovkit.compare``)."""
    docs = list(documents)
    codes = list(dict.fromkeys(regions))
    label = dict(names or {})
    found: dict[str, dict[str, list[tuple[Indicator, Document]]]] = {}
    nets: dict[str, dict[str, list[str]]] = {}
    ms: dict[str, dict[str, list[tuple[Milestone, Document]]]] = {}
    plans: dict[str, list[PlanValue]] = {c: [] for c in codes}
    population: dict[str, float | None] = dict.fromkeys(codes)
    for doc in docs:
        for r in (*doc.regions, *doc.mentioned_regions):
            if r.code in codes and r.name:
                label.setdefault(r.code, r.name)
            if r.code in codes and r.population is not None and population[r.code] is None:
                population[r.code] = _float(reconcile(r.population).value)
        for ind in doc.indicators:
            if ind.region in codes and (indicators is None or ind.name in indicators):
                found.setdefault(ind.name, {}).setdefault(ind.region, []).append((ind, doc))
        for n in doc.networks:
            code = _owner(n.region, codes)
            if code is not None:
                kind = n.kind.value if n.kind else "unspecified"
                names_ = nets.setdefault(kind, {}).setdefault(code, [])
                if n.name and n.name not in names_:
                    names_.append(n.name)
        for m in doc.milestones:
            code = _owner(m.region, codes)
            if code is not None:
                ms.setdefault(m.category.value, {}).setdefault(code, []).append((m, doc))
        for p in doc.plans:
            code = _owner(p.region, codes)
            if code is not None and all(x.title != p.title for x in plans[code]):
                period = (p.period.start_year, p.period.end_year) if p.period else None
                plans[code].append(
                    PlanValue(
                        title=p.title, kind=p.kind.value if p.kind else None, period=period, document=doc.name
                    )
                )
    for code in codes:
        reported = found.get("population", {}).get(code)
        if population[code] is None and reported:
            best = _latest(reported)
            population[code] = _float(reconcile(best[0].quantity).value) if best else None
    table: dict[str, dict[str, IndicatorValue | None]] = {}
    units: dict[str, str] = {}
    for name in sorted(
        found, key=lambda n: (indicators.index(n) if indicators and n in indicators else 0, n)
    ):
        row: dict[str, IndicatorValue | None] = {}
        # compare in the unit most values share (56家 and 8县 are not one scale)
        counts = Counter(reconcile(i.quantity).unit for v in found[name].values() for i, _ in v)
        unit = units[name] = counts.most_common(1)[0][0]
        for code in codes:
            values = found[name].get(code, [])
            best = _latest([v for v in values if reconcile(v[0].quantity).unit == unit] or values)
            if best is None:
                row[code] = None
                continue
            ind, doc = best
            q = reconcile(ind.quantity)
            people = population[code]
            value = _float(q.value)
            per = value / people if value is not None and people and name in _PER_CAPITA else None
            row[code] = IndicatorValue(
                quantity=q,
                date=ind.date or doc.date,
                status=ind.status,
                document=doc.name,
                quote=ind.evidence.quote,
                per_capita=per,
            )
        table[name] = row
    milestones = {
        cat: {code: _first_latest(by_code.get(code, [])) for code in codes}
        for cat, by_code in sorted(ms.items())
    }
    networks = {
        kind: {code: by_code.get(code, []) for code in codes} for kind, by_code in sorted(nets.items())
    }
    return Comparison(
        regions=tuple(codes),
        names={c: label.get(c, c) for c in codes},
        population=population,
        indicators=table,
        networks=networks,
        milestones=milestones,
        plans=plans,
        units=units,
    )


def _owner(region: str | None, codes: Sequence[str]) -> str | None:
    """The compared region a fact's region lies in (the most specific one), if any."""
    if region is None:
        return None
    inside = [c for c in codes if within(region, c)]
    return max(inside, key=lambda c: 0 if c == "CN" else len(c.rstrip("0")), default=None)


def _first_latest(
    items: list[tuple[Milestone, Document]],
) -> tuple[MilestoneValue | None, MilestoneValue | None]:
    if not items:
        return (None, None)
    ordered = sorted(items, key=lambda x: x[0].date.sort_key())

    def value(x: tuple[Milestone, Document]) -> MilestoneValue:
        return MilestoneValue(date=x[0].date, event=x[0].event, status=x[0].status, document=x[1].name)

    return value(ordered[0]), value(ordered[-1])
