"""Invariants of the domain model for arbitrary valid values."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from egovkit.model import Document, FuzzyDate

from ..strategies import evidences, fuzzy_dates, indicators, milestones, networks, plans, quantities, regions

MODELS = {
    "fuzzy_date": fuzzy_dates(),
    "quantity": quantities,
    "evidence": evidences(),
    "region": regions,
    "plan": plans,
    "network": networks,
    "milestone": milestones,
    "indicator": indicators,
}


@pytest.mark.parametrize("strategy", MODELS.values(), ids=MODELS.keys())
def test_models_round_trip_through_json(strategy: st.SearchStrategy[BaseModel]) -> None:
    @given(strategy)
    def check(value: BaseModel) -> None:
        again = type(value).model_validate_json(value.model_dump_json())
        assert again == value

    check()


@given(
    st.lists(regions, max_size=2),
    st.lists(plans, max_size=2),
    st.lists(milestones, max_size=2),
    st.lists(indicators, max_size=2),
    st.text(max_size=50),
)
def test_document_round_trips(rs, ps, ms, inds, text) -> None:  # type: ignore[no-untyped-def]
    doc = Document(raw=text, text=text, regions=rs, plans=ps, milestones=ms, indicators=inds)
    assert Document.model_validate_json(doc.model_dump_json()) == doc


@given(fuzzy_dates())
def test_iso_parses_back(date: FuzzyDate) -> None:
    again = FuzzyDate.from_iso(date.iso, qualifier=date.qualifier, inferred=date.inferred)
    assert again.iso == date.iso
    assert again == date


@given(fuzzy_dates())
def test_iso_has_the_gold_shape(date: FuzzyDate) -> None:
    parts = date.iso.split("/")
    assert 1 <= len(parts) <= 2
    for part in parts:
        assert len(part) in (4, 7, 10)
        dt.date.fromisoformat(part + "-01-01"[len(part) - 4 :] if len(part) < 10 else part)


@given(fuzzy_dates())
def test_earliest_is_not_after_latest(date: FuzzyDate) -> None:
    assert date.earliest() <= date.latest()


@given(fuzzy_dates(), fuzzy_dates())
def test_order_is_total_and_consistent_with_equality(a: FuzzyDate, b: FuzzyDate) -> None:
    assert (a < b) + (a == b) + (a > b) == 1
    assert (a <= b) == (a < b or a == b)


@given(fuzzy_dates(), fuzzy_dates(), fuzzy_dates())
def test_order_is_transitive(a: FuzzyDate, b: FuzzyDate, c: FuzzyDate) -> None:
    x, y, z = sorted([a, b, c])
    assert x <= y <= z
    assert x <= z


@given(st.lists(fuzzy_dates(), max_size=8))
def test_order_follows_earliest_day(dates: list[FuzzyDate]) -> None:
    ordered = sorted(dates)
    assert [d.earliest() for d in ordered] == sorted(d.earliest() for d in dates)
