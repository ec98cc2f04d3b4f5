"""Region mentions resolved to GB/T 2260 codes: ``find_regions`` and ``resolve_region``.

Matched forms: official names, current and historical (思茅市, 吐鲁番地区); conventional short
names (克州, 新疆, 伊犁州, 察布查尔县, 我国/中国 → ``CN``); suffix-less names (伊宁, 塔城) — those
jieba knows as place names everywhere, the others only inside the ``context`` region's
province; and words that point at the document's own region (自治区, 全州, 本县, 我市), which
resolve only through ``context``.

Policies, in order: an official name beats an alias, an alias beats a short form; a name is
read *as of* ``as_of`` (a year, ISO string, ``date`` or FuzzyDate), so 奎屯市 is 654001 in 1995
and 654003 after its 2001 recoding; homonyms (鼓楼区, 朝阳区) are settled by ``context`` or by
the other regions the same text names unambiguously, and otherwise reported as ambiguous
(``region`` None, ``candidates`` listed) — never by a silent first hit. Ethnic groups
(蒙古族), 全州 meaning "the whole prefecture" and names inside longer words (孙中山) are not
region mentions.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from ..errors import DataFileError
from ..lexicon.gazetteer import DEICTIC, GENERIC_NAMES, Episode, Gazetteer, Zone, ethnic_groups, gazetteer
from ..lexicon.resources import data_cache, data_records
from ..model import FuzzyDate, Region, RegionLevel

__all__ = ["AsOf", "Context", "RegionMatch", "find_regions", "region_by_code", "resolve_region"]

AsOf = int | str | _dt.date | FuzzyDate | None
Context = str | Region | Iterable[str | Region] | None

_COUNTRY = Region(name="中华人民共和国", code="CN", level=RegionLevel.COUNTRY)
_COMPOUNDS = frozenset(
    {"区域", "区县", "市场", "市民", "市级", "县级", "区级", "县域", "市县", "县区", "县市", "州市"}
)
_LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}


class RegionMatch(BaseModel):
    """A region mention: its span, the text, and the region it resolves to.

    ``region`` is None when the mention is ambiguous (``candidates`` then lists the codes
    it could be) or, with ``include_unresolved``, a pointer word without a context region.
    """

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Start offset in the searched text.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="The matched text.")
    region: Region | None = Field(description="The resolved region, or None.")
    kind: str = Field(
        description="name, alias, short, pointer, or zone (a division without a code, 雄安新区): how the text names it."
    )
    candidates: tuple[str, ...] = Field(default=(), description="Codes of an ambiguous mention.")

    @property
    def code(self) -> str | None:
        """The resolved code, or None."""
        return self.region.code if self.region else None


def _as_year(as_of: AsOf) -> int | None:
    if as_of is None:
        return None
    if isinstance(as_of, bool):
        raise TypeError("as_of must be a year, an ISO date string, a date or a FuzzyDate")
    if isinstance(as_of, int):
        return as_of
    if isinstance(as_of, FuzzyDate):
        return as_of.year
    if isinstance(as_of, _dt.date):
        return as_of.year
    if isinstance(as_of, str) and re.match(r"\d{4}", as_of):
        return int(as_of[:4])
    raise TypeError(f"as_of must be a year, an ISO date string, a date or a FuzzyDate, not {as_of!r}")


def region_by_code(code: str, *, as_of: AsOf = None) -> Region | None:
    """The region with GB/T 2260 ``code`` (or ``"CN"``) as it stood in ``as_of``.

    Examples:
        >>> region_by_code("654003").name
        '奎屯市'
        >>> region_by_code("999999") is None
        True
    """
    if code == "CN":
        return _COUNTRY
    return _coded_region(code, _as_year(as_of))


@data_cache(maxsize=4096)
def _coded_region(code: str, year: int | None) -> Region | None:
    ep = gazetteer().episode(code, year)
    return _region(ep) if ep else None


@data_cache(maxsize=4096)  # a text names the same few regions again and again; Region is frozen
def _region(ep: Episode, year: int | None = None) -> Region:
    if year is not None:
        ep = gazetteer().episode(ep.code, year) or ep
    return Region(
        name=ep.name,
        code=ep.code,
        level=RegionLevel(ep.level),
        parent_code=ep.parent or "CN",
    )


@data_cache(maxsize=64)
def zone_region(zone: Zone) -> Region:
    """The region of a zone GB/T 2260 does not code: code None, level ``other``, a hint."""
    return Region(name=zone.name, code=None, level=RegionLevel.OTHER, parent_code=zone.parent, hint=zone.hint)


_Trie = dict[str, "_Trie"]
_END = ""  # the key that marks a complete surface in the trie (never a character)


@data_cache()
def _trie() -> tuple[re.Pattern[str], _Trie]:
    """A character trie of every surface form, and a regex for where one may start.

    The regex (a first letter followed by a possible second letter) lets the C regex engine
    skip to the next candidate; the trie then finds the longest surface there in time
    bounded by the longest surface, so a scan is linear.
    """
    root: _Trie = {}
    for word in gazetteer().surfaces():
        if len(word) < 2:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    seconds = {ch for node in root.values() for ch in node if ch != _END}
    first = re.compile(f"[{_char_class(root)}](?=[{_char_class(seconds)}])")
    return first, root


def _char_class(chars: Iterable[str]) -> str:
    return "".join(re.escape(ch) for ch in sorted(chars))


@data_cache(maxsize=4)
def _surface_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Leftmost-longest, non-overlapping spans of surface forms (cached: parse scans twice)."""
    first, root = _trie()
    out: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while (m := first.search(text, pos)) is not None:
        i = m.start()
        node = root[text[i]]
        j, best = i + 1, -1
        while j < n and (nxt := node.get(text[j])) is not None:
            node = nxt
            j += 1
            if _END in node:
                best = j
        if best > 0:
            out.append((i, best))
            pos = best
        else:
            pos = i + 1
    return tuple(out)


def _scope(codes: Iterable[str]) -> set[str]:
    """Codes and every ancestor of them."""
    gaz = gazetteer()
    out: set[str] = set()
    for code in codes:
        out.add(code)
        out.update(gaz.ancestors(code))
    return out


def _context_codes(context: Context, year: int | None) -> list[str]:
    if context is None:
        return []
    if isinstance(context, Region):
        return [context.code] if context.code else []
    if isinstance(context, str):
        if context == "CN" or re.fullmatch(r"\d{6}", context):
            return [context]
        return [m.code for m in find_regions(context, as_of=year) if m.code]
    out: list[str] = []
    for item in context:
        out.extend(_context_codes(item, year))
    return out


def _candidates(surface: str, year: int | None) -> tuple[str, list[Episode]]:
    """How a surface names regions, and the episodes it may denote."""
    gaz = gazetteer()
    if surface in gaz.zones:
        return "zone", []
    if surface in gaz.aliases:
        return "alias", []
    if surface in DEICTIC:
        return "pointer", []
    if surface in gaz.full and surface not in GENERIC_NAMES:
        return "name", _by_year(gaz.full[surface], year)
    if surface in gaz.full:
        return "short", _by_year(gaz.full[surface], year)
    if surface in gaz.short:
        return "short", _by_year(gaz.short[surface], year)
    return "pointer", []


def _by_year(eps: list[Episode], year: int | None) -> list[Episode]:
    fitting = [e for e in eps if e.current] if year is None else [e for e in eps if e.valid_in(year)]
    if not fitting and year is not None:
        # a name gone by ``year`` whose code was replaced (吐鲁番地区 652100 → 吐鲁番市 650400 in
        # 2015): the division as it stood then, as a renamed one is (思茅市 → 普洱市)
        fitting = [x for x in (_successor_in(e, year) for e in eps) if x is not None]
    fitting = fitting or eps
    codes = {e.code for e in fitting}
    # a recoded division: keep the successor when both stand in a year of change
    fitting = [e for e in fitting if not (e.successor and e.successor in codes)]
    best: dict[str, Episode] = {}
    for e in fitting:
        if e.code not in best or (e.since or 0) > (best[e.code].since or 0):
            best[e.code] = e
    return list(best.values())


_MAX_RECODINGS = 4  # a code replaced more often than this is data gone wrong, not history


def _successor_in(ep: Episode, year: int) -> Episode | None:
    """The episode standing in ``year`` that ``ep`` was recoded into, following the chain."""
    gaz = gazetteer()
    for _ in range(_MAX_RECODINGS):
        if ep.successor is None:
            return None
        nxt = gaz.episode(ep.successor, year)
        if nxt is None:
            return None
        if nxt.valid_in(year):
            return nxt
        ep = nxt
    return None


def _narrow(eps: list[Episode], codes: Iterable[str]) -> list[Episode]:
    """Keep the candidates inside ``codes``; failing that, those sharing an ancestor with them.

    ``codes`` may be long (every sure mention of a long text) and this runs per mention:
    pass a frozenset, and nothing here is rebuilt from it per call (linear, not quadratic).
    """
    if len(eps) < 2:
        return eps
    anchors = _anchors(codes if isinstance(codes, frozenset) else frozenset(codes))
    if not anchors:
        return eps
    gaz = gazetteer()
    inside = [e for e in eps if e.code in anchors or anchors.intersection(gaz.ancestors(e.code))]
    if inside:
        return inside
    related = _related(anchors)
    near = [e for e in eps if related.intersection(gaz.ancestors(e.code))]
    return near or eps


def _anchors(codes: frozenset[str]) -> frozenset[str]:
    return codes - {"CN"} if "CN" in codes else codes


@data_cache(maxsize=16)
def _related(anchors: frozenset[str]) -> frozenset[str]:
    """The anchors and all their ancestors, less the country (cached: a text reuses its anchors)."""
    return frozenset(_scope(anchors) - {"CN"})


def _prefer_higher(eps: list[Episode]) -> list[Episode]:
    """For a suffix-less form, the higher division wins (伊犁 is the prefecture), then a city."""
    top = min(_LEVEL_RANK[e.level] for e in eps)
    eps = [e for e in eps if _LEVEL_RANK[e.level] == top]
    cities = [e for e in eps if e.name.endswith("市")]
    return cities if len(cities) == 1 else eps


def _pointer(surface: str, ctx: Sequence[str], year: int | None) -> Region | None:
    level = DEICTIC[surface]
    gaz = gazetteer()
    for code in ctx:
        if code == "CN":
            continue
        ep = gaz.episode(code, year)
        if ep is None:
            continue
        if level == "city" and ep.name.endswith("市"):
            return _region(ep)
        if surface.endswith("区") and ep.level == "county" and ep.name.endswith("区"):
            return _region(ep)
        if ep.level == level and (
            surface[-1] not in "州区盟"
            or ep.name.endswith(surface[-1])
            or surface in ("自治州", "自治区")
            or (surface.endswith("州") and "自治州" in ep.name)
        ):
            return _region(ep)
    return None


def _whole_word(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 4)
    return _segmented_whole(text[lo : end + 4], start - lo, end - lo)


@data_cache(maxsize=4096)
def _segmented_whole(window: str, start: int, end: int) -> bool:
    """Whether jieba cuts ``window`` at ``start`` and ``end`` (keyed by the window, not the text)."""
    from ..lexicon.tokenizer import segment

    return (start, end) in {(s, e) for _, s, e in segment(window)}


def find_regions(
    text: str,
    *,
    as_of: AsOf = None,
    context: Context = None,
    include_unresolved: bool = False,
) -> list[RegionMatch]:
    """Region mentions in ``text``, resolved as of ``as_of`` within ``context``.

    ``context`` is the region(s) the text is about: a ``Region``, a code, a name, or an
    iterable of them. It enables suffix-less county names of its province and the pointer
    words (全州, 自治区, 我县). Ambiguous mentions come back with ``region`` None and their
    ``candidates``; pointer words without a context region only with ``include_unresolved``.

    Examples:
        >>> [(m.text, m.code) for m in find_regions("克州与伊犁州，中国电信新疆公司")]
        [('克州', '653000'), ('伊犁州', '654000'), ('中国', 'CN'), ('新疆', '650000')]
        >>> [(m.text, m.code) for m in find_regions("全州各县", context="653000")]
        [('全州', '653000')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    year = _as_year(as_of)
    ctx = _context_codes(context, year)
    ctx_provinces = {c[:2] for c in ctx if c != "CN"}
    raw: list[_Found] = []
    gaz = gazetteer()
    for s, e, surface, kind, scanned in _scan(text, year):
        eps = list(scanned)
        kept = _qualified(text, e, surface, eps, raw[-1] if raw and raw[-1][1] == s else None, gaz)
        if kept is None:
            kept = _keep(text, s, e, surface, kind, eps, ctx, ctx_provinces, year)
        if kept is not None:
            raw.append((s, e, surface, kept[0], kept[1]))
    # codes the text names without doubt settle the homonyms among the rest
    sure = frozenset(eps[0].code for _, _, _, kind, eps in raw if kind == "name" and len(eps) == 1)
    out: list[RegionMatch] = []
    for s, e, surface, kind, eps in raw:
        match = _resolve(s, e, surface, kind, eps, ctx, sure, year, include_unresolved)
        if match is not None:
            out.append(match)
    return out


_Found = tuple[int, int, str, str, list[Episode]]


@data_cache(maxsize=4)
def _scan(text: str, year: int | None) -> tuple[tuple[int, int, str, str, tuple[Episode, ...]], ...]:
    """Every surface form with how it names regions and its candidates as of ``year``: what
    does not depend on the context (cached: parse scans a text twice, without and with it)."""
    groups = ethnic_groups()
    out = []
    for s, e in _surface_spans(text):
        surface = text[s:e]
        if text.startswith("族", e) and surface + "族" in groups:
            continue  # 蒙古族 is an ethnic group
        kind, eps = _candidates(surface, year)
        out.append((s, e, surface, kind, tuple(eps)))
    return tuple(out)


@data_cache()
def _region_word_rows() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """All three kinds of ``data/region_words.tsv`` rows: word, not_before, inside."""
    words: set[str] = set()
    not_before: list[str] = []
    inside: list[str] = []
    for origin, (kind, word, _example) in data_records("region_words.tsv", 3):
        if kind == "word":
            words.add(word)
        elif kind == "not_before":
            not_before.append(word)
        elif kind == "inside":
            inside.append(word)
        else:
            raise DataFileError(
                origin, f"{kind!r} is not a kind of region_words.tsv (word, not_before, inside)"
            )
    return frozenset(words), tuple(not_before), tuple(inside)


def _inside_word(text: str, s: int, e: int, inside: tuple[str, ...]) -> bool:
    """Whether the name at ``s:e`` is the middle or end of a longer word (沿海城市 holds 海城市)."""
    for w in inside:
        lo = max(0, e - len(w))
        at = text.find(w, lo, s + len(w))
        while at != -1 and at <= s:
            if at + len(w) >= e:
                return True
            at = text.find(w, at + 1, s + len(w))
    return False


def _qualified(
    text: str, e: int, surface: str, eps: list[Episode], before: _Found | None, gaz: Gazetteer
) -> tuple[str, list[Episode]] | None:
    """A full name written right after the name of its parent (南昌市新建区, 南京市鼓楼区): a
    sure mention of the parent's child, even when the name alone is generic or a homonym."""
    if before is None or surface not in gaz.full or text[e - 1 : e + 1] in _COMPOUNDS:
        return None
    _, _, parent_surface, parent_kind, parent_eps = before
    parents = {x.code for x in parent_eps}
    if parent_kind == "alias":
        parents.add(gaz.aliases[parent_surface])
    children = [x for x in eps if x.parent in parents]
    return ("name", children) if children else None


def _keep(
    text: str,
    s: int,
    e: int,
    surface: str,
    kind: str,
    eps: list[Episode],
    ctx: list[str],
    ctx_provinces: set[str],
    year: int | None,
) -> tuple[str, list[Episode]] | None:
    """The kind and candidates of a surface form that is a mention here, else None."""
    gaz = gazetteer()
    words, not_before, inside = _region_word_rows()
    if any(text.startswith(w, e) for w in not_before):
        return None  # 新疆生产建设兵团 is the corps, not the region
    if _inside_word(text, s, e, inside):
        return None  # 沿海城市 (coastal cities) is not 海城市
    if kind == "zone":
        return (kind, eps) if gaz.zones[surface].valid_in(year) else None
    if kind == "short" and surface in words:
        return None  # 新建 (newly built) names 新建区 only written in full
    if kind == "pointer" and surface in gaz.short and _pointer(surface, ctx, year) is None:
        kind, eps = "short", _by_year(gaz.short[surface], year)  # 全州 in 广西: 全州县
    if kind == "short" and _city_by_place(text, s, e, surface, eps):
        eps = [x for x in eps if x.level == "prefecture"]  # 在合肥召开, 大连、秦皇岛、天津
        return (kind, eps) if _whole_word(text, s, e) else None
    if kind == "short" and _city_on_a_span(text, s, e, surface, eps):
        eps = [x for x in eps if x.name.endswith("市")]  # 鹰潭——厦门线 in 1956: 鹰潭 a county-level city
        return (kind, eps) if _whole_word(text, s, e) else None
    if kind == "short" and surface in GENERIC_NAMES and year is not None:
        eps = [x for x in eps if x.valid_in(year)]  # 新区 in 2018 is not 唐山's district abolished in 2002
    if kind == "short":
        if surface in gaz.full or not any(
            surface in x.safe and x.level != "county" for x in eps
        ):  # a generic full name (城区): only with context
            eps = [x for x in eps if x.code[:2] in ctx_provinces]
        if not eps or not _whole_word(text, s, e):
            return None
    elif kind == "name" and len(surface) == 2:
        # two-character names (和县, 沙县) read as words too: only inside the context's province
        eps = [x for x in eps if x.code[:2] in ctx_provinces]
        if not eps or not _whole_word(text, s, e):
            return None
    elif kind == "name" and len(surface) == 3 and text[e - 1 : e + 1] in _COMPOUNDS:
        return None  # 新建区域 is not 新建区
    return kind, eps


@dataclass(frozen=True, slots=True)
class RegionCues:
    """The rows of ``data/region_cues.tsv``: what ties region names together or makes a bare
    name a place (the items of a list, the ends of a span, a venue)."""

    joiners: tuple[str, ...]
    spans: tuple[str, ...]
    venue_before: tuple[str, ...]
    held: tuple[str, ...]

    def link(self, between: str) -> str | None:
        """How the text ``between`` two region names ties them: ``"list"`` (、, 和),
        ``"span"`` (——, 至), ``"qualified"`` (nothing: 南昌市新建区), or None."""
        if not between:
            return "qualified"
        between = between.strip()
        if between in self.joiners:
            return "list"
        if between in self.spans:
            return "span"
        return None


_CUE_KINDS = ("joiner", "span", "venue_before", "held")


@data_cache()
def region_cues() -> RegionCues:
    """The region cues of ``data/region_cues.tsv``, longest first within a kind."""
    rows: dict[str, list[str]] = {k: [] for k in _CUE_KINDS}
    for origin, (kind, word, _example) in data_records("region_cues.tsv", 3):
        if kind not in rows or not word:
            raise DataFileError(origin, f"{kind!r} is not a kind of region_cues.tsv ({', '.join(_CUE_KINDS)})")
        rows[kind].append(word)
    by_length = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in rows.items()}
    return RegionCues(by_length["joiner"], by_length["span"], by_length["venue_before"], by_length["held"])


_ITEM_END = frozenset("、，,。；;：:和及与等")
_ITEM_MAX = 8  # a list item that is a place name is at most this long


def _city_by_place(text: str, s: int, e: int, surface: str, eps: list[Episode]) -> bool:
    """Whether the short form of a prefecture not safe alone (合肥, 保定) stands as a place here:
    the venue of a meeting (在合肥召开), an item of a list (大连、秦皇岛、天津) or an end of a
    span (鹰潭——厦门) whose neighbour is a region named safely."""
    gaz = gazetteer()
    if len(surface) < 2 or surface in gaz.full or not any(x.level == "prefecture" for x in eps):
        return False
    if any(surface in x.safe and x.level != "county" for x in eps):
        return False  # 海南, 吉林: safe already, and the province must stay a candidate
    cues = region_cues()
    if any(text.endswith(v, 0, s) for v in cues.venue_before) and any(text.startswith(h, e) for h in cues.held):
        return True
    return _neighbour_named(text, s, e, cues, gaz.full, gaz.short)


def _city_on_a_span(text: str, s: int, e: int, surface: str, eps: list[Episode]) -> bool:
    """Whether the short form of county-level cities alone (鹰潭 before it became a prefecture,
    玉门) is an end of a span (a railway, a road: 鹰潭——厦门) whose other end is named safely."""
    gaz = gazetteer()
    if len(surface) < 2 or surface in gaz.full or not eps:
        return False
    if not all(x.level == "county" and x.name.endswith("市") for x in eps):
        return False
    cues = region_cues()
    spans = RegionCues((), cues.spans, (), ())
    return _neighbour_named(text, s, e, spans, gaz.full, gaz.short)


def _neighbour_named(
    text: str, s: int, e: int, cues: RegionCues, full: dict[str, list[Episode]], short: dict[str, list[Episode]]
) -> bool:
    """Whether the name at ``s:e`` is joined (、, 和, ——) to a neighbour named safely."""
    for link in (*cues.joiners, *cues.spans):
        if text.endswith(link, 0, s):
            at = s - len(link)
            if any(_named_safely(text[at - k : at], full, short) for k in range(2, min(_ITEM_MAX, at) + 1)):
                return True
        if text.startswith(link, e):
            at = e + len(link)
            for k in range(2, min(_ITEM_MAX, len(text) - at) + 1):
                item = text[at : at + k]
                ends = at + k == len(text) or text[at + k] in _ITEM_END or link in cues.spans
                if ends and _named_safely(item, full, short):
                    return True
    return False


def _named_safely(item: str, full: dict[str, list[Episode]], short: dict[str, list[Episode]]) -> bool:
    """Whether a list item is a region by its full name or a short form safe alone (天津, 青岛)."""
    if item in full:
        return True
    return any(item in x.safe and x.level != "county" for x in short.get(item, ()))


def _resolve(
    s: int,
    e: int,
    surface: str,
    kind: str,
    eps: list[Episode],
    ctx: list[str],
    sure: frozenset[str],
    year: int | None,
    include_unresolved: bool,
) -> RegionMatch | None:
    """The mention a kept surface form makes: an alias, a pointer, or a name narrowed by the
    context and by the codes the text names without doubt (ambiguous: its candidates)."""
    region: Region | None = None
    candidates: tuple[str, ...] = ()
    if kind == "alias":
        region = region_by_code(gazetteer().aliases[surface], as_of=year)
    elif kind == "zone":
        region = zone_region(gazetteer().zones[surface])
    elif kind == "pointer":
        region = _pointer(surface, ctx, year)
        if region is None and not include_unresolved:
            return None
    else:
        eps = _narrow(_narrow(eps, ctx), sure)
        if kind == "short" and len(eps) > 1:
            eps = _prefer_higher(eps)
        if len(eps) == 1:
            region = _region(eps[0], year)
        else:
            candidates = tuple(sorted(x.code for x in eps))
    return RegionMatch(start=s, end=e, text=surface, region=region, kind=kind, candidates=candidates)


def resolve_region(name: str, *, context: Context = None, as_of: AsOf = None) -> Region | None:
    """The region ``name`` denotes, as of ``as_of`` within ``context``; None if unknown or ambiguous.

    Accepts official names (current or historical), codes, short forms (克州, 伊犁, 察布查尔县),
    country words (我国 → ``CN``), zones without a code (雄安新区: a region with code None and
    level ``other``) and, with a context, pointer words (全州, 自治区).

    Examples:
        >>> resolve_region("克州").code
        '653000'
        >>> resolve_region("奎屯市", as_of=1995).code
        '654001'
        >>> resolve_region("鼓楼区") is None  # four cities have one
        True
        >>> resolve_region("鼓楼区", context="南京市").code
        '320106'
    """
    if not isinstance(name, str):
        raise TypeError(f"name must be str, not {type(name).__name__}")
    surface = re.sub(r"\s+", "", name)
    if not surface:
        return None
    year = _as_year(as_of)
    if surface == "CN" or re.fullmatch(r"\d{6}", surface):
        return region_by_code(surface, as_of=year)
    gaz = gazetteer()
    ctx = _context_codes(context, year)
    kind, eps = _candidates(surface, year)
    if kind == "alias":
        return region_by_code(gaz.aliases[surface], as_of=year)
    if kind == "zone":
        return zone_region(gaz.zones[surface]) if gaz.zones[surface].valid_in(year) else None
    if kind == "pointer":
        return _pointer(surface, ctx, year) if surface in DEICTIC else None
    eps = _narrow(eps, ctx)
    if kind == "short" and len(eps) > 1:
        eps = _prefer_higher(eps)
    return _region(eps[0], year) if len(eps) == 1 else None
