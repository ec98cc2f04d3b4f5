"""Chinese dates as FuzzyDate values with spans: ``find_dates``, ``parse_date``, ``is_date``.

Recognised: absolute dates (2005年2月, 二〇一〇年八月十一日, 2010-4-30, 2019 年 10 月), qualified
ones (年底/年末 → end, 年初 → start, 上/下半年 → half1/half2, 到…年/…年内 → by, 左右/前后 →
approx), spans (2003年至2007年, 2006—2020年), month-day dates without a year (11月7日),
relative years (今年, 去年, 明年 …), 同日, decades (九十年代), stretches counted back or forward
from the document (过去五年, 五年来, 近三年, 一年来, 今后五年, 新的一年), and the words of the year
under discussion (全年, 上年, 年末, 上半年, 一季度, 9月份, 年内, 同年, 次年 …).

Anchoring. Deictic words (今年, 去年, 过去五年) resolve against ``reference``, the document's
date; a stretch counted back covers completed years (过去五年 in a report of March 2006 is
2001/2005). Anaphoric words (全年, 上年, 年末, 9月份, 11月7日, 年内) resolve against the year
under discussion: the year of the nearest earlier date the text has set (2004年, 去年, 过去一年),
else the document's year; 上年 is the year before it. 同年, 当年, 次年, 翌年 follow the previous
date. Every resolved relative match says what it was resolved against (``anchor``,
``anchor_kind``, ``anchor_start``), so a date can be audited. Without a reference, a relative
date with no earlier date to follow is returned with ``value=None`` and a reason. The system
clock is never read. Counts (1700多人), phone numbers and bare durations (五年, 六十日内, 3天内)
are not dates.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import DateParseError
from ..lexicon.resources import CueRow, cue_table, data_cache
from ..model import FuzzyDate, Qualifier
from ..text.scan import windowed_finditer
from .numerals import chinese_to_int

__all__ = [
    "AnchorKind",
    "DateMatch",
    "DateRole",
    "Reference",
    "as_reference",
    "date_cue",
    "find_dates",
    "is_date",
    "parse_date",
]

Reference = _dt.date | FuzzyDate | str | None
#: What a relative date was resolved against: the document's date (今年, 过去五年), the year
#: under discussion (全年, 上年, 9月份, 11月7日) or the previous date of the text (同日, 次年).
AnchorKind = Literal["document", "discussed_year", "previous_date"]
#: ``date``: when something happens; ``record``: the year a figure belongs to (全年, 上年,
#: 2010年度); ``stretch``: a stretch counted from the document (过去五年, 今后五年, 近三年).
DateRole = Literal["date", "record", "stretch"]

_YA = r"(?<![\d.])(?:1[89]\d\d|20\d\d)"
_YC = r"(?<![〇○零一二三四五六七八九十])[〇○零一二三四五六七八九]{4}"
_MON = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_SP = r"[ \t]?"
_SUFFIX = r"上半年|下半年|年底|年末|年初|底|末|初|以内|内|前后|左右|第?[一二三四1-4]季度|前[二三两]季度"

_ABSOLUTE = (
    rf"(?P<y>{_YA}|{_YC}){_SP}年"
    rf"(?:{_SP}(?P<m>{_MON}){_SP}月(?:份)?(?:{_SP}(?P<d>{_DAY}){_SP}[日号])?)?"
    rf"(?P<suf>{_SUFFIX})?"
)
_NUMERIC = r"(?<![\d.])(?P<ny>(?:1[89]|20)\d\d)(?P<sep>[-/.])(?P<nm>1[0-2]|0?[1-9])(?P=sep)(?P<nd>3[01]|[12]\d|0?[1-9])(?![\d.])"
_YEAR_RANGE = rf"(?P<ry1>{_YA}){_SP}[—–―\-－~～至到]{_SP}(?P<ry2>{_YA}){_SP}年"
_RELATIVE = (
    r"(?P<rel>今年|去年|明年|前年|后年|本年(?!度))"
    rf"(?:{_SP}(?P<rm>{_MON}){_SP}月(?:份)?(?:{_SP}(?P<rd>{_DAY}){_SP}[日号])?)?"
    rf"(?P<rsuf>{_SUFFIX})?"
)
_MONTH_DAY = rf"(?<![\d年〇○零一二三四五六七八九十])(?P<mm>{_MON}){_SP}月{_SP}(?P<md>{_DAY}){_SP}[日号](?P<msuf>前后|左右)?"
_SAME_DAY = r"(?P<same>同日(?![本元语文])|当日|当天)"
_DECADE = r"(?P<cent>上世纪|20世纪|二十世纪)?(?P<dec>[五六七八九]十|[5-9]0)年代(?P<decsuf>初|末|中期)?"
_CENTURY_HEAD = r"(?:本世纪|21世纪|二十一世纪)头(?P<head>[一二三四五六七八九十]{1,3}|\d{1,2})年"
_N = r"[一二三四五六七八九十两]{1,3}|\d{1,2}"
_NOT_AFTER_NUMBER = r"(?<![\d.〇○零一二三四五六七八九十两几多数第每逐历近这去今明前后本上下当同次翌全])"
_LOOKBACK = (
    rf"(?:(?:近|最近|过去(?:的)?)(?P<back>{_N})年(?:来|间|中|里)?"
    rf"|这(?P<these>[二三四五六七八九十两]{{1,3}}|\d{{1,2}})年(?:来|间|中|里)?"
    rf"|{_NOT_AFTER_NUMBER}(?P<since>{_N})年来)"
)
_FORWARD = rf"(?:今后|未来|往后)(?P<fwd>{_N})年(?:内|间|里|中)?|(?P<newyear>新的一年)"
_ANAPHORIC = (
    rf"{_NOT_AFTER_NUMBER}(?<!每年)(?<!逐年)(?<!历年)(?P<ana>全年|上年度|上年|本年度|年末|年底|年初|上半年|下半年|"
    r"年内|第?[一二三四]季度|前[二三两]季度)"
)
_PREVIOUS = rf"{_NOT_AFTER_NUMBER}(?P<prev>同年|当年(?!价)|次年|翌年)"
_BARE_MONTH = (
    r"(?<![\d.年个每第/\-－〇○零一二三四五六七八九十])"
    r"(?P<bm>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?P<bmfen>份)?(?P<bmsuf>底|末|初|中旬|上旬|下旬)?"
    r"(?![\d〇○零一二三四五六七八九十]|[日号])"
)

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
            _FORWARD,
            _ANAPHORIC,
            _PREVIOUS,
            _BARE_MONTH,
        )
    )
)
# Every date match contains one of these, and is at most _REACH - 1 characters long (plus a
# one-character lookahead), so the date regex need only run in windows around them.
_ANCHOR = re.compile(r"[年月季]|[同当][日天]|\d[-/.]\d")
_REACH = 32
_SPAN_CONNECTOR = re.compile(r"^[ \t]?(?:至|到|—|–|-|－|~|～|——|―|――)[ \t]?$")
# 2月4日至10日: the end of a stretch of days named by its day alone, in the same month
_DAY_TAIL = re.compile(r"[ \t]?(?:至|到|—|–|-|－|~|～|——|―|――)[ \t]?([0-9]{1,2})日")
# 1997年7―9月, 2019年4至6月: a year followed by a stretch of its months
_MONTH_TAIL = re.compile(
    rf"{_SP}(?P<m1>{_MON}){_SP}(?:至|到|—|–|-|－|~|～|——|―|――){_SP}(?P<m2>{_MON}){_SP}月份?(?![\d日号])"
)
_REL_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2}
_PREV_OFFSET = {"同年": 0, "当年": 0, "次年": 1, "翌年": 1}
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
_CUE_KINDS = ("asof_before", "deadline_before", "deadline_after", "target_before")


@data_cache()
def _cues() -> dict[str, CueRow]:
    def anchored(kind: str, rx: str) -> str:
        return f"(?:{rx})[ \\t]?$" if kind.endswith("_before") else f"^(?:{rx})"

    return cue_table("date_cues.tsv", _CUE_KINDS, anchored)


def date_cue(kind: str) -> re.Pattern[str]:
    """The compiled cue words of ``data/date_cues.tsv`` for one kind.

    Kinds: ``asof_before`` (截至), ``deadline_before`` (到, 争取在), ``deadline_after`` (底前,
    以前) and ``target_before`` (将, 要, 力争 …: a date that is a target, not a time of
    writing). A ``*_before`` pattern is anchored at the end of the text searched (search the
    few characters before a date); an ``*_after`` pattern at its start.

    Examples:
        >>> bool(date_cue("deadline_before").search("力争到"))
        True
        >>> bool(date_cue("deadline_before").search("截至"))
        False
    """
    return _cues()[kind][0]


def date_cue_examples(kind: str) -> tuple[list[str], list[str]]:
    """The examples a cue kind must match and must not match, from the data file."""
    _, yes, no = _cues()[kind]
    return yes, no


class DateMatch(BaseModel):
    """A date found in text: its span, the text, and its value.

    ``value`` is None when the text leaves the year out and no reference was given;
    ``unresolved`` then says why, and ``month``/``day`` keep what the text does say.
    A relative date that was resolved says against what: ``anchor`` (the date it was
    counted from), ``anchor_kind`` and ``anchor_start`` (where that date is in the text,
    None for the document's own date).
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
    anchor: FuzzyDate | None = Field(
        default=None, description="The date a relative value was resolved against (None if absolute)."
    )
    anchor_kind: AnchorKind | None = Field(
        default=None, description="document, discussed_year or previous_date (None if absolute)."
    )
    anchor_start: int | None = Field(
        default=None, description="Offset of the anchoring date in the text; None for the document's date."
    )
    role: DateRole = Field(
        default="date", description="date (when), record (全年, 上年, 2010年度) or stretch (过去五年)."
    )


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


def _prefix_qualifier(text: str, start: int, end: int | None = None) -> Qualifier | None:
    """``by`` for a deadline: 到/争取在 before the date, or 前/以前/底前 right after it."""
    before = text[max(0, start - 4) : start]
    if date_cue("asof_before").search(before):
        return None
    if date_cue("deadline_before").search(before):
        return Qualifier.BY
    if end is not None and date_cue("deadline_after").match(text[end : end + 4]):
        return Qualifier.BY
    return None


def _make(
    year: int, month: int | None, day: int | None, qualifier: Qualifier | None, inferred: bool = False
) -> FuzzyDate | None:
    try:
        return FuzzyDate(year=year, month=month, day=day, qualifier=qualifier, inferred=inferred)
    except ValueError:
        return None


_COMPARED_BEFORE = re.compile(r"(?:比|较|与|同|和|是|按|相当于|超过|低于|高于)[ \t]?$")
_COMPARED_AFTER = re.compile(r"^(?:以来|来|的水平|水平|不变价|价格|相比|同期|基础上|的[\d.０-９]|[）)])")


def _compared(text: str, start: int, end: int) -> bool:
    """A year a figure is compared with or counted from (比2009年, 1985年以来, （2010年不变价）)."""
    return bool(
        _COMPARED_BEFORE.search(text[max(0, start - 3) : start]) or _COMPARED_AFTER.match(text[end : end + 4])
    )


@dataclass
class _Anchors:
    """What relative words resolve against while the text is read in order."""

    ref: FuzzyDate | None
    discussed: int | None = None  # the year under discussion, set by the last stated year
    discussed_at: int | None = None
    last_day: FuzzyDate | None = None
    last_day_at: int | None = None
    topic: int | None = None  # the last year stated alone (2019年元旦), not as part of a dated day
    topic_at: int | None = None
    set_in_month: int | None = None  # the month of the date that set ``discussed``, if it had one

    def discussed_year(self) -> tuple[int, AnchorKind, int | None] | None:
        if self.discussed is not None:
            return self.discussed, "discussed_year", self.discussed_at
        if self.ref is not None:
            return self.ref.year, "document", None
        return None

    def update(self, m: DateMatch, text: str) -> None:
        v = m.value
        if v is None:
            return
        if v.day is not None and v.end is None:
            self.last_day, self.last_day_at = v, m.start
        # A stated year (2004年, 去年, 过去一年, 次年) sets the year under discussion; a
        # deadline, a span, a word of that year (全年, 9月份) or a year of comparison (比2009年,
        # 1985年以来, 2010年不变价) does not move it.
        sets_year = m.role == "date" and v.end is None and v.qualifier is not Qualifier.BY
        if sets_year and m.anchor_kind != "discussed_year" and not _compared(text, m.start, m.end):
            self.discussed, self.discussed_at = v.year, m.start
            self.set_in_month = v.month
            if v.month is None:
                self.topic, self.topic_at = v.year, m.start

    def year_of_month(self, month: int | None) -> tuple[int, AnchorKind, int | None] | None:
        """The year a month-day (2月4日) is read in: the year under discussion, except at a turn of
        the year: a text about 2019 that names a day late in 2018 (2018年12月29日) and then an
        earlier month means that month of 2019, the year it is about, not a step back in 2018."""
        at = self.discussed_year()
        if (
            at is not None
            and month is not None
            and self.set_in_month is not None
            and month < self.set_in_month
            and self.topic is not None
            and self.topic == at[0] + 1
        ):
            return self.topic, "discussed_year", self.topic_at
        return at


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
        >>> [m.value.iso for m in find_dates("过去五年，2005年全年增长，比上年提高", reference="2006-03")]
        ['2001/2005', '2005', '2005', '2004']
        >>> find_dates("共计1700多人")
        []
    """
    ref = as_reference(reference)
    raw: list[DateMatch] = []
    anchors = _Anchors(ref)
    for start, end, g in _date_hits(text):
        match = _interpret(text, start, end, g, anchors)
        if match is None:
            continue
        raw.append(match)
        anchors.update(match, text)
    return _merge_spans(text, raw)


@functools.lru_cache(maxsize=4)
def _date_hits(text: str) -> tuple[tuple[int, int, dict[str, str | None]], ...]:
    """What ``_DATE_RX.finditer(text)`` finds, searching only near anchors (cached: parse asks twice)."""
    return tuple(
        (m.start(), m.end(), m.groupdict()) for m in windowed_finditer(_DATE_RX, _ANCHOR, _REACH, text)
    )


def _resolved(
    start: int,
    end: int,
    text: str,
    value: FuzzyDate,
    anchor: tuple[int, AnchorKind, int | None] | FuzzyDate,
    *,
    month: int | None = None,
    day: int | None = None,
    role: DateRole = "date",
) -> DateMatch:
    """A relative date resolved against an anchor (a year with its kind and offset, or the reference)."""
    if isinstance(anchor, FuzzyDate):
        at, kind, where = anchor, "document", None
    else:
        at, kind, where = FuzzyDate(year=anchor[0]), anchor[1], anchor[2]
    return DateMatch(
        start=start,
        end=end,
        text=text,
        value=value,
        relative=True,
        month=month,
        day=day,
        anchor=at,
        anchor_kind=kind,
        anchor_start=where,
        role=role,
    )


_Groups = dict[str, str | None]


def _interpret(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """The date a match of ``_DATE_RX`` means: the first alternative whose groups matched."""
    for groups, read in _ALTERNATIVES:
        if any(g[k] for k in groups):
            return read(text, start, end, g, anchors)
    return None  # pragma: no cover - every alternative has a group


def _year_range(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """2006-2010年, 2006至2010年: a stretch of years."""
    y1, y2 = int(g["ry1"] or 0), int(g["ry2"] or 0)
    if y2 < y1:
        return None
    return DateMatch(
        start=start, end=end, text=text[start:end], value=FuzzyDate(year=y1, end=FuzzyDate(year=y2))
    )


def _deadline_wins(q: Qualifier | None, text: str, end: int) -> Qualifier | None:
    """2019年底前: a deadline wins over the part of the year."""
    if q in (Qualifier.END, Qualifier.START) and date_cue("deadline_after").match(text[end : end + 3]):
        return Qualifier.BY
    return q


def _absolute(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """2005年2月3日, 二〇〇五年底, 2010年上半年: a year with its month, day or part."""
    year = _year(g["y"] or "")
    if not 1800 <= year <= 2199:
        return None
    month, day = _num(g["m"]), _num(g["d"])
    q = _SUFFIX_QUALIFIER.get(g["suf"] or "") or _prefix_qualifier(text, start, end)
    q = _deadline_wins(q, text, end)
    if g["suf"] in ("上半年", "下半年") and month is not None:
        return None
    point = _make(year, month, day, q)
    if point is None:
        return None
    role: DateRole = "record" if month is None and text.startswith("度", end) else "date"
    return DateMatch(start=start, end=end, text=text[start:end], value=point, month=month, day=day, role=role)


def _numeric(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """2005-02-03, 2005.2.3: a numeric date."""
    numeric = _make(int(g["ny"] or 0), int(g["nm"] or 0), int(g["nd"] or 0), _prefix_qualifier(text, start))
    if numeric is None:
        return None
    return DateMatch(
        start=start, end=end, text=text[start:end], value=numeric, month=numeric.month, day=numeric.day
    )


def _relative_year(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """今年, 明年3月, 去年底: a year counted from the reference."""
    s = text[start:end]
    ref = anchors.ref
    month, day = _num(g["rm"]), _num(g["rd"])
    q = _SUFFIX_QUALIFIER.get(g["rsuf"] or "") or _prefix_qualifier(text, start, end)
    q = _deadline_wins(q, text, end)
    if ref is None:
        return _unresolved(start, end, s, "relative year; pass reference= to resolve it", month, day)
    rel = _make(ref.year + _REL_OFFSET[g["rel"] or ""], month, day, q, inferred=True)
    if rel is None:
        return None
    return _resolved(start, end, s, rel, ref, month=month, day=day)


def _same_day(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """同日: the last day-precise date before it."""
    s = text[start:end]
    last_day = anchors.last_day
    if last_day is None:
        return _unresolved(start, end, s, "同日 with no earlier day-precise date")
    v = last_day.model_copy(update={"qualifier": None})
    return DateMatch(
        start=start,
        end=end,
        text=s,
        value=v,
        relative=True,
        month=v.month,
        day=v.day,
        anchor=v,
        anchor_kind="previous_date",
        anchor_start=anchors.last_day_at,
    )


def _decade(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """九十年代, 90年代: a decade of the twentieth century."""
    d = _num(g["dec"]) or 0
    decade = d if d >= 50 else d * 10
    base = 1900 + decade
    return DateMatch(
        start=start, end=end, text=text[start:end], value=FuzzyDate(year=base, end=FuzzyDate(year=base + 9))
    )


def _century_head(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """本世纪头十年: the first years of the century."""
    n = _num(g["head"]) or 0
    if not 1 <= n <= 99:
        return None
    return DateMatch(
        start=start, end=end, text=text[start:end], value=FuzzyDate(year=2001, end=FuzzyDate(year=2000 + n))
    )


def _looking_back(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """过去五年, 五年来, 近三年: see ``_lookback``."""
    return _lookback(
        start, end, text[start:end], _num(g["back"] or g["these"] or g["since"]) or 0, anchors.ref
    )


def _forward(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """今后五年, 新的一年: years counted forward from the reference."""
    s = text[start:end]
    ref = anchors.ref
    n = 1 if g["newyear"] else _num(g["fwd"]) or 0
    if not 1 <= n <= 50:
        return None
    if ref is None:
        return _unresolved(start, end, s, "counted from the document's date; pass reference= to resolve it")
    v = FuzzyDate(year=ref.year, inferred=True, end=FuzzyDate(year=ref.year + n - 1) if n > 1 else None)
    return _resolved(start, end, s, v, ref, role="stretch" if n > 1 else "date")


def _anaphora(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """同年, 次年: see ``_anaphoric``."""
    return _anaphoric(text, start, end, g["ana"] or "", anchors)


def _previous(text: str, start: int, end: int, g: _Groups, anchors: _Anchors) -> DateMatch | None:
    """上年, 前一年: a year counted from the year under discussion."""
    s = text[start:end]
    if anchors.discussed is None:
        return _unresolved(start, end, s, f"{g['prev']} with no earlier year in the text")
    year = anchors.discussed + _PREV_OFFSET[g["prev"] or ""]
    v = FuzzyDate(year=year, inferred=True)
    return _resolved(start, end, s, v, (anchors.discussed, "previous_date", anchors.discussed_at))


def _lookback(start: int, end: int, s: str, n: int, ref: FuzzyDate | None) -> DateMatch | None:
    """过去五年, 五年来, 近三年, 一年来: the last ``n`` completed years before the document
    (a document written in November or December counts its own year as done)."""
    if not 1 <= n <= 50:
        return None
    if ref is None:
        return _unresolved(start, end, s, "a look-back; pass reference= to resolve it")
    last = ref.year if ref.month is not None and ref.month >= 11 else ref.year - 1
    first = last - n + 1
    v = FuzzyDate(year=first, inferred=True, end=FuzzyDate(year=last) if n > 1 else None)
    return _resolved(start, end, s, v, ref, role="stretch" if n > 1 else "date")


_ANAPHORIC_QUALIFIER = {
    "年末": Qualifier.END,
    "年底": Qualifier.END,
    "年初": Qualifier.START,
    "上半年": Qualifier.HALF1,
    "下半年": Qualifier.HALF2,
}


def _anaphoric(text: str, start: int, end: int, word: str, anchors: _Anchors) -> DateMatch | None:
    """全年, 上年, 年末, 上半年, 一季度, 年内: a part of the year under discussion (上年: the year before)."""
    s = text[start:end]
    at = anchors.discussed_year()
    if at is None:
        return _unresolved(start, end, s, f"{word} with no year in the text; pass reference= to resolve it")
    year = at[0] - 1 if word.startswith("上年") else at[0]
    q = _ANAPHORIC_QUALIFIER.get(word)
    deadline = _prefix_qualifier(text, start, end)
    if deadline is Qualifier.BY:
        q = Qualifier.BY  # 年底前, 到年底: a deadline wins over the part of the year
    role: DateRole = "record" if word in ("全年", "上年", "上年度", "本年度") else "date"
    v = FuzzyDate(year=year, qualifier=q, inferred=True)
    return _resolved(start, end, s, v, at, role=role)


def _month(text: str, start: int, end: int, g: dict[str, str | None], anchors: _Anchors) -> DateMatch | None:
    """11月7日, 9月份, 3月底: a month (and day) of the year under discussion."""
    s = text[start:end]
    if g["mm"]:
        month, day = _num(g["mm"]), _num(g["md"])
        q = _SUFFIX_QUALIFIER.get(g["msuf"] or "")
        if month is None or day is None or not _valid_month_day(month, day):
            return None
    else:
        month, day = _num(g["bm"]), None
        if not (g["bm"] or "").isdigit() and not g["bmfen"]:
            return None  # 三月 alone is too often not a date (阳春三月); 三月份 is
        q = _SUFFIX_QUALIFIER.get(g["bmsuf"] or "")
        deadline = _prefix_qualifier(text, start, end)
        if deadline is Qualifier.BY:
            q = Qualifier.BY
    at = anchors.year_of_month(month)
    if at is None:
        return _unresolved(start, end, s, "the year is not stated; pass reference= to resolve it", month, day)
    md = _make(at[0], month, day, q, inferred=True)
    if md is None:
        return _unresolved(start, end, s, f"{month}月{day}日 does not exist in {at[0]}", month, day)
    return _resolved(start, end, s, md, at, month=month, day=day)


_Read = Callable[[str, int, int, _Groups, _Anchors], DateMatch | None]
# the alternatives of _DATE_RX in the order they are tried, each with the groups that select it
_ALTERNATIVES: tuple[tuple[tuple[str, ...], _Read], ...] = (
    (("ry1",), _year_range),
    (("y",), _absolute),
    (("ny",), _numeric),
    (("rel",), _relative_year),
    (("mm", "bm"), _month),
    (("same",), _same_day),
    (("dec",), _decade),
    (("head",), _century_head),
    (("back", "these", "since"), _looking_back),
    (("fwd", "newyear"), _forward),
    (("ana",), _anaphora),
    (("prev",), _previous),
)


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
                    if span.qualifier == Qualifier.BY and date_cue("deadline_before").search(
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
        months = _month_span(text, a)
        if months is not None:
            out.append(months)
            i += 1
            while i < len(matches) and matches[i].start < months.end:  # the end month's own match
                i += 1
            continue
        out.append(_day_span(text, a))
        i += 1
    return out


def _month_span(text: str, a: DateMatch) -> DateMatch | None:
    """1997年7―9月 → July to September 1997: a year-only date followed by a stretch of months."""
    v = a.value
    if v is None or v.month is not None or v.end is not None or a.relative or not a.text.endswith("年"):
        return None
    tail = _MONTH_TAIL.match(text, a.end)
    if tail is None:
        return None
    m1, m2 = _num(tail.group("m1")), _num(tail.group("m2"))
    if m1 is None or m2 is None or not m1 < m2:
        return None
    first, last = _make(v.year, m1, None, v.qualifier, v.inferred), _make(v.year, m2, None, None)
    if first is None or last is None:
        return None
    span = first.model_copy(update={"end": last})
    return a.model_copy(update={"end": tail.end(), "text": text[a.start : tail.end()], "value": span, "month": m1})


def _day_span(text: str, a: DateMatch) -> DateMatch:
    """2月4日至10日 → 4 to 10 February: a day-only end extends a dated day within its month."""
    v = a.value
    tail = _DAY_TAIL.match(text, a.end)
    if tail is None or v is None or v.day is None or v.month is None or v.end is not None:
        return a
    day = int(tail.group(1))
    last = _make(v.year, v.month, day, None, inferred=v.inferred) if day > v.day else None
    if last is None:
        return a
    span = v.model_copy(update={"end": last.model_copy(update={"inferred": False})})
    return a.model_copy(update={"end": tail.end(), "text": text[a.start : tail.end()], "value": span})


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
