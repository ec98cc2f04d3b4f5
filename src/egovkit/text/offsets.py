"""Text with an offset map back to the raw input.

Each character of a ``MappedText`` knows the span of the raw input it came from. A
cleaning step describes what it changes as ``Edit`` values (replace ``[start, end)`` of
the current text by ``replacement``) and ``MappedText.apply`` builds the new text and its
map in one linear pass. Deletions are recorded as removed raw spans with their reason, so the
raw input can always be rebuilt from the kept characters plus the removed spans.

A replacement of equal length keeps a one-to-one map; any other replacement maps every new
character to the whole raw span it replaced, so no position ever maps outside its source.
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
        self._rs = array("q", range(n))
        self._re = array("q", range(1, n + 1))
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
        new_removed: list[RemovedSpan] = []
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
                        a, b = rs[e.start], re_[e.end - 1]
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend([a] * len(e.replacement))
                    nre.extend([b] * len(e.replacement))
                out.append(e.replacement)
            elif span_len:
                a, b = rs[e.start], re_[e.end - 1]
                new_removed.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=e.reason))
            pos = e.end
            applied += 1
        out.append(text[pos:])
        nrs.extend(rs[pos:])
        nre.extend(re_[pos:])
        self.text = "".join(out)
        self._rs, self._re = nrs, nre
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def kept_raw_spans(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order."""
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if not spans or spans[-1] != (a, b):
                spans.append((a, b))
        return spans


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
