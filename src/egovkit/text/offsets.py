"""Text with an offset map back to the raw input.

Each character of a ``MappedText`` knows the span of the raw input it came from. A
cleaning step describes what it changes as ``Edit`` values (replace ``[start, end)`` of
the current text by ``replacement``) and ``MappedText.apply`` builds the new text and its
map in one linear pass. Deletions are recorded as removed raw spans with their reason, so the
raw input can always be rebuilt from the kept characters plus the removed spans.

A replacement of equal length keeps a one-to-one map; any other replacement maps every new
character to the whole raw span it replaced, so no position ever maps outside its source.

Invariant (checked against a per-character reference in ``tests/text/test_offsets.py``):
the raw spans of the kept characters plus the removed spans tile the raw input exactly,
with no gap and no overlap. So a deletion records only raw text no kept character still
stands for (deleting one character of a grown replacement removes nothing), and a
replacement that grows over an earlier removal takes that removal's place.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import AlignmentError
from ..model import RemovedSpan

__all__ = ["Edit", "MappedText"]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``[start, end)`` of the current text by ``replacement`` for ``reason``."""

    start: int
    end: int
    replacement: str
    reason: str


class MappedText:
    """A string whose every character maps to a span of the raw input."""

    __slots__ = ("_re", "_rs", "raw", "removed", "text")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = _identity(0, n)
        self._re = _identity(1, n + 1)
        self.removed: list[RemovedSpan] = []

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start == end:
            if start < n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def raw_offset(self, pos: int) -> int:
        """Map one offset of the current text to an offset of the raw input."""
        return self.raw_span(pos, pos)[0]

    def apply(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[
            tuple[int, int, int, str]
        ] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start == e.end and not e.replacement:
                continue
            out.append(text[pos : e.start])
            nrs.extend(rs[pos : e.start])
            nre.extend(re_[pos : e.start])
            span_len = e.end - e.start
            if e.replacement:
                if len(e.replacement) == span_len:
                    nrs.extend(rs[e.start : e.end])
                    nre.extend(re_[e.start : e.end])
                else:
                    if span_len:
                        # the whole raw span, less what a neighbour sharing it still stands for
                        a = max(rs[e.start], _end_before(nrs, nre, len(nre)))
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend([a] * len(e.replacement))
                    nre.extend([b] * len(e.replacement))
                out.append(e.replacement)
            elif span_len:
                deleted.append((len(nrs), rs[e.start], re_[e.end - 1], e.reason))
            pos = e.end
            applied += 1
        out.append(text[pos:])
        nrs.extend(rs[pos:])
        nre.extend(re_[pos:])
        self.text = "".join(out)
        self._rs, self._re = nrs, nre
        new_removed = self._removed_spans(deleted)
        if regrown:
            self.removed = _uncovered(self.removed, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def _removed_spans(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_ = self._rs, self._re
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, _end_before(rs, re_, at), last)
            b = min(b, _start_from(rs, re_, at, len(self.raw)))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def kept_raw_spans(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans


def _end_before(rs: array[int], re_: array[int], at: int) -> int:
    """The raw end of the last character before ``at`` that stands for raw text (0 if none).

    Characters inserted from nothing (an empty raw span) are passed over: one inserted inside
    a grown replacement sits on that replacement's raw start, before the end its neighbours
    still cover.
    """
    j = at - 1
    while j >= 0 and rs[j] == re_[j]:
        j -= 1
    return re_[j] if j >= 0 else 0


def _start_from(rs: array[int], re_: array[int], at: int, default: int) -> int:
    """The raw start of the first character from ``at`` on that stands for raw text."""
    j, n = at, len(rs)
    while j < n and rs[j] == re_[j]:
        j += 1
    return rs[j] if j < n else default


# The identity map 0, 1, 2 … as far as the longest text seen (within _IDENTITY_MAX): a new
# text's map is a slice of it, a memory copy, where array("q", range(n)) boxes every integer.
_IDENTITY_MAX = 1 << 20
_identity_cache = array("q")


def _identity(start: int, stop: int) -> array[int]:
    """``array("q", range(start, stop))``, sliced from a shared identity array when short enough."""
    global _identity_cache
    if stop > _IDENTITY_MAX:
        return array("q", range(start, stop))
    cache = _identity_cache
    if len(cache) < stop:
        grown = min(_IDENTITY_MAX, max(stop, 2 * len(cache)))
        cache = cache + array("q", range(len(cache), grown))
        _identity_cache = cache  # rebound, never mutated: a thread slicing the old one is safe
    return cache[start:stop]


def _uncovered(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if (
            j < len(kept)
            and kept[j][0] <= r.raw_start
            and r.raw_end <= kept[j][1]
            and kept[j][0] < kept[j][1]
        ):
            continue
        out.append(r)
    return out


def _merge_removed(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = 0
    for r in new:
        while j < len(old) and old[j].raw_end <= r.raw_start:
            out.append(old[j])
            j += 1
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out
