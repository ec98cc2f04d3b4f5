"""Quantitative indicators, each with its name, region, as-of date, status and evidence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..errors import DataFileError
from ..lexicon.gazetteer import ethnic_groups
from ..lexicon.resources import data_cache, data_records, data_regex
from ..model import FuzzyDate, Indicator, Quantity
from ..parse.dates import DateMatch, date_cue
from ..parse.quantities import QuantityMatch
from .context import DocContext
from .status import _LIST_REACH, _RELATIVE_SPAN, _status

__all__ = ["extract_indicators"]


@dataclass(frozen=True)
class _Rule:
    name: str
    units: re.Pattern[str]
    cue: re.Pattern[str]
    purpose: str | None


@data_cache()
def _rules() -> tuple[_Rule, ...]:
    out = []
    for origin, (name, units, cue, purpose) in data_records("indicator_rules.tsv", 4):
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise DataFileError(origin, f"indicator name {name!r} is not snake_case")
        out.append(_Rule(name, data_regex(origin, units), data_regex(origin, cue), purpose or None))
    return tuple(out)


def _name(q: QuantityMatch, windows: tuple[str, ...]) -> _Rule | None:
    """The first rule whose unit fits and whose cue is in the nearest window that has one:
    a cue before the quantity outranks one after it (互联网用户2.1万户，其中宽带用户…)."""
    rules = [r for r in _rules() if r.units.search(q.value.unit)]
    for window in windows:
        for rule in rules:
            if rule.cue.search(window):
                return rule
    return None


_SINCE_REACH = 1500  # 截至2007年底 dates its paragraph, up to this far
_ASOF_REACH = 120  # an as-of date reaches this far ahead within its sentence
_ASOF_BREAK = re.compile(r"目前|现在|当前|之后|此后|以后|后来|期间|时期")
_SINCE = re.compile(r"^(?:截止|截至)到?$")
_FOUNDING = re.compile(r"^(?:年)?(?:[底末])?(?:成立|建立|设立|建州|建市|建县)|(?:成立|建立|设立)于$")


def _as_of(ctx: DocContext, dates: list[DateMatch], starts: list[int], q: QuantityMatch) -> FuzzyDate | None:
    """The date a quantity is stated for: the nearest date before it in its sentence (or
    in its paragraph after 截至), unless 目前/之后 intervenes or the date is a founding."""
    text = ctx.text
    i = bisect.bisect_left(starts, q.start) - 1
    if i < 0:
        return None
    d = dates[i]
    s, _ = ctx.layout.sentence(q.start)
    p, _ = ctx.layout.paragraph(q.start)
    since = bool(_SINCE.search(text[max(0, d.start - 3) : d.start]))
    deadline = bool(date_cue("deadline_before").search(text[max(0, d.start - 4) : d.start]))
    reach = _LIST_REACH if deadline else _ASOF_REACH  # 到2008年建成…，…50%以上实现在线处理
    if d.start < (max(p, q.start - _SINCE_REACH) if since else max(s, q.start - reach)):
        return None
    if _ASOF_BREAK.search(text, d.end, q.start) or d.value is None:
        return None
    if _FOUNDING.search(text[d.end : d.end + 4]) or _FOUNDING.search(text[max(0, d.start - 4) : d.start]):
        return None
    if d.relative and d.value.end is not None and _RELATIVE_SPAN.match(d.text):
        return None  # 近三年来 is a stretch, not a date to state a figure for
    return d.value


_BEFORE = 60  # how far before a quantity its cue is looked for (a run-on clause can be long)
_AFTER = 40  # how far after a share (%) or a head count (名) its cue may be
_WIDE_UNITS = {"%", "名"}
_COUNTED_SET = {"县", "市", "口岸"}
_WHOLE_SET = re.compile(r"全(?:州|区|市|县|省|地区|盟|疆)(?:[一二三四五六七八九十两\d]{1,3}[县市区])?$")
_ETHNIC = re.compile(r"(?P<g>[\u4e00-\u9fff]{1,5}族)(?:人口)?占(?:总人口的?)?$")
_THRESHOLD = re.compile(r"(?:面积|规模|标准|不少于|不低于|不得|应当|须|每)[^，。；]{0,8}$")


def _as_count(q: Quantity) -> Quantity:
    """75个乡镇 counted as townships: the indicator's name says what, the unit is 个."""
    return q.model_copy(update={"unit": "个"}) if q.unit.startswith("个") else q


def extract_indicators(
    ctx: DocContext, quantities: list[QuantityMatch], dates: list[DateMatch]
) -> list[Indicator]:
    """Quantities named after the indicator vocabulary, with region, as-of date and status."""
    text = ctx.text
    dated = [d for d in dates if d.value is not None]
    date_starts = [d.start for d in dated]
    dates = dated
    out: list[Indicator] = []
    for q in quantities:
        if ctx.in_title(q.start):
            continue
        s, e = ctx.layout.sentence(q.start)
        cs = max(ctx.layout.clause_start(q.start, s), q.start - _BEFORE)
        before = text[cs : q.start]
        if q.value.unit == "元":  # 增加对电子政务的投入，…将达到2000亿元: the purpose is a clause back
            before = text[max(ctx.layout.clause_start(q.start, s, back=1), q.start - 2 * _BEFORE) : q.start]
        after = text[q.end : min(e, q.end + 8)]
        windows: tuple[str, ...] = (before, after)
        if q.value.unit in _WIDE_UNITS:  # 70%以上县市区政府设置了…机构; 170名…代表与会
            ahead = 1 if q.value.unit == "%" else 0
            windows += (text[q.end : min(ctx.layout.clause_end(q.end, e, ahead), q.end + _AFTER)],)
        if q.value.unit in _COUNTED_SET and _WHOLE_SET.search(before):
            continue  # 全州三县一市: the set of a region's divisions, not a count
        if _THRESHOLD.search(before) and q.value.unit == "平方米":
            continue
        rule = _name(q, windows)
        if rule is None:
            continue
        ps, pe = ctx.layout.passage(q.start, q.end)
        group = None
        if rule.name == "ethnic_share":
            gm = _ETHNIC.search(before)
            group = next((g for g in ethnic_groups() if gm and gm.group("g").endswith(g)), None)
        as_of = _as_of(ctx, dates, date_starts, q)
        out.append(
            Indicator(
                name=rule.name,
                quantity=_as_count(q.value) if rule.name == "connected_townships" else q.value,
                region=ctx.region_at(q.start),
                date=as_of,
                status=_status(ctx, text[cs : min(e, q.end + 8)], as_of, q.start),
                group=group,
                purpose=rule.purpose,
                evidence=ctx.evidence(ps, pe),
            )
        )
    return out
