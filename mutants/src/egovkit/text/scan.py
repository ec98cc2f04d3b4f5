"""Running an expensive regex only where it can match: ``windowed_finditer``.

A regex whose alternatives begin with lookbehinds or lazy character runs cannot use the
regex engine's first-character skip, so ``finditer`` tries every alternative at every
position. When every match must contain a cheap *anchor* (年 for a date, 网 for a network)
and is at most ``reach`` characters long (lookaheads included), the regex need only run in
windows around the anchors. The result equals ``pattern.finditer(text)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["windowed_finditer"]


def windowed_finditer(
    pattern: re.Pattern[str], anchor: re.Pattern[str], reach: int, text: str
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` yields, searching only near ``anchor`` matches.

    Preconditions (the caller's to keep, and to test): every match of ``pattern`` contains a
    match of ``anchor``, and a match starting at ``s`` reads no character at or beyond
    ``s + reach`` (its longest match plus any lookahead). Lookbehinds may read before the
    window: a bounded search still sees the whole string behind it.

    A search bounded at ``hi`` is exact for every start before ``hi - reach``; a match found
    later than that is searched again from there, so the cost stays linear in the text.
    """
    if reach < 1:
        raise ValueError("reach must be positive")
    n = len(text)
    pos = 0
    while pos <= n and (a := anchor.search(text, pos)) is not None:
        lo = max(pos, a.start() - reach)
        hi = a.end() + 3 * reach
        m = pattern.search(text, lo, hi)
        if hi >= n:  # the window reaches the end of the text: exact
            if m is None:
                return
        elif m is None or m.start() >= hi - reach:
            pos = hi - reach  # no match starts before here
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1
