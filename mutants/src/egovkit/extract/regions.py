"""Document regions: the subjects a document is about, the others it names, and their facts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..lexicon.gazetteer import DEICTIC, gazetteer
from ..model import EthnicShare, Evidence, Indicator, Region, RegionLevel
from ..parse.regions import RegionMatch, find_regions, region_by_code

__all__ = ["attach_region_facts", "document_regions", "subject_of"]

_SELF = re.compile(r"[我本全](?:县|旗|市|州|区|省)")


def subject_of(title: str | None, text: str, year: int | None) -> tuple[list[str], Region | None]:
    """The subject codes (central first) from a first pass without context.

    Returns the codes, or an uncoded region (我县 with no name) as the second item.
    """
    first = find_regions(text, as_of=year)
    counts = Counter(m.code for m in first if m.code)
    title_codes = [m.code for m in first if m.code and title and m.end <= len(title) + text.find(title)]
    if title_codes:
        return [title_codes[0]], None
    pointers = Counter(m.group() for m in _SELF.finditer(text))
    top = counts.most_common(1)
    if pointers:
        word, n = pointers.most_common(1)[0]
        level = DEICTIC.get(word, "county")
        named = [c for c in counts if c != "CN" and (level == "city" or _level(c) == level)]
        if not named and (not top or n > top[0][1]):
            mine = [w for w in pointers if w.startswith("我")]
            lvl = RegionLevel.PREFECTURE if level == "city" else RegionLevel(level)
            return [], Region(name=None, code=None, level=lvl, hint=mine[0] if mine else word)
    return ([top[0][0]] if top else []), None


def _level(code: str) -> str:
    ep = gazetteer().episode(code)
    return ep.level if ep else "country"


def document_regions(
    mentions: list[RegionMatch], subjects: list[str], uncoded: Region | None, year: int | None
) -> tuple[tuple[Region, ...], tuple[Region, ...]]:
    """Subjects (central first) and other named regions, each with its aliases and evidence."""
    counts = Counter(m.code for m in mentions if m.code)
    subj = list(subjects)
    if subj == ["CN"]:
        # a national overview that profiles localities at length (relative to its national
        # discussion) is about them too; passing mentions (港澳台 in a work report) are not
        floor = max(3, counts["CN"] / 6)
        subj += [c for c, n in counts.most_common() if c != "CN" and n >= floor]
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
    if uncoded is not None:
        words = sorted({m.text for m in mentions if m.text in DEICTIC and m.code is None})
        regions.append(uncoded.model_copy(update={"aliases": tuple(words)}))
    seen = set(subj)
    mentioned = []
    for m in mentions:
        if m.code and m.code not in seen:
            seen.add(m.code)
            r = build(m.code)
            if r is not None:
                mentioned.append(r)
    return tuple(regions), tuple(mentioned)


def attach_region_facts(region: Region, indicators: list[Indicator], founded: int | None) -> Region:
    """Copy what the text states about ``region`` (population, area, shares …) onto it."""
    own = [i for i in indicators if i.region == region.code]
    update: dict[str, object] = {}
    for ind in own:
        if ind.name == "population" and "population" not in update:
            update["population"] = ind.quantity
        elif ind.name == "area" and "area" not in update:
            update["area"] = ind.quantity
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
    return region.model_copy(update=update) if update else region


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
        ev = spans.get(r.code, []) if r.code else [e for a in r.aliases for e in spans.get(f"?{a}", [])]
        return r.model_copy(update={"evidence": tuple(sorted(ev, key=lambda e: e.start))})

    return tuple(tuple(attach(r) for r in group) for group in groups)
