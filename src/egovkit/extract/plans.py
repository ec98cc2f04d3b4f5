"""Plans and normative documents: the document's own (subject) and those it cites."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import FuzzyDate, Plan, PlanKind, PlanRole
from ..parse.periods import find_periods
from ..parse.regions import find_regions
from .context import DocContext

__all__ = ["extract_plans", "plan_kind"]

_BOOK = re.compile(r"《(?P<t>[^《》\n]{2,80})》")
_INNER = re.compile(r"〈(?P<t>[^〈〉\n]{2,60})〉")
_QUOTED_NAME = re.compile(
    r"[“‘'](?P<t>[^“”‘’'\n]{2,30}?(?:计划|工程|行动|规划|纲要)|(?:数字|智慧)[\u4e00-\u9fff]{2,6})[”’']"
)
# named national programmes without quotes: 十二金工程, 金税工程
_PROGRAMME = re.compile(
    r"(?P<t>(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}金工程"
    r"|(?<![资基现黄奖薪押租])金[桥关卡税财审盾保农水质宏信土旅企贸]工程)"
)
# documents named without 《》 after a verb that cites them (学习了…规划指南及…指导方案)
_CITE_VERB = re.compile(r"(?:学习了?|贯彻|落实|实施|推行|执行|依据|根据|按照|出台了?|颁布了?|印发了?)+")
_UNQUOTED = re.compile(
    r"(?P<t>[\u4e00-\u9fff]{4,24}?(?:规划指南|指导方案|实施方案|行动计划|发展规划|规划纲要|管理办法|实施办法|条例|蓝皮书|白皮书))"
)
_REPORT_BOOK = re.compile(
    r"(?<![\u4e00-\u9fff\d])(?P<t>(?:19|20)\d\d年[\u4e00-\u9fff]{2,12}?(?:蓝皮书|白皮书))"
)
_NOT_TITLE = re.compile(r"^(?:的|各|有关|相关|本|该|这|此|其|一|有|新|好|并)|的|将|一些|继续|[和与及、]$")
_QUOTED_PREFIX = re.compile(
    r"“(?P<q>[^“”\n]{1,12})”(?P<s>(?:[\u4e00-\u9fff]{0,8}?)(?:发展规划|规划|计划|工程|文件))(?![\u4e00-\u9fff]{0,2}期间)"
)
_CONGRESS_REPORT = re.compile(r"(?:党的)?(?P<t>[一二三四五六七八九十]{1,3}大报告)")
_FORMS = re.compile(r"(?:表|单|册|卡|证|报|杂志|日报|晚报)$")
_KINDS = (
    (PlanKind.NOTICE, re.compile(r"(?:通知|通告|公告|批复)$")),
    (PlanKind.REPORT, re.compile(r"(?:报告|蓝皮书|白皮书)$")),
    (PlanKind.REGULATION, re.compile(r"(?:办法|规定|条例|法|细则|标准|制度|规则|准则|规范)$")),
    (PlanKind.GUIDE, re.compile(r"(?:指南|方案|意见|要点|决定|纲要性意见)$")),
    (PlanKind.PLAN, re.compile(r"(?:规划|纲要|计划|行动|工程)$")),
)
_ISSUER_END = re.compile(r"(?:国务院|院|办|厅|室|委员会|委|部|局|政府|中央)$")
_NATIONAL = re.compile(r"国务院|国家|中央|中办|国办|全国人大|党中央")
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}〔(?:19|20)\d\d〕\d{1,4}号")


def plan_kind(title: str) -> PlanKind | None:
    """The kind of a normative document from its title's last word.

    Examples:
        >>> plan_kind("克州政府系统电子政务专网应用管理规定").value
        'regulation'
    """
    t = title.strip("“”\"' ")
    for kind, rx in _KINDS:
        if rx.search(t):
            return kind
    return None


def _norm(title: str) -> str:
    return re.sub(r"[“”\"'‘’《》〈〉\s]", "", title)


_SPLIT = re.compile(r"[了的由经，。；：“”\s]|按照|根据|依据|贯彻|落实|通过|以及")


def _issuer_before(text: str, pos: int) -> str | None:
    """The body named right before a cited title (国务院《…》, 县委办、政府办《…》)."""
    piece = _SPLIT.split(text[max(0, pos - 24) : pos])[-1]
    parts = [p for p in piece.split("、") if p]
    if parts and len(piece) <= 20 and all(_ISSUER_END.search(p) for p in parts):
        return piece
    return None


def extract_plans(ctx: DocContext, title: str | None, author: str | None) -> list[Plan]:
    """Every plan the text issues or cites, one per distinct title, in order of first mention."""
    text = ctx.text
    year = ctx.date.year if ctx.date else None
    context = ctx.scope or None
    found: list[tuple[int, int, str]] = []
    taken = bytearray(len(text) + 1)

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    def free(s: int, e: int) -> bool:
        return not taken[s] and not taken[e - 1]

    for m in _BOOK.finditer(text):
        t = m.group("t").strip()
        if _FORMS.search(t) or not re.search(r"[\u4e00-\u9fff]{2}", t):
            continue
        found.append((m.start(), m.end(), t))
        take(*m.span())
        for inner in _INNER.finditer(t):
            s = m.start() + 1 + inner.start("t")
            found.append((s, s + len(inner.group("t")), inner.group("t")))

    own_title = _norm(title) if title else ""
    for rx in (_QUOTED_NAME, _QUOTED_PREFIX):
        for m in rx.finditer(text):
            # “十二五”发展规划 inside a bare repetition of the document's own title is that title
            if free(*m.span()) and not (own_title and _inside_own(text, *m.span(), own_title)):
                t = m.group("t") if "t" in rx.groupindex else f"“{m.group('q')}”{m.group('s')}"
                found.append((m.start(), m.end(), t))
                take(*m.span())
    for rx in (_CONGRESS_REPORT, _PROGRAMME, _REPORT_BOOK):
        for m in rx.finditer(text):
            if free(*m.span("t")):
                found.append((m.start("t"), m.end("t"), m.group("t")))
                take(*m.span("t"))
    for s, e, t in _unquoted(text, free):
        found.append((s, e, t))
        take(s, e)
    if title and plan_kind(title) not in (None, PlanKind.NOTICE) and "《" not in title:
        at = text.find(title)  # a document headed by a plan's title is that plan
        if at >= 0 and free(at, at + len(title)):
            found.append((at, at + len(title), title))
    found.sort()
    own = _norm(title) if title else None
    head = text[:400]
    plans: dict[str, Plan] = {}
    more: dict[str, list[tuple[int, int]]] = {}
    for s, e, t in found:
        key = _norm(t)
        if key in plans:
            more.setdefault(key, []).append((s, e))
            continue
        kind = plan_kind(t)
        subject = (own is not None and key == own) or bool(
            re.search(r"关于(?:印发|发布)《" + re.escape(t) + "》", head)
        )
        issuer = author if subject else _issuer_before(text, s)
        region = _plan_region(ctx, t, s, kind, issuer, context, year)
        periods = find_periods(t)
        number = None
        if subject:
            nm = _NUMBER.search(head)
            number = nm.group() if nm else None
        plans[key] = Plan(
            title=t,
            kind=kind,
            region=region,
            issuer=issuer,
            number=number,
            issued=issued_of(ctx.date) if subject else None,
            period=periods[0].value if periods else None,
            role=PlanRole.SUBJECT if subject else PlanRole.REFERENCE,
            evidence=(ctx.evidence(s, e),),
        )
    return [
        p.model_copy(update={"evidence": (*p.evidence, *(ctx.evidence(s, e) for s, e in more.get(k, [])))})
        for k, p in plans.items()
    ]


def _unquoted(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """Titles cited without 《》 right after a citing verb, lists joined by 及/和/、 included."""
    out: list[tuple[int, int, str]] = []
    seen: set[int] = set()  # a title already read as part of an earlier list ends this one
    for v in _CITE_VERB.finditer(text):
        pos = v.end()
        while True:
            m = _UNQUOTED.match(text, pos)
            if m is None or m.start() in seen or not free(*m.span("t")) or _NOT_TITLE.search(m.group("t")):
                break
            seen.add(m.start())
            out.append((m.start("t"), m.end("t"), m.group("t")))
            if text[m.end("t") : m.end("t") + 1] not in ("及", "和", "、"):
                break
            pos = m.end("t") + 1
    return out


def _inside_own(text: str, start: int, end: int, own: str) -> bool:
    """Whether ``text[start:end]`` is part of an occurrence of the document's own title."""
    lo = max(0, end - len(own) - 2)
    return _norm(text[lo : start + len(own) + 2]).find(own) != -1 and _norm(text[start:end]) != own


def _plan_region(
    ctx: DocContext,
    title: str,
    pos: int,
    kind: PlanKind | None,
    issuer: str | None,
    context: list[str] | None,
    year: int | None,
) -> str | None:
    named = [m.code for m in find_regions(title, as_of=year, context=context) if m.code]
    if named:
        return named[0]
    before = ctx.text[max(0, pos - 12) : pos]
    if _NATIONAL.search(before) or (issuer and _NATIONAL.search(issuer)) or re.search(r"大报告$", title):
        return "CN"
    near = [m.code for m in find_regions(before, as_of=year, context=context) if m.code]
    if near:
        return near[-1]
    if kind is PlanKind.REGULATION and re.search(r"(?:法|条例)$", title):
        return "CN"
    return ctx.subject


def issued_of(date: FuzzyDate | None) -> FuzzyDate | None:
    """The issue date a document's own date gives its plan (day precision only)."""
    return date if date is not None and date.precision == "day" else None
