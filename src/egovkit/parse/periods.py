"""Five-year periods (十一五, 第十二个五年规划) and era markers (十七大) with spans.

Examples:
    >>> [m.value.start_year for m in find_periods("“十一五”期间，推进十二五规划")]
    [2006, 2011]
    >>> [e.date.iso for e in find_eras("党的十七大报告")]
    ['2007-10']
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import PeriodParseError
from ..lexicon.resources import data_cache, data_rows
from ..model import FuzzyDate, Period
from ..text.scan import windowed_finditer
from .numerals import chinese_to_int

__all__ = ["EraMatch", "PeriodMatch", "find_eras", "find_periods", "is_period", "parse_period"]


class PeriodMatch(BaseModel):
    """A planning period found in text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Start offset in the searched text.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="The matched text.")
    value: Period = Field(description="The period.")


class EraMatch(BaseModel):
    """An era marker: a five-year period or a national party congress, with its date."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Start offset in the searched text.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="The matched text.")
    kind: Literal["plan", "congress"] = Field(description="A five-year plan or a party congress.")
    name: str = Field(description="The marker's name, e.g. 十七大.")
    date: FuzzyDate = Field(description="When it was held, or the years it spans.")


@data_cache()
def _eras() -> dict[str, tuple[str, FuzzyDate]]:
    out = {}
    for kind, name, start, end in data_rows("eras.tsv", 4):
        a = FuzzyDate.from_iso(start)
        value = a if start == end else a.model_copy(update={"end": FuzzyDate.from_iso(end)})
        out[name] = (kind, value)
    return out


_OPEN_Q = "“\"'‘「『"
_CLOSE_Q = "”\"'’」』"
_NUM = "零〇一二两三四五六七八九十百千第"
_PLAN_NAME = r"十[一二三四五]五|[一二三四五六七八九]五|十五"
_PERIOD_RX = re.compile(
    rf"(?P<q1>[{_OPEN_Q}])?(?<![{_NUM}])(?P<name>{_PLAN_NAME})(?P<q2>[{_CLOSE_Q}])?(?![{_NUM}万亿个年岁周%])"
    r"|第(?P<nth>[一二三四五六七八九十]{1,3})个五年(?:规划|计划)?"
)
# Every period match contains 五 and reads at most _PERIOD_REACH - 1 characters from its start
# (the lookahead after a name included), so the regex need only run in windows around a 五.
_PERIOD_ANCHOR = re.compile("五")
_PERIOD_REACH = 12
_PERIOD_CONTEXT = re.compile(
    r"^(?:规划|计划|期间|时期|期末|期初|末|初|以来|发展|建设|电子政务|信息化|重点|目标|纲要)"
)
_CONGRESS_RX = re.compile(
    r"(?<![一二三四五六七八九十])(?P<c>[八九]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?)大(?![学会厦道量型小批家力楼众战师])"
)


def find_periods(text: str) -> list[PeriodMatch]:
    """Every five-year period in ``text``: 十一五 (quoted, or followed by 规划/期间 …) and
    第十一个五年规划. A bare two-character name such as 十五 counts only in quotes or before
    规划/期间 …, so the number fifteen is not a period."""
    eras = _eras()
    out = []
    for m in windowed_finditer(_PERIOD_RX, _PERIOD_ANCHOR, _PERIOD_REACH, text):
        if m.group("nth"):
            n = chinese_to_int(m.group("nth"))
            start_year = 1953 + 5 * (n - 1) if n <= 2 else 1966 + 5 * (n - 3)
            name = f"第{m.group('nth')}个五年"
        else:
            name = m.group("name")
            quoted = bool(m.group("q1") and m.group("q2"))
            in_context = bool(_PERIOD_CONTEXT.match(text[m.end() : m.end() + 4]))
            if not quoted and not in_context and len(name) < 3:
                continue
            kind_value = eras.get(name)
            if kind_value is None:
                continue
            start_year = kind_value[1].year
        period = Period(start_year=start_year, end_year=start_year + 4, name=name)
        out.append(PeriodMatch(start=m.start(), end=m.end(), text=m.group(0), value=period))
    return out


def find_eras(text: str) -> list[EraMatch]:
    """Era markers: five-year periods and national party congresses (十六大, 十七大 …)."""
    eras = _eras()
    out = []
    for p in find_periods(text):
        out.append(
            EraMatch(
                start=p.start,
                end=p.end,
                text=p.text,
                kind="plan",
                name=p.value.name or "",
                date=p.value.as_date(),
            )
        )
    for m in _CONGRESS_RX.finditer(text):
        name = m.group(0)
        kv = eras.get(name)
        if kv is None or kv[0] != "congress":
            continue
        out.append(EraMatch(start=m.start(), end=m.end(), text=name, kind="congress", name=name, date=kv[1]))
    out.sort(key=lambda e: e.start)
    return out


def parse_period(s: str) -> Period:
    """Parse a string that is one period (十二五, “十一五”, 第十一个五年规划).

    Raises:
        PeriodParseError: when ``s`` is not exactly one period.
    """
    t = s.strip()
    found = [m for m in find_periods(t) if m.start == 0 and m.end == len(t)]
    if not found:
        found = [m for m in find_periods(t + "规划") if m.start == 0 and m.end == len(t)]
    if len(found) != 1:
        raise PeriodParseError(s)
    return found[0].value


def is_period(s: str) -> bool:
    """True when ``parse_period`` would succeed (never raises)."""
    try:
        parse_period(s)
    except (PeriodParseError, TypeError, ValueError):
        return False
    return True
