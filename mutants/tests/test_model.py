"""Table tests of the value objects."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from egovkit import FuzzyDate, Period, Quantity
from egovkit.model import Evidence

ISO = [
    ("year", dict(year=2005), "2005"),
    ("month", dict(year=2005, month=2), "2005-02"),
    ("day", dict(year=2007, month=6, day=1), "2007-06-01"),
    (
        "span_days",
        dict(year=2012, month=2, day=1, end=FuzzyDate(year=2017, month=1, day=31)),
        "2012-02-01/2017-01-31",
    ),
    ("span_years", dict(year=2003, end=FuzzyDate(year=2007)), "2003/2007"),
]


@pytest.mark.parametrize(("kwargs", "iso"), [c[1:] for c in ISO], ids=[c[0] for c in ISO])
def test_iso(kwargs: dict[str, object], iso: str) -> None:
    assert FuzzyDate(**kwargs).iso == iso  # type: ignore[arg-type]
    assert FuzzyDate.from_iso(iso).iso == iso


BOUNDS = [
    ("plain_year", FuzzyDate(year=2005), dt.date(2005, 1, 1), dt.date(2005, 12, 31)),
    ("year_end", FuzzyDate(year=2005, qualifier="end"), dt.date(2005, 10, 1), dt.date(2005, 12, 31)),
    ("year_start", FuzzyDate(year=2005, qualifier="start"), dt.date(2005, 1, 1), dt.date(2005, 3, 31)),
    ("half2", FuzzyDate(year=2005, qualifier="half2"), dt.date(2005, 7, 1), dt.date(2005, 12, 31)),
    ("february", FuzzyDate(year=2008, month=2), dt.date(2008, 2, 1), dt.date(2008, 2, 29)),
    ("span", FuzzyDate.from_iso("2003/2007"), dt.date(2003, 1, 1), dt.date(2007, 12, 31)),
]


@pytest.mark.parametrize(("date", "lo", "hi"), [c[1:] for c in BOUNDS], ids=[c[0] for c in BOUNDS])
def test_bounds(date: FuzzyDate, lo: dt.date, hi: dt.date) -> None:
    assert date.earliest() == lo
    assert date.latest() == hi


def test_documented_order() -> None:
    dates = [
        FuzzyDate(year=2006),
        FuzzyDate(year=2005, qualifier="end"),
        FuzzyDate(year=2005, month=2),
        FuzzyDate(year=2005),
        FuzzyDate.from_iso("2005/2007"),
    ]
    assert [d.iso + (d.qualifier or "") for d in sorted(dates)] == [
        "2005",
        "2005/2007",
        "2005-02",
        "2005end",
        "2006",
    ]


INVALID = [
    ("bad_day", dict(year=2005, month=2, day=30)),
    ("day_without_month", dict(year=2005, day=3)),
    ("month_13", dict(year=2005, month=13)),
    ("span_backwards", dict(year=2007, end=FuzzyDate(year=2003))),
    ("bad_qualifier", dict(year=2005, qualifier="soon")),
]


@pytest.mark.parametrize("kwargs", [c[1] for c in INVALID], ids=[c[0] for c in INVALID])
def test_invalid_dates_are_rejected(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        FuzzyDate(**kwargs)  # type: ignore[arg-type]


def test_from_iso_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        FuzzyDate.from_iso("2005年")


def test_models_are_frozen() -> None:
    d = FuzzyDate(year=2005)
    with pytest.raises(ValidationError):
        d.year = 2006  # type: ignore[misc]


def test_quantity_normalises_whole_floats() -> None:
    assert Quantity(value=385000.0, unit="户").model_dump()["value"] == 385000
    assert isinstance(Quantity(value=385000.0, unit="户").value, int)
    with pytest.raises(ValidationError):
        Quantity(value=float("nan"), unit="人")


def test_period_rejects_reversed_years() -> None:
    with pytest.raises(ValidationError):
        Period(start_year=2015, end_year=2011)
    assert Period(start_year=2011, end_year=2015).as_date().iso == "2011/2015"


def test_evidence_quote_must_fit_span() -> None:
    with pytest.raises(ValidationError):
        Evidence(start=0, end=3, quote="ab", raw_start=0, raw_end=3)
