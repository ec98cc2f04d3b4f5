"""Hypothesis strategies for the domain model."""

from __future__ import annotations

import calendar

from hypothesis import strategies as st

from egovkit.model import (
    Approx,
    Evidence,
    FuzzyDate,
    Indicator,
    Milestone,
    MilestoneCategory,
    Network,
    NetworkKind,
    Period,
    Plan,
    PlanKind,
    PlanRole,
    Qualifier,
    Quantity,
    Region,
    RegionLevel,
    Status,
)

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)


@st.composite
def point_dates(draw: st.DrawFn, year_min: int = 1900, year_max: int = 2100) -> FuzzyDate:
    year = draw(st.integers(year_min, year_max))
    month = draw(st.none() | st.integers(1, 12))
    day = None
    if month is not None:
        day = draw(st.none() | st.integers(1, calendar.monthrange(year, month)[1]))
    return FuzzyDate(
        year=year,
        month=month,
        day=day,
        qualifier=draw(st.none() | st.sampled_from(list(Qualifier))),
        inferred=draw(st.booleans()),
    )


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    start = draw(point_dates())
    if draw(st.booleans()):
        return start
    end = draw(point_dates(year_min=start.year + 1, year_max=start.year + 30))
    end = end.model_copy(update={"qualifier": None, "inferred": False})
    return start.model_copy(update={"end": end})


quantities = st.builds(
    Quantity,
    value=st.integers(-(10**15), 10**15) | st.floats(-1e12, 1e12, allow_nan=False).map(lambda f: round(f, 3)),
    unit=st.sampled_from(["人", "人次", "家", "个", "元", "%", "Mbps", "芯公里"]),
    approx=st.none() | st.sampled_from(list(Approx)),
)


@st.composite
def evidences(draw: st.DrawFn) -> Evidence:
    quote = draw(text)
    start = draw(st.integers(0, 10_000))
    raw_start = draw(st.integers(0, 10_000))
    return Evidence(
        start=start,
        end=start + len(quote),
        quote=quote,
        raw_start=raw_start,
        raw_end=raw_start + draw(st.integers(0, 100)),
    )


codes = st.none() | st.sampled_from(["CN", "650000", "653000", "654000", "110000"])
periods = st.integers(1950, 2100).flatmap(
    lambda y: st.builds(Period, start_year=st.just(y), end_year=st.integers(y, y + 10), name=st.none() | text)
)

regions = st.builds(
    Region,
    name=st.none() | text,
    code=codes,
    level=st.sampled_from(list(RegionLevel)),
    aliases=st.lists(text, max_size=3).map(tuple),
    population=st.none() | quantities,
    founded=st.none() | st.integers(1900, 2100),
    evidence=st.lists(evidences(), max_size=2).map(tuple),
)
plans = st.builds(
    Plan,
    title=text,
    kind=st.none() | st.sampled_from(list(PlanKind)),
    region=codes,
    issuer=st.none() | text,
    number=st.none() | text,
    issued=st.none() | fuzzy_dates(),
    period=st.none() | periods,
    role=st.sampled_from(list(PlanRole)),
    evidence=st.lists(evidences(), max_size=2).map(tuple),
)
networks = st.builds(
    Network,
    kind=st.none() | st.sampled_from(list(NetworkKind)),
    name=st.none() | text,
    region=codes,
    coverage=st.lists(quantities, max_size=3).map(tuple),
    bandwidth=st.none() | quantities,
    evidence=st.lists(evidences(), max_size=2).map(tuple),
)
milestones = st.builds(
    Milestone,
    date=fuzzy_dates(),
    region=codes,
    event=text,
    category=st.sampled_from(list(MilestoneCategory)),
    status=st.sampled_from(list(Status)),
    evidence=evidences(),
)
indicators = st.builds(
    Indicator,
    name=st.sampled_from(["population", "gov_websites", "funds", "trained_people"]),
    quantity=quantities,
    region=codes,
    date=st.none() | fuzzy_dates(),
    status=st.sampled_from(list(Status)),
    group=st.none() | text,
    evidence=evidences(),
)
