"""Plans and normative documents: the document's own (subject) and those it cites."""

from __future__ import annotations

import re

from ..model import FuzzyDate, Plan, PlanKind, PlanRole
from ..parse.periods import find_periods
from ..parse.regions import find_regions
from .context import DocContext

__all__ = ["extract_plans", "plan_kind"]

_BOOK = re.compile(r"《(?P<t>[^《》\n]{2,80})》")
_INNER = re.compile(r"〈(?P<t>[^〈〉\n]{2,60})〉")
_QUOTED_NAME = re.compile(r"“(?P<t>[^“”\n]{2,30}?(?:计划|工程|行动|规划|纲要))”")
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
    context = [ctx.subject] if ctx.subject else None
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

    for rx in (_QUOTED_NAME, _QUOTED_PREFIX):
        for m in rx.finditer(text):
            if free(*m.span()):
                t = m.group("t") if "t" in rx.groupindex else f"“{m.group('q')}”{m.group('s')}"
                found.append((m.start(), m.end(), t))
                take(*m.span())
    for m in _CONGRESS_REPORT.finditer(text):
        if free(*m.span()):
            found.append((m.start("t"), m.end(), m.group("t")))
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
