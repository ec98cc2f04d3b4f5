"""Small value objects: fuzzy dates, five-year periods, quantities and the vocabularies.

Every enumeration's members are the strings the gold format (``seeds/gold/FORMAT.md``) writes,
so ``Status.DONE == "done"`` and a model dumps to exactly the gold vocabulary.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import math
import re
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "Approx",
    "FuzzyDate",
    "Genre",
    "MilestoneCategory",
    "NetworkKind",
    "Period",
    "PlanKind",
    "PlanRole",
    "Qualifier",
    "Quantity",
    "RegionLevel",
    "Script",
    "Status",
]


class _StrEnum(str, Enum):
    """A string enumeration whose ``str()`` is its value."""

    def __str__(self) -> str:
        return str(self.value)


class Qualifier(_StrEnum):
    """How a date is refined: 年初 (start), 年底 (end), a deadline (by), 左右 (approx), 上/下半年."""

    START = "start"
    END = "end"
    BY = "by"
    APPROX = "approx"
    HALF1 = "half1"
    HALF2 = "half2"


class Approx(_StrEnum):
    """How a quantity is approximated: 多/余/以上 (more), 近 (nearly), 约/左右 (about)."""

    MORE = "more"
    NEARLY = "nearly"
    ABOUT = "about"


class RegionLevel(_StrEnum):
    """Administrative level of a region."""

    COUNTRY = "country"
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    TOWNSHIP = "township"
    OTHER = "other"


class PlanKind(_StrEnum):
    """Kind of a normative document: 规划/纲要 (plan), 指南/方案/意见 (guide), 办法/规定/条例
    (regulation), report, 通知 (notice)."""

    PLAN = "plan"
    GUIDE = "guide"
    REGULATION = "regulation"
    REPORT = "report"
    NOTICE = "notice"


class PlanRole(_StrEnum):
    """``subject`` for the document's own plan, ``reference`` for one it only cites."""

    SUBJECT = "subject"
    REFERENCE = "reference"


class NetworkKind(_StrEnum):
    """Kind of a government network."""

    INTRANET = "intranet"
    EXTRANET = "extranet"
    PRIVATE = "private"
    BACKBONE = "backbone"
    INTERNET = "internet"
    LAN = "lan"
    WAN = "wan"


class MilestoneCategory(_StrEnum):
    """What a milestone is about."""

    NETWORK = "network"
    WEBSITE = "website"
    APPLICATION = "application"
    ORGANIZATION = "organization"
    TRAINING = "training"
    POLICY = "policy"
    MEETING = "meeting"
    FUNDING = "funding"
    RECOGNITION = "recognition"
    OTHER = "other"


class Status(_StrEnum):
    """``done`` for what happened, ``planned`` for a target or an intention."""

    DONE = "done"
    PLANNED = "planned"


class Genre(_StrEnum):
    """Genre of a document."""

    PLAN = "plan"
    NEWS = "news"
    SPEECH = "speech"
    ARTICLE = "article"
    REPORT = "report"
    NOTICE = "notice"


class Script(_StrEnum):
    """Script of the source text as given."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"


_FROZEN = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)

# Where in a year or a month a qualified date falls, as (first, last) month or day.
_YEAR_PART = {
    Qualifier.START: (1, 3),
    Qualifier.END: (10, 12),
    Qualifier.HALF1: (1, 6),
    Qualifier.HALF2: (7, 12),
}
_MONTH_PART = {Qualifier.START: (1, 10), Qualifier.END: (21, 31)}
_QUALIFIER_RANK = {
    None: 0,
    Qualifier.START: 1,
    Qualifier.HALF1: 2,
    Qualifier.APPROX: 3,
    Qualifier.HALF2: 4,
    Qualifier.END: 5,
    Qualifier.BY: 6,
}
_ISO_POINT = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class FuzzyDate(BaseModel):
    """A date at the precision the text gives: a year, a month or a day, optionally a span.

    ``qualifier`` refines it (年底 is ``end``, 到2010年 is ``by``); ``inferred`` is true when
    the year (or more) was not written but fixed from context (a reference date).

    FuzzyDates are totally ordered: first by ``earliest``, then by ``latest`` (the
    narrower of two dates that start together comes first), then by precision, qualifier,
    ``inferred`` and ``iso``. So ``2005`` < ``2005-02`` < ``2005年底`` (October to December)
    < ``2006``, and a span sorts by its start.

    Examples:
        >>> FuzzyDate(year=2005, month=2).iso
        '2005-02'
        >>> FuzzyDate(year=2003, end=FuzzyDate(year=2007)).iso
        '2003/2007'
        >>> FuzzyDate.from_iso("2012-02-01/2017-01-31").latest()
        datetime.date(2017, 1, 31)
    """

    model_config = _FROZEN

    year: int = Field(ge=1, le=9999, description="The year, e.g. 2010.")
    month: int | None = Field(default=None, ge=1, le=12, description="The month, when given.")
    day: int | None = Field(default=None, ge=1, le=31, description="The day, when given.")
    qualifier: Qualifier | None = Field(
        default=None, description="start, end, by, approx, half1, half2 or None when plain."
    )
    inferred: bool = Field(default=False, description="True when part of the date was fixed from context.")
    end: FuzzyDate | None = Field(
        default=None, description="The end of a span (2003年至2007年), or None for a point."
    )

    @model_validator(mode="after")
    def _check(self) -> FuzzyDate:
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            last = calendar.monthrange(self.year, self.month)[1]
            if self.day > last:
                raise ValueError(f"{self.year}-{self.month:02d} has no day {self.day}")
        if self.end is not None:
            if self.end.end is not None:
                raise ValueError("the end of a span cannot itself be a span")
            if self.end.latest() < self.earliest():
                raise ValueError("a span cannot end before it starts")
        return self

    # -- construction --------------------------------------------------------------------
    @classmethod
    def from_iso(
        cls, iso: str, *, qualifier: Qualifier | str | None = None, inferred: bool = False
    ) -> FuzzyDate:
        """Build a FuzzyDate from the gold format's ISO partial string ("2005-02", "A/B")."""
        parts = iso.strip().split("/")
        if len(parts) > 2:
            raise ValueError(f"not an ISO partial date: {iso!r}")
        points = []
        for part in parts:
            m = _ISO_POINT.match(part)
            if not m:
                raise ValueError(f"not an ISO partial date: {iso!r}")
            points.append(
                {
                    "year": int(m.group(1)),
                    "month": int(m.group(2)) if m.group(2) else None,
                    "day": int(m.group(3)) if m.group(3) else None,
                }
            )
        q = Qualifier(qualifier) if qualifier is not None else None
        end = cls(**points[1]) if len(points) == 2 else None
        return cls(**points[0], qualifier=q, inferred=inferred, end=end)

    @classmethod
    def from_date(cls, value: _dt.date) -> FuzzyDate:
        """A day-precision FuzzyDate from a ``datetime.date``."""
        return cls(year=value.year, month=value.month, day=value.day)

    # -- views ---------------------------------------------------------------------------
    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"`` (of the start of a span)."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def is_span(self) -> bool:
        """True when the date is a span with an end."""
        return self.end is not None

    def _point_iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def iso(self) -> str:
        """The gold format's ISO partial string: "YYYY", "YYYY-MM", "YYYY-MM-DD" or "A/B"."""
        if self.end is not None:
            return f"{self._point_iso()}/{self.end._point_iso()}"
        return self._point_iso()

    def _bounds(self) -> tuple[_dt.date, _dt.date]:
        y, m, d = self.year, self.month, self.day
        if m is None:
            first, last = _YEAR_PART.get(self.qualifier, (1, 12)) if self.qualifier else (1, 12)
            return (
                _dt.date(y, first, 1),
                _dt.date(y, last, calendar.monthrange(y, last)[1]),
            )
        month_last = calendar.monthrange(y, m)[1]
        if d is None:
            lo, hi = _MONTH_PART.get(self.qualifier, (1, 31)) if self.qualifier else (1, 31)
            return _dt.date(y, m, lo), _dt.date(y, m, min(hi, month_last))
        return _dt.date(y, m, d), _dt.date(y, m, d)

    def earliest(self) -> _dt.date:
        """The first day the date can mean (年底 starts in October, 年初 ends in March)."""
        return self._bounds()[0]

    def latest(self) -> _dt.date:
        """The last day the date can mean (the end of a span's end)."""
        if self.end is not None:
            return self.end._bounds()[1]
        return self._bounds()[1]

    def sort_key(self) -> tuple[Any, ...]:
        """The key of the total order described in the class docstring."""
        precision = {"year": 0, "month": 1, "day": 2}[self.precision]
        return (
            self.earliest(),
            self.latest(),
            precision,
            _QUALIFIER_RANK[self.qualifier],
            self.inferred,
            self.iso,
        )

    def with_year(self, year: int, *, inferred: bool = True) -> FuzzyDate:
        """A copy placed in another year (for resolving 11月7日 against a reference)."""
        end = self.end.with_year(year, inferred=inferred) if self.end is not None else None
        return self.model_copy(update={"year": year, "inferred": inferred, "end": end})

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self.sort_key() >= other.sort_key()

    def __str__(self) -> str:
        q = f" ({self.qualifier.value})" if self.qualifier else ""
        return f"{self.iso}{q}{'*' if self.inferred else ''}"


class Period(BaseModel):
    """A planning period such as a five-year plan: 十二五 is ``Period(2011, 2015, "十二五")``."""

    model_config = _FROZEN

    start_year: int = Field(ge=1, le=9999, description="First year of the period.")
    end_year: int = Field(ge=1, le=9999, description="Last year of the period (inclusive).")
    name: str | None = Field(default=None, description="The name the text uses, e.g. 十二五.")

    @model_validator(mode="after")
    def _check(self) -> Period:
        if self.end_year < self.start_year:
            raise ValueError("a period cannot end before it starts")
        return self

    def as_date(self) -> FuzzyDate:
        """The period as a FuzzyDate span of years."""
        if self.start_year == self.end_year:
            return FuzzyDate(year=self.start_year)
        return FuzzyDate(year=self.start_year, end=FuzzyDate(year=self.end_year))


class Quantity(BaseModel):
    """A number with its unit, after 万/亿 are applied: 38.5万户 is ``Quantity(385000, "户")``.

    ``unit`` is written as the gold format writes units (人, 人次, 家, 个, 元, %, Mbps …).
    """

    model_config = _FROZEN

    value: int | float = Field(description="The plain number, 万/亿 applied.")
    unit: str = Field(min_length=1, description="The unit as the gold format writes it.")
    approx: Approx | None = Field(
        default=None, description="more (多/余/以上), nearly (近), about (约/左右) or None."
    )

    @field_validator("value")
    @classmethod
    def _finite(cls, v: int | float) -> int | float:
        if isinstance(v, float):
            if not math.isfinite(v):
                raise ValueError("a quantity must be finite")
            if v.is_integer() and abs(v) < 2**53:
                return int(v)
        return v

    def __str__(self) -> str:
        a = {"more": "+", "nearly": "≈<", "about": "≈"}.get(str(self.approx), "")
        return (
            f"{a}{self.value:g} {self.unit}"
            if isinstance(self.value, float)
            else (f"{a}{self.value} {self.unit}")
        )
