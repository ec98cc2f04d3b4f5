"""Chinese dates as FuzzyDate values with spans: ``find_dates``, ``parse_date``, ``is_date``.

Recognised: absolute dates (2005年2月, 二〇一〇年八月十一日, 2010-4-30, 2019 年 10 月), qualified
ones (年底/年末 → end, 年初 → start, 上/下半年 → half1/half2, 到…年/…年内 → by, 左右/前后 →
approx), spans (2003年至2007年, 2006—2020年), month-day dates without a year (11月7日),
relative years (今年, 去年, 明年, 上年 …), 同日, decades (九十年代) and look-backs (近三年来).

Dates whose year the text leaves out are resolved against ``reference`` when one is given
(``value.inferred`` is then true) and are returned with ``value=None`` and a reason when it
is not. The system clock is never read. Counts (1700多人), phone numbers and durations
(六十日内, 3天内) are not dates.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

from pydantic import BaseModel, ConfigDict, Field

from ..errors import DateParseError
from ..model import FuzzyDate, Qualifier
from ..text.scan import windowed_finditer
from .numerals import chinese_to_int

__all__ = ["DateMatch", "Reference", "as_reference", "find_dates", "is_date", "parse_date"]

Reference = _dt.date | FuzzyDate | str | None

_YA = r"(?<![\d.])(?:1[89]\d\d|20\d\d)"
_YC = r"(?<![〇○零一二三四五六七八九十])[〇○零一二三四五六七八九]{4}"
_MON = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_SP = r"[ \t]?"
_SUFFIX = r"上半年|下半年|年底|年末|年初|底|末|初|以内|内|前后|左右"

_ABSOLUTE = (
    rf"(?P<y>{_YA}|{_YC}){_SP}年"
    rf"(?:{_SP}(?P<m>{_MON}){_SP}月(?:份)?(?:{_SP}(?P<d>{_DAY}){_SP}[日号])?)?"
    rf"(?P<suf>{_SUFFIX})?"
)
_NUMERIC = r"(?<![\d.])(?P<ny>(?:1[89]|20)\d\d)(?P<sep>[-/.])(?P<nm>1[0-2]|0?[1-9])(?P=sep)(?P<nd>3[01]|[12]\d|0?[1-9])(?![\d.])"
_YEAR_RANGE = rf"(?P<ry1>{_YA}){_SP}[—–\-－~～至到]{_SP}(?P<ry2>{_YA}){_SP}年"
_RELATIVE = (
    r"(?P<rel>今年|去年|明年|前年|后年|本年|上年)(?:度)?"
    rf"(?:{_SP}(?P<rm>{_MON}){_SP}月(?:份)?(?:{_SP}(?P<rd>{_DAY}){_SP}[日号])?)?"
    rf"(?P<rsuf>{_SUFFIX})?"
)
_MONTH_DAY = rf"(?<![\d年〇○零一二三四五六七八九十])(?P<mm>{_MON}){_SP}月{_SP}(?P<md>{_DAY}){_SP}[日号](?P<msuf>前后|左右)?"
_SAME_DAY = r"(?P<same>同日|当日|当天)"
_DECADE = r"(?P<cent>上世纪|20世纪|二十世纪)?(?P<dec>[五六七八九]十|[5-9]0)年代(?P<decsuf>初|末|中期)?"
_CENTURY_HEAD = r"(?:本世纪|21世纪|二十一世纪)头(?P<head>[一二三四五六七八九十]{1,3}|\d{1,2})年"
_LOOKBACK = r"(?:近|最近|过去(?:的)?)(?P<back>[一二三四五六七八九十两]{1,2}|\d{1,2})年(?:来|间|中)?"

_DATE_RX = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            _YEAR_RANGE,
            _ABSOLUTE,
            _NUMERIC,
            _RELATIVE,
            _MONTH_DAY,
            _SAME_DAY,
            _DECADE,
            _CENTURY_HEAD,
            _LOOKBACK,
        )
    )
)
# Every date match contains one of these, and is at most _REACH - 1 characters long (plus a
# one-character lookahead), so the date regex need only run in windows around them.
_ANCHOR = re.compile(r"[年月]|[同当][日天]|\d[-/.]\d")
_REACH = 32
_SPAN_CONNECTOR = re.compile(r"^[ \t]?(?:至|到|—|–|-|－|~|～|——)[ \t]?$")
_BY_PREFIX = re.compile(r"(?:争取在|力争在|力争到|争取到|预计到|计划到|计划在|力争|争取|到了|到|至)[ \t]?$")
_ASOF_PREFIX = re.compile(r"(?:截止到|截至到|截止|截至|截止至)[ \t]?$")
_REL_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1, "后年": 2}
_SUFFIX_QUALIFIER = {
    "上半年": Qualifier.HALF1,
    "下半年": Qualifier.HALF2,
    "年底": Qualifier.END,
    "年末": Qualifier.END,
    "底": Qualifier.END,
    "末": Qualifier.END,
    "年初": Qualifier.START,
    "初": Qualifier.START,
    "内": Qualifier.BY,
    "以内": Qualifier.BY,
    "前后": Qualifier.APPROX,
    "左右": Qualifier.APPROX,
}


class DateMatch(BaseModel):
    """A date found in text: its span, the text, and its value.

    ``value`` is None when the text leaves the year out and no reference was given;
    ``unresolved`` then says why, and ``month``/``day`` keep what the text does say.
    """

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Start offset in the searched text.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="The matched text.")
    value: FuzzyDate | None = Field(description="The date, or None when the year is unknown.")
    relative: bool = Field(default=False, description="True for 今年, 11月7日, 同日 and the like.")
    month: int | None = Field(default=None, description="The month the text states, if any.")
    day: int | None = Field(default=None, description="The day the text states, if any.")
    unresolved: str | None = Field(default=None, description="Why value is None.")


def as_reference(reference: Reference) -> FuzzyDate | None:
    """Accept a ``datetime.date``, a FuzzyDate or an ISO string as a reference date.

    Raises:
        DateParseError: for a string that is not an ISO partial date.
    """
    if reference is None or isinstance(reference, FuzzyDate):
        return reference
    if isinstance(reference, _dt.date):
        return FuzzyDate.from_date(reference)
    if isinstance(reference, str):
        try:
            return FuzzyDate.from_iso(reference)
        except ValueError as exc:
            raise DateParseError(
                reference, "reference is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)"
            ) from exc
    raise TypeError(f"reference must be a date, FuzzyDate or ISO string, not {type(reference).__name__}")


def _num(s: str | None) -> int | None:
    if not s:
        return None
    s = s.strip()
    if s.isdigit():
        return int(s)
    return chinese_to_int(s)


def _year(s: str) -> int:
    return int(s) if s.isdigit() else chinese_to_int(s)


def _prefix_qualifier(text: str, start: int) -> Qualifier | None:
    before = text[max(0, start - 4) : start]
    if _ASOF_PREFIX.search(before):
        return None
    if _BY_PREFIX.search(before):
        return Qualifier.BY
    return None


def _make(
    year: int, month: int | None, day: int | None, qualifier: Qualifier | None, inferred: bool = False
) -> FuzzyDate | None:
    try:
        return FuzzyDate(year=year, month=month, day=day, qualifier=qualifier, inferred=inferred)
    except ValueError:
        return None


def find_dates(text: str, reference: Reference = None) -> list[DateMatch]:
    """Every date in ``text``, in order, with spans.

    Examples:
        >>> [m.value.iso for m in find_dates("2005年2月完成一期工程，2005年底完成升级")]
        ['2005-02', '2005']
        >>> find_dates("到2010年，基本建成")[0].value.qualifier.value
        'by'
        >>> find_dates("2003年至2007年")[0].value.iso
        '2003/2007'
        >>> find_dates("11月7日召开")[0].value is None
        True
        >>> find_dates("11月7日召开", reference="2007")[0].value.iso
        '2007-11-07'
        >>> find_dates("共计1700多人")
        []
    """
    ref = as_reference(reference)
    raw: list[DateMatch] = []
    last_day: FuzzyDate | None = None
    for start, end, g in _date_hits(text):
        match = _interpret(text, start, end, g, ref, last_day)
        if match is None:
            continue
        raw.append(match)
        v = match.value
        if v is not None and v.day is not None and v.end is None:
            last_day = v
    return _merge_spans(text, raw)


@functools.lru_cache(maxsize=4)
def _date_hits(text: str) -> tuple[tuple[int, int, dict[str, str | None]], ...]:
    """What ``_DATE_RX.finditer(text)`` finds, searching only near anchors (cached: parse asks twice)."""
    return tuple(
        (m.start(), m.end(), m.groupdict()) for m in windowed_finditer(_DATE_RX, _ANCHOR, _REACH, text)
    )


def _interpret(
    text: str,
    start: int,
    end: int,
    g: dict[str, str | None],
    ref: FuzzyDate | None,
    last_day: FuzzyDate | None,
) -> DateMatch | None:
    s = text[start:end]
    if g["ry1"]:
        y1, y2 = int(g["ry1"]), int(g["ry2"] or 0)
        if y2 < y1:
            return None
        return DateMatch(start=start, end=end, text=s, value=FuzzyDate(year=y1, end=FuzzyDate(year=y2)))
    if g["y"]:
        year = _year(g["y"])
        if not 1800 <= year <= 2199:
            return None
        month, day = _num(g["m"]), _num(g["d"])
        q = _SUFFIX_QUALIFIER.get(g["suf"] or "") or _prefix_qualifier(text, start)
        if g["suf"] in ("上半年", "下半年") and month is not None:
            return None
        point = _make(year, month, day, q)
        if point is None:
            return None
        return DateMatch(start=start, end=end, text=s, value=point, month=month, day=day)
    if g["ny"]:
        numeric = _make(int(g["ny"]), int(g["nm"] or 0), int(g["nd"] or 0), _prefix_qualifier(text, start))
        if numeric is None:
            return None
        return DateMatch(start=start, end=end, text=s, value=numeric, month=numeric.month, day=numeric.day)
    if g["rel"]:
        month, day = _num(g["rm"]), _num(g["rd"])
        q = _SUFFIX_QUALIFIER.get(g["rsuf"] or "") or _prefix_qualifier(text, start)
        if ref is None:
            return _unresolved(start, end, s, "relative year; pass reference= to resolve it", month, day)
        rel = _make(ref.year + _REL_OFFSET[g["rel"]], month, day, q, inferred=True)
        if rel is None:
            return None
        return DateMatch(start=start, end=end, text=s, value=rel, relative=True, month=month, day=day)
    if g["mm"]:
        month, day = _num(g["mm"]), _num(g["md"])
        q = _SUFFIX_QUALIFIER.get(g["msuf"] or "")
        base = ref.year if ref is not None else None
        if base is None:
            if month is None or day is None or not _valid_month_day(month, day):
                return None
            return _unresolved(
                start, end, s, "the year is not stated; pass reference= to resolve it", month, day
            )
        md = _make(base, month, day, q, inferred=True)
        if md is None:
            if month is None or day is None or not _valid_month_day(month, day):
                return None
            return _unresolved(start, end, s, f"{month}月{day}日 does not exist in {base}", month, day)
        return DateMatch(start=start, end=end, text=s, value=md, relative=True, month=month, day=day)
    if g["same"]:
        if last_day is None:
            return _unresolved(start, end, s, "同日 with no earlier day-precise date")
        v = last_day.model_copy(update={"qualifier": None})
        return DateMatch(start=start, end=end, text=s, value=v, relative=True, month=v.month, day=v.day)
    if g["dec"]:
        d = _num(g["dec"]) or 0
        decade = d if d >= 50 else d * 10
        base = 1900 + decade
        return DateMatch(
            start=start, end=end, text=s, value=FuzzyDate(year=base, end=FuzzyDate(year=base + 9))
        )
    if g["head"]:
        n = _num(g["head"]) or 0
        if not 1 <= n <= 99:
            return None
        return DateMatch(
            start=start, end=end, text=s, value=FuzzyDate(year=2001, end=FuzzyDate(year=2000 + n))
        )
    if g["back"]:
        n = _num(g["back"]) or 0
        if not 1 <= n <= 50:
            return None
        if ref is None:
            return _unresolved(start, end, s, "a look-back; pass reference= to resolve it")
        v = FuzzyDate(
            year=ref.year - n, qualifier=Qualifier.APPROX, inferred=True, end=FuzzyDate(year=ref.year)
        )
        return DateMatch(start=start, end=end, text=s, value=v, relative=True)
    return None  # pragma: no cover - every alternative has a group


def _unresolved(
    start: int, end: int, text: str, reason: str, month: int | None = None, day: int | None = None
) -> DateMatch:
    """A relative date whose year is unknown: value None, and the reason."""
    return DateMatch(
        start=start, end=end, text=text, value=None, relative=True, month=month, day=day, unresolved=reason
    )


def _valid_month_day(month: int, day: int) -> bool:
    try:
        _dt.date(2000, month, day)  # a leap year admits 2月29日
    except ValueError:
        return False
    return True


def _merge_spans(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """Join A + 至/到/— + B into one span match."""
    out: list[DateMatch] = []
    i = 0
    while i < len(matches):
        a = matches[i]
        if i + 1 < len(matches):
            b = matches[i + 1]
            between = text[a.end : b.start]
            av, bv = a.value, b.value
            if (
                _SPAN_CONNECTOR.match(between)
                and av is not None
                and av.end is None
                and (bv is not None or b.month is not None)
            ):
                end_v = bv
                if b.relative and "年" not in b.text:  # 2020年2月1日—2月29日: the same year
                    end_v = _make(av.year, b.month, b.day, None) if b.month is not None else None
                if end_v is not None and end_v.end is None and end_v.latest() >= av.earliest():
                    span = av.model_copy(
                        update={"end": end_v.model_copy(update={"qualifier": None, "inferred": False})}
                    )
                    if span.qualifier == Qualifier.BY and _BY_PREFIX.search(
                        text[max(0, a.start - 4) : a.start]
                    ):
                        span = span.model_copy(update={"qualifier": None})
                    out.append(
                        DateMatch(
                            start=a.start,
                            end=b.end,
                            text=text[a.start : b.end],
                            value=span,
                            month=av.month,
                            day=av.day,
                        )
                    )
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def parse_date(s: str, reference: Reference = None) -> FuzzyDate:
    """Parse a string that is one date (surrounding white space allowed).

    Examples:
        >>> parse_date("二〇一〇年八月十一日").iso
        '2010-08-11'

    Raises:
        DateParseError: when ``s`` is not exactly one date, or its year is unknown.
    """
    t = s.strip()
    found = find_dates(t, reference)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(t):
        raise DateParseError(s)
    value = found[0].value
    if value is None:
        raise DateParseError(s, found[0].unresolved or "the year is unknown")
    return value


def is_date(s: str) -> bool:
    """True when ``parse_date`` would succeed (never raises).

    Examples:
        >>> is_date("2005年底"), is_date("1700多人")
        (True, False)
    """
    try:
        parse_date(s)
    except (DateParseError, TypeError, ValueError):
        return False
    return True
