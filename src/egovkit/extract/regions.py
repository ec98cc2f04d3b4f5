"""Document regions: the subjects a document is about, the others it names, and their facts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..lexicon.gazetteer import DEICTIC, gazetteer
from ..model import EthnicShare, Evidence, Indicator, Milestone, ParseWarning, Region, RegionLevel
from ..model.plausibility import plausible_region_fact
from ..parse.regions import RegionMatch, find_regions, region_by_code, region_cues

if TYPE_CHECKING:
    from .context import DocContext

__all__ = [
    "attach_region_facts",
    "document_regions",
    "fact_subject",
    "first_named",
    "foreign_event_warnings",
    "founding_year",
    "mention_scope",
    "region_facts",
    "subject_of",
]

_SELF = re.compile(r"[我本全](?:县|旗|市|州|区|省)")


_NATIONAL_TITLE = re.compile(r"(?:国家|全国|我国|中国)(?![人语画])")


def subject_of(title: str | None, text: str, year: int | None) -> tuple[list[str], Region | None]:
    """The subject codes (central first) from a first pass without context.

    Returns the codes, or an uncoded region (我县 with no name, a zone without a code such as
    雄安新区) as the second item.
    """
    first = find_regions(text, as_of=year)
    counts = Counter(m.code for m in first if m.code)
    in_title = [m for m in first if m.region and title and m.end <= len(title) + text.find(title)]
    title_codes = [m.code for m in in_title if m.code]
    listed = _title_list(title, year)
    if len(listed) > 1:
        return listed, None  # 关于同意乌鲁木齐、昌吉、石河子…的批复: each place the title lists
    if in_title and in_title[0].kind == "zone":
        return [], in_title[0].region  # 国务院关于河北雄安新区总体规划…的批复: a zone without a code
    if title_codes:
        return [title_codes[0]], None
    if title and _NATIONAL_TITLE.match(title) and title in text:
        return ["CN"], None  # 国家电子政务外网…, 全国政府网站…: a title that opens on the nation
    province = _province_of_cities(text, counts)
    if province is not None:
        return [province], None
    pointers = Counter(m.group() for m in _SELF.finditer(text))
    top = counts.most_common(1)
    if pointers:
        word, n = pointers.most_common(1)[0]
        level = DEICTIC.get(word, "county")
        named = [
            c for c in counts if c != "CN" and (level == "city" or _level(c) == level or _district(word, c))
        ]
        venue = _venue_capital(text, first) if not named and level == "province" else None
        if venue is not None:
            return [venue], None  # 全省…会议在合肥召开, 安徽 never named: the province of its capital
        if not named and (not top or n > top[0][1]):
            mine = [w for w in pointers if w.startswith("我")]
            lvl = RegionLevel.PREFECTURE if level == "city" else RegionLevel(level)
            return [], Region(name=None, code=None, level=lvl, hint=mine[0] if mine else word)
    if title and _CENTRAL.match(title) and (not top or _spread(counts)):
        # 国务院办公厅关于2019年部分节假日安排的通知: a central organ's, for the country; so is
        # one that names places all over it (…大督查发现的典型经验做法: 北京 is only the first)
        return ["CN"], None
    return ([top[0][0]] if top else []), None


_SPREAD_PROVINCES = 4  # provinces a central organ's document names to be about them all


def _spread(counts: Counter[str]) -> bool:
    """Whether the places named lie in four provinces or more, none holding half the mentions."""
    provinces = Counter[str]()
    for code, n in counts.items():
        if code != "CN":
            provinces[code[:2]] += n
    if len(provinces) < _SPREAD_PROVINCES:
        return False
    return 2 * provinces.most_common(1)[0][1] < sum(provinces.values())


def _venue_capital(text: str, mentions: list[RegionMatch]) -> str | None:
    """The province whose capital is the venue of a meeting the text reports (在合肥召开):
    GB/T 2260 numbers a province's capital first among its prefectures (xx0100)."""
    cues = region_cues()
    for m in mentions:
        if not m.code or m.code[2:] != "0100" or not any(text.endswith(v, 0, m.start) for v in cues.venue_before):
            continue
        after = m.end + 1 if text.startswith("市", m.end) else m.end
        if any(text.startswith(h, after) for h in cues.held):
            return m.code[:2] + "0000"
    return None


def fact_subject(subjects: list[str]) -> str | None:
    """The region a fact the text does not place belongs to: the subject, or for subjects a
    title lists side by side (乌鲁木齐、昌吉、石河子 …的批复) the region they share (新疆)."""
    if len(subjects) < 2:
        return subjects[0] if subjects else None
    return gazetteer().shared(subjects)


def first_named(text: str, mentions: list[RegionMatch]) -> str | None:
    """The code of the first region ``text`` names (``mentions`` found in it), where a list,
    a span or a qualified name counts as one: 乌鲁木齐、昌吉、石河子 → 新疆, 新疆乌鲁木齐市 →
    乌鲁木齐市 (see ``RegionCues.link``)."""
    coded = [m for m in mentions if m.code]
    if not coded:
        return None
    cues = region_cues()
    last = 0
    while last + 1 < len(coded) and cues.link(text[coded[last].end : coded[last + 1].start]):
        last += 1
    return gazetteer().shared(m.code for m in coded[: last + 1] if m.code)


def _title_list(title: str | None, year: int | None) -> list[str]:
    """The regions a title lists (乌鲁木齐、昌吉、石河子), short names read in the context of
    the first one's province; a region above another one the title names is left out."""
    if not title or "、" not in title:
        return []
    first = [m.code for m in find_regions(title, as_of=year) if m.code and m.code != "CN"]
    if not first:
        return []
    codes: list[str] = []
    for m in find_regions(title, as_of=year, context=[first[0], first[0][:2] + "0000"]):
        if m.code and m.code != "CN" and m.code not in codes:
            codes.append(m.code)
    gaz = gazetteer()
    return [c for c in codes if not any(c in gaz.ancestors(o) for o in codes if o != c)]


# 省 as the prefix of an organ (省信息产业办, 省直部门, 省级部门) or a pointer (全省): the writer's province
_PROVINCE_ORGAN = re.compile(r"省(?:直|级|委|政府|信息|人大|政协|领导|有关)|[全我本]省")


def _province_of_cities(text: str, counts: Counter[str]) -> str | None:
    """The province a text is about when it never names it but speaks of its 省 organs and
    names, in passing, three or more places all inside it (昭通市、文山州、丽江市 → 云南省);
    one passing mention elsewhere (a meeting in 北京) does not change that."""
    named = [c for c in counts if c and c != "CN"]
    below = Counter(c[:2] for c in named if not c.endswith("0000"))
    if not below or any(counts[c] > 2 for c in named) or len(_PROVINCE_ORGAN.findall(text)) < 2:
        return None
    prov, n = below.most_common(1)[0]
    outside = sum(counts[c] for c in named if c[:2] != prov)
    if n < 3 or outside > 1 or counts[prov + "0000"]:
        return None
    return prov + "0000"


# a title headed by a central organ (国务院…, 中共中央…, 国家发展改革委…) names a document for the
# whole country when no region is named anywhere in the text
_CENTRAL = re.compile(
    r"^(?:国务院|中共中央|中央|全国人民代表大会|全国人大|国家[\u4e00-\u9fff]{1,12}?(?:部|委|委员会|局|署|总局|办公室))"
)


def _district(word: str, code: str) -> bool:
    """Whether ``code`` is a district (河口区) that a pointer ending in 区 (全区, 我区) can mean."""
    ep = gazetteer().episode(code)
    return word.endswith("区") and ep is not None and ep.level == "county" and ep.name.endswith("区")


def _level(code: str) -> str:
    ep = gazetteer().episode(code)
    return ep.level if ep else "country"


def document_regions(
    mentions: list[RegionMatch],
    subjects: list[str],
    uncoded: Region | None,
    year: int | None,
    text: str | None = None,
) -> tuple[tuple[Region, ...], tuple[Region, ...]]:
    """Subjects (central first) and other named regions, each with its aliases and evidence.

    With the ``text`` the mentions were found in, a locality a national text profiles must
    be the topic of one of its clauses at least (北京市今年…), not only a modifier in names
    (筹办好北京冬奥会, 北京冬奥组委负责).
    """
    counts = Counter(m.code for m in mentions if m.code)
    subj = list(subjects)
    if subj == ["CN"]:
        # a national overview that profiles localities at length (relative to its national
        # discussion) is about them too; passing mentions (港澳台 in a work report) are not
        floor = max(3, counts["CN"] / 6)
        topics = _topics(text, mentions) if text is not None else None
        subj += [
            c
            for c, n in counts.most_common()
            if c != "CN" and n >= floor and (topics is None or c in topics)
        ]
    aliases: dict[str, list[str]] = {}
    for m in mentions:
        if m.code and m.region and m.text != m.region.name and m.text not in aliases.setdefault(m.code, []):
            aliases[m.code].append(m.text)

    def build(code: str) -> Region | None:
        base = region_by_code(code, as_of=year)
        if base is None:
            return None
        return base.model_copy(update={"aliases": tuple(aliases.get(code, ()))})

    regions = [r for r in (build(c) for c in subj) if r is not None]
    zone = gazetteer().zones.get(uncoded.name) if uncoded is not None and uncoded.name else None
    if zone is not None and uncoded is not None:
        # a zone without a code comes first, then the coded divisions it governs
        words = tuple(dict.fromkeys(m.text for m in mentions if m.kind == "zone" and _zone_of(m) == zone.name))
        covered = [r for r in (build(c) for c in zone.covers if c not in subj) if r is not None]
        regions = [uncoded.model_copy(update={"aliases": tuple(w for w in words if w != zone.name)}), *covered, *regions]
        subj += list(zone.covers)
    elif uncoded is not None:
        words = tuple(sorted({m.text for m in mentions if m.text in DEICTIC and m.code is None}))
        regions.append(uncoded.model_copy(update={"aliases": words}))
    seen = set(subj)
    named = {r.name for r in regions if r.code is None}
    mentioned = []
    for m in mentions:
        if m.code and m.code not in seen:
            seen.add(m.code)
            r = build(m.code)
            if r is not None:
                mentioned.append(r)
        elif m.kind == "zone" and m.region is not None and m.region.name not in named:
            named.add(m.region.name)
            texts = dict.fromkeys(x.text for x in mentions if x.kind == "zone" and _zone_of(x) == m.region.name)
            mentioned.append(m.region.model_copy(update={"aliases": tuple(t for t in texts if t != m.region.name)}))
    return tuple(regions), tuple(mentioned)


_CLAUSE_MARK = re.compile(r"[，。；：！？,;:!?\n]")


def _topics(text: str, mentions: list[RegionMatch]) -> set[str]:
    """Codes named as the topic of a clause: at its start, after at most a lead (在, 据, a date)."""
    from .context import _TOPIC_LEAD, _TOPIC_LEAD_MAX

    out: set[str] = set()
    for m in mentions:
        if not m.code or m.code in out:
            continue
        lo = max(0, m.start - _TOPIC_LEAD_MAX)
        marks = [x.end() for x in _CLAUSE_MARK.finditer(text, lo, m.start)]
        if marks or lo == 0:
            lead = text[marks[-1] if marks else 0 : m.start].strip()
            if not _TOPIC_LEAD.sub("", lead):
                out.add(m.code)
    return out


def _zone_of(m: RegionMatch) -> str | None:
    return m.region.name if m.region is not None else None


def mention_scope(subjects: list[str], uncoded: Region | None) -> list[str]:
    """The context a document's mentions resolve in: its subjects and the regions above the
    central one; for a zone without a code (雄安新区), the divisions it governs and its parent."""
    if subjects:
        return [*subjects, *subject_scope(subjects[0])[1:]]
    zone = gazetteer().zones.get(uncoded.name) if uncoded is not None and uncoded.name else None
    if zone is None:
        return []
    return [*zone.covers, *subject_scope(zone.parent)]


def attach_region_facts(region: Region, indicators: list[Indicator], founded: int | None) -> Region:
    """Copy what the text states about ``region`` (population, area, shares …) onto it;
    a population or area that cannot be true of a region of its level is left out (see
    ``region_facts`` for the warnings that say so)."""
    return region_facts(region, indicators, founded)[0]


def region_facts(
    region: Region, indicators: list[Indicator], founded: int | None
) -> tuple[Region, list[ParseWarning]]:
    """``region`` with the facts the text states about it, and a warning for each population
    or area that was stated for it but cannot be true at its level (贫困人口减少1442万人 is
    not China's population): such a value is left out, not guessed."""
    own = [i for i in indicators if i.region == region.code]
    update: dict[str, object] = {}
    warnings: list[ParseWarning] = []
    for ind in own:
        if ind.name in ("population", "area") and ind.name not in update:
            value = float(ind.quantity.value)
            if plausible_region_fact(region.level.value, ind.name, value):
                update[ind.name] = ind.quantity
            else:
                warnings.append(
                    ParseWarning(
                        code="implausible_region_fact",
                        message=f"{ind.name} {ind.quantity.value} {ind.quantity.unit} cannot be that of "
                        f"{region.name or region.code} ({region.level.value}): "
                        f"{ind.evidence.quote[:60]!r}",
                        raw_start=ind.evidence.raw_start,
                        raw_end=ind.evidence.raw_end,
                    )
                )
        elif ind.name == "ethnic_groups" and "ethnic_groups" not in update:
            update["ethnic_groups"] = int(ind.quantity.value)
    shares = [
        EthnicShare(group=i.group, share=float(i.quantity.value))
        for i in own
        if i.name == "ethnic_share" and i.group
    ]
    if shares:
        update["ethnic_composition"] = tuple(shares)
    subs = tuple(_subdivision_phrase(i) for i in own if i.name == "subdivisions")
    if subs:
        update["subdivisions"] = subs
    if founded:
        update["founded"] = founded
    return (region.model_copy(update=update) if update else region), warnings


_FOUNDED = re.compile(r"成立于((?:19|20)\d\d)年")
_FOUNDED_REACH = 2000  # the founding year of the subject region is told near the top


def founding_year(text: str) -> int | None:
    """The year the subject region was founded (…自治州成立于1954年), from the head of the text."""
    m = _FOUNDED.search(text, 0, _FOUNDED_REACH)
    return int(m.group(1)) if m else None


def _subdivision_phrase(ind: Indicator) -> str:
    quote = ind.evidence.quote
    m = re.search(r"[\d一二两三四五六七八九十]+个[^，。、和及]{1,6}", quote)
    return m.group() if m else quote


_MAX_REGION_EVIDENCE = 200  # a region named thousands of times keeps its first 200 mentions


def subject_scope(subject: str | None) -> list[str]:
    """The subject and the regions above it, nearest first: the context its mentions resolve in."""
    if subject is None:
        return []
    return [subject, *(gazetteer().ancestors(subject) if subject != "CN" else [])]


def with_evidence(
    groups: tuple[tuple[Region, ...], ...],
    mentions: list[RegionMatch],
    evidence: Callable[[int, int], Evidence],
) -> tuple[tuple[Region, ...], ...]:
    """Each group of regions with, on each region, the spans that name it (for an uncoded
    one, its pointer words); the mentions are indexed once for all groups."""
    spans: dict[str | None, list[Evidence]] = {}
    for m in mentions:
        key = m.code if m.code else f"?{m.text}"
        found = spans.setdefault(key, [])
        if len(found) < _MAX_REGION_EVIDENCE:
            found.append(evidence(m.start, m.end))

    def attach(r: Region) -> Region:
        names = dict.fromkeys((r.name, *r.aliases) if r.name else r.aliases)  # a zone by its name too
        ev = spans.get(r.code, []) if r.code else [e for a in names for e in spans.get(f"?{a}", [])]
        return r.model_copy(update={"evidence": tuple(sorted(ev, key=lambda e: e.start))})

    return tuple(tuple(attach(r) for r in group) for group in groups)


_EVENT_KEY = 12  # characters of an event's text that find it again in its evidence


def foreign_event_warnings(ctx: DocContext, milestones: list[Milestone]) -> list[ParseWarning]:
    """A warning for each milestone left without a region because its actor is a foreign state
    or body acting without China (美苏…签署了…条约, 苏联发射…卫星: ``DocContext.foreign_actor``):
    such an event did not happen in a region a GB/T 2260 code names, and CN would be wrong."""
    out: list[ParseWarning] = []
    for m in milestones:
        if m.region is not None:
            continue
        at = ctx.text.find(m.event[:_EVENT_KEY], m.evidence.start, m.evidence.end)
        actor = ctx.foreign_actor(at, at + len(m.event)) if at >= 0 else None
        if actor is not None:
            out.append(
                ParseWarning(
                    code="foreign_event",
                    message=f"the actor of {m.event[:40]!r} ({m.date.iso}) is {actor}: no Chinese region, left None",
                    raw_start=m.evidence.raw_start,
                    raw_end=m.evidence.raw_end,
                )
            )
    return out
