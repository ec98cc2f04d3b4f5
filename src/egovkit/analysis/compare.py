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

from .._cells import html_table
from ..errors import MissingExtraError
from ..model import Document, FuzzyDate, Indicator, Milestone, Quantity, Status
from ..model.plausibility import plausible_region_fact
from ._codes import within
from ._plot import cjk_font, font_rc, save_figure

__all__ = ["Comparison", "IndicatorValue", "MilestoneValue", "PlanValue", "build_comparison", "reconcile"]

# units that are one unit scaled: the first of each family is the one values are given in
_UNIT_FAMILIES: tuple[dict[str, float], ...] = (
    {"元": 1, "万元": 1e4, "亿元": 1e8},
    {"人": 1, "万人": 1e4, "名": 1},
    {"户": 1, "万户": 1e4},
    {"Mbps": 1, "Kbps": 1e-3, "Gbps": 1e3, "M": 1, "G": 1e3},
    {"平方公里": 1, "万平方公里": 1e4},
    # 芯公里 (fibre-core km: km times cores) and 皮长公里 (cable-sheath km) measure other things
    {"公里": 1, "千米": 1},
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

    def _repr_html_(self) -> str:
        """The tables a Jupyter notebook shows: indicators and first/latest milestones per region."""
        head = ["", *(self._label(c) for c in self.regions)]

        def value(v: IndicatorValue | None) -> str:
            if v is None:
                return "—"
            extra = f" ({v.date})" if v.date else ""
            return f"{v.quantity}{extra}" + (" target" if v.status is Status.PLANNED else "")

        indicators = [
            [name, *(value(cells.get(c)) for c in self.regions)] for name, cells in self.indicators.items()
        ]
        milestones = [
            [
                cat,
                *(
                    f"{f.date} {f.event[:30]}" if (f := cells.get(c, (None, None))[0]) else "—"
                    for c in self.regions
                ),
            ]
            for cat, cells in self.milestones.items()
        ]
        return (
            "<div class='egovkit-comparison'><strong>Indicators</strong>"
            + html_table(head, indicators)
            + "<strong>First milestone per category</strong>"
            + html_table(head, milestones)
            + "</div>"
        )

    def to_frame(self) -> Any:
        """Indicators as a DataFrame: one row per indicator, one column per region (base units);
        missing values are NaN. Needs the ``pandas`` extra."""
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise MissingExtraError("pandas", "pandas", "pandas", feature="Comparison.to_frame") from exc
        data = {
            self._label(c): {
                name: (_float(v.quantity.value) if (v := cells.get(c)) is not None else None) or float("nan")
                for name, cells in self.indicators.items()
            }
            for c in self.regions
        }
        return pd.DataFrame(data)

    def plot(self, path: str | Path, *, indicators: Sequence[str] | None = None) -> Path:
        """Small multiples as a PNG: one panel per indicator, one bar per region, each panel
        on its own axis in the indicator's unit starting at zero (bars labelled with their
        value; "n/a" where a region reports none). Needs the ``plot`` extra (matplotlib)."""
        try:
            import matplotlib
        except ImportError as exc:
            raise MissingExtraError("plot", "plot", "matplotlib", feature="Comparison.plot") from exc

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        font = cjk_font()
        if indicators is None:  # by default the indicators that at least two regions report
            shared = [
                n for n, cells in self.indicators.items() if sum(v is not None for v in cells.values()) > 1
            ]
            names = shared or list(self.indicators)
        else:
            names = [n for n in self.indicators if any(n == i or n.startswith(f"{i} ") for i in indicators)]
        with plt.rc_context(font_rc(font)):  # type: ignore[arg-type]
            return self._draw(path, names, font)

    def _draw(self, path: str | Path, names: list[str], font: Any) -> Path:
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter

        cols = max(1, min(3, len(names)))
        rows = max(1, math.ceil(len(names) / cols))
        fig_w = max(5.5, max(2.2, 0.7 * len(self.regions) + 1.2) * cols)
        per_row = max(1, min(len(self.regions), int(fig_w // 3)))
        legend_h = 0.28 * math.ceil(len(self.regions) / per_row) + 0.2
        fig_h = 2.9 * rows + 0.4 + legend_h
        fig, axes = plt.subplots(rows, cols, figsize=(fig_w, fig_h), squeeze=False)
        labels = [(self.names.get(c) or c) if font else c for c in self.regions]
        for k, ax in enumerate(axes.flat):
            if k >= len(names):
                ax.axis("off")
                continue
            name = names[k]
            unit = self.units.get(name, "")
            values = []
            for c in self.regions:
                v = self.indicators[name].get(c)
                values.append(_float(v.quantity.value) if v is not None else None)
            top = max((x for x in values if x is not None), default=0.0)
            for j, x in enumerate(values):
                if x is None:
                    ax.text(
                        j,
                        0.01,
                        "n/a",
                        ha="center",
                        va="bottom",
                        fontsize=7,
                        color="0.4",
                        transform=ax.get_xaxis_transform(),
                    )
                    continue
                ax.bar(j, x, 0.7, color=f"C{j % 10}")
                ax.text(j, x, _short(x), ha="center", va="bottom", fontsize=7, fontproperties=font)
            low = min((x for x in values if x is not None and x > 0), default=0.0)
            if low and top / low > 1000:  # a country beside a county: a log axis shows both
                ax.set_yscale("log")
                ax.set_ylim(low / 3, top * 4)
            else:
                ax.set_ylim(0, top * 1.18 if top > 0 else 1)
            ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: _short(y)))
            ax.set_xticks(range(len(self.regions)), [c for c in self.regions], fontsize=7)
            ax.set_title(f"{name} ({unit})" if unit else name, fontsize=9, fontproperties=font)
            ax.set_ylabel(unit, fontproperties=font, fontsize=8)
            ax.tick_params(axis="y", labelsize=7)
            ax.spines[["top", "right"]].set_visible(False)
        from matplotlib.patches import Rectangle

        handles = [Rectangle((0, 0), 1, 1, color=f"C{j % 10}") for j in range(len(self.regions))]
        fig.legend(
            handles,
            [f"{label} ({c})" if font else c for label, c in zip(labels, self.regions, strict=True)],
            loc="lower center",
            ncol=per_row,
            prop=font,
            frameon=False,
        )
        return save_figure(fig, path, rect=(0, legend_h / fig_h, 1, 1))


def _short(x: float) -> str:
    """A value as a reader writes it: 2亿, 56万, 18, 0.5 (axis ticks and bar labels)."""
    for size, word in ((1e8, "亿"), (1e4, "万"), (1, "")):
        if abs(x) >= size:
            v = x / size
            return (f"{v:,.0f}" if abs(v) >= 100 else f"{v:.3g}") + word
    return f"{x:.3g}"


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
    label, levels, population = _region_facts(docs, codes, dict(names or {}))
    found, units = _indicator_rows(docs, codes, indicators)
    for code in codes:
        if population[code] is None:
            population[code] = _reported_population(found.get("population", {}).get(code, []), code, levels)
    return Comparison(
        regions=tuple(codes),
        names={c: label.get(c, c) for c in codes},
        population=population,
        indicators=_indicator_table(found, codes, population, indicators),
        networks=_networks(docs, codes),
        milestones=_milestones(docs, codes),
        plans=_plans(docs, codes),
        units=units,
    )


def _region_facts(
    docs: list[Document], codes: list[str], label: dict[str, str]
) -> tuple[dict[str, str], dict[str, str], dict[str, float | None]]:
    """Each region's name, level and stated population, from the first document giving it."""
    levels: dict[str, str] = {}
    population: dict[str, float | None] = dict.fromkeys(codes)
    for doc in docs:
        for r in (*doc.regions, *doc.mentioned_regions):
            if r.code not in codes:
                continue
            if r.name:
                label.setdefault(r.code, r.name)
            levels.setdefault(r.code, r.level.value)
            if r.population is not None and population[r.code] is None:
                population[r.code] = _float(reconcile(r.population).value)
    return label, levels, population


_Found = dict[str, dict[str, list[tuple[Indicator, Document]]]]


def _indicator_rows(
    docs: list[Document], codes: list[str], indicators: Sequence[str] | None
) -> tuple[_Found, dict[str, str]]:
    """Row name → region → every (indicator, document) reporting it, and each row's unit."""
    by_unit: dict[tuple[str, str], dict[str, list[tuple[Indicator, Document]]]] = {}
    for doc in docs:
        for ind in doc.indicators:
            if ind.region in codes and (indicators is None or ind.name in indicators):
                key = (_row_name(ind), reconcile(ind.quantity).unit)
                by_unit.setdefault(key, {}).setdefault(ind.region, []).append((ind, doc))
    # one row per indicator (an ethnic share per group), and per unit when the values are in
    # units that do not convert: 56家 and 8县, 1200芯公里 and 300公里 are not one scale
    # the unit most of its values use keeps the plain name; the others get "name [unit]"
    weight = Counter({key: sum(len(v) for v in cells.values()) for key, cells in by_unit.items()})
    main: dict[str, str] = {}
    for name, unit in sorted(by_unit, key=lambda k: -weight[k]):
        main.setdefault(name, unit)
    found: _Found = {}
    units: dict[str, str] = {}
    for (name, unit), cells in by_unit.items():
        row_name = name if main[name] == unit else f"{name} [{unit}]"
        found[row_name] = cells
        units[row_name] = unit
    return found, units


def _reported_population(
    reported: list[tuple[Indicator, Document]], code: str, levels: dict[str, str]
) -> float | None:
    """The latest population indicator that can be the region's (贫困人口减少1442万人 is no base)."""
    plausible = [
        (i, d)
        for i, d in reported
        if plausible_region_fact(
            levels.get(code, "country" if code == "CN" else None),
            "population",
            float(reconcile(i.quantity).value),
        )
    ]
    best = _latest(plausible) if plausible else None
    return _float(reconcile(best[0].quantity).value) if best else None


def _indicator_table(
    found: _Found, codes: list[str], population: dict[str, float | None], indicators: Sequence[str] | None
) -> dict[str, dict[str, IndicatorValue | None]]:
    """Row → region → its latest value (per capita where the population is known), rows in
    the order of ``indicators`` when given, else by name."""

    def order(row_name: str) -> tuple[int, str]:
        base = next((n for n in indicators or () if row_name.startswith(n)), None)
        return (indicators.index(base) if indicators and base else 0, row_name)

    table: dict[str, dict[str, IndicatorValue | None]] = {}
    for name in sorted(found, key=order):
        row: dict[str, IndicatorValue | None] = {}
        for code in codes:
            best = _latest(found[name].get(code, []))
            if best is None:
                row[code] = None
                continue
            ind, doc = best
            q = reconcile(ind.quantity)
            people = population[code]
            value = _float(q.value)
            per = value / people if value is not None and people and ind.name in _PER_CAPITA else None
            row[code] = IndicatorValue(
                quantity=q,
                date=ind.date or doc.date,
                status=ind.status,
                document=doc.name,
                quote=ind.evidence.quote,
                per_capita=per,
            )
        table[name] = row
    return table


def _networks(docs: list[Document], codes: list[str]) -> dict[str, dict[str, list[str]]]:
    """Network kind → region → the distinct network names."""
    nets: dict[str, dict[str, list[str]]] = {}
    for doc in docs:
        for n in doc.networks:
            code = _owner(n.region, codes)
            if code is not None:
                kind = n.kind.value if n.kind else "unspecified"
                names_ = nets.setdefault(kind, {}).setdefault(code, [])
                if n.name and n.name not in names_:
                    names_.append(n.name)
    return {kind: {code: by_code.get(code, []) for code in codes} for kind, by_code in sorted(nets.items())}


def _milestones(
    docs: list[Document], codes: list[str]
) -> dict[str, dict[str, tuple[MilestoneValue | None, MilestoneValue | None]]]:
    """Milestone category → region → its first and latest milestone."""
    ms: dict[str, dict[str, list[tuple[Milestone, Document]]]] = {}
    for doc in docs:
        for m in doc.milestones:
            code = _owner(m.region, codes)
            if code is not None:
                ms.setdefault(m.category.value, {}).setdefault(code, []).append((m, doc))
    return {
        cat: {code: _first_latest(by_code.get(code, [])) for code in codes}
        for cat, by_code in sorted(ms.items())
    }


def _plans(docs: list[Document], codes: list[str]) -> dict[str, list[PlanValue]]:
    """Region → its plans, one per title, in order of first mention."""
    plans: dict[str, list[PlanValue]] = {c: [] for c in codes}
    for doc in docs:
        for p in doc.plans:
            code = _owner(p.region, codes)
            if code is not None and all(x.title != p.title for x in plans[code]):
                period = (p.period.start_year, p.period.end_year) if p.period else None
                plans[code].append(
                    PlanValue(
                        title=p.title, kind=p.kind.value if p.kind else None, period=period, document=doc.name
                    )
                )
    return plans


def _row_name(ind: Indicator) -> str:
    """The row an indicator goes in: its name, with the group of an ethnic share."""
    return f"{ind.name} ({ind.group})" if ind.group else ind.name


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
