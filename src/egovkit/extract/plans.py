"""Plans and normative documents: the document's own (subject) and those it cites."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import FuzzyDate, Period, Plan, PlanKind, PlanRole
from ..parse.periods import find_periods
from ..parse.regions import find_regions
from ..text.scan import literal_finditer, windowed_finditer
from .context import DocContext
from .regions import first_named

__all__ = ["extract_plans", "is_document_title", "plan_kind"]

_BOOK = re.compile(r"《(?P<t>[^《》\n]{2,80})》")
_INNER = re.compile(r"〈(?P<t>[^〈〉\n]{2,60})〉")
_QUOTED_NAME = re.compile(
    r"[“‘'](?P<t>[^“”‘’'\n]{2,30}?(?:计划|工程|行动|规划|纲要)|(?:数字(?!化)|智慧)[\u4e00-\u9fff]{2,6})[”’']"
)
# named national programmes without quotes: 十二金工程, 金税工程; each holds 金 and is at most
# six characters long, so the regex need only run in windows around a 金
_PROGRAMME = re.compile(
    r"(?P<t>(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}金工程"
    r"|(?<![资基现黄奖薪押租])金[桥关卡税财审盾保农水质宏信土旅企贸]工程)"
)
_PROGRAMME_ANCHOR = re.compile("金")
_PROGRAMME_REACH = 7
# documents named without 《》 after a verb that cites them (学习了…规划指南及…指导方案); the
# verbs are written V V* rather than (?:V)+, and each alternative opens on its own character,
# so that the regex engine skips to a verb's first character instead of trying every position
_OWN_AREA = r"(?=全[区市县省州]|本[区市县省州])"
_CITING = (
    r"(?:学习了?|贯彻|落实|实施|推行|执行|依据|根据|按照|出台了?|颁布了?|印发了?"
    rf"|制定了?{_OWN_AREA}|制订了?{_OWN_AREA}|修订了?{_OWN_AREA})"
)
_CITE_VERB = re.compile(rf"{_CITING}{_CITING}*(?:全[区市县省州]|本[区市县省州])?")
_UNQUOTED = re.compile(
    r"(?P<t>[\u4e00-\u9fff]{4,24}?(?:规划指南|指导方案|实施方案|行动计划|发展规划|规划纲要|管理办法|实施办法|条例|蓝皮书|白皮书|指南))"
)
# a document cited by its number (东河编办发[2011]5号文件) and a numbered phase of an
# e-government project named in running text (靖边县电子政务三期工程, 国家电子政务外网一期工程)
_NUMBERED_FILE = re.compile(r"(?P<t>[\u4e00-\u9fff]{1,10}[〔\[［](?:19|20)\d\d[〕\]］]\d{1,4}号文件)")
# words that end what precedes a numbered file's issuer code (人民政府要按照|国办发〔1993〕71号文件)
_FILE_CUT = re.compile(
    r"^[^〔\[［]*(?:按照|根据|依据|依照|遵照|参照|贯彻|落实|执行|要|将|的|和|及|与|对|在|为|是|了)"
    r"(?=[\u4e00-\u9fff]+[〔\[［])"
)
_PHASE = re.compile(
    r"(?P<t>(?:国家|[^\W\d的了在是和与及由对将把从为]{1,8}?[省市县区州盟旗])电子政务[\u4e00-\u9fff]{0,4}?"
    r"[一二三四五六七八九十]期工程)"
)
_REPORT_BOOK = re.compile(
    r"(?<![\u4e00-\u9fff\d])(?P<t>(?:19|20)\d\d年[\u4e00-\u9fff]{2,12}?(?:蓝皮书|白皮书))"
)
_NOT_TITLE = re.compile(r"^(?:的|各|有关|相关|本|该|这|此|其|一|有|新|好|并)|的|将|一些|继续|[和与及、]$")
_QUOTED_PREFIX = re.compile(
    r"“(?P<q>[^“”\n]{1,12})”(?P<s>(?:[^\W\d的]{0,8}?)(?:发展规划|规划|计划|工程|文件|方案))(?![\u4e00-\u9fff]{0,2}期间)"
)
# the request a reply answers, named without 《》 in its opening formula: 你们关于…的请示（…号）收悉
_RECEIVED = re.compile(
    r"(?:你们|你[省市区局部委厅办]|贵[省市区局部委])(?P<t>关于[^，。；\n《》“”]{2,80}?的(?:请示|报告|函))"
    r"(?=(?:[（(][^（）()\n]{2,20}[）)])?收悉)"
)
_CONGRESS_REPORT = re.compile(r"(?:党的)?(?P<t>[一二三四五六七八九十]{1,3}大报告)")
_FORMS = re.compile(r"(?:表|单|册|卡|证|报|杂志|日报|晚报)$")
# a form to fill in (填写《清理整顿报告书》) is no document that is issued
_FILLED = re.compile(r"(?:填写|填报|填制)的?$")
# a kind word alone in 《》 (《章程》 of each society) names no one document, unless it
# abbreviates one named before (以下简称《决定》)
_BARE_KIND = re.compile(r"章程|规划|计划|方案|办法|规定|条例|决定|通知|意见|纲要|细则|报告|预案|建议|决议")
_KINDS = (
    (PlanKind.NOTICE, re.compile(r"(?:通知|通告|公告|批复|决定|函|通报)$")),
    (PlanKind.REPORT, re.compile(r"(?:报告|蓝皮书|白皮书|请示)$")),
    (PlanKind.REGULATION, re.compile(r"(?:办法|规定|条例|法|细则|标准|制度|规则|准则|规范)$")),
    (PlanKind.GUIDE, re.compile(r"(?:指南|方案|意见|要点|纲要性意见|框架)$")),
    (PlanKind.PLAN, re.compile(r"(?:规划|纲要|计划|行动|工程|战略)$")),
)
# what else a document's title may end with (a kind of its own, or none): a title in 《》 that
# ends otherwise names a book, a newspaper, an article or a meeting (《资本论》, 《全俄中央执行
# 委员会会议》), not a plan
_DOCUMENT_END = re.compile(
    r"(?:协定|协议|条约|公约|宣言|声明|决议|纲领|章程|建议|汇报|预案|公报|体系|文件|目录|议案|草案|告书|名单|清单)$"
)
# a parenthesised tail of a title: （草案）, （试行）, （2018—2035年）, （2015—2020年）
_TITLE_TAIL = re.compile(r"[（(][^（）()]{1,16}[）)]$")


def is_document_title(title: str) -> bool:
    """Whether a title names a plan or a normative document: it ends with a document kind
    word (规划, 方案, 办法, 通知, 法 …), a parenthesised tail (（试行）) set aside.

    Examples:
        >>> is_document_title("河北雄安新区总体规划（2018—2035年）")
        True
        >>> is_document_title("全俄中央执行委员会会议")
        False
    """
    t = _TITLE_TAIL.sub("", title.strip("“”\"' "))
    return plan_kind(t) is not None or bool(_DOCUMENT_END.search(t))


_ISSUER_END = re.compile(r"(?:国务院|院|办|厅|室|委员会|委|部|局|政府|中央)$")
_NATIONAL = re.compile(r"国务院|国家|中央|中办|国办|全国人大|党中央")
# a title that names no region and opens, after its period, on the nation (国家电子政务总体框架,
# 2006—2020年国家信息化发展战略): a national plan, whoever cites it
_NATIONAL_TITLE = re.compile(r"(?:(?:19|20)\d\d(?:[—\-－～至到](?:19|20)\d\d)?年)?(?:国家|全国)")
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［](?:19|20)\d\d[〕\]］]\d{1,4}号")
_CITED_NUMBER = re.compile(
    r"[ \t]?[（(](?P<n>[\u4e00-\u9fff]{1,10}[〔\[［](?:19|20)\d\d[〕\]］]\d{1,4}号)(?:[，,；;][^（）()\n]{1,16})?[）)]"
)
# the title of a normative document: [issuer]关于…的通知/意见/决定/批复
_NORMATIVE = re.compile(
    r"^(?P<by>[^关]{0,40}?)关于.{2,120}的(?:通知|意见|指导意见|实施意见|决定|批复|通告|公告|复函|函|通报|请示|报告)$"
)
# a notice that issues a document: 关于印发《…》的通知, 关于印发…方案的通知
_ISSUES = re.compile(r"关于(?:印发|发布|转发|颁布)\s*《?(?P<t>[^《》\n]{2,80}?)》?的(?:通知|函)$")
# the body a normative title names before 关于 (中共中央关于…的建议); a title that forwards
# another body's document (国务院办公厅转发民政部关于…) is issued by the forwarding body
_TITLE_BY = re.compile(r"^(?P<by>[^关《》]{2,40}?)关于")
_FORWARDS = re.compile(r"转发|批转|印发|发布")
# a body named by a pronoun (你局《关于…的请示》, 你部, 你省): the addressee of a reply
_PRONOUN = re.compile(r"^(?:你|贵)(?P<s>[\u4e00-\u9fff])$|^你们$")
_ADDRESSEE = re.compile(
    r"(?m)^[ \t]*(?P<a>[\u4e00-\u9fff、，]{2,60})[：:][ \t]*$|(?<=号)[ \t\n]+(?P<b>[\u4e00-\u9fff、，]{2,60})[：:]"
)


def plan_kind(title: str) -> PlanKind | None:
    """The kind of a normative document from its title's last word.

    Examples:
        >>> plan_kind("克州政府系统电子政务专网应用管理规定").value
        'regulation'
    """
    t = _TITLE_TAIL.sub("", title.strip("“”\"' "))
    for kind, rx in _KINDS:
        if rx.search(t):
            return kind
    return None


def _norm(title: str) -> str:
    return re.sub(r"[“”\"'‘’《》〈〉\s]", "", title)


_SPLIT = re.compile(
    r"[了的由经，。；：,;:“”\s要将对]|按照|根据|依据|依照|遵照|参照|贯彻|落实|执行|实施|遵守|通过|以及|鉴于|由于"
)
# a body that issued the cited title, with the date it did (国务院2016年印发的《…》, 国务院发布的《…》)
_ISSUED_BY = re.compile(
    r"(?:于?(?P<y>(?:19|20)\d\d)年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?)?"
    r"(?:印发|发布|颁布|制定|制订|出台|公布)(?P<done>了?的|了)?$"
)
# a date opening the clause before the body (2005年6月市政府出台了《…》)
_LEAD_DATE = re.compile(r"^(?P<y>(?:19|20)\d\d)年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?")


def _issued_before(text: str, pos: int) -> tuple[str | None, FuzzyDate | None]:
    """The body and the date a cited title was issued, when the text says so right before it
    (国务院2016年印发的《…》); (None, None) when it does not name the body."""
    m = _ISSUED_BY.search(text, max(0, pos - 16), pos)
    if m is None:
        return None, None
    issuer = _issuer_before(text, m.start())
    if issuer is None:
        return None, None
    lead = _LEAD_DATE.match(issuer)
    if lead is not None:
        issuer = issuer[lead.end() :]
        if len(issuer) < 2 or not _ISSUER_END.search(issuer):
            return None, None
    dated = m if m.group("y") else lead
    if dated is None or not m.group("done"):  # 市政府出台《…》 may be to come: no date
        return issuer, None
    month, day = (int(dated.group(g)) if dated.group(g) else None for g in ("m", "d"))
    try:
        return issuer, FuzzyDate(year=int(dated.group("y")), month=month, day=day)
    except ValueError:  # 13月, 32日: not a date
        return issuer, None


def _issuer_before(text: str, pos: int) -> str | None:
    """The body named right before a cited title (国务院《…》, 县委办、政府办《…》)."""
    piece = _SPLIT.split(text[max(0, pos - 24) : pos])[-1]
    parts = [p for p in piece.split("、") if p]
    # 各地州市局“三定”方案: each bureau's own, no one issuer
    if (
        parts
        and len(piece) <= 20
        and not piece.startswith("各")
        and all(_ISSUER_END.search(p) for p in parts)
    ):
        return piece
    return None


def _title_issuer(title: str) -> str | None:
    """The body a document's title names as its issuer, before 关于; the forwarding body when
    the title forwards another's document; None when the title names no body.

    Examples:
        >>> _title_issuer("中共中央关于制定国民经济和社会发展第十个五年计划的建议")
        '中共中央'
        >>> _title_issuer("国务院办公厅转发民政部关于清理整顿社会团体意见的通知")
        '国务院办公厅'
        >>> _title_issuer("关于加快发展的意见") is None
        True
    """
    m = _TITLE_BY.match(title.strip("“”\"' "))
    if m is None:
        return None
    by = _FORWARDS.split(m.group("by"))[0]
    return by if len(by) >= 2 and _ISSUER_END.search(by) else None


def _addressee(head: str, suffix: str) -> str | None:
    """The one addressee of a document's head that a pronoun (你局, 你部, 你省) stands for: the
    one ending with the pronoun's noun, or a lone addressee naming it; None when unclear."""
    m = _ADDRESSEE.search(head)
    if m is None:
        return None
    names = [n for n in re.split(r"[、，]", m.group("a") or m.group("b")) if n]
    if suffix == "们":  # 你们: every addressee together
        return "、".join(names) if len(names) <= 8 and any(_ISSUER_END.search(n) for n in names) else None
    ending = [n for n in names if n.endswith(suffix)]
    if len(ending) == 1:
        return ending[0]
    if len(names) == 1 and suffix in names[0] and _ISSUER_END.search(names[0]):
        return names[0]  # 你省 for 湖北省人民政府
    return None


def _numbered_as(plans: dict[str, Plan], title: str, number: str | None) -> str | None:
    """The key of the plan already cited with the number a 号文件 title gives, if any."""
    if number is None or not title.endswith("号文件"):
        return None
    return next((k for k, p in plans.items() if p.number == number), None)


def extract_plans(ctx: DocContext, title: str | None, author: str | None) -> list[Plan]:
    """Every plan the text issues or cites, one per distinct title, in order of first mention."""
    text = ctx.text
    spans = _Spans(len(text))
    _book_titles(text, spans)
    _quoted_names(text, spans, title)
    _named(text, spans)
    own_issuer, issued_inner = _own_title(text, spans, title, author)
    spans.found.sort()
    own = _norm(title) if title else None
    head = text[:400]
    plans: dict[str, Plan] = {}
    more: dict[str, list[tuple[int, int]]] = {}
    carried: dict[str, tuple[str | None, str | None]] = {}
    listed: tuple[int, str, FuzzyDate | None] | None = None  # the last title issued as told
    for s, e, t in spans.found:
        key = _norm(t)
        if key not in plans and text[s : s + 1] == "《":
            key = _short_form_of(key, plans) or key  # 《规划》 after 《…信息化规划》 is that plan
        if key in plans:
            more.setdefault(key, []).append((s, e))
            continue
        if _BARE_KIND.fullmatch(key):
            continue
        subject = (
            (own is not None and key == own)
            or key == issued_inner
            or bool(re.search(r"关于(?:印发|发布)\s*《" + re.escape(t) + "》", head))
        )
        issuer = own_issuer if subject else _issuer_before(text, s)
        issued = None
        if issuer is None and not subject:
            issuer, issued = _issued_before(text, s)
            if issuer is not None:
                listed = (e, issuer, issued)
            elif listed is not None and s == listed[0] + 1 and text[listed[0]] in "、和及":
                _, issuer, issued = listed  # 市政府出台了《…》、《…》: each title of the list
            if issuer is not None:
                listed = (e, issuer, issued)
        if issuer is None and not subject and text.endswith("你们", 0, s):
            issuer = "你们"  # 你们关于…的请示: every addressee of the reply
        if issuer is not None and _PRONOUN.match(issuer):
            issuer = _addressee(head, issuer[-1])  # 你局《关于…的请示》: the body the reply answers
        if issuer is None:
            issuer = _title_issuer(t)  # 浙江省人民政府办公厅关于印发…的通知
        number = _plan_number(text, head, e, t, subject)
        same = _numbered_as(plans, t, number)
        if same is not None:  # 国办发〔1993〕71号文件 after 《…》（国办发〔1993〕71号）: that document
            more.setdefault(same, []).append((s, e))
            continue
        if key in carried:  # the document a notice issues: its issuer and number are the notice's
            issuer, number = issuer or carried[key][0], number or carried[key][1]
        issues = _ISSUES.search(t)
        if issues is not None:
            carried[_norm(issues.group("t"))] = (issuer, number)
        plans[key] = _plan(ctx, s, e, t, subject, issuer, number, issued)
    return [
        p.model_copy(update={"evidence": (*p.evidence, *(ctx.evidence(s, e) for s, e in more.get(k, [])))})
        for k, p in plans.items()
    ]


_SHORT_FORM_MAX = 6  # 《规划》, 《总体规划》, 《行动纲要》: a short form, not a title


def _short_form_of(key: str, plans: dict[str, Plan]) -> str | None:
    """The plan named earlier whose title a short 《》 title abbreviates (《规划》 for
    《“十三五”国家信息化规划》, 《总体规划》 for 《…总体规划（2018—2035年）》): the latest one
    whose title ends with it; None when the title is no short form of an earlier one."""
    if len(key) > _SHORT_FORM_MAX or plan_kind(key) is None:
        return None
    found = [k for k in plans if k != key and _TITLE_TAIL.sub("", k).endswith(key)]
    return found[-1] if found else None


class _Spans:
    """The plan titles found so far, and the characters they take (a later rule skips those)."""

    def __init__(self, n: int) -> None:
        self.found: list[tuple[int, int, str]] = []
        self._taken = bytearray(n + 1)

    def add(self, s: int, e: int, t: str, *, take: bool = True) -> None:
        self.found.append((s, e, t))
        if take:
            self._taken[s:e] = b"\x01" * (e - s)

    def free(self, s: int, e: int) -> bool:
        return not self._taken[s] and not self._taken[e - 1]


def _book_titles(text: str, spans: _Spans) -> None:
    """《》 titles that name a document, with the titles nested in them and the document a
    《…关于印发…规划的通知》 issues."""
    for m in _BOOK.finditer(text):
        t = m.group("t").strip()
        if (
            _FORMS.search(t)
            or _FILLED.search(text[max(0, m.start() - 3) : m.start()])
            or not re.search(r"[\u4e00-\u9fff]{2}", t)
            or not is_document_title(t)
        ):
            continue
        spans.add(m.start(), m.end(), t)
        for inner in _INNER.finditer(t):
            s = m.start() + 1 + inner.start("t")
            spans.add(s, s + len(inner.group("t")), inner.group("t"), take=False)
        issues = _ISSUES.search(t)
        if issues is not None and "〈" not in t:  # 《…关于印发…规划的通知》 cites the 规划 too
            s = m.start() + 1 + issues.start("t")
            spans.add(s, s + len(issues.group("t")), issues.group("t"), take=False)


def _quoted_names(text: str, spans: _Spans, title: str | None) -> None:
    """Plans named with a quoted programme (“十二五”发展规划, “金税”工程)."""
    own_title = _norm(title) if title else ""
    for rx in (_QUOTED_NAME, _QUOTED_PREFIX):
        for m in rx.finditer(text):
            # “十二五”发展规划 inside a bare repetition of the document's own title is that title
            if spans.free(*m.span()) and not (own_title and _inside_own(text, *m.span(), own_title)):
                t = m.group("t") if "t" in rx.groupindex else f"“{m.group('q')}”{m.group('s')}"
                if _not_a_programme(text, m.start(), t):
                    continue
                spans.add(m.start(), m.end(), t)


def _named(text: str, spans: _Spans) -> None:
    """Documents named without 《》: congress reports, programmes, report books, numbered
    files, project phases; plans named in running text; laws."""
    # each regex needs a rare literal (大报告, 金, 号文件 …): most texts skip it at once
    scans = (
        literal_finditer(_CONGRESS_REPORT, text),
        windowed_finditer(_PROGRAMME, _PROGRAMME_ANCHOR, _PROGRAMME_REACH, text),
        literal_finditer(_REPORT_BOOK, text),
        literal_finditer(_NUMBERED_FILE, text),
        literal_finditer(_PHASE, text),
        literal_finditer(_RECEIVED, text),
    )
    for matches in scans:
        for m in matches:
            s = m.start("t")
            if m.re is _NUMBERED_FILE:  # 要根据中发〔1994〕8号文件: the file is 中发〔1994〕8号文件
                cut = _FILE_CUT.match(m.group("t"))
                s += cut.end() if cut else 0
            if spans.free(s, m.end("t")):
                spans.add(s, m.end("t"), text[s : m.end("t")])
    for s, e, t in [*_unquoted(text, spans.free), *_laws(text, spans.free)]:
        if spans.free(s, e):
            spans.add(s, e, t)


def _own_title(
    text: str, spans: _Spans, title: str | None, author: str | None
) -> tuple[str | None, str | None]:
    """A document headed by a plan's (or a normative notice's) title is that plan; returns its
    issuer and the normalised title of the document it issues (关于印发…方案的通知: the 方案)."""
    own_issuer, issued_inner = author, None
    if title and plan_kind(title) is not None and "《" not in title:
        at, end = _find_title(text, title)
        nm = _NORMATIVE.match(title)
        if at >= 0 and spans.free(at, end) and (plan_kind(title) is not PlanKind.NOTICE or nm):
            spans.add(at, end, title)
            if nm and own_issuer is None:
                own_issuer = _title_issuer(title)
            issues = _ISSUES.search(title)
            if issues is not None:  # 关于印发…方案的通知 issues a second document: the 方案
                ins, ine = _find_title(text[at:end], issues.group("t"))
                if ins >= 0:
                    spans.add(at + ins, at + ine, issues.group("t"), take=False)
                    issued_inner = _norm(issues.group("t"))
    return own_issuer, issued_inner


def _plan_number(text: str, head: str, e: int, t: str, subject: bool) -> str | None:
    """The document number: the document's own (in its head) for a subject plan, else one
    cited right after the title (《…的通知》(浙政办发〔2006〕113号)) or inside it."""
    if subject:
        nm = _NUMBER.search(head)
        return nm.group() if nm else None
    found = _CITED_NUMBER.match(text, e) or _NUMBER.match(t)  # 东河编办发[2011]5号文件
    return found.group("n") if found and "n" in found.groupdict() else (found.group() if found else None)


# a plan's own span of years, at the head of its title (2006—2020年国家信息化发展战略) or closing it
# (…实施纲要（2015—2020年）); a range inside the title (…规划（2018—2035年）的批复) is another plan's
_YEARS = r"(?P<a>(?:19|20)\d\d)年?[ \t]*(?:—|–|-|－|~|～|——|至|到)[ \t]*(?P<b>(?:19|20)\d\d)年"
_SPAN_HEAD = re.compile(rf"^{_YEARS}")
_SPAN_TAIL = re.compile(rf"[（(]{_YEARS}[）)]$")
_SPAN_AFTER = re.compile(rf"[》〉]?[（(]{_YEARS}[）)]")


def _title_span(text: str, e: int, t: str) -> Period | None:
    """The span of years a plan's title states, at its head or end, or in brackets right after it."""
    m = _SPAN_HEAD.match(t) or _SPAN_TAIL.search(t) or _SPAN_AFTER.match(text, e)
    if m is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    return Period(start_year=a, end_year=b) if a < b else None


def _plan(
    ctx: DocContext,
    s: int,
    e: int,
    t: str,
    subject: bool,
    issuer: str | None,
    number: str | None,
    issued: FuzzyDate | None = None,
) -> Plan:
    """The Plan of a title found at ``s:e``; ``issued`` is the date the text gives a cited one."""
    kind = plan_kind(t)
    year = ctx.date.year if ctx.date else None
    region = _plan_region(ctx, t, s, kind, issuer, ctx.scope or None, year)
    periods = find_periods(re.sub(r"\s", "", t))  # 《“九五 ”计划》: a stray space inside the quotes
    return Plan(
        title=t,
        kind=kind,
        region=region,
        issuer=issuer,
        number=number,
        issued=issued_of(ctx.date) if subject else issued,
        period=periods[0].value if periods else _title_span(ctx.text, e, t),
        role=PlanRole.SUBJECT if subject else PlanRole.REFERENCE,
        evidence=(ctx.evidence(s, e),),
    )


# a law cited without 《》 (贯彻行政许可法、公务员法, 严格执行网络安全法等法律法规, 符合宪法):
# a name ending in 法 right after a verb that cites or obeys it, ending where a list goes on
_LAW_VERB = re.compile(
    r"(?:贯彻|执行|遵守|遵照|依照|按照|根据|依据|违反|实施|落实|施行|符合|修订|修改|颁布|学习)(?:执行|落实|实施)?"
)
_LAW = re.compile(
    r"(?:中华人民共和国)?(?P<t>[^\W\d的了和与及是在对把将从]{1,12}?法)(?=[，。；、和及与等第的]|$)"
)
_NOT_LAW = re.compile(
    r"(?:执|司|依|违|立|方|办|做|说|合|国|王|兵|书|算|想|看|手|用|守|护|章|做|技|疗|语|文|笔|写|新|大|两)法$|^(?:依法|国家|法)"
)


def _laws(text: str, free: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """Laws named without 《》 after a verb that cites them, lists joined by 、/和/及 included."""
    out: list[tuple[int, int, str]] = []
    for v in _LAW_VERB.finditer(text):
        pos = v.end()
        while True:
            m = _LAW.match(text, pos)
            if m is None or not free(*m.span("t")):
                break
            t = m.group("t")
            if _NOT_LAW.search(t) and t != "宪法":
                break
            out.append((m.start("t"), m.end("t"), t))
            if text[m.end() : m.end() + 1] not in ("、", "和", "及"):
                break
            pos = m.end() + 1
    return out


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


# 不搞“半拉子”工程, 防止“形象工程”: a project named to be condemned, not a programme
_CONDEMNED = re.compile(
    r"(?:搞|防止|严防|反对|杜绝|避免|热衷于?|华而不实的|劳民伤财的)[^，。；！？\n]{0,10}$"
)


def _not_a_programme(text: str, start: int, title: str) -> bool:
    """Whether a quoted 工程/行动 name is a kind of project rather than one programme: one
    condemned (不搞“半拉子”工程) or a class (“引黄济津”等工程, “十四五”重大工程)."""
    if not re.search(r"(?:工程|行动)$", title):
        return False
    return bool(_CONDEMNED.search(text[max(0, start - 12) : start]) or re.search(r"”(?:等|重大|重点)", title))


def _find_title(text: str, title: str) -> tuple[int, int]:
    """Where the document's title stands in its text, also when a line break splits it (a
    heading set on two lines); (-1, -1) when it is not there."""
    at = text.find(title)
    if at >= 0:
        return at, at + len(title)
    chars = [re.escape(c) for c in title if not c.isspace()]
    if not chars or len(chars) > 200:
        return -1, -1
    m = re.search(r"\s{0,8}".join(chars), text[:3000])
    return (m.start(), m.end()) if m else (-1, -1)


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
    if re.search(r"(?<!办)法$", title):
        return "CN"  # a law is the state's, whatever region it names (香港特别行政区基本法)
    found = find_regions(title, as_of=year, context=context)
    if found and found[0].kind == "zone":
        return None  # 河北雄安新区总体规划: the plan of a zone GB/T 2260 gives no code
    named = first_named(title, found)
    if named:
        return named  # 乌鲁木齐、昌吉、石河子…的请示: the region a list of places shares
    before = ctx.text[max(0, pos - 12) : pos]
    if (
        _NATIONAL.search(before)
        or (issuer and _NATIONAL.search(issuer))
        or re.search(r"大报告$", title)
        or _NATIONAL_TITLE.match(title)
    ):
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
