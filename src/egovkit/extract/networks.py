"""Government networks: kind, name, region, operator, coverage and bandwidth."""

from __future__ import annotations

import re

from ..model import Network, NetworkKind, Quantity
from ..parse.quantities import QuantityMatch
from .context import DocContext

__all__ = ["extract_networks", "network_kind"]

_NET = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9（）()]{0,24}?"
    r"(?:内网|外网|专网|局域网|城域网|广域网|骨干网|资源网|信息网|业务网|政务网|[（(]OA[)）]网|网络平台))"
)
_NAME_START = re.compile(
    r".*(?:[的是即和与及在对把将为以由了从、]|依托|建立|建成|建设|覆盖|联接|连接|开通|完成|实现)"
)
_KINDS = (
    (NetworkKind.INTRANET, re.compile(r"内网|内部")),
    (NetworkKind.EXTRANET, re.compile(r"外网|公众信息网|门户")),
    (NetworkKind.PRIVATE, re.compile(r"专网")),
    (NetworkKind.BACKBONE, re.compile(r"骨干网")),
    (NetworkKind.LAN, re.compile(r"局域网")),
    (NetworkKind.WAN, re.compile(r"广域网|资源网|城域网")),
)
_COVER_UNITS = {"家", "县", "市", "口岸", "个乡镇", "个"}
_COVER_CUE = re.compile(r"连接|联接|联网|覆盖|接入|延伸|连通|联通|到")
_OPERATOR = re.compile(r"中国电信|中国联通|中国移动|中国网通|中国铁通|广电")


def network_kind(name: str) -> NetworkKind | None:
    """The kind a network's name states.

    >>> network_kind("克州电子政务内网").value
    'intranet'
    """
    for kind, rx in _KINDS:
        if rx.search(name):
            return kind
    return None


def _trim(name: str) -> str:
    m = _NAME_START.match(name)
    name = name[m.end() :] if m else name
    name = re.sub(r"^(?:\d+[、.]|[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[)）])", "", name)
    return name


def extract_networks(ctx: DocContext, quantities: list[QuantityMatch]) -> list[Network]:
    """Networks the text names, one per kind and region, with the passages that describe them."""
    text = ctx.text
    nets: dict[tuple[NetworkKind | None, str | None], Network] = {}
    for m in _NET.finditer(text):
        name = _trim(m.group("name"))
        if len(name) < 2 or name in ("网络平台",):
            continue
        kind = network_kind(name)
        if kind is None and not name.endswith("网络平台"):
            continue
        start = m.end() - len(name)
        s, e = ctx.layout.passage(start, m.end())
        region = (
            ctx.region_at(start + len(name) - 1)
            if not _has_region(ctx, start, m.end())
            else _own_region(ctx, start, m.end())
        )
        ev = ctx.evidence(s, e)
        passage = text[s:e]
        coverage = tuple(
            q.value
            for q in quantities
            if s <= q.start < e
            and q.value.unit in _COVER_UNITS
            and _COVER_CUE.search(text[s : q.start])
            and q.value.unit != "个"
        )
        band = next(
            (q.value for q in quantities if s <= q.start < e and q.value.unit in ("Mbps", "Gbps", "Kbps")),
            None,
        )
        op = _OPERATOR.search(passage)
        key = (kind, region)
        if key in nets:
            old = nets[key]
            nets[key] = old.model_copy(
                update={
                    "evidence": old.evidence if ev in old.evidence else (*old.evidence, ev),
                    "coverage": _merge(old.coverage, coverage),
                    "bandwidth": old.bandwidth or band,
                    "operator": old.operator or (op.group() if op else None),
                }
            )
        else:
            nets[key] = Network(
                kind=kind,
                name=name,
                region=region,
                operator=op.group() if op else None,
                coverage=coverage,
                bandwidth=band,
                evidence=(ev,),
            )
    return list(nets.values())


def _has_region(ctx: DocContext, start: int, end: int) -> bool:
    return any(start <= m.start < end for m in ctx.mentions)


def _own_region(ctx: DocContext, start: int, end: int) -> str | None:
    return next(m.code for m in ctx.mentions if start <= m.start < end)


def _merge(old: tuple[Quantity, ...], new: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    out = list(old)
    for q in new:
        if q not in out:
            out.append(q)
    return tuple(out)
