"""Quantitative indicators, each with its name, region, as-of date, status and evidence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..errors import DataFileError
from ..lexicon.gazetteer import ethnic_groups
from ..lexicon.resources import data_cache, data_lines, data_records, data_regex
from ..model import Approx, FuzzyDate, Indicator, Qualifier, Quantity, Status
from ..parse.dates import DateMatch, date_cue
from ..parse.periods import PeriodMatch, find_periods
from ..parse.quantities import QuantityMatch, find_quantities
from .context import DocContext
from .status import _LIST_REACH, _RELATIVE_SPAN, _status

__all__ = ["extract_indicators"]


@dataclass(frozen=True)
class _Rule:
    name: str
    units: re.Pattern[str]
    cue: re.Pattern[str]
    purpose: str | None
    veto: re.Pattern[str] | None = None


_MARK = "<N>"  # where the quantity stands in the frame a rule's cue is matched against


@data_cache()
def _rules() -> tuple[_Rule, ...]:
    out = []
    for origin, line in data_lines("indicator_rules.tsv"):
        fields = line.split("\t")
        if len(fields) not in (4, 5):
            raise DataFileError(origin, f"expected 4 or 5 tab-separated fields, found {len(fields)}")
        name, units, cue, purpose = fields[:4]
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise DataFileError(origin, f"indicator name {name!r} is not snake_case")
        veto = data_regex(origin, fields[4]) if len(fields) == 5 and fields[4] else None
        out.append(_Rule(name, data_regex(origin, units), data_regex(origin, cue), purpose or None, veto))
    return tuple(out)


@data_cache()
def _contexts() -> dict[str, re.Pattern[str]]:
    """Patterns of ``data/indicator_context.tsv`` by kind (change, not_level)."""
    out: dict[str, list[str]] = {}
    for origin, (kind, pattern) in data_records("indicator_context.tsv", 2):
        data_regex(origin, pattern)
        out.setdefault(kind, []).append(f"(?:{pattern})")
    return {kind: re.compile("|".join(patterns)) for kind, patterns in out.items()}


@data_cache(maxsize=256)
def _rules_for(unit: str) -> tuple[tuple[int, _Rule], ...]:
    """The rules whose units fit ``unit``, each with its rank in the file (cached: a text
    repeats a few units, and every rule would test each quantity's unit again)."""
    return tuple((n, rule) for n, rule in enumerate(_rules()) if rule.units.search(unit))


def _name(q: QuantityMatch, frame: str) -> _Rule | None:
    """The rule whose unit fits, whose veto is not in the frame (the clause around the
    quantity, the quantity written ``<N>``) and whose cue is nearest the quantity there: a cue
    that spans the quantity first, then the closest (电视用户6万余户(其中数字用户…) is a count
    of television users); among equally near cues, the first rule in the file."""
    mark = frame.index(_MARK)
    best: tuple[int, int, _Rule] | None = None
    for n, rule in _rules_for(q.value.unit):
        if rule.veto is not None and rule.veto.search(frame):
            continue
        for m in rule.cue.finditer(frame):
            if m.end() <= mark:
                far = mark - m.end()
            elif m.start() >= mark + len(_MARK):
                far = m.start() - mark - len(_MARK)
            else:
                far = 0
            if best is None or (far, n) < best[:2]:
                best = (far, n, rule)
    return best[2] if best else None


def names_figure(clause: str, start: int) -> bool:
    """Whether the first figure at or after ``start`` in ``clause`` is one the indicator
    vocabulary names (网站访问量达到100万人次: website_visits), judged on the clause alone.

    Examples:
        >>> names_figure("全市政府网站访问量达到100万人次", 10)
        True
        >>> names_figure("体育产业总规模达到2万亿元", 8)
        False
    """
    found = find_quantities(clause[start : start + 40])
    if not found:
        return False
    q = found[0]
    frame = clause[: start + q.start] + _MARK + clause[start + q.end :]
    return _name(q, frame) is not None


_SCOPE_KINDS = ("count_units", "org_units", "count", "share", "share_before", "before")


@data_cache()
def _scope_rules() -> dict[str, list[re.Pattern[str]]]:
    """Patterns of ``data/indicator_scope.tsv`` by kind."""
    out: dict[str, list[re.Pattern[str]]] = {k: [] for k in _SCOPE_KINDS}
    for origin, (kind, pattern) in data_records("indicator_scope.tsv", 2):
        if kind not in out:
            raise DataFileError(origin, f"unknown kind {kind!r}; expected one of {_SCOPE_KINDS}")
        rx = data_regex(origin, pattern)
        if not kind.endswith("_units") and "s" not in rx.groupindex:
            raise DataFileError(origin, "a scope pattern needs a group (?P<s>…)")
        out[kind].append(rx)
    return out


_CLAUSE_END = re.compile(r"(?:[\s，,。；;：:、）)！？!?]|$)")
_SCOPE_AFTER = 24  # how far after its number a count's or share's scope may reach
_SCOPE_BEFORE = 30  # how far before it a scope written ahead of the number may start


def _scope(ctx: DocContext, q: QuantityMatch, s: int) -> str | None:
    """Whose count or share a quantity is, as the clause writes it (18个地州市 → 地州市,
    50%以上的行政许可项目 → 行政许可项目, 管理人员2名 → 管理人员), else None."""
    rules = _scope_rules()
    text = ctx.text
    after = text[q.end : min(q.end + _SCOPE_AFTER, len(text))]
    before = text[max(ctx.layout.clause_start(q.start, s), q.start - _SCOPE_BEFORE) : q.start]
    if q.value.unit == "%":
        tries = [(rx, after) for rx in rules["share"]] + [(rx, before) for rx in rules["share_before"]]
    elif any(rx.search(q.value.unit) for rx in rules["count_units"]):
        tries = []
        if any(rx.search(q.value.unit) for rx in rules["org_units"]):
            tries = [(rx, after) for rx in rules["count"]]
        if _CLAUSE_END.match(after):  # 管理人员2名, — not 取消123项职业资格…: those follow it
            tries += [(rx, before) for rx in rules["before"]]
    else:
        return None
    for rx, piece in tries:
        m = rx.search(piece)
        if m is not None and m.group("s"):
            return m.group("s")
    return None


_SINCE_REACH = 1500  # 截至2007年底 dates its paragraph, up to this far
_ASOF_REACH = 120  # an as-of date reaches this far ahead within its sentence
_ASOF_BREAK = re.compile(r"目前|现在|当前|之后|此后|以后|后来|期间|时期")
_SINCE = re.compile(r"^(?:截止|截至)到?$")
_COMPARED = re.compile(r"(?:比|较|与|同)$")
_FOUNDING = re.compile(r"^(?:年)?(?:[底末])?(?:成立|建立|设立|建州|建市|建县)|(?:成立|建立|设立)于$")


_FULL_STOP = re.compile(r"[。！？!?]")


def _full_sentence_start(text: str, s: int, p: int) -> int:
    """The start of the whole sentence holding the clause that starts at ``s``: clauses joined
    by ；/; share the time adverbial at the sentence's head (the line starts at ``p``)."""
    while s > p and text[s - 1] in "；;":
        prev = text.rfind("\n", p, s - 1)
        stops = [m.end() for m in _FULL_STOP.finditer(text, max(p, prev + 1), s - 1)]
        semi = max(text.rfind("；", p, s - 1), text.rfind(";", p, s - 1))
        start = max([p, prev + 1, *stops, semi + 1])
        if start >= s:
            break
        s = start
    return s


def _attributive(text: str, d: DateMatch) -> bool:
    """Whether a date qualifies the noun after it (2002年的4025亿元), not the whole sentence."""
    return text[d.end : d.end + 1] == "的"


# a date in a prepositional phrase, qualifying its object (对1954年的灾区, 从去年超收收入中)
_PREPOSITION = re.compile(r"(?:对|向|为|给|从|由)$")
_OBJECT_AFTER = re.compile(r"的|[\u4e00-\u9fff]{1,10}中")
_FIGURE_AFTER = re.compile(r"的(?:约|近|将近|接近|超过|逾)?$")


def _of_another_noun(text: str, d: DateMatch, q: QuantityMatch) -> bool:
    """Whether a date qualifies the object of a preposition, not the figure: 对1954年的灾区，…拨付
    …经费3亿元 (the year of the flood, not of the payment), 从去年超收收入中安排500亿元 (the
    year of the surplus). 一九五八年的职工工资总额…为一百五十八亿元 dates its figure's subject."""
    return (
        bool(_PREPOSITION.search(text, max(0, d.start - 1), d.start))
        and bool(_OBJECT_AFTER.match(text, d.end))
        and not _FIGURE_AFTER.search(text, d.end, q.start)
    )


def _as_of(
    ctx: DocContext, dates: list[DateMatch], starts: list[int], q: QuantityMatch, numbers: list[int]
) -> FuzzyDate | None:
    """The date a quantity is stated for: the nearest date before it in its sentence (or
    in its paragraph after 截至), unless 目前/之后 intervenes or the date is a founding.

    A date inside a later clause of the sentence dates the figure of its own clause
    (…，上年结转收入1，011，038，000元，…；支出总数为…: 上年 is not the year of the total), so
    a figure further on takes the date at the sentence's head instead, or none when the
    date is plainly an attribute of its own figure (2002年的4025亿元)."""
    text = ctx.text
    i = bisect.bisect_left(starts, q.start) - 1
    if i < 0:
        return None
    s, _ = ctx.layout.sentence(q.start)
    p, _ = ctx.layout.paragraph(q.start)
    s = _full_sentence_start(text, s, p)  # 2011年共…42个；…回复355条: the head's date reaches past ；
    own = ctx.layout.clause_start(q.start, s)
    j = i
    while j >= 0 and s <= dates[j].start < own:
        k = bisect.bisect_left(numbers, dates[j].end)
        if k >= len(numbers) or numbers[k] >= ctx.layout.clause_end(dates[j].end, q.start):
            break  # no figure of its own: the date may reach on
        if ctx.layout.clause_start(dates[j].start, s) <= s and not _attributive(text, dates[j]):
            break  # the time of the whole sentence
        j -= 1
    if j >= 0 and dates[j].start >= s:
        i = j  # the date at the head of the sentence (1956年国家预算规定，…，上年结转收入…；支出总数…)
    elif j != i and _attributive(text, dates[i]):
        return None  # 增加到2002年的4025亿元，…，其中…1777亿元: 2002 is the year of 4025亿 only
    while i >= 0 and dates[i].start >= s and _of_another_noun(text, dates[i], q):
        i -= 1  # 今年拟从去年超收收入中安排…: the date before it may hold the sentence
    if i < 0:
        return None
    d = dates[i]
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
    if _COMPARED.search(text, max(0, d.start - 2), d.start):
        return None  # 比上年…: the year compared with, not the year of the figure
    value = d.value
    if value.qualifier is Qualifier.BY and ctx.date is not None and value.latest() < ctx.date.earliest():
        value = value.model_copy(update={"qualifier": None})  # 增加到2002年的47万公里, told in 2003
    return value


_BEFORE = 60  # how far before a quantity its clause is read (a run-on clause can be long)
_AFTER = 40  # how far after it
_SHARE_AFTER = 40  # a share (%) may name what it counts in the next clause too
# a clause that is nothing but its number continues a list of counts in the clause before
# (…已覆盖到31个省,160多个地市州); so does one that closes a list with 等 (县(市)、区等120个单位)
# or has no subject of its own ('十一五'期间将达到2000亿元)
_BARE = re.compile(r"[\s(（]*(?:约|近|将近|超过|逾)?\s*")
_CARRIED = re.compile(
    r"[\s(（'\"‘“]*(?:[^，,。；;]{0,12}等|[^，,。；;]{0,10}(?:期间|年底|年末|以来|时)[’”'\"]?)?"
    r"(?:将|要|已|已经|共|累计|总计|合计)?(?:达到|达|为|超过|突破)?(?:约|近|将近|超过|逾)?\s*"
)
_COUNTED_SET = {"县", "市", "口岸"}
_WHOLE_SET = re.compile(r"全(?:州|区|市|县|省|地区|盟|疆)(?:[一二三四五六七八九十两\d]{1,3}[县市区])?$")
_ETHNIC = re.compile(r"(?P<g>[\u4e00-\u9fff]{1,5}族)(?:人口)?占(?:总人口的?)?$")
_THRESHOLD = re.compile(r"(?:面积|规模|标准|不少于|不低于|不得|应当|须|每)[^，。；]{0,8}$")
# a size that defines a class (总投资5000万元以上的项目由…核准, 投资额在5000万元及以上的项目): a
# bound, not a level; 以上 may be read with the number or follow it
_SIZE_CLASS = re.compile(
    r"(?P<bound>及?以上|以下|以内)?的[^，。；、]{0,10}?(?:项目|工程|企业|单位|合同|事项|地区|城市|机构)"
)


def _size_class(text: str, q: QuantityMatch) -> bool:
    """Whether the quantity is the bound of a class of things it is followed by (not a share:
    50%以上的行政许可项目 is how many of them)."""
    if q.value.unit == "%":
        return False
    m = _SIZE_CLASS.match(text, q.end)
    return m is not None and (m.group("bound") is not None or q.text.endswith(("以上", "以下")))


_WORDS = re.compile(r"[\u4e00-\u9fff]")


def _as_count(q: Quantity) -> Quantity:
    """75个乡镇 counted as townships: the indicator's name says what, the unit is 个."""
    return q.model_copy(update={"unit": "个"}) if q.unit.startswith("个") else q


# 约 parted from its number by a copula (总投资调整约为8.5亿元, 约有, 约达): the number is about
_ABOUT_COPULA = re.compile(r"(?:约|大约|大概)(?:为|是|有|达|达到|合|计|在)$")


def _approximate(text: str, q: QuantityMatch) -> Quantity:
    """The quantity, about when 约 stands before its copula (the number's own reading only sees
    the word right before it)."""
    if q.value.approx is None and _ABOUT_COPULA.search(text, max(0, q.start - 4), q.start):
        return q.value.model_copy(update={"approx": Approx.ABOUT})
    return q.value


def _frame(ctx: DocContext, q: QuantityMatch, s: int, e: int) -> tuple[int, str]:
    """The clause around a quantity with the quantity written ``<N>``, other digits ``#``, and
    where it starts: what an indicator's subject and number must share. A clause that is
    only the next item of a list (…31个省,160多个地市州,420多个区县) reads back to the clause
    whose verb governs the list."""
    text = ctx.text
    cs = max(ctx.layout.clause_start(q.start, s), q.start - _BEFORE)
    pos = q.start  # where the number of the clause being read stands
    for _ in range(4):
        if cs <= s or cs <= q.start - _BEFORE:
            break
        prev = ctx.layout.clause_start(cs - 1, s)
        if _BARE.fullmatch(text, cs, pos):
            number = re.search(r"\d", text[prev:cs])
            if q.value.unit == "%" or number is None:
                break  # a share's subject follows it (50%以上的行政许可项目…)
            pos, cs = prev + number.start(), max(prev, q.start - _BEFORE)
            continue
        if _CARRIED.fullmatch(text, cs, pos) and pos == q.start:
            cs = max(prev, q.start - _BEFORE)
        break
    ahead = 1 if q.value.unit == "%" else 0
    limit = _SHARE_AFTER if ahead else _AFTER
    ce = min(ctx.layout.clause_end(q.end, e, ahead), q.end + limit)
    after = re.sub(r"\d", "#", text[q.end : ce])
    return cs, re.sub(r"\d", "#", text[cs : q.start]) + _MARK + after


# how far before a figure's clause the head of its sentence is read for the plan that sets it
# (a text without full stops is one sentence: reading all of it for every figure is quadratic)
_HEAD_REACH = 400


def extract_indicators(
    ctx: DocContext, quantities: list[QuantityMatch], dates: list[DateMatch]
) -> list[Indicator]:
    """Quantities named after the indicator vocabulary, with region, as-of date and status.

    An indicator needs its subject and its number in one clause (``data/indicator_rules.tsv``
    says which words name what, and which words rule a name out), and states a level: a
    change (比上年增加1.2万亿元, 减少1442万人) or the start of a change (由…增加到) is not one
    (``data/indicator_context.tsv``)."""
    text = ctx.text
    dated = [d for d in dates if d.value is not None]
    date_starts = [d.start for d in dated]
    dates = dated
    contexts = _contexts()
    periods = find_periods(text)
    numbers = sorted(q.start for q in quantities)
    parts = _parts(ctx)
    period_ends = [p.end for p in periods]
    out: list[Indicator] = []
    for q in quantities:
        if ctx.in_title(q.start) or q.range_part is not None:
            continue  # an end of a range (3至5个县市) is not the level of anything
        if q.value.value == 0:
            continue  # no level is nil: a misread number (1 0 万亿元, its digits spaced apart)
        s, e = ctx.layout.sentence(q.start)
        cs, frame = _frame(ctx, q, s, e)
        before = text[cs : q.start]
        if q.value.unit in _COUNTED_SET and _WHOLE_SET.search(before):
            continue  # 全州三县一市: the set of a region's divisions, not a count
        if _THRESHOLD.search(before) and q.value.unit == "平方米":
            continue
        if _size_class(text, q):
            continue
        if any(rx.search(frame) for kind, rx in contexts.items() if kind in ("change", "not_level")):
            continue
        rule = _name(q, frame)
        if rule is None:
            continue
        ps, pe = ctx.layout.passage(q.start, q.end)
        group = None
        if rule.name == "ethnic_share":
            gm = _ETHNIC.search(before)
            group = next((g for g in ethnic_groups() if gm and gm.group("g").endswith(g)), None)
        as_of = _as_of(ctx, dates, date_starts, q, numbers)
        fs = min(cs, _full_sentence_start(text, s, ctx.layout.paragraph(q.start)[0]))
        period = _period(text, periods, period_ends, q, fs)
        # “七五”计划草案规定，…；更新改造投资…: the plan is named at the head of the sentence
        head = re.sub(r"\d", "#", text[max(fs, cs - _HEAD_REACH) : cs])
        when = as_of
        if period is not None:  # 第一个五年计划期间…共为493亿元: the plan's name is no plan word
            lo, hi = max(period.start, cs) - cs, max(period.end, cs) - cs
            frame = frame[:lo] + " " * (hi - lo) + frame[hi:]
            if when is None:
                when = FuzzyDate(year=period.value.start_year, end=FuzzyDate(year=period.value.end_year))
        out.append(
            Indicator(
                name=rule.name,
                quantity=_as_count(_approximate(text, q)) if rule.name == "connected_townships" else _approximate(text, q),
                region=_region(ctx, q, cs, cs + len(frame) - len(_MARK) + len(q.text), frame),
                date=as_of,
                status=_indicator_status(ctx, parts, head, frame, when, period, q.start),
                group=group,
                purpose=rule.purpose,
                period=period.value if period is not None else None,
                scope=_scope(ctx, q, s),
                evidence=ctx.evidence(ps, pe),
            )
        )
    return out


_NATIONAL = re.compile(r"中央|国家|全国|国务院")  # a national budget's figure (中央财政安排…)
_COMPARED_WITH = re.compile(r"(?:相当于|比|超过|高于|低于|等于|与|同)[^，。；]{0,12}$")


def _region(ctx: DocContext, q: QuantityMatch, cs: int, ce: int, frame: str) -> str | None:
    """The region of a figure: ``ctx.region_at``, unless its clause names no place and the
    place named earlier in the paragraph is only what something is compared with (相当于解放前
    北京市…的六倍，共用投资一百一十亿元), or the figure is the nation's in a national text
    (…扩大到黑龙江和吉林两省。今年，中央财政安排…779亿元)."""
    region = ctx.region_at(q.start)
    if region is None or region == ctx.subject:
        return region
    k = bisect.bisect_left(ctx.mention_starts, cs)
    if k < len(ctx.mentions) and ctx.mentions[k].start < ce:
        return region  # a place named in the figure's own clause
    if ctx.subject == "CN" and _NATIONAL.search(frame, 0, frame.index(_MARK)):
        return "CN"
    p, _ = ctx.layout.paragraph(q.start)
    for m in reversed(ctx.mentions[:k]):
        if m.start < p:
            break
        if m.code == region:
            lo = ctx.layout.clause_start(m.start, p)
            if _COMPARED_WITH.search(ctx.text, lo, m.start):
                return ctx.subject
            break
    return region


_AGAINST_PLAN = re.compile(r"(?:原定|原|年度)计划")  # 超过原定计划: measured against a plan, so done
# a plan word that outweighs a past date (2007年4月将…合并: 将 before a past date is no plan)
_STRONG_PLAN = re.compile(
    r"争取|力争|预计|拟|目标|(?<!个)确保|计划(?:在|于|到|用|安排|投资|投入|新增|将|要|再)"
)


# 二、2007年工作总体部署: the year's plan, in words outline() leaves open
_PART_PLAN = re.compile(r"部署|工作安排|打算")


def _parts(ctx: DocContext) -> list[tuple[int, int, str | None]]:
    """The top-level parts of the outline with what they tell ('status', 'plan' or None).

    A part that says nothing of itself and follows the plan is part of the plan: a work
    report turns to the year's tasks once (二、2007年工作总体部署 三、促进经济又好又快发展 …)
    and does not come back to the review."""
    out: list[tuple[int, int, str | None]] = []
    last: str | None = None
    reviewed = False  # the plan follows a review: only then is the report in two halves
    end = -1
    for node in ctx.outline:
        if node.start < end:
            continue  # inside the part before
        section = node.section
        if section is None and (_PART_PLAN.search(node.title) or (last == "plan" and reviewed)):
            section = "plan"
        reviewed = reviewed or section == "status"
        out.append((node.start, node.end, section))
        last, end = section, node.end
    return out


def _outer_section(ctx: DocContext, parts: list[tuple[int, int, str | None]], pos: int) -> str | None:
    """'status' or 'plan' for the top-level part holding ``pos``, else for the outermost
    outlined section holding it that has one.

    A report's parts say what they tell (一、2021年工作回顾, 二、2022年主要任务); their
    numbered items are programmes whose titles only look like either (（三）切实保障和改善民生
    in a review, （二）加强农业基础建设 among the tasks), so the part's word wins."""
    i = bisect.bisect_right(parts, (pos, len(ctx.text) + 1, "")) - 1
    if i >= 0 and parts[i][0] <= pos < parts[i][1] and parts[i][2]:
        return parts[i][2]
    for node in ctx.outline:
        if node.start <= pos < node.end and node.section:
            return node.section
    return None


def _indicator_status(
    ctx: DocContext,
    parts: list[tuple[int, int, str | None]],
    head: str,
    frame: str,
    when: FuzzyDate | None,
    period: PeriodMatch | None,
    pos: int,
) -> Status:
    """Done or planned, from the figure's period and date, the cues of its clause
    (``data/indicator_context.tsv``: plan_figure, planned, done, cost) and its section.

    A figure a plan sets is planned (the plan may be named at the ``head`` of the sentence,
    before the clauses joined by ；); so is one for a five-year period not over at the
    document's date or dated after it. One compared with the plan it fulfilled (超过原定计划)
    or dated before the document is done, unless a plan word says it was only a plan. Else a
    modal (拟, 将, 要) says planned, a total or a past act (累计, 下拨, 投入了) done, and the
    report's part decides the rest (a review: done; the year's tasks: planned)."""
    contexts = _contexts()
    frame = _AGAINST_PLAN.sub(lambda m: " " * len(m.group()), frame)
    if "plan_figure" in contexts and contexts["plan_figure"].search(head + frame):
        return Status.PLANNED
    if period is not None and ctx.date is not None and period.value.end_year > ctx.date.year:
        return Status.PLANNED
    if when is not None and ctx.date is not None:
        if when.qualifier is Qualifier.BY:
            return _status(ctx, frame, when, pos)
        if when.earliest() > ctx.date.latest():
            return Status.PLANNED
        if when.latest() < ctx.date.earliest():
            return Status.PLANNED if _STRONG_PLAN.search(frame) else Status.DONE
    if "planned" in contexts and contexts["planned"].search(frame):
        return Status.PLANNED
    if "done" in contexts and contexts["done"].search(frame):
        return Status.DONE
    section = _outer_section(ctx, parts, pos)
    if "cost" in contexts and contexts["cost"].search(frame):
        return Status.DONE if section == "status" else Status.PLANNED  # a project's cost: planned, told in a review: done
    return Status.PLANNED if section == "plan" else Status.DONE


def _period(
    text: str, periods: list[PeriodMatch], ends: list[int], q: QuantityMatch, s: int
) -> PeriodMatch | None:
    """The five-year period a quantity is stated for: the nearest one named before it in its
    sentence (“十一五”期间将达到2000亿元, 第六个五年计划…安排了3600亿元), passing over the
    period a figure is compared with (比“六五”期间增加百分之四十九)."""
    i = bisect.bisect_right(ends, q.start) - 1
    while (
        i >= 0
        and periods[i].start >= s
        and _COMPARED.search(text, max(0, periods[i].start - 2), periods[i].start)
    ):
        i -= 1
    if i < 0:
        return None
    p = periods[i]
    return p if p.start >= s and q.start - p.end <= _ASOF_REACH else None
