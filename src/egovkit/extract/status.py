"""The status of a dated fact (done or planned), and the date cues milestones and indicators share."""

from __future__ import annotations

import re

from ..model import FuzzyDate, Qualifier, Status
from .context import DocContext

_PLANNED = re.compile(r"争取|计划|力争|预计|拟|将|要|必须|应当|目标|到\d{4}年|确保|实现.{0,6}目标|规划|任务")
# 计划 as a verb (计划在…建成), not the noun (第二个五年计划, 年度计划, 计划经济)
_STRONG_PLAN = re.compile(
    r"争取|(?<!五年)(?<!年度)(?<!的)计划(?!经济|执行|的|指标|任务|期)|力争|预计|拟|目标|到\d{4}年|确保"
)
_DONE_PAST = re.compile(r"已经|已|了")
# a done word under a modal (今年要召开…, 将获得丰收) tells a plan or a forecast, not a fact
_DONE = re.compile(
    r"(?<![将要拟可能准备争取计划])(?:已|完成了|建成了|实现了|开通了|成立了|召开|举办了|印发了|获得|入选)"
)
_LIST_REACH = 300  # a list of targets after 到2010年 is read this far
_RELATIVE_SPAN = re.compile(r"^(?:近|最近|过去|这|多)")


def _status(ctx: DocContext, clause: str, date: FuzzyDate | None, pos: int) -> Status:
    past = ctx.date is not None and date is not None and date.latest() < ctx.date.earliest()
    if date is not None and date.qualifier is Qualifier.BY:
        # 到了1954年，…撤销了…: a deadline long past, told as done, is an achievement
        return Status.DONE if past and _DONE_PAST.search(clause) else Status.PLANNED
    if ctx.date is not None and date is not None and date.earliest() > ctx.date.latest():
        return Status.PLANNED
    if _DONE.search(clause):
        return Status.DONE
    if past and not _STRONG_PLAN.search(clause):
        return Status.DONE  # 2007年4月将…合并: 将 before a past date is not a plan
    if _PLANNED.search(clause) or ctx.section(pos) == "plan":
        return Status.PLANNED
    return Status.DONE
