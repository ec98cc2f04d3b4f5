"""The status of a dated fact (done or planned), and the date cues milestones and indicators share."""

from __future__ import annotations

import re

from ..model import FuzzyDate, Qualifier, Status
from .context import DocContext

# 要 the modal, not a part of 主要, 重要, 只要, 纲要 (今年国务院决定提高主要农副产品的收购价格 is no
# plan); 再 of the year ahead (今年再开工27个项目, 今年再解决…: one more, to come; not 再次, 再创, 不再)
# tells the report year's plans (从今年起 does not: in news it tells what is under way)
_PLANNED = re.compile(
    r"争取|计划|力争|预计|拟|将|(?<![主重只纲摘概简首紧])要|必须|应当|目标|到\d{4}年|确保|实现.{0,6}目标|规划|任务"
    r"|(?<![一不])再(?!次|度|创|造|生|现|一次|加上|也)|有可能|可能在|可望|有望|可以提前|能够提前|能提前"
    r"|逐年|分[一二三四五六七八九十两\d]+(?:年|步|批|期)(?:落实|实施|完成|推进|进行|到位)"
)
# 计划 as a verb (计划在…建成), not the noun (第二个五年计划, 年度计划, 计划经济); 目标 not
# told as met (主要目标任务全面完成)
_STRONG_PLAN = re.compile(
    r"争取|(?<!五年)(?<!年度)(?<!的)(?<!有)计划(?!经济|执行|的|指标|任务|期|体制|时|[，,。；;、）)]|$)|力争|预计|拟(?!定)|目标(?![^，,。；;]{0,4}(?:完成|实现|达到))|到\d{4}年|确保"
)
_DONE_PAST = re.compile(r"已经|已|了")
# a done word under a modal (今年要召开…, 将获得丰收) tells a plan or a forecast, not a fact
_DONE = re.compile(
    r"(?<![将要拟可能准备争取计划])(?:已|完成了|建成了|实现了|开通了|成立了|召开|举办了|印发了|获得|荣获|入选)"
)
# a perfective 了 after a verb (提高…收购价格，满足了…; 为了, 除了, 了解 are no aspect); told
# before any modal or plan word it makes the dated clause a thing done
_PERFECTIVE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为除罢])了(?![解结如然却])")
_MODAL = re.compile(
    r"(?<![主重只纲摘概简首紧])要|将|拟(?!定)|争取|力争|计划|预计|准备|必须|应当|应该|确保|需要|目标|任务|规划"
    r"|有可能|可能在|可望|有望|可以提前|能够提前|能提前"
)
# a verb of the modal's own clause that tells what is to be done (应当分别召开, 要在北京召开):
# a done word bare of 了 after it is no fact
_BARE_AFTER_MODAL = re.compile(
    r"(?<![主重只纲摘概简首紧])要|将|拟(?!定)|争取|力争|准备|必须|应当|应该|需要|有可能|可望|有望"
)
# what tells a clause of the document's own year done whatever the part of the text: a
# perfective or a past marker (已, 了, 曾, 以来), a decision told (国务院决定…: made)
_TOLD_DONE = re.compile(r"已|(?<![为除罢])了(?![解结如然却])|曾|以来|(?<![要将拟])决定(?!性)")
# told as early or already (早在一九八三年，…就着手; 去年就明确提出)
_EARLY = re.compile(r"早在")
_ALREADY_AFTER = re.compile(r"[ \t]?(?:早就|就|便)(?![是要将会能可业近地医学读诊职任座绪此])")
_LIST_REACH = 300  # a list of targets after 到2010年 is read this far
_RELATIVE_SPAN = re.compile(r"^(?:近|最近|过去|这|多)")


def _status(
    ctx: DocContext, clause: str, date: FuzzyDate | None, pos: int, *, written: int | None = None
) -> Status:
    """Done or planned for a dated clause. ``written`` is the month of its year by which the
    document was written (``_written_by``; 0 when only the year is known): a month before it
    is past, and a document written early in its year (by ``_EARLY_MONTH``) tells that year's
    programme: an event of the year with no done word is planned (今年重点抓好四件事,
    从今年起…覆盖到所有农业县)."""
    past = ctx.date is not None and date is not None and date.latest() < ctx.date.earliest()
    if written and ctx.date is not None and date is not None and date.latest().year == ctx.date.year:
        past = past or date.latest().month < written  # 今年2月修订计划时… told after 今年1至9月安排了…
    early = written is not None and written <= _EARLY_MONTH
    if date is not None and date.qualifier is Qualifier.BY:
        # 到了1954年，…撤销了…: a deadline long past, told as done, is an achievement
        return Status.DONE if past and _DONE_PAST.search(clause) else Status.PLANNED
    if ctx.date is not None and date is not None and date.earliest() > ctx.date.latest():
        return Status.PLANNED
    if _done_word(clause):
        return Status.DONE
    if past and not _STRONG_PLAN.search(clause):
        return Status.DONE  # 2007年4月将…合并: 将 before a past date is not a plan
    if _PLANNED.search(clause) or ctx.section(pos) == "plan":
        return Status.PLANNED
    if (
        early
        and ctx.date is not None
        and date is not None
        and date.year == ctx.date.year
        and (date.month is None or date.month > _EARLY_MONTH)  # not a month that may be gone by
        and not _TOLD_DONE.search(clause)
    ):
        return Status.PLANNED
    return Status.DONE


def _done_word(clause: str) -> bool:
    """Whether a done word tells the clause done: not one bare of 了 under a modal told before
    it in the clause (从今年起，应当分别召开各种专业会议; 今年要在北京召开…).

    Examples:
        >>> _done_word("今年二月召开全国省长会议")
        True
        >>> _done_word("从今年起，应当分别召开各种专业会议")
        False
        >>> _done_word("根据计划，今年二月召开了全国省长会议")
        True
    """
    for m in _DONE.finditer(clause):
        if m.group() == "已" or m.group().endswith("了") or clause.startswith("了", m.end()):
            return True
        if not _BARE_AFTER_MODAL.search(clause, 0, m.start()):
            return True
    return False


# a month of the document's year told done (今年2月召开了…, 今年1至9月安排了…): the text was
# written after it
_MONTH_TOLD_DONE = re.compile(r"[ \t]?[，,]?[^，,。；;：:\n]{0,30}?(?:已|(?<![为除罢])了(?![解结如然却]))")
_EARLY_MONTH = 4  # a document written by the end of this month of its year plans the year


def _written_by(ctx: DocContext, months: list[tuple[int, int, int]]) -> int | None:
    """The month of its year by which the document was written: its own date's month, or,
    when its date is only a year, the latest month of that year it tells done (0 when none);
    None without a date. ``months``: (year, month, end offset) of each date with a month.

    Work reports are delivered in March and plan the year; a review written at the year's end
    tells the year's months done (深圳市8月7日成为…, 6月12日又召开了…).
    """
    if ctx.date is None:
        return None
    if ctx.date.month is not None:
        return ctx.date.month
    text = ctx.text
    return max(
        (month for year, month, end in months if year == ctx.date.year and _MONTH_TOLD_DONE.match(text, end)),
        default=0,
    )


def _told_done(before: str, date_text_after: str) -> bool:
    """Whether a dated clause tells its event as done by its words alone, whatever the section
    of the report: ``before`` is the text from the clause start to the date, ``date_text_after``
    the text from the end of the date to the end of its sentence.

    Examples:
        >>> _told_done("", "国务院决定较大幅度地提高收购价格，满足了八亿农民的多年愿望")
        True
        >>> _told_done("早在", "，国务院就着手进行第七个五年计划的拟定工作")
        True
        >>> _told_done("", "就明确提出，一定要确保资金的合理投向")
        True
        >>> _told_done("", "要继续巩固已经取得了的成果")
        False
    """
    if _EARLY.search(before) or _ALREADY_AFTER.match(date_text_after):
        return True
    m = _PERFECTIVE.search(date_text_after)
    return m is not None and not _MODAL.search(date_text_after, 0, m.start())
