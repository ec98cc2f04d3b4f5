"""Dated milestones, each with its region, status and evidence."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import DataFileError
from ..lexicon.resources import CueRow, cue_table, data_cache, data_records, data_regex
from ..model import FuzzyDate, Milestone, MilestoneCategory, Qualifier, Status
from ..parse.dates import DateMatch, date_cue
from ..parse.numerals import chinese_to_int
from .context import DocContext
from .indicators import names_figure
from .status import _LIST_REACH, _RELATIVE_SPAN, _cue, _status, _told_done, _written_by

__all__ = ["extract_milestones", "has_event", "milestone_category"]


@data_cache()
def _categories() -> tuple[tuple[MilestoneCategory, re.Pattern[str]], ...]:
    out = []
    for origin, (cat, cue) in data_records("milestone_categories.tsv", 2):
        if cat not in {c.value for c in MilestoneCategory}:
            known = ", ".join(c.value for c in MilestoneCategory)
            raise DataFileError(origin, f"{cat!r} is not a milestone category ({known})")
        out.append((MilestoneCategory(cat), data_regex(origin, cue)))
    return tuple(out)


@dataclass(frozen=True)
class _EventCues:
    event: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    clause: re.Pattern[str]
    negation: re.Pattern[str]
    measure: re.Pattern[str]
    level: re.Pattern[str]
    state: re.Pattern[str]
    reported: re.Pattern[str]
    effective: re.Pattern[str]
    list_intro: re.Pattern[str]
    outcome: re.Pattern[str]
    nominal: re.Pattern[str]
    frequency: re.Pattern[str]
    reach: re.Pattern[str]
    in_force: re.Pattern[str]


_ROLES = (
    "event",
    "before",
    "after",
    "clause",
    "negation",
    "measure",
    "level",
    "state",
    "reported",
    "effective",
    "list_intro",
    "outcome",
    "nominal",
    "frequency",
    "reach",
    "in_force",
)


@data_cache()
def _event_cues() -> _EventCues:
    """The cues of ``data/event_predicates.tsv``, one alternation per role."""
    parts: dict[str, list[str]] = {role: [] for role in _ROLES}
    for origin, (role, cue) in data_records("event_predicates.tsv", 2):
        if role not in parts:
            raise DataFileError(origin, f"{role!r} is not a role ({', '.join(_ROLES)})")
        data_regex(origin, cue)  # each row compiles on its own, so an error names its row
        parts[role].append(f"(?:{cue})")
    never = r"(?!x)x"
    rx = {role: re.compile("|".join(p) or never) for role, p in parts.items()}
    return _EventCues(**rx)


def has_event(clause: str, *, target: bool = False) -> bool:
    """Whether a clause states an event: something built, opened, held, issued, started,
    reached or won (done or to be done), by a predicate of ``data/event_predicates.tsv``
    that is not negated. A reach predicate right before a number (达到1829亿元) states a
    statistic, unless ``target`` says the clause is dated by a deadline (到2020年…达到75%).

    Examples:
        >>> has_event("自治州人民政府网站正式开通")
        True
        >>> has_event("比上年增长8%")
        False
        >>> has_event("但是没有完成本年计划")
        False
        >>> has_event("全年总收入达到一千八百二十九亿元")
        False
        >>> has_event("参加合作社的农户已经达到7500多万户", target=True)
        False
        >>> has_event("主要产品产量都超过了计划")
        False
        >>> has_event("从今年开始，重点抓好以下五项工作")
        False
    """
    cues = _event_cues()
    if cues.list_intro.search(clause):  # 重点抓好以下五项工作: the events are the list's items
        return False
    return any(
        not cues.negation.search(clause[max(0, m.start() - 3) : m.start()])
        and not (_measures(clause, m) and (not target or _reached(clause, m) or _counted_target(clause, m)))
        and not _COUNTED.match(clause, m.end())
        and not _counts(clause, m)
        and not cues.outcome.match(clause, m.start())  # 争取…获得更大的胜利: an outcome wished for
        and not cues.nominal.match(clause, m.end())  # 技术改造的步伐, 开工不足: part of a noun
        and not cues.frequency.search(clause, *_own_clause(clause, m))  # 每半年召开一次: a standing rule
        for m in cues.event.finditer(clause)
    )


# a count of things (的有二十七个, 单位有五百三十七个, 共有一千多个): 有 and a number with its
# measure word (拥有, 具有, 享有, 没有, 所有 are other words)
_COUNT = re.compile(
    r"(?<![没拥具享所])(?:共|总共)?有[约近]?(?:[\d０-９]+|[一二三四五六七八九十两百千万亿零〇]+)(?:多|余)?"
    r"[个项家所座条处种批]"
)
_CLAUSE_MARK = re.compile(r"[，,。；;：:]")


def _own_clause(clause: str, m: re.Match[str]) -> tuple[int, int]:
    """The bounds of the predicate's own clause in ``clause``: from the mark before it to the next."""
    start = max((x.end() for x in _CLAUSE_MARK.finditer(clause, 0, m.start())), default=0)
    end_mark = _CLAUSE_MARK.search(clause, m.end())
    return start, end_mark.start() if end_mark else len(clause)


def _counts(clause: str, m: re.Match[str]) -> bool:
    """Whether the predicate's own clause counts things (在今年内可以建设完工的有二十七个,
    全国已经有六十五个县…达到了…): a statistic, the count of what the predicate did or will
    do, under a deadline too (a count to be reached is an indicator's target, not an event)."""
    return bool(_COUNT.search(clause, *_own_clause(clause, m)))


# a predicate made the attribute of a count that ends the phrase (本年开始建设的271个，): a statistic
# (实施的24项措施 is a noun with its count, the event is elsewhere; 已批准的发明103项: the count
# after its noun); a predicate made a headless
# noun (在今年内可以建设完工的，有二十一个): what was done, counted next
_COUNTED = re.compile(
    r"[^，,。；;的]{0,4}?的(?:[^，,。；;、的\d]{0,6}?[\d一二三四五六七八九十两百千万]+[个项家所座条](?:[，,。；;、]|$)"
    r"|[ \t]*(?:[，,]|$))"
)

# a look-back over the year a report reviews (一年来, 过去的一年里, 过去一年)
_LOOK_BACK = re.compile(r"年(?:来|间)$|^过去的?一年(?:里|中|内|间)?$")

# a level told as already reached (已经达到, 已有四十三种提前达到, 达到了): under 到1955年底 it is an
# as-of figure, not a target
_ALREADY = re.compile(r"已(?![ \t]?[^，,。；;]*?[将要])")


def _reached(clause: str, m: re.Match[str]) -> bool:
    """Whether a measure predicate is told as done (已经达到7,500多万户, 已有四十三种提前达到,
    增加到了): a figure reached by then, a statistic even under a deadline."""
    return bool(_ALREADY.search(clause, max(0, m.start() - 12), m.start())) or clause.startswith("了", m.end())


# a number ahead (not a phase: 完成一期工程, 第二批)
# a number ahead in the clause, a few words on at most (实现利润2392亿元, 达到全体农户的百分之六十,
# 达到 73岁); not a phase (完成一期工程, 第二批)
_NUMBER_AHEAD = re.compile(
    r"[^，。；：,;:\n]{0,10}?(?:[\d０-９]|百分之|[一二三四五六七八九十两][一二三四五六七八九十两百千万亿零〇点]+|"
    r"[一二三四五六七八九十两](?=[万亿千百])|最高水平|最好水平|一半|[几数][倍成])"
    r"(?![期批步轮届次])"
)


def _measures(clause: str, m: re.Match[str]) -> bool:
    """Whether a predicate states a statistic: 达到/投入/完成/实现 with a number in its clause,
    or a level told in words (达到了这个水平, 超过了计划)."""
    if _event_cues().level.match(clause, m.start()):
        return True
    found = _event_cues().measure.match(clause, m.start())
    return found is not None and bool(_NUMBER_AHEAD.match(clause, found.end()))


# a rate, a share or a multiple, not an amount (达到60%, 百分之六十, 三分之一, 翻一番, 一半, 水平)
_RATE = re.compile(r"[%％]|百分|分之|倍|番|一半|水平")
_ITEM_END = re.compile(r"[，,。；;、：:\n]")


def _counted_target(clause: str, m: re.Match[str]) -> bool:
    """Whether a target under a deadline is an indicator's: an amount (not a rate) that the
    indicator vocabulary names (到2010年，网站访问量达到100万人次: website_visits, planned). The gold
    records such a target once, as the indicator; a target outside the vocabulary (到2025年，产业总
    规模达到2万亿元; 综合利用率达到75%) stays a milestone, planned, as the gold keeps it."""
    at = _amount_at(clause, m)
    return at is not None and names_figure(clause, at)


def _amount_at(clause: str, m: re.Match[str]) -> int | None:
    """Where the amount a reach predicate states begins (周转量将达到一千二百一十亿吨公里, 产业总规模
    达到2万亿元, 达到2000名的招生规模), or None when it reaches no number or a rate (利用率达到75%以上)."""
    found = _event_cues().reach.match(clause, m.start())
    if found is None or (number := _NUMBER_AHEAD.match(clause, found.end())) is None:
        return None
    end = _ITEM_END.search(clause, number.end())
    return None if _RATE.search(clause, found.end(), end.start() if end else len(clause)) else found.end()


def _not_an_event_date(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether the date at ``start:end`` is something other than an event's date: a base of
    comparison (比2005年), a year of record or a statistic's year (2018年度, 2007年的工作,
    一九七八年的三百五十五亿元), a look-back (2003年以来), a plan's own period (规划期为…)."""
    cues = _event_cues()
    if cues.before.search(text[max(0, start - 6) : start]):
        return True
    return bool(cues.after.match(text[end : end + 24]) or cues.clause.search(text, clause[0], clause[1]))


def milestone_category(event: str) -> MilestoneCategory:
    """The category of an event from its words (``data/milestone_categories.tsv``).

    Examples:
        >>> milestone_category("自治州人民政府网站正式开通").value
        'website'
    """
    event = _AGENT.sub("", _VENUE.sub("", event))
    for cat, rx in _categories():
        if rx.search(event):
            return cat
    return MilestoneCategory.OTHER


# a venue (在第六届中国信息港论坛上, 在全国政府网站绩效评估中) is where an event was told, not what it is
_VENUE = re.compile(
    r"在[^，。；、在]{2,30}?(?:会议|座谈会|研讨会|论坛|年会|大会|评估|评比|活动)(?:上|中|期间)|在[^，。；、在]{1,10}?网上"
)


# the agent of an event told as an attribute (由国家信息中心承担建设的…外网) is who did it, not what
_AGENT = re.compile(r"由[^，。；、由]{2,30}?(?:承担|负责|牵头)[^，。；]{0,4}的")


_EVENT_REACH = 60  # an event clause reaches at most this far before its date (twice after)


def _clause_bounds(ctx: DocContext, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """From the clause holding ``start`` to the end of the clause after ``end`` (within lo:hi)."""
    s = ctx.layout.clause_start(start, lo)
    e = ctx.layout.clause_end(end, hi)
    if e - end < 4 and e < hi:  # a date alone in its clause: take the next one too
        e = ctx.layout.clause_end(e + 1, hi)
    return s, e


_HEAD_ONLY = re.compile(
    r"[\W\d年月日]|到|至|截至|截止|争取|力争|计划|预计|将|要|在|于|之?前|以前|内|底|末|初|起|从|今后|力争"
)
_STOP_CLAUSE = re.compile(r"^(?:当前|目前|现在|如今|今后|以后|将来|同时|此外|另外|但是?|然而|因此|所以|据悉|其中|总之)")
# a statement about a year (…的关键之年, …的攻坚年, 今年十月一日是…成立三十五周年), not an event
_COPULA = re.compile(r"(?:之|一|元|攻坚|决战|决胜|关键|开局|收官)年$|(?:决胜|关键|攻坚|机遇|窗口|过渡)期$|是[^，,。；;]{0,30}周年$")
_DUPLICATE = 10  # events of one date and region sharing this many characters are one event


def _content(piece: str) -> str:
    return _HEAD_ONLY.sub("", piece)


_ISSUING = re.compile(
    r"^[ \t\u3000]*(?:[^\n]{0,60}(?:印发|发布|转发|颁布)[^\n]{2,80}?(?:通知|决定|通告|公告)"
    r"|[^\n]{0,60}关于[^\n]{2,120}?的(?:若干)?(?:通知|意见|指导意见|实施意见|决定|批复|通告|公告|命令|复函|函|通报))"
    r"[ \t\u3000]*$",
    re.MULTILINE,
)


_LINE_BREAK = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")


def _issue_milestone(ctx: DocContext, d: DateMatch, title: str | None) -> Milestone | None:
    """The issuing of a normative document (…关于印发《…》的通知, 国务院关于…的决定 heading the
    text), dated by its signature date: the document's own date, at day precision, standing as
    a sentence of its own (the 落款). Its category is ``recognition`` for an award
    (…奖励的决定), else ``policy``."""
    if ctx.date is None or d.value is None or d.value.iso != ctx.date.iso or ctx.date.precision != "day":
        return None
    s, e = ctx.layout.sentence(d.start)
    if ctx.text[s:e].strip(" \t\u3000。") != d.text:
        return None
    notice = _ISSUING.search(ctx.text, 0, min(len(ctx.text), 600))
    if notice is not None:
        event = notice.group().strip(" \t\u3000")
        start = notice.start() + notice.group().index(event)
        end = start + len(event)
    elif title and _ISSUING.fullmatch(title):  # a heading set on two lines: the page's title
        from .plans import _find_title

        start, end = _find_title(ctx.text[:600], title)
        if start < 0:
            return None
        # a heading set on two lines is one title: its event reads as one line (the evidence
        # keeps the exact slice, line break included)
        event = _LINE_BREAK.sub("", ctx.text[start:end])
    else:
        return None
    category = milestone_category(event)
    return Milestone(
        date=d.value,
        region=ctx.subject,
        event=event,
        category=category if category is MilestoneCategory.RECOGNITION else MilestoneCategory.POLICY,
        status=Status.DONE,
        evidence=ctx.evidence(start, end),
    )


def _category(event: str, passage: str) -> MilestoneCategory:
    """The category of an event, else of its passage (争取在2008年内完成建设并投入应用 under
    the item head 建设自治州政府网络视频会议系统)."""
    cat = milestone_category(event)
    return milestone_category(passage) if cat is MilestoneCategory.OTHER else cat


_AS_OF_END = re.compile(r"[ \t]?(?:为止|止)")


def _deadline(text: str, d: DateMatch, clause_start: int) -> FuzzyDate:
    """The date, qualified ``by`` when its words make it a deadline: a deadline wins over the
    part of the year (到今年年底, 2019年底前, 3月底前 are "by"; a plain 2005年底 stays "end")."""
    assert d.value is not None
    if d.value.qualifier is Qualifier.BY and _AS_OF_END.match(text, d.end):
        return d.value.model_copy(update={"qualifier": None})  # 到5月份为止: as of, not a deadline
    if d.value.qualifier in (None, Qualifier.END, Qualifier.START) and (
        date_cue("deadline_before").search(text[clause_start : d.start])
        or date_cue("deadline_after").match(text[d.end : d.end + 4])
    ):
        return d.value.model_copy(update={"qualifier": Qualifier.BY})
    return d.value


def extract_milestones(ctx: DocContext, dates: list[DateMatch], title: str | None = None) -> list[Milestone]:
    """Dated events, done or planned: one per resolved date outside a title, and one per
    further predicate clause when the date heads a list of targets (到2010年，建成…，实现…).
    The signature date of a notice dates the notice's issuing."""
    text = ctx.text
    dates = sorted(dates, key=_start)  # find_dates gives them in order; the bisections need it
    out: list[Milestone] = []
    seen: dict[tuple[str, str | None], list[tuple[int, str]]] = {}
    written = _written_by(
        ctx, [(d.value.latest().year, d.value.latest().month, d.end) for d in dates if d.value and d.value.month]
    )
    for d in dates:
        if d.value is None or ctx.in_title(d.start) or "年代" in d.text:
            continue
        if re.fullmatch(r"\s*(?:近|最近|过去)", text[max(0, d.start - 2) : d.start]):
            continue
        if d.role != "date" or (d.relative and d.value.end is not None and _RELATIVE_SPAN.match(d.text)):
            continue  # 近三年来, 今后五年: a stretch of time; 全年, 上年: a year of record
        if d.relative and _LOOK_BACK.search(d.text):
            continue  # 一年来, 在过去的一年里，…取得新的成就: a look-back over the year, not a dated event
        if d.anchor_kind == "discussed_year" and d.month is None and d.value.qualifier is not Qualifier.BY:
            continue  # 年末, 上半年 with no year: a part of the year a figure is for (年底前 is a deadline)
        issued = _issue_milestone(ctx, d, title)
        if issued is not None:
            if not any(m.evidence.start == issued.evidence.start for m in out):
                out.append(issued)  # the issue date told twice (header and 落款) is one event
            continue
        lead = _dateline_lead(ctx, d)
        if lead is not None:
            if has_event(text[lead[0] : lead[1]]) and not any(m.evidence.start == lead[0] for m in out):
                event = text[lead[0] : lead[1]].strip()
                out.append(
                    Milestone(
                        date=d.value,
                        region=_lead_region(ctx, *lead),
                        event=event,
                        category=milestone_category(event),
                        status=_status(ctx, event, d.value, lead[0], written=written),
                        evidence=ctx.evidence(*lead),
                    )
                )
            continue
        s, e = ctx.layout.sentence(d.start)
        lo, hi = max(s, d.start - _EVENT_REACH), min(e, d.end + 2 * _EVENT_REACH)
        own = (ctx.layout.clause_start(d.start, lo), ctx.layout.clause_end(d.end, hi))
        if _not_an_event_date(text, d.start, d.end, own):
            continue
        if _under_head_date(text, d, own[0], dates):
            continue  # 今年拟从去年超收收入中安排…: 今年 dates the clause, 去年 a noun in it
        if d.value.end is not None and _PLAN_NOUN_AHEAD.match(text, d.end):
            continue  # 1956—1967年科学发展远景规划已经制订: the plan's period, not the date of an event
        date = _first_recurrence(text, d, e) or _half_as_months(_deadline(text, d, own[0]))
        date = _joined_span(text, d, date, dates)
        if date.qualifier is Qualifier.BY and _span_end(text, d, own[0], dates):
            date = date.model_copy(update={"qualifier": None})  # 从1967年…到1968年9月…成立: no deadline
        # a date inside a noun modifier or a frame dates only what that tells (前年已经完工通车的
        # 青海西藏公路将实行改建: the road's completion, not its rebuilding)
        scope = _date_scope(text, d, *own, frames_only=date.qualifier is Qualifier.BY)
        stated = [False]  # whether the date's own clauses state an event (told before or not)
        for cs, ce in _dated_spans(ctx, d, (s, e), (lo, hi), stated):
            if scope is not None and cs <= d.start < ce:
                cs, ce = scope
            ce = _close_quote(ctx, cs, ce)
            event = _LINE_BREAK.sub("", text[cs:ce].strip())  # a 《》 title broken over lines reads as one
            status = _status(ctx, text[min(cs, d.start) : ce], date, d.start, written=written)
            if status is Status.PLANNED and _done_after_all(ctx, d, own[0], date):
                status = Status.DONE  # 今年国务院决定…提高…，满足了…: told as done
            if status is Status.PLANNED and (cs, ce) == scope and _scoped_done(ctx, text[cs:ce], date):
                status = Status.DONE  # 今年出台的改革措施: a modifier tells what was done
            # a deadline long past (到一九五七年底, in the 1959 report) dates an as-of figure
            # and a forecast (预计今年高校毕业生超过1170万人) tells a figure expected, not a target
            target = date.qualifier is Qualifier.BY and not (
                (ctx.date is not None and date.latest() < ctx.date.earliest())
                or _FORECAST.search(text, own[0], d.start)
                or _RANGE_TO.search(text, max(own[0], d.start - 6), d.start)
            )
            if cs <= d.start < ce and _predicate_after_another_date(ctx, d, cs, ce, dates):
                continue  # 从一九六七年…到一九六八年九月…成立: the predicate is the nearer date's
            if not has_event(event, target=target) and not (
                cs > d.end and status is Status.PLANNED and _target_item(event)
            ):  # a level to be reached, an item of a list of targets after its deadline
                continue  # 1979年有一千六百二十二个: a year with no event in its clause
            if any(_COPULA.search(c.strip()) for c in re.split(r"[，,：:；;。]", event)):
                continue  # 2008年是…的关键之年: a statement about the year, not an event
            stated[0] = True
            region = ctx.event_region((d.start, d.end), (cs, ce))
            key = (date.iso, region)
            if any(
                at != d.start and (_shares(event, other) or _both_in_force(date, event, other))
                for at, other in seen.get(key, [])[-8:]
            ):
                continue  # the same event told twice (6月12日召开的…座谈会; 自…起施行 in an order and a law)
            seen.setdefault(key, []).append((d.start, event))
            ps, pe = ctx.layout.passage(cs if cs > d.end else d.start, ce)
            ps, pe = min(ps, cs), max(pe, ce)
            head = ctx.layout.item_head(ps)
            # the topic an item's category may come from: its passage and the item's heading,
            # not the sentences between them (…建立集中处置中心… is no topic of a later target)
            topic = text[ps:pe] if head is None else text[head : ctx.layout.sentence(head)[1]] + text[ps:pe]
            ps = head if head is not None else ps
            out.append(
                Milestone(
                    date=date,
                    region=region,
                    event=event,
                    category=milestone_category(event) if cs > d.end else _category(event, topic),
                    status=status,
                    evidence=ctx.evidence(ps, pe),
                )
            )
    out.extend(_effective_milestones(ctx))
    return out


@data_cache()
def _scope_cues() -> dict[str, CueRow]:
    def anchored(kind: str, rx: str) -> str:
        if kind.endswith("_before"):
            return f"(?:{rx})$"
        if kind == "manner":
            return f"^[ \\t]*(?:{rx})"
        return f"^(?:{rx})" if kind.endswith("_after") else rx

    return cue_table("event_scope.tsv", _SCOPE_KINDS, anchored)


_SCOPE_KINDS = ("frame_before", "frame_after", "modifier", "main", "venue", "manner")


def scope_cue(kind: str) -> re.Pattern[str]:
    """The compiled cue of ``data/event_scope.tsv`` for one kind (``frame_before``,
    ``frame_after``, ``modifier``, ``main``, ``venue``, ``manner``)."""
    return _scope_cues()[kind][0]


def scope_cue_examples(kind: str) -> tuple[list[str], list[str]]:
    """The examples a cue kind of ``data/event_scope.tsv`` must match and must not match."""
    _, yes, no = _scope_cues()[kind]
    return yes, no


@data_cache()
def _modifier() -> re.Pattern[str]:
    """A relative clause the date opens: up to 30 characters with no perfective 了 or copula
    (the main predicate's marks), then an event predicate or a ``modifier`` verb right before 的
    (前年已经完工通车的, 一九七五年我们在各方面取得的); 的确, 的话 are other words."""
    verbs = f"{_event_cues().event.pattern}|{scope_cue('modifier').pattern}"
    return re.compile(rf"[^，,。；;：:\n了是把]{{0,30}}?(?:{verbs})的(?![确话])")


_HEAD_MIN = 2  # a modifier's head noun has this many Chinese characters at least


def _date_scope(
    text: str, d: DateMatch, start: int, end: int, *, frames_only: bool = False
) -> tuple[int, int] | None:
    """The span a date dates when it is not its clause's (``start:end``) main predicate's date:
    the event of a time frame it opens (继去年向太平洋…发射运载火箭以后…: from the date to
    以后), of a noun modifier (前年已经完工通车的青海西藏公路将实行改建: to the end of the head
    noun, where the main predicate begins), or the object of a frame before it (根据1955年…
    的提案，: to the end of the clause). None when the date dates its clause: no modifier or
    frame, a 的 that ends the clause (是在2008年建成的), a meeting whose date the clause's
    deeds share (已经2004年6月16日召开的国务院第54次常务会议修订通过).

    Examples:
        >>> from egovkit.parse.dates import find_dates
        >>> t = "2008年建成的政务平台将于明年升级"
        >>> a, b = _date_scope(t, find_dates(t)[0], 0, len(t))
        >>> t[a:b]
        '2008年建成的政务平台'
    """
    if _ABOUT.search(text, start, d.start):
        return None  # 关于2020年…审批决定的公告: a title, dated by its page
    lead = _MODAL_BEFORE.search(text, start, d.start)  # 原定今年全部投产的: the modal is the modifier's
    begin = lead.start() if lead is not None else d.start
    frame = scope_cue("frame_after").match(text[d.end : end])
    if frame is not None:
        return begin, d.end + frame.start(1)
    if frames_only:
        return None  # a deadline dates its clause's predicate (到2020年建成覆盖全省的…网)
    framed = scope_cue("frame_before").search(text, start, d.start) is not None
    m = _modifier().match(text, d.end, end)
    if m is not None and len(_CJK.findall(text, m.end(), end)) >= _HEAD_MIN:
        title = text.find("《", m.end(), end)
        main = scope_cue("main").search(text, m.end(), title if title >= 0 else end)
        head_end = end
        if main is not None and len(_CJK.findall(text, m.end(), main.start())) >= _HEAD_MIN:
            head_end = main.start()
        if not framed and _venue(text, m.end(), head_end):
            return None
        return begin, head_end
    return (begin, end) if framed else None


# a title the date is in (关于2018年度…的决定); a modal right before the date, of its modifier
_ABOUT = re.compile(r"关于[ \t]?$")
_MODAL_BEFORE = re.compile(r"(?:原定|预定|原计划|计划|预计|拟)[在于]?[ \t]?$")


def _venue(text: str, start: int, end: int) -> bool:
    """Whether the head noun ``text[start:end]`` names a meeting whose deeds the clause tells
    (…召开的国务院第54次常务会议修订通过, 在…召开的全会上): a meeting word followed by the
    head's end or an event predicate; not a meeting's spirit or demands (…会议精神)."""
    for v in scope_cue("venue").finditer(text, start, end):
        if v.end() == end or _event_cues().event.match(text, v.end(), end):
            return True
    return False


@data_cache()
def _modal_words() -> re.Pattern[str]:
    """A modal or plan word (``modal`` of ``data/status_cues.tsv``), or 原定/预定: built on the
    first parse, not when the module is imported (the data file loads lazily)."""
    return re.compile(rf"{_cue('modal').pattern}|原定|预定")


def _scoped_done(ctx: DocContext, event: str, date: FuzzyDate) -> bool:
    """Whether the event of a modifier or frame (前年已经完工通车的青海西藏公路, 今年出台的改革措施)
    is told as done: no modal in it and a date not after the document's."""
    return not _modal_words().search(event) and not (ctx.date is not None and date.earliest() > ctx.date.latest())


_AND = re.compile(r"[ \t]?(?:和|与|及)[ \t]?")


def _joined_span(text: str, d: DateMatch, date: FuzzyDate, dates: list[DateMatch]) -> FuzzyDate:
    """The span of two dates joined by 和 that date one clause (在一九五五年和一九五六年，…进行了…
    改造 → 1955/1956): the earlier date is no event's date on its own (its ``after`` cue), the
    later one dates the clause from the earlier on. Only years: two days joined tell two
    events. Other dates are returned as they are."""
    if date.end is not None or date.qualifier is not None or date.precision != "year":
        return date  # two days joined (8月22日和9月21日…先后两次) are two events, no span
    for o in _starting_in(dates, d.start - _DATE_TEXT_MAX, d.start):
        v = o.value
        if (
            o.end <= d.start
            and v is not None
            and _AND.fullmatch(text, o.end, d.start)
            and v.end is None
            and v.qualifier is None
            and v.precision == date.precision
            and v.latest() < date.earliest()
        ):
            return v.model_copy(update={"end": date})
    return date


_FROM = re.compile(r"(?:从|自|由)[ \t]?$")
_DATE_TEXT_MAX = 120  # a date's own text is shorter than this (a span of days with its words)


def _starting_in(dates: list[DateMatch], lo: int, hi: int) -> list[DateMatch]:
    """The dates (sorted by start) that start at ``lo:hi``: what a date's clause may hold,
    found by bisection, so a text of many dates is not read once for each of them."""
    return dates[bisect.bisect_left(dates, lo, key=_start) : bisect.bisect_left(dates, hi, key=_start)]


def _start(d: DateMatch) -> int:
    return d.start


def _span_end(text: str, d: DateMatch, start: int, dates: list[DateMatch]) -> bool:
    """Whether ``d`` ends a from–to span its clause opens (从一九六七年上海一月革命风暴到一九六八年
    九月…成立…): its 到 ends the span, it sets no deadline."""
    return any(
        o.end <= d.start
        and _FROM.search(text, start, o.start) is not None
        and _SPAN_TO.fullmatch(text, o.end, d.start) is not None
        for o in _starting_in(dates, start, d.start)
        if o is not d
    )


_HEAD_DATE = re.compile(r"[ \t\u3000]*(?:在|于|从|自)?[ \t]?")
_JOINED = re.compile(r"[，,。；;：:、和及与到至]|以[前后来]|之[前后]")
_SOURCE = re.compile(r"[^，,。；;\n]{1,12}?中(?!旬|期|央|国|心)")
_TIME_BEFORE = re.compile(r"(?:于|在|到|至|从|自|起|截至|截止)[ \t]?$")


def _under_head_date(text: str, d: DateMatch, start: int, dates: list[DateMatch]) -> bool:
    """Whether ``d`` sits inside a clause an earlier date already heads as its time (今年拟从去年
    超收收入中安排500亿元设立…基金: 今年 dates the setting up, 去年 the revenue): the head date
    opens the clause, the two are not joined (和, 到, 、) and ``d`` is no time of its own (于, 到 before it)."""
    if _TIME_BEFORE.search(text, max(start, d.start - 3), d.start) and not _SOURCE.match(text, d.end):
        return False  # 今年将于10月…: a time of its own; not 从去年超收收入中 (out of, a source)
    for o in _starting_in(dates, start, d.start):
        if o is d or o.value is None:
            continue
        if _HEAD_DATE.fullmatch(text, start, o.start) and not _JOINED.search(text, o.end, d.start):
            return _date_scope(text, o, start, d.start) is None
    return False


def _predicate_after_another_date(
    ctx: DocContext, d: DateMatch, cs: int, ce: int, dates: list[DateMatch]
) -> bool:
    """Whether the date's own clause tells its event only after a later date it spans to (从一九六七年
    上海一月革命风暴到一九六八年九月西藏、新疆成立革命委员会): no event predicate between the
    clause start and the date, and the span's end date between it and the first predicate."""
    cues = _event_cues().event
    if cues.search(ctx.text, cs, d.start):
        return False
    first = cues.search(ctx.text, d.end, ce)
    if first is None:
        return False
    return any(
        o.end <= first.start()
        and _SPAN_TO.fullmatch(ctx.text, d.end, o.start) is not None
        and o.value is not None
        and d.value is not None
        and o.value.earliest() > d.value.latest()
        for o in _starting_in(dates, d.end, first.start())
        if o is not d
    )


# what lies between the two dates of a from–to span (从一九六七年上海一月革命风暴到…)
_SPAN_TO = re.compile(r"[^，,。；;\n]{0,16}?(?:到|至)[ \t]?")


_QUOTE_REACH = 120  # a quotation an event opens is closed this far on at most


def _close_quote(ctx: DocContext, cs: int, ce: int) -> int:
    """The end of an event that opens a quotation (总结实施了“封山植树，退耕还林；…疏浚江河”的
    基本方针; 批示：“印发政治局各同志。”): past the closing mark and to the end of its clause,
    not at a comma or a full stop inside the quotation. Unchanged when the quotation is closed,
    or not closed within reach on the line."""
    text = ctx.text
    if text.count("“", cs, ce) <= text.count("”", cs, ce):
        return ce
    stop = min(len(text), ce + _QUOTE_REACH)
    line_end = text.find("\n", ce, stop)
    close = text.find("”", ce, line_end if line_end >= 0 else stop)
    if close < 0:
        return ce
    end = ctx.layout.clause_end(close + 1, line_end if line_end >= 0 else stop)
    return max(end, close + 1)


def _done_after_all(ctx: DocContext, d: DateMatch, clause_start: int, date: FuzzyDate) -> bool:
    """Whether an event marked planned (by its section or a plan word) is told as done: a
    date not after the document's, no deadline, and the words of its sentence say done
    (a perfective 了 before any modal, 早在…就, 去年就…)."""
    if date.qualifier is Qualifier.BY or (ctx.date is not None and date.latest() > ctx.date.latest()):
        return False
    _, sent_end = ctx.layout.sentence(d.start)
    return _told_done(ctx.text[clause_start : d.start], ctx.text[d.end : min(sent_end, d.end + _EVENT_REACH)])


# a yearly deadline from a first year on (从2019年起，各有关部门于每年2月底前…提出…;
# 2020年起，每年1月底前完成…): the date of its first occurrence
_RECURRENCE = re.compile(
    r"(?:起|开始)[，,]?[^。；;\n]{0,30}?每年[ \t]?([\d０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t]?月"
    r"(?:[ \t]?([\d０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \t]?日|底|末|中旬|上旬|下旬)?(?:之|以)?前"
)


def _first_recurrence(text: str, d: DateMatch, end: int) -> FuzzyDate | None:
    """The first deadline of a yearly one that starts with the year ``d`` (从2019年起…每年2月底前
    → 2019-02, ``by``), or None when ``d`` starts no such deadline (within ``:end``).

    Examples:
        >>> from egovkit.parse.dates import find_dates
        >>> t = "从2019年起，各有关部门于每年2月底前报送名单。"
        >>> _first_recurrence(t, find_dates(t)[0], len(t)).iso
        '2019-02'
    """
    v = d.value
    if v is None or v.month is not None or v.end is not None or v.qualifier is not None:
        return None
    m = _RECURRENCE.match(text, d.end, end)
    if m is None:
        return None
    month, day = (int(g) if g.isdigit() else chinese_to_int(g) for g in (m.group(1), m.group(2) or "0"))
    if not 1 <= month <= 12 or not 0 <= day <= 31:
        return None
    return FuzzyDate(year=v.year, month=month, day=day or None, qualifier=Qualifier.BY, inferred=v.inferred)


# after the words that date a clause by the document's issue (自印发之日起): a stretch counted
# from that day (之日起30日内, 之日起至…止) dates nothing itself
_COUNTED_FROM = re.compile(
    r"[ \t]?(?:[\d０-９一二三四五六七八九十两百]+[ \t]?(?:个)?(?:工作日|日|天|月|年)|至)"
)


def _effective_milestones(ctx: DocContext) -> list[Milestone]:
    """What a normative document makes take effect, or stop, on the day it is issued
    (本办法自印发之日起施行; 自本通知印发之日起，《…》停止执行): dated by the document's own date
    at day precision, ``inferred`` (the text names the day only as its issue), done."""
    if ctx.date is None or ctx.date.precision != "day":
        return []
    text = ctx.text
    date = ctx.date.model_copy(update={"inferred": True, "qualifier": None})
    out: list[Milestone] = []
    for m in _event_cues().effective.finditer(text):
        if _COUNTED_FROM.match(text, m.end()) or ctx.in_title(m.start()):
            continue
        s, e = ctx.layout.sentence(m.start())
        event = text[s:e].strip(" \t\u3000\n。；;")
        if not event or not has_event(text[m.end() : e]):
            continue  # 自印发之日起 with no predicate after it (…之日起计算)
        category = milestone_category(event)
        out.append(
            Milestone(
                date=date,
                region=ctx.subject,
                event=event,
                category=MilestoneCategory.POLICY if category is MilestoneCategory.OTHER else category,
                status=Status.DONE,
                evidence=ctx.evidence(s, e),
            )
        )
    return out


# a plan named by its period (颁布实施2011-2020年中国农村扶贫开发纲要, 1956—1967年…远景规划)
_PLAN_NOUN_AHEAD = re.compile(r"[^，,。；;：:\n]{0,14}?(?:规划|纲要|计划)")
# the start of a range (今年1到10月增加了九十五亿元): 到 after a number is no deadline
_RANGE_TO = re.compile(r"[\d一二三四五六七八九十][ \t]?月?[ \t]?(?:到|至|—|－|-)[ \t]?$")
_FORECAST = re.compile(r"预计|估计|预期|预测")


_HALF_MONTHS = {Qualifier.HALF1: (1, 6), Qualifier.HALF2: (7, 12)}


def _half_as_months(date: FuzzyDate) -> FuzzyDate:
    """A half year as the span of its months (2019年上半年 → 2019-01/2019-06), the form the gold
    format writes an event's date in: its qualifiers are only start, end, by and approx.

    Examples:
        >>> _half_as_months(FuzzyDate(year=2019, qualifier=Qualifier.HALF1)).iso
        '2019-01/2019-06'
    """
    months = _HALF_MONTHS.get(date.qualifier) if date.qualifier is not None else None
    if months is None or date.month is not None or date.end is not None:
        return date
    end = FuzzyDate(year=date.year, month=months[1], inferred=date.inferred)
    return FuzzyDate(year=date.year, month=months[0], inferred=date.inferred, end=end)


# a news dateline (新华社北京6月9日电, 本报讯): the date, then 电/讯; the lead's report of the day
# (记者9日了解到, 记者9日从…获悉) in the next sentence
_DATELINE = re.compile(r"[电電讯訊]")
_REPORT_DAY = re.compile(r"记者[ \t]?(\d{1,2})日(?:[^，。；,;\n]{0,30}?)")
_LEAD_REACH = 200  # the reported sentence starts this close to the dateline


def _dateline_lead(ctx: DocContext, d: DateMatch) -> tuple[int, int] | None:
    """The event a news story's lead reports (记者9日了解到,…一期工程建设任务已基本完成) when
    ``d`` is the story's dateline (6月9日电) and the reporter's day is the dateline's: the span
    from after the verb of learning to the end of its sentence. None when ``d`` is no dateline;
    an empty span when it is one but no lead reports that day (the dateline dates nothing)."""
    text = ctx.text
    if d.day is None or not _DATELINE.match(text, d.end):
        return None
    m = _REPORT_DAY.search(text, d.end, min(len(text), d.end + _LEAD_REACH))
    if m is None or int(m.group(1)) != d.day:
        return (d.start, d.start)
    verb = _event_cues().reported.match(text, m.end())
    if verb is None:
        return (d.start, d.start)
    start = verb.end()
    while start < len(text) and text[start] in "，,：: \t":
        start += 1
    _, end = ctx.layout.sentence(start)
    end = min(end, start + _EVENT_MAX)
    while end > start and text[end - 1] in "。！!；; \t\n":
        end -= 1
    return (start, end)


def _lead_region(ctx: DocContext, start: int, end: int) -> str | None:
    """The region of a lead's event: one it names, else the document's subject; never the
    dateline's place (北京 in 新华社北京…电 is where the story was filed)."""
    if any(start <= m.start < end for m in ctx.mentions):
        return ctx.region_at(start, end)
    return ctx.subject


_EVENT_MAX = 160  # a list item grown by fragments stops here
_DATED = re.compile(r"(?:19|20)\d\d年|[今去明]年|\d{1,2}月\d{1,2}日")


# the date of the latest of events the clause before counts (…相继进行了8次改版，现今最近一次为
# 2011年7月): that clause tells the event
_LAST_TIME = re.compile(r"(?:最近|最后|最新|上)的?一次(?:是|为)?[ \t]?(?:在|于)?[ \t]?$")


def _events(ctx: DocContext, d: DateMatch, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clause spans a date dates: its own clause, reaching on to the first clause with a
    verb of action; and when its clause is only a deadline (到2010年，), each following
    clause that has such a verb, up to the end of the sentence or a clause that changes topic."""
    text = ctx.text
    cs, ce = _clause_bounds(ctx, d.start, d.end, lo, hi)
    if len(re.sub(r"[\W\d年月日]", "", text[cs : d.start] + text[d.end : ce])) < 2:
        return []
    own_end = ctx.layout.clause_end(d.end, hi)
    before, after = text[ctx.layout.clause_start(d.start, lo) : d.start], text[d.end : own_end]
    if _LAST_TIME.search(before) and cs > lo:  # …进行了8次改版，最近一次为2011年7月: the clause before
        prev = ctx.layout.clause_start(cs - 1, lo)
        if _event_cues().event.search(text, prev, cs - 1):
            return [(prev, own_end)]
    deadline = bool(date_cue("deadline_before").search(before) or date_cue("deadline_after").match(after))
    if not (deadline and len(_content(before + after)) < 2):
        spans = [(cs, ce)]
        framed = 0
        need = cs  # where the predicate is looked for: past an open frame, in what it frames
        # the date's own clause, or the one after it when the date stands alone (在一九五六年一月，)
        first_end = own_end if len(_content(before + after)) >= 2 else ce
        _, sent_end = ctx.layout.sentence(d.start)
        while ce < hi or (need > cs and ce < sent_end):
            last = _last_clause(text, max(cs, d.end), ce)
            opened = framed < 3 and _open_frame(last, ce - len(last) > first_end)
            if opened:
                need = ce + 1  # 组织以…为组长，由…组成的专家组…进行了现场调查: the act is after it
            elif _event_cues().event.search(text, need, ce) and not (
                framed < 3 and _FRAME.match(last)
            ):
                break  # 11月7日，由…主办，…研讨会在…召开: the clause with the predicate ends it
            elif cs < need < ce and _CLAUSE_MARK.search(text, need, ce):
                break  # two clauses past an open frame: its predicate is told (我国提出…主张，得到…赞同)
            nxt = ctx.layout.clause_end(ce + 1, sent_end if need > cs else hi)
            if nxt - cs > _EVENT_MAX and nxt > hi:
                break  # a clause after an open frame is taken whole (由中国科学院、…), or not at all
            clause = text[ce + 1 : nxt]
            if nxt <= ce + 1 or _STOP_CLAUSE.match(clause) or _DATED.search(clause):
                break
            if need > cs and _QUOTE_OPEN.match(clause):  # 在…以后，“…”: what is said, not a predicate
                break
            framed += 1
            ce = nxt
            spans = [(cs, ce)]
        return spans
    spans = [(cs, ce)]
    _, sent_end = ctx.layout.sentence(d.start)
    sent_end = min(sent_end, d.end + _LIST_REACH)
    pos = ce
    while pos < sent_end and len(spans) < 12:
        nxt = ctx.layout.clause_end(pos + 1, sent_end)
        if nxt <= pos + 1:
            break
        clause = text[pos + 1 : nxt]
        if _DATED.search(clause) or (_STOP_CLAUSE.match(clause) and not _sub_target(clause)):
            break
        if scope_cue("manner").match(clause) and _event_cues().event.search(text, spans[0][0], pos):
            break  # …建立…系统，以…为主，利用…采集数据，开展…: how the target works, not more targets
        if _event_cues().event.search(clause) or _target_item(clause):
            spans.extend(_items(text, pos + 1, nxt))
        elif len(spans) > 1 and _target_item(text[spans[-1][0] : spans[-1][1]]):
            pass  # a level reached is complete: what follows is no part of it (…事件零发生，培育…)
        elif nxt - spans[-1][0] <= _EVENT_MAX:  # a fragment (法人、空间，): part of the event before
            spans[-1] = (spans[-1][0], nxt)
        else:
            break
        pos = nxt
    return spans


# a clause that is only an adverbial frame (除…之外, 围绕…, 参照…做法, 根据…): the predicate it
# frames is in the clause after it (今年，除少数项目之外，各级政府要停止审批…)
_FRAME = re.compile(r"[ \t]*(?:[要将还也并再]|进一步)?(?:除了?|围绕|参照|根据|按照|依照|遵照|为了|随着|本着|针对|对照|鉴于)")


# a clause after the date's own that frames the next one and has no predicate of its own: a
# step before it (…签署并加盖社会团体印章后, …提出…的初审意见后, …之时, …的时候), a 以…为 frame (组织以
# …院士为组长，由…组成的专家组…进行了现场调查), a basis (在基本实现现代化的基础上，再奋斗十五年，
# 把我国建成…), a time alongside (在…的同时) or a date's start alone (从一九五七年冬季开始，几千万人
# 上阵，大修水利: 开始 tells no act); its predicate is in the clause after it
_OPEN_FRAME = re.compile(
    r"(?:以[^，,。；;：:]{1,40}?为[\u4e00-\u9fff]{1,3}|基础(?:上|之上)|的同时|^[ \t]*在[^，,。；;：:]{2,40}?(?:会|会议|大会|全会|论坛|峰会)上"
    r"|^[ \t]*(?:[冬春夏秋]季|[上下]半年|年[初底末])?开始)[ \t]*$"
)
# a step or time before what the clause after it tells; when it is the date's own clause (在一九五六年
# 一月，这个纲要草案第一次公布以后，…) the date dates that step, and the event ends with it
_OPEN_TIME = re.compile(
    r"(?:之时|的时候|(?<![及届适按准实暂小当那这平随临定同])时|之后|以后|(?<![今此然最其随前落先之以午日])后)[ \t]*$"
)
_QUOTE_OPEN = re.compile(r"[ \t]*[“「『]")  # a quotation: what is said, not the predicate of a frame


def _open_frame(clause: str, later: bool) -> bool:
    """Whether a clause of an event frames the one after it and has no predicate of its own:
    a 以…为, a basis or a time alongside anywhere; a step before (…印章后, …之时) only in a
    ``later`` clause than the date's own."""
    return bool(_OPEN_FRAME.search(clause) or (later and _OPEN_TIME.search(clause)))


def _last_clause(text: str, start: int, end: int) -> str:
    """The last clause of ``text[start:end]`` (after its last comma), without leading punctuation."""
    piece = text[start:end]
    cut = max(piece.rfind("，"), piece.rfind(","))
    return piece[cut + 1 :].lstrip("，, \t")


def _sub_target(clause: str) -> bool:
    """Whether a clause of a list of targets is a part of the target before (其中煤矸石…实现全部
    利用): a target of its own when it states an event; elsewhere 其中 opens a breakdown."""
    return clause.startswith("其中") and bool(_event_cues().event.search(clause))


# a date heading its sentence alone (2008年，…; 到2020年，…), the list of what it dates going on
# after a semicolon (…，位列第32位；…排名第67位；…双双夺魁。)
_HEAD = re.compile(r"[ \t\u3000]*(?:在|于|从|自|到|截至|截止)?[ \t]?$")
_HEAD_AFTER = re.compile(r"[ \t]?(?:底|末|初|以前|之前|前)?[，,]")
# a stretch of years (连续6年夺冠, 多年来): not an event of the heading's date
_STRETCH = re.compile(r"连续[\d一二三四五六七八九十两几多]+年|多年|历年|[\d一二三四五六七八九十两几多]+年来")


def _dated_spans(
    ctx: DocContext, d: DateMatch, sentence: tuple[int, int], reach: tuple[int, int], stated: list[bool]
) -> Iterator[tuple[int, int]]:
    """The clause spans ``d`` dates (``_events``); then, once one of them was found to state
    an event (``stated[0]`` set by the caller), the sentences a list after a semicolon goes on
    with (``_continued``)."""
    yield from _events(ctx, d, *reach)
    if stated[0]:  # the date's own sentence states an event: the list may go on
        yield from _continued(ctx, d, *sentence)


# a month of its own (3月，…): an item that dates itself
_MONTH = re.compile(r"(?<![\d０-９])(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,2})[ \t]?月(?!份?[以之]?来)")


# a sentence told as happening with the one before (同时，…; 同时X还…)
_AT_THE_SAME_TIME = re.compile(r"同时(?!期|段|间)")


def _continued(ctx: DocContext, d: DateMatch, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences a date heading its own goes on to date when that sentence ends with a
    semicolon: each following one up to the full stop (2008年，…位列第32位；在…评估中…排名第67位；
    …双双夺魁。), until one that has a date of its own or changes topic (同时, 此外); one told
    over a stretch of years (连续6年夺冠) or stating a figure (…已经完成全线铺轨任务的73%) is
    passed over. A sentence ending with a full stop dates the next one when that one is told as
    happening with it (2008年，…实施网站整合。同时…还在全省首创网络发言人制度)."""
    text = ctx.text
    if not (_HEAD.fullmatch(text, s, d.start) and _HEAD_AFTER.match(text, d.end)):
        return []
    if text[s:e].rstrip().endswith(("。", "！")):
        ns, ne = ctx.layout.sentence(e)
        piece = text[ns:ne].strip(" \t\u3000；;。")
        if ns >= e and "\n" not in text[e:ns] and _AT_THE_SAME_TIME.match(piece) and not _DATED.search(piece):
            return [(ns, ns + len(text[ns:ne].rstrip(" \t\u3000；;。")))]
        return []
    if not text[s:e].rstrip().endswith(("；", ";")):
        return []
    out: list[tuple[int, int]] = []
    pos = e
    while pos < len(text) and text[pos - 1] in "；;" and len(out) < 8:
        ns, ne = ctx.layout.sentence(pos)
        if ns < pos or ne <= ns:
            break
        piece = text[ns:ne].strip(" \t\u3000；;。")
        if not piece or "\n" in text[pos:ns + 1] or _STOP_CLAUSE.match(piece) or _DATED.search(piece) or _MONTH.search(piece):
            break
        if not _STRETCH.search(piece) and not any(_measures(piece, m) for m in _event_cues().event.finditer(piece)):
            out.append((ns, ns + len(text[ns:ne].rstrip(" \t\u3000；;。"))))
        pos = ne
    return out


# a target stated as a level reached (贮存处置总量趋零增长, 事件零发生, 水平全面提升): a subject
# and its predicate, long enough not to be a fragment of a noun list (法人、空间)
_ITEM_MIN = 8
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ITEM_NOT = re.compile(r"\s*(?:通过|为了?|围绕|按照|根据|依据|其中|包括|即|并且?|和|与)")


def _target_item(clause: str) -> bool:
    """Whether a clause of a list of targets after a deadline is a target of its own although
    it has no event predicate: a subject and a level it reaches (a ``state`` cue ending the
    clause), not negated, not a statement of method or purpose (通过…, 为…)."""
    clause = clause.strip(" \t\u3000，,；;。")
    m = _event_cues().state.search(clause)
    return (
        m is not None
        and len(_CJK.findall(clause)) >= _ITEM_MIN
        and not _event_cues().negation.search(clause[max(0, m.start() - 3) : m.start()])
        and not _ITEM_NOT.match(clause)
    )


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """One clause of a list of targets, split at 、 when every piece is a target of its own
    (大宗工业固体废物贮存处置总量趋零增长、主要农业废弃物全量利用): each piece a subject and
    its predicate; a 、 inside quotes (“双随机、一公开”) or between the objects of one verb
    (建成电子政务内网、外网) does not split."""
    pieces: list[tuple[int, int]] = []
    pos = start
    for i in range(start, end):
        if text[i] == "、" and text.count("“", start, i) == text.count("”", start, i):
            pieces.append((pos, i))
            pos = i + 1
    pieces.append((pos, end))
    if len(pieces) < 2 or not all(
        len(_CJK.findall(text[a:b])) >= _ITEM_MIN and _target_item(text[a:b]) for a, b in pieces
    ):
        return [(start, end)]
    return pieces


def _both_in_force(date: FuzzyDate, a: str, b: str) -> bool:
    """Whether two event texts of one day both put something in force from it (现将…条例公布，
    自2019年3月1日起施行 in an order, 本条例自2019年3月1日起施行 in the law's last article): one event."""
    cue = _event_cues().in_force
    return date.day is not None and cue.search(a) is not None and cue.search(b) is not None


def _shares(a: str, b: str) -> bool:
    """Whether two event texts share a run of ``_DUPLICATE`` characters other than a date, or
    the shorter is the longer told in fewer words (镇江市实施网站整合 in 自2008年镇江市实施政府
    网站整合后): its characters, in order, are the longer's, and so are most of its pairs
    (建成电子政务内网 is not 建成电子政务外网)."""
    if not _grams(a).isdisjoint(_grams(b)):
        return True
    short, long = sorted((_bare(a), _bare(b)), key=len)
    if len(short) < _RETOLD_MIN or not _subsequence(short, long):
        return False
    pairs = {short[i : i + 2] for i in range(len(short) - 1)}
    return len(pairs & {long[i : i + 2] for i in range(len(long) - 1)}) >= _RETOLD_SHARE * len(pairs)


_RETOLD_MIN = 8  # characters a retold event has at least
_RETOLD_SHARE = 0.75  # share of its character pairs the longer telling holds


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


_DATE_WORDS = re.compile(r"[\d０-９]*[年月日]")


@functools.lru_cache(maxsize=1024)
def _bare(event: str) -> str:
    """An event text without its dates and punctuation."""
    return re.sub(r"[\W_]", "", _DATE_WORDS.sub("", event))


@functools.lru_cache(maxsize=1024)
def _grams(event: str) -> frozenset[str]:
    """The ``_DUPLICATE``-character runs of an event text, dates left out; other numbers stay,
    so two targets that differ only in their subject and level (畜禽粪污综合利用率达到75%以上,
    秸秆综合利用率达到85%以上) are two events."""
    t = _DATE_WORDS.sub("", event)
    return frozenset(t[i : i + _DUPLICATE] for i in range(len(t) - _DUPLICATE + 1))
