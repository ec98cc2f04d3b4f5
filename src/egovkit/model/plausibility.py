"""Whether a population or an area can be true of a region of a given level.

A fact about a region read from a sentence about something else (贫困人口减少1442万人 as
China's population, a river basin's area as a province's) is usually far off the region's
scale. The bounds below are deliberately generous — about ten times beyond the smallest and
largest region of each level in China (Macau's 30 km² and 0.7 million people, Tibet's 1.2
million km², Chongqing's 32 million people, a county of 200 000 km² in Xinjiang) — so that a
value outside them cannot be right, while a value inside them may still be.

Examples:
    >>> plausible_region_fact("country", "population", 14_420_000)
    False
    >>> plausible_region_fact("prefecture", "population", 600_000)
    True
    >>> plausible_region_fact("province", "area", 745_000)
    True
"""

from __future__ import annotations

__all__ = ["REGION_FACT_BOUNDS", "plausible_region_fact"]

# level -> fact -> (lowest, highest): people for population, km² for area
REGION_FACT_BOUNDS: dict[str, dict[str, tuple[float, float]]] = {
    "country": {"population": (1e8, 2e9), "area": (1e6, 2e7)},
    "province": {"population": (1e5, 3e8), "area": (10, 3e6)},
    "prefecture": {"population": (1e4, 1e8), "area": (10, 1e6)},
    "county": {"population": (1e3, 1e7), "area": (1, 5e5)},
    "township": {"population": (1e2, 2e6), "area": (0.1, 5e4)},
}


def plausible_region_fact(level: str | None, fact: str, value: float) -> bool:
    """Whether ``value`` (people, or km² for ``area``) can be the ``fact`` of a region of
    ``level`` (``RegionLevel`` value). Unknown levels and facts get the widest bounds."""
    bounds = REGION_FACT_BOUNDS.get(level or "", {}).get(fact)
    if bounds is None:
        every = [b[fact] for b in REGION_FACT_BOUNDS.values() if fact in b]
        if not every:
            return value > 0
        bounds = (min(lo for lo, _ in every), max(hi for _, hi in every))
    return bounds[0] <= value <= bounds[1]
