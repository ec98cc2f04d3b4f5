"""Region codes as numbers: which code lies inside which (GB/T 2260 is a prefix code)."""

from __future__ import annotations

__all__ = ["within"]


def within(code: str, ancestor: str) -> bool:
    """Whether region ``code`` lies inside ``ancestor`` (or is it). ``CN`` holds every code.

    GB/T 2260 codes are hierarchical: ``650000`` a province, ``654000`` a prefecture in it,
    ``654003`` a county-level city in that. A province holds the codes sharing its first two
    digits, a prefecture those sharing its first four.

    Examples:
        >>> within("654003", "650000"), within("654003", "653000"), within("653000", "CN")
        (True, False, True)
    """
    if ancestor == "CN" or code == ancestor:
        return True
    if len(code) != 6 or len(ancestor) != 6 or not (code.isdigit() and ancestor.isdigit()):
        return False
    if ancestor.endswith("0000"):
        return code[:2] == ancestor[:2]
    if ancestor.endswith("00"):
        return code[:4] == ancestor[:4]
    return False
