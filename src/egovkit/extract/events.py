"""Dated milestones and quantitative indicators, each with its region, status and evidence."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..lexicon.gazetteer import ethnic_groups
from ..lexicon.resources import data_rows
from ..model import FuzzyDate, Indicator, Milestone, MilestoneCategory, Qualifier, Status
from ..parse.dates import DateMatch
from ..parse.quantities import QuantityMatch
from .context import DocContext

__all__ = ["extract_indicators", "extract_milestones", "milestone_category"]

_PLANNED = re.compile(r"争取|计划|力争|预计|拟|将|要|目标|到\d{4}年|确保|实现.{0,6}目标|规划|任务")
_DONE = re.compile(r"已|完成了|建成了|实现了|开通了|成立了|召开|举办了|印发了|获得|入选")


@functools.cache
def _categories() -> tuple[tuple[MilestoneCategory, re.Pattern[str]], ...]:
    return tuple((MilestoneCategory(c), re.compile(rx)) for c, rx in data_rows("milestone_categories.tsv", 2))


@dataclass(frozen=True)
class _Rule:
    name: str
    units: re.Pattern[str]
    cue: re.Pattern[str]
    purpose: str | None


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    return tuple(
        _Rule(n, re.compile(u), re.compile(c), p or None)
        for n, u, c, p in data_rows("indicator_rules.tsv", 4)
    )


def milestone_category(event: str) -> MilestoneCategory:
    """The category of an event from its words (``data/milestone_categories.tsv``).

    >>> milestone_category("自治州人民政府网站正式开通").value
    'website'
    """
    for cat, rx in _categories():
        if rx.search(event):
            return cat
    return MilestoneCategory.OTHER


_EVENT_REACH = 60  # an event clause reaches at most this far before its date (twice after)


def _clause_bounds(ctx: DocContext, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """From the clause holding ``start`` to the end of the clause after ``end`` (within lo:hi)."""
    s = ctx.layout.clause_start(start, lo)
    e = ctx.layout.clause_end(end, hi)
    if e - end < 4 and e < hi:  # a date alone in its clause: take the next one too
        e = ctx.layout.clause_end(e + 1, hi)
    return s, e


def _status(ctx: DocContext, clause: str, date: FuzzyDate | None, pos: int) -> Status:
    if date is not None and date.qualifier is Qualifier.BY:
        return Status.PLANNED
    if ctx.date is not None and date is not None and date.earliest() > ctx.date.latest():
        return Status.PLANNED
    if _DONE.search(clause):
        return Status.DONE
    if _PLANNED.search(clause) or ctx.section(pos) == "plan":
        return Status.PLANNED
    return Status.DONE


def extract_milestones(ctx: DocContext, dates: list[DateMatch]) -> list[Milestone]:
    """One milestone per dated event: every resolved date outside 《》 with the clause it dates."""
    text = ctx.text
    out: list[Milestone] = []
    for d in dates:
        if d.value is None or ctx.in_title(d.start):
            continue
        if re.fullmatch(r"\s*(?:近|最近|过去)", text[max(0, d.start - 2) : d.start]) or "年代" in d.text:
            continue
        s, e = ctx.layout.sentence(d.start)
        cs, ce = _clause_bounds(
            ctx, d.start, d.end, max(s, d.start - _EVENT_REACH), min(e, d.end + 2 * _EVENT_REACH)
        )
        event = text[cs:ce].strip()
        if len(re.sub(r"[\W\d年月日]", "", text[cs : d.start] + text[d.end : ce])) < 2:
            continue
        ps, pe = ctx.layout.passage(d.start, d.end)
        ps, pe = min(ps, cs), max(pe, ce)
        status = _status(ctx, text[cs:ce], d.value, d.start)
        out.append(
            Milestone(
                date=d.value,
                region=ctx.region_at(d.start),
                event=event,
                category=milestone_category(event),
                status=status,
                evidence=ctx.evidence(ps, pe),
            )
        )
    return out


def _name(q: QuantityMatch, before: str, after: str) -> _Rule | None:
    for rule in _rules():
        if rule.units.search(q.value.unit) and (rule.cue.search(before) or rule.cue.search(after)):
            return rule
    return None


_ETHNIC = re.compile(r"(?P<g>[\u4e00-\u9fff]{1,5}族)(?:人口)?占(?:总人口的?)?$")
_THRESHOLD = re.compile(r"(?:面积|规模|标准|不少于|不低于|不得|应当|须|每)[^，。；]{0,8}$")


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
        cs = ctx.layout.clause_start(q.start, s)
        before = text[cs : q.start]
        after = text[q.end : min(e, q.end + 8)]
        if _THRESHOLD.search(before) and q.value.unit == "平方米":
            continue
        rule = _name(q, before, after)
        if rule is None:
            continue
        ps, pe = ctx.layout.passage(q.start, q.end)
        group = None
        if rule.name == "ethnic_share":
            gm = _ETHNIC.search(before)
            group = next((g for g in ethnic_groups() if gm and gm.group("g").endswith(g)), None)
        i = bisect.bisect_left(date_starts, q.start) - 1
        as_of = dates[i].value if i >= 0 and dates[i].start >= s else None
        out.append(
            Indicator(
                name=rule.name,
                quantity=q.value,
                region=ctx.region_at(q.start),
                date=as_of,
                status=_status(ctx, text[cs : min(e, q.end + 8)], as_of, q.start),
                group=group,
                purpose=rule.purpose,
                evidence=ctx.evidence(ps, pe),
            )
        )
    return out
