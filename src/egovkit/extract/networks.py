"""Government networks: kind, name, region, operator, coverage and bandwidth."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Network, NetworkKind, Quantity
from ..parse.quantities import QuantityMatch
from ..text.scan import windowed_finditer
from .context import DocContext

__all__ = ["extract_networks", "network_kind"]

_NET = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9（）()]{0,24}?"
    r"(?:政务网络|网络通道|内网|外网|专网|局域网|城域网|广域网|骨干网|骨干传输网|资源网|信息网|业务网|政务网|[（(]OA[)）]网|网络平台))(?!站)"
)
# every _NET match contains 网 and spans at most 24 + 6 characters, plus the (?!站) lookahead
_NET_ANCHOR = re.compile("网")
_NET_REACH = 32
_NAME_START = re.compile(
    r".*(?:[的是即和与及在对把将为以由了从、]|依托|建立|建成|建设|覆盖|联接|连接|开通|完成|实现|要|需|应|进一步|完善|加强|推进|升级|改造|统一使用"
    r"|保障|开设|组成|铺设|利用好?|使用|通过|依靠|构建|搭建|形成|承载|整合|优化|维护)"
)
# a name without a kind word (政务网络, 网络平台) followed by one of these is a modifier
# (政务网络系统建设, 电子政务网络规划), not a network
_MODIFIES = re.compile(
    r"系统|建设|规划|应用|安全|管理|技术|平台|工程|发展|资源|中心|设备|环境|服务|信息|基础|体系"
)
_NATIONAL = re.compile(r"^(?:国家|中央|全国)")
_FORBIDDEN = re.compile(r"不得|不准|不允许|禁止|严禁|不再")
# a quoted two-word slogan (“小内网、大外网”) names an architecture, not a network
_SLOGAN = re.compile(r"[“'‘][\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff]{2,4}[”'’]")
_KINDS = (
    (NetworkKind.INTRANET, re.compile(r"内网|内部")),
    (NetworkKind.EXTRANET, re.compile(r"外网|公众信息网|门户")),
    (NetworkKind.PRIVATE, re.compile(r"专网")),
    (NetworkKind.BACKBONE, re.compile(r"骨干(?:传输)?网")),
    (NetworkKind.LAN, re.compile(r"局域网")),
    (NetworkKind.WAN, re.compile(r"广域网|资源网|城域网")),
)
_COVER_UNITS = {"家", "县", "市", "口岸", "个乡镇"}
_COVER_CUE = re.compile(r"连接|联接|联网|覆盖|接入|延伸|连通|联通|到")
# a link speed told in words (千兆光纤接入, 百兆到桌面, 万兆主干): 兆 is a megabit per second
# (a 千兆交换机 is a device: only a link, a fibre or a bandwidth told so counts)
_SPEED_WORD = re.compile(
    r"(?P<n>百|千|万)兆(?=光纤|光缆|带宽|到|接入|主干|骨干|链路|专线|线路|互联|连接|网络|以太网)"
)
_SPEED_MBPS = {"百": 100, "千": 1000, "万": 10000}
_OPERATOR = re.compile(r"中国电信|中国联通|中国移动|中国网通|中国铁通|广电")


def network_kind(name: str) -> NetworkKind | None:
    """The kind a network's name states: its last kind word, the compound's head
    (党政机关内部局域网 is a LAN), a backbone named after another network being that network's.

    Examples:
        >>> network_kind("克州电子政务内网").value
        'intranet'
    """
    # the last kind word is the compound's head (内部局域网 is a LAN: 内部 only qualifies it),
    # but a backbone named after another network is that network's (电子政务内网骨干传输网)
    found = sorted((m.end(), m.group(), kind) for kind, rx in _KINDS for m in rx.finditer(name))
    words = [(w, k) for _, w, k in found if w != "内部"] or [(w, k) for _, w, k in found]
    if not words:
        return None
    if words[-1][1] is NetworkKind.BACKBONE and any(k is not NetworkKind.BACKBONE for _, k in words):
        return next(k for _, k in reversed(words) if k is not NetworkKind.BACKBONE)
    return words[-1][1]


def _trim(name: str) -> str:
    m = _NAME_START.match(name)
    name = name[m.end() :] if m else name
    close = max(name.rfind(")"), name.rfind("）"))
    if close >= 0 and len(name) - close > 2:
        name = name[close + 1 :]  # (记者刘菊花)国家电子政务外网: a byline before the name; （OA）网 stays
    name = re.sub(r"^(?:\d+[、.]|[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[)）])", "", name)
    return name


@dataclass
class _Seen:
    """What the mentions of one network (kind and region) have said so far."""

    name: str
    operator: str | None = None
    bandwidth: Quantity | None = None
    coverage: list[Quantity] = field(default_factory=list)
    covered: set[Quantity] = field(default_factory=set)  # the coverage list's members, for lookups
    passages: dict[tuple[int, int], None] = field(default_factory=dict)  # ordered set


def extract_networks(ctx: DocContext, quantities: list[QuantityMatch]) -> list[Network]:
    """Networks the text names, one per kind and region, with the passages that describe them."""
    text = ctx.text
    seen: dict[tuple[NetworkKind | None, str | None], _Seen] = {}
    starts = [q.start for q in quantities]
    for m in windowed_finditer(_NET, _NET_ANCHOR, _NET_REACH, text):
        name = _trim(m.group("name"))
        if len(name) < 2 or name in ("网络平台", "网络通道") or ctx.in_title(m.end() - 1):
            continue
        kind = network_kind(name)
        if kind is None and not re.search(r"网络平台|政务网络|网络通道$", name):
            continue
        if kind is None and _MODIFIES.match(text, m.end()):
            continue
        start = m.end() - len(name)
        if _FORBIDDEN.search(text, ctx.layout.clause_start(start, max(0, start - 40)), start):
            continue  # 各部门不得另行…组成传输骨干网: a network forbidden, not one that exists
        if kind is NetworkKind.BACKBONE and text.endswith(("内网", "外网", "专网"), 0, start):
            continue  # 电子政务内网骨干传输网: the intranet's backbone is the intranet, told already
        if text.endswith("作为", 0, start):
            continue  # 专网作为…骨干传输网: the role of a network named before, not another one
        if _SLOGAN.search(text, max(0, start - 6), min(len(text), m.end() + 6)):
            continue
        s, e = ctx.layout.passage(start, m.end())
        # 国家电子政务外网, 中央广域骨干网: the state's, wherever it is told
        region: str | None = "CN" if _NATIONAL.match(name) else None
        region = region or _own_region(ctx, start, m.end()) or ctx.region_at(m.end() - 1)
        net = seen.setdefault((kind, region), _Seen(name))
        if (s, e) in net.passages:
            continue
        net.passages[(s, e)] = None
        # a coverage figure follows a cue in its passage: find the first cue once per passage,
        # not a search per figure (a list of hundreds of figures stays linear)
        cue_end = min((c.end() for c in _COVER_CUE.finditer(text, s, e)), default=e + 1)
        for q in quantities[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]:
            unit = q.value.unit
            if unit in ("Mbps", "Gbps", "Kbps"):
                net.bandwidth = net.bandwidth or q.value
            elif unit in _COVER_UNITS and cue_end <= q.start and q.value not in net.covered:
                net.covered.add(q.value)
                net.coverage.append(q.value)
        if net.bandwidth is None and (w := _SPEED_WORD.search(text, s, e)) is not None:
            mbps = _SPEED_MBPS[w.group("n")]
            net.bandwidth = (
                Quantity(value=mbps // 1000, unit="Gbps")
                if mbps >= 1000
                else Quantity(value=mbps, unit="Mbps")
            )
        op = _OPERATOR.search(text, s, e)
        net.operator = net.operator or (op.group() if op else None)
    return [
        Network(
            kind=kind,
            name=net.name,
            region=region,
            operator=net.operator,
            coverage=tuple(net.coverage),
            bandwidth=net.bandwidth,
            evidence=tuple(ctx.evidence(s, e) for s, e in net.passages),
        )
        for (kind, region), net in seen.items()
    ]


def _own_region(ctx: DocContext, start: int, end: int) -> str | None:
    """The region named inside a network's own name (克州电子政务内网), if any."""
    i = bisect.bisect_left(ctx.mention_starts, start)
    if i < len(ctx.mentions) and ctx.mentions[i].start < end:
        return ctx.mentions[i].code
    return None
