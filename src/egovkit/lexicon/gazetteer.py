"""The time-aware GB/T 2260 gazetteer behind region resolution.

``data/gazetteer.tsv`` holds one row per *episode*: a code with one name over the revisions
in which it stood (``since``/``until`` as ``YYYYMM`` of the GB/T 2260 revisions), its level,
parent, successor code after a recoding, and its short forms. It is rebuilt by
``tools/build_gazetteer.py`` and loaded once, on first use; changes after its last revision
(莱芜市 merged into 济南市 in 2019) are written by hand in ``data/gazetteer_changes.tsv``.

Divisions that texts name as places but GB/T 2260 does not code (state-level new areas such
as 河北雄安新区, the Xinjiang Production and Construction Corps) are written by hand in
``data/special_zones.tsv``: a ``Zone`` with its aliases, the coded division that manages it,
the years it stood and the coded divisions it wholly governs. They resolve to a region with
code None and level ``other``, the form the gold format gives them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..errors import DataFileError
from .resources import data_cache, data_lines, data_records

__all__ = [
    "DEICTIC",
    "GENERIC_NAMES",
    "PSEUDO_NAMES",
    "Episode",
    "Gazetteer",
    "Zone",
    "ethnic_groups",
    "gazetteer",
    "level_of",
    "short_forms",
]

#: Table rows that are groupings, not divisions (市辖区, 县 under a municipality …).
PSEUDO_NAMES = frozenset(
    {
        "市辖区",
        "县",
        "市",
        "省直辖县级行政区划",
        "省直辖行政单位",
        "省直辖县级行政单位",
        "自治区直辖县级行政区划",
        "自治区直辖县级行政单位",
        "西沙群岛",
        "南沙群岛",
        "中沙群岛的岛礁及其海域",
    }
)

#: Division names that are also everyday words; they match only with document context.
GENERIC_NAMES = frozenset(
    {
        "城区",
        "郊区",
        "矿区",
        "市中区",
        "新区",
        "东区",
        "西区",
        "南区",
        "北区",
        "中区",
        "城中区",
        "城关区",
        "新城区",
        "老城区",
        "开发区",
        "解放区",
        "新建区",
        "新市区",
        "新华区",
    }
)

#: Words that point at the document's own region, by the level they point at.
DEICTIC: dict[str, str] = {
    **{f"{p}{s}": "province" for p in ("全", "本", "我") for s in ("省", "区")},
    "自治区": "province",
    "全疆": "province",
    **{f"{p}{s}": "prefecture" for p in ("全", "本", "我") for s in ("州", "盟", "地区")},
    "自治州": "prefecture",
    **{f"{p}{s}": "county" for p in ("全", "本", "我") for s in ("县", "旗")},
    **{f"{p}市": "city" for p in ("全", "本", "我")},
}

_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "林区",
    "特区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
    "州",
)


def level_of(code: str) -> str:
    """The level a six-digit code denotes: province, prefecture or county."""
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


@data_cache()
def ethnic_groups() -> tuple[str, ...]:
    """The 56 ethnic groups (with 族), longest first."""
    names = [line.strip() for _, line in data_lines("ethnic_groups.txt")]
    return tuple(sorted(names, key=len, reverse=True))


def _strip_ethnic(stem: str) -> str:
    groups = ethnic_groups()
    changed = True
    while changed:
        changed = False
        for g in groups:
            bare = g[:-1]
            for form in (g, bare if len(bare) > 1 else None):
                if form and stem.endswith(form) and len(stem) > len(form) + 1:
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return stem


def short_forms(name: str) -> list[str]:
    """Short forms of an official name, by the suffix rules of Chinese usage.

    Examples:
        >>> short_forms("伊犁哈萨克自治州")
        ['伊犁州', '伊犁']
        >>> short_forms("新疆维吾尔自治区")
        ['新疆']
        >>> short_forms("伊宁市")
        ['伊宁']
    """
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            break
    else:
        return []
    out: list[str] = []
    if suffix in ("自治区", "自治州", "自治县", "自治旗"):
        stem = _strip_ethnic(stem)
        if suffix != "自治区":
            out.append(stem + suffix[-1])
    if len(stem) >= 2 and stem != name:
        out.append(stem)
    return [s for s in out if s != name]


@dataclass(frozen=True, slots=True)
class Episode:
    """One code under one name, over the revisions in which it stood."""

    code: str
    name: str
    level: str
    parent: str | None
    since: int | None  # year of the first revision with it; None = by 1980
    until: int | None  # year of the first revision without it; None = current
    successor: str | None
    shorts: tuple[str, ...]
    safe: frozenset[str]

    def valid_in(self, year: int | None) -> bool:
        """Whether the episode stood in ``year`` (both years of a change count)."""
        if year is None:
            return True
        return (self.since is None or self.since <= year) and (self.until is None or year <= self.until)

    @property
    def current(self) -> bool:
        """Whether the episode stands in the newest revision."""
        return self.until is None


@dataclass(frozen=True, slots=True)
class Zone:
    """A division GB/T 2260 does not code (a state-level new area, the Xinjiang corps): a row
    of ``data/special_zones.tsv``."""

    name: str
    aliases: tuple[str, ...]
    parent: str
    since: int | None  # year it was set up; None = before 1980
    until: int | None  # year it ended; None = still standing
    covers: tuple[str, ...]  # coded divisions it wholly governs
    hint: str

    def valid_in(self, year: int | None) -> bool:
        """Whether the zone stood in ``year`` (always, when the year is unknown)."""
        if year is None:
            return True
        return (self.since is None or self.since <= year) and (self.until is None or year <= self.until)


@dataclass
class Gazetteer:
    """Episodes indexed by code and by every surface form; the uncoded zones by their names."""

    episodes: tuple[Episode, ...]
    by_code: dict[str, list[Episode]] = field(default_factory=dict)
    full: dict[str, list[Episode]] = field(default_factory=dict)
    short: dict[str, list[Episode]] = field(default_factory=dict)
    safe: set[str] = field(default_factory=set)
    aliases: dict[str, str] = field(default_factory=dict)
    zones: dict[str, Zone] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for ep in self.episodes:
            self.by_code.setdefault(ep.code, []).append(ep)
            self.full.setdefault(ep.name, []).append(ep)
            for s in ep.shorts:
                self.short.setdefault(s, []).append(ep)
            self.safe.update(ep.safe)
        for origin, line in data_lines("region_aliases.tsv"):
            alias, _, code = line.partition("\t")
            if not alias or (code != "CN" and code not in self.by_code):
                raise DataFileError(origin, f"expected an alias, a tab and a known region code, not {line!r}")
            self.aliases.setdefault(alias, code)  # the first row wins: yours come first
        for origin, (name, aliases, parent, since, until, covers, hint) in data_records("special_zones.tsv", 7):
            codes = tuple(c for c in covers.split(",") if c)
            if not name or parent not in self.by_code or any(c not in self.by_code for c in codes):
                raise DataFileError(origin, f"expected a name and known parent and covered codes for {name!r}")
            zone = Zone(
                name=name,
                aliases=tuple(a for a in aliases.split(",") if a),
                parent=parent,
                since=int(since) if since else None,
                until=int(until) if until else None,
                covers=codes,
                hint=hint,
            )
            for surface in (name, *zone.aliases):
                self.zones.setdefault(surface, zone)

    def episode(self, code: str, year: int | None = None) -> Episode | None:
        """The episode of ``code`` standing in ``year`` (the newest one when ``year`` is None)."""
        eps = self.by_code.get(code)
        if not eps:
            return None
        fitting = [e for e in eps if e.valid_in(year)] or eps
        return max(fitting, key=lambda e: e.since or 0)

    def surfaces(self) -> Iterable[str]:
        """Every surface form the matcher looks for."""
        yield from self.full
        yield from self.short
        yield from self.aliases
        yield from self.zones
        yield from DEICTIC

    def ancestors(self, code: str) -> list[str]:
        """The codes above ``code``, nearest first, ending with ``CN``."""
        out: list[str] = []
        ep = self.episode(code)
        while ep is not None and ep.parent:
            out.append(ep.parent)
            ep = self.episode(ep.parent)
        if code != "CN":
            out.append("CN")
        return out

    def shared(self, codes: Iterable[str]) -> str | None:
        """The region several named regions share: the most specific one when they lie on one
        line of descent (新疆, 乌鲁木齐市 → 乌鲁木齐市), else their lowest common ancestor
        (乌鲁木齐市, 昌吉回族自治州 → 新疆; 鹰潭市, 厦门市 → ``CN``); None for no codes.

        Examples:
            >>> gazetteer().shared(["650000", "650100"])
            '650100'
            >>> gazetteer().shared(["650100", "652300", "659001"])
            '650000'
            >>> gazetteer().shared(["360600", "350200"])
            'CN'
        """
        lines = {c: self.ancestors(c) for c in dict.fromkeys(codes)}
        lowest = [c for c in lines if not any(c in up for other, up in lines.items() if other != c)]
        if not lowest:
            return None
        common = [lowest[0], *lines[lowest[0]]]
        for c in lowest[1:]:
            above = {c, *lines[c]}
            common = [x for x in common if x in above]
        return common[0] if common else "CN"


def _year(value: str) -> int | None:
    return int(value[:4]) if value else None


def _episodes(name: str) -> dict[tuple[str, str, int | None], Episode]:
    """The episodes of one gazetteer data file, keyed by code, name and first year."""
    out: dict[tuple[str, str, int | None], Episode] = {}
    for origin, (code, nm, level, parent, since, until, succ, shorts, safe) in data_records(name, 9):
        if not re.fullmatch(r"\d{6}", code) or level not in ("province", "prefecture", "county"):
            raise DataFileError(origin, f"bad row for {code!r}")
        ep = Episode(
            code=code,
            name=nm,
            level=level,
            parent=parent or None,
            since=_year(since),
            until=_year(until),
            successor=succ or None,
            shorts=tuple(s for s in shorts.split(",") if s),
            safe=frozenset(s for s in safe.split(",") if s),
        )
        out[(code, nm, ep.since)] = ep
    return out


@data_cache()
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded and validated on first use: the GB/T 2260 revisions of
    ``gazetteer.tsv``, amended by the later changes of ``gazetteer_changes.tsv`` (a row with
    the code, name and first year of an episode replaces it; any other row adds one)."""
    eps = _episodes("gazetteer.tsv")
    eps.update(_episodes("gazetteer_changes.tsv"))
    return Gazetteer(tuple(eps.values()))
