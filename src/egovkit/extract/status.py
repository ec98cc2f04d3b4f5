"""The status of a dated fact (done or planned), and the date cues milestones and indicators share."""

from __future__ import annotations

import re

from ..lexicon.resources import CueRow, cue_table, data_cache
from ..model import FuzzyDate, Qualifier, Status
from .context import DocContext

# the cue words of data/status_cues.tsv, by kind; already_after and month_told_done are matched
# at a position, the others searched
_KINDS = (
    "planned",
    "strong_plan",
    "done_past",
    "done",
    "perfective",
    "modal",
    "bare_modal",
    "told_done",
    "early",
    "already_after",
    "month_told_done",
    "year_ahead",
)
_MATCHED_AT = frozenset({"already_after", "month_told_done"})


@data_cache()
def _cues() -> dict[str, CueRow]:
    return cue_table("status_cues.tsv", _KINDS)


def _cue(kind: str) -> re.Pattern[str]:
    return _cues()[kind][0]


def status_cue_examples(kind: str) -> tuple[bool, list[str], list[str]]:
    """Whether a status cue kind is matched at a position (else searched), and the examples
    it must and must not match, from ``data/status_cues.tsv``."""
    _, yes, no = _cues()[kind]
    return kind in _MATCHED_AT, yes, no


# the names the cue sets had as constants of this module (events reads _MODAL)
_LEGACY = {
    "_PLANNED": "planned",
    "_STRONG_PLAN": "strong_plan",
    "_DONE_PAST": "done_past",
    "_DONE": "done",
    "_PERFECTIVE": "perfective",
    "_MODAL": "modal",
    "_BARE_AFTER_MODAL": "bare_modal",
    "_TOLD_DONE": "told_done",
    "_EARLY": "early",
    "_ALREADY_AFTER": "already_after",
    "_MONTH_TOLD_DONE": "month_told_done",
}


def __getattr__(name: str) -> re.Pattern[str]:
    if name in _LEGACY:
        return _cue(_LEGACY[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        return Status.DONE if past and _cue("done_past").search(clause) else Status.PLANNED
    if ctx.date is not None and date is not None and date.earliest() > ctx.date.latest():
        return Status.PLANNED
    if _done_word(clause):
        return Status.DONE
    if past and not _cue("strong_plan").search(clause):
        return Status.DONE  # 2007年4月将…合并: 将 before a past date is not a plan
    if _cue("planned").search(clause) or ctx.section(pos) == "plan":
        return Status.PLANNED
    if (
        early
        and ctx.date is not None
        and date is not None
        and date.year == ctx.date.year
        and (date.month is None or date.month > _EARLY_MONTH)  # not a month that may be gone by
        and not _cue("told_done").search(clause)
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
    for m in _cue("done").finditer(clause):
        if m.group() == "已" or m.group().endswith("了") or clause.startswith("了", m.end()):
            return True
        if not _cue("bare_modal").search(clause, 0, m.start()):
            return True
    return False


# a month of the document's year told done (今年2月召开了…, 今年1至9月安排了…): the text was
# written after it
_EARLY_MONTH = 4  # a document written by the end of this month of its year plans the year


def _written_by(ctx: DocContext, months: list[tuple[int, int, int]]) -> int | None:
    """The month of its year by which the document was written: its own date's month, or,
    when its date is only a year, the latest month of that year it tells done (0 when none,
    if the text speaks of the year as ahead: 今年要, 今年的主要任务); None without a date, or
    when nothing tells (a summary dated by its year that tells no month is no early report). ``months``: (year, month, end offset) of each date with a month.

    Work reports are delivered in March and plan the year; a review written at the year's end
    tells the year's months done (深圳市8月7日成为…, 6月12日又召开了…).
    """
    if ctx.date is None:
        return None
    if ctx.date.month is not None:
        return ctx.date.month
    text = ctx.text
    told = max(
        (month for year, month, end in months if year == ctx.date.year and _cue("month_told_done").match(text, end)),
        default=0,
    )
    if told == 0 and not _cue("year_ahead").search(text):
        return None  # dated by its year alone and never speaking of the year as ahead: a summary may be
    return told


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
    if _cue("early").search(before) or _cue("already_after").match(date_text_after):
        return True
    m = _cue("perfective").search(date_text_after)
    return m is not None and not _cue("modal").search(date_text_after, 0, m.start())
