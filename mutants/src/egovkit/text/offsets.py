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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``[start, end)`` of the current text by ``replacement`` for ``reason``."""

    start: int
    end: int
    replacement: str
    reason: str
mutants_xǁMappedTextǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁMappedTextǁraw_span__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMappedTextǁraw_offset__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMappedTextǁapply__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMappedTextǁ_removed_spans__mutmut: MutantDict = {}  # type: ignore
mutants_xǁMappedTextǁkept_raw_spans__mutmut: MutantDict = {}  # type: ignore


class MappedText:
    """A string whose every character maps to a span of the raw input."""

    __slots__ = ("_re", "_rs", "raw", "removed", "text")

    @_mutmut_mutated(mutants_xǁMappedTextǁ__init____mutmut)
    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_orig(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_1(self, raw: str) -> None:
        self.raw = None
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_2(self, raw: str) -> None:
        self.raw = raw
        self.text = None
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_3(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = None
        self._rs = array("q", range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_4(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = None
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_5(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array(None, range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_6(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", None)
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_7(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array(range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_8(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", )
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_9(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("XXqXX", range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_10(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("Q", range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_11(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(None))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_12(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = None
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_13(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array(None, range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_14(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", None)
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_15(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array(range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_16(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", )
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_17(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("XXqXX", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_18(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("Q", range(1, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_19(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(None, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_20(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(1, None))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_21(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_22(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(1, ))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_23(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(2, n + 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_24(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(1, n - 1))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_25(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(1, n + 2))
        self.removed: list[RemovedSpan] = []

    def xǁMappedTextǁ__init____mutmut_26(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        n = len(raw)
        self._rs = array("q", range(n))
        self._re = array("q", range(1, n + 1))
        self.removed: list[RemovedSpan] = None

    @_mutmut_mutated(mutants_xǁMappedTextǁraw_span__mutmut)
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

    def xǁMappedTextǁraw_span__mutmut_orig(self, start: int, end: int) -> tuple[int, int]:
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

    def xǁMappedTextǁraw_span__mutmut_1(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = None
        if not 0 <= start <= end <= n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start == end:
            if start < n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_2(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if 0 <= start <= end <= n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start == end:
            if start < n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_3(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if not 1 <= start <= end <= n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start == end:
            if start < n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_4(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if not 0 < start <= end <= n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start == end:
            if start < n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_5(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if not 0 <= start < end <= n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start == end:
            if start < n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_6(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if not 0 <= start <= end < n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start == end:
            if start < n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_7(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise AlignmentError(None)
        if start == end:
            if start < n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_8(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start != end:
            if start < n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_9(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start == end:
            if start <= n:
                pos = self._rs[start]
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_10(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the current text to the span of the raw input it came from.

        An empty span maps to the raw position just before the character at ``start``.
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise AlignmentError(f"span ({start}, {end}) is outside the text (length {n})")
        if start == end:
            if start < n:
                pos = None
            else:
                pos = self._re[n - 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_11(self, start: int, end: int) -> tuple[int, int]:
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
                pos = None
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_12(self, start: int, end: int) -> tuple[int, int]:
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
                pos = self._re[n - 1] if (n) and False else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_13(self, start: int, end: int) -> tuple[int, int]:
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
                pos = self._re[n - 1] if (n) or True else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_14(self, start: int, end: int) -> tuple[int, int]:
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
                pos = self._re[n + 1] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_15(self, start: int, end: int) -> tuple[int, int]:
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
                pos = self._re[n - 2] if n else len(self.raw)
            return pos, pos
        return self._rs[start], self._re[end - 1]

    def xǁMappedTextǁraw_span__mutmut_16(self, start: int, end: int) -> tuple[int, int]:
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
        return self._rs[start], self._re[end + 1]

    def xǁMappedTextǁraw_span__mutmut_17(self, start: int, end: int) -> tuple[int, int]:
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
        return self._rs[start], self._re[end - 2]

    @_mutmut_mutated(mutants_xǁMappedTextǁraw_offset__mutmut)
    def raw_offset(self, pos: int) -> int:
        """Map one offset of the current text to an offset of the raw input."""
        return self.raw_span(pos, pos)[0]

    def xǁMappedTextǁraw_offset__mutmut_orig(self, pos: int) -> int:
        """Map one offset of the current text to an offset of the raw input."""
        return self.raw_span(pos, pos)[0]

    def xǁMappedTextǁraw_offset__mutmut_1(self, pos: int) -> int:
        """Map one offset of the current text to an offset of the raw input."""
        return self.raw_span(None, pos)[0]

    def xǁMappedTextǁraw_offset__mutmut_2(self, pos: int) -> int:
        """Map one offset of the current text to an offset of the raw input."""
        return self.raw_span(pos, None)[0]

    def xǁMappedTextǁraw_offset__mutmut_3(self, pos: int) -> int:
        """Map one offset of the current text to an offset of the raw input."""
        return self.raw_span(pos)[0]

    def xǁMappedTextǁraw_offset__mutmut_4(self, pos: int) -> int:
        """Map one offset of the current text to an offset of the raw input."""
        return self.raw_span(pos, )[0]

    def xǁMappedTextǁraw_offset__mutmut_5(self, pos: int) -> int:
        """Map one offset of the current text to an offset of the raw input."""
        return self.raw_span(pos, pos)[1]

    @_mutmut_mutated(mutants_xǁMappedTextǁapply__mutmut)
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_orig(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_1(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = None
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_2(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(None, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_3(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=None)
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_4(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_5(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, )
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_6(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: None)
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_7(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_8(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 1
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_9(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = None
        out: list[str] = []
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_10(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = None
        nrs = array("q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_11(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = None
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_12(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array(None)
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_13(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("XXqXX")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_14(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("Q")
        nre = array("q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_15(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = None
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_16(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array(None)
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_17(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("XXqXX")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_18(self, edits: Iterable[Edit]) -> int:
        """Apply non-overlapping edits (in any order); return how many were applied.

        Edits that overlap an earlier one (in text order) are skipped.
        """
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        if not ordered:
            return 0
        text, rs, re_ = self.text, self._rs, self._re
        out: list[str] = []
        nrs = array("q")
        nre = array("Q")
        pos = 0
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_19(self, edits: Iterable[Edit]) -> int:
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
        pos = None
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_20(self, edits: Iterable[Edit]) -> int:
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
        pos = 1
        applied = 0
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_21(self, edits: Iterable[Edit]) -> int:
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
        applied = None
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_22(self, edits: Iterable[Edit]) -> int:
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
        applied = 1
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_23(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = None  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_24(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = None  # a length-changing replacement may now cover earlier removals
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_25(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = True  # a length-changing replacement may now cover earlier removals
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_26(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start and e.end > len(text):
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_27(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos and e.end < e.start or e.end > len(text):
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_28(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start <= pos or e.end < e.start or e.end > len(text):
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_29(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end <= e.start or e.end > len(text):
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_30(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end >= len(text):
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_31(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                break
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_32(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start == e.end or not e.replacement:
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_33(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start != e.end and not e.replacement:
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_34(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start == e.end and e.replacement:
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_35(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start == e.end and not e.replacement:
                break
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_36(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start == e.end and not e.replacement:
                continue
            out.append(None)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_37(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start == e.end and not e.replacement:
                continue
            out.append(text[pos : e.start])
            nrs.extend(None)
            nre.extend(re_[pos : e.start])
            span_len = e.end - e.start
            if e.replacement:
                if len(e.replacement) == span_len:
                    nrs.extend(rs[e.start : e.end])
                    nre.extend(re_[e.start : e.end])
                else:
                    if span_len:
                        # the whole raw span, less what a neighbour sharing it still stands for
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_38(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start == e.end and not e.replacement:
                continue
            out.append(text[pos : e.start])
            nrs.extend(rs[pos : e.start])
            nre.extend(None)
            span_len = e.end - e.start
            if e.replacement:
                if len(e.replacement) == span_len:
                    nrs.extend(rs[e.start : e.end])
                    nre.extend(re_[e.start : e.end])
                else:
                    if span_len:
                        # the whole raw span, less what a neighbour sharing it still stands for
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_39(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start == e.end and not e.replacement:
                continue
            out.append(text[pos : e.start])
            nrs.extend(rs[pos : e.start])
            nre.extend(re_[pos : e.start])
            span_len = None
            if e.replacement:
                if len(e.replacement) == span_len:
                    nrs.extend(rs[e.start : e.end])
                    nre.extend(re_[e.start : e.end])
                else:
                    if span_len:
                        # the whole raw span, less what a neighbour sharing it still stands for
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_40(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
        regrown = False  # a length-changing replacement may now cover earlier removals
        for e in ordered:
            if e.start < pos or e.end < e.start or e.end > len(text):
                continue
            if e.start == e.end and not e.replacement:
                continue
            out.append(text[pos : e.start])
            nrs.extend(rs[pos : e.start])
            nre.extend(re_[pos : e.start])
            span_len = e.end + e.start
            if e.replacement:
                if len(e.replacement) == span_len:
                    nrs.extend(rs[e.start : e.end])
                    nre.extend(re_[e.start : e.end])
                else:
                    if span_len:
                        # the whole raw span, less what a neighbour sharing it still stands for
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_41(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                if len(e.replacement) != span_len:
                    nrs.extend(rs[e.start : e.end])
                    nre.extend(re_[e.start : e.end])
                else:
                    if span_len:
                        # the whole raw span, less what a neighbour sharing it still stands for
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_42(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                    nrs.extend(None)
                    nre.extend(re_[e.start : e.end])
                else:
                    if span_len:
                        # the whole raw span, less what a neighbour sharing it still stands for
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_43(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                    nre.extend(None)
                else:
                    if span_len:
                        # the whole raw span, less what a neighbour sharing it still stands for
                        a = max(rs[e.start], nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_44(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = None
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

    def xǁMappedTextǁapply__mutmut_45(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(None, nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_46(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], None)
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

    def xǁMappedTextǁapply__mutmut_47(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(nre[-1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_48(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], )
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

    def xǁMappedTextǁapply__mutmut_49(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if (nre) and False else 0)
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

    def xǁMappedTextǁapply__mutmut_50(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if (nre) or True else 0)
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

    def xǁMappedTextǁapply__mutmut_51(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[+1] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_52(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-2] if nre else 0)
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

    def xǁMappedTextǁapply__mutmut_53(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 1)
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

    def xǁMappedTextǁapply__mutmut_54(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = None
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

    def xǁMappedTextǁapply__mutmut_55(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(None, rs[e.end] if e.end < len(text) else len(self.raw))
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

    def xǁMappedTextǁapply__mutmut_56(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], None)
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

    def xǁMappedTextǁapply__mutmut_57(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(rs[e.end] if e.end < len(text) else len(self.raw))
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

    def xǁMappedTextǁapply__mutmut_58(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], )
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

    def xǁMappedTextǁapply__mutmut_59(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end + 1], rs[e.end] if e.end < len(text) else len(self.raw))
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

    def xǁMappedTextǁapply__mutmut_60(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 2], rs[e.end] if e.end < len(text) else len(self.raw))
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

    def xǁMappedTextǁapply__mutmut_61(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if (e.end < len(text)) and False else len(self.raw))
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

    def xǁMappedTextǁapply__mutmut_62(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if (e.end < len(text)) or True else len(self.raw))
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

    def xǁMappedTextǁapply__mutmut_63(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end <= len(text) else len(self.raw))
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

    def xǁMappedTextǁapply__mutmut_64(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = None
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

    def xǁMappedTextǁapply__mutmut_65(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(None, b)
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

    def xǁMappedTextǁapply__mutmut_66(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, None)
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

    def xǁMappedTextǁapply__mutmut_67(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(b)
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

    def xǁMappedTextǁapply__mutmut_68(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, )
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

    def xǁMappedTextǁapply__mutmut_69(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = None
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

    def xǁMappedTextǁapply__mutmut_70(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = False
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

    def xǁMappedTextǁapply__mutmut_71(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = None
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

    def xǁMappedTextǁapply__mutmut_72(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if (e.start < len(text)) and False else len(self.raw)
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

    def xǁMappedTextǁapply__mutmut_73(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if (e.start < len(text)) or True else len(self.raw)
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

    def xǁMappedTextǁapply__mutmut_74(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start <= len(text) else len(self.raw)
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

    def xǁMappedTextǁapply__mutmut_75(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend(None)
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

    def xǁMappedTextǁapply__mutmut_76(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend([a] / len(e.replacement))
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

    def xǁMappedTextǁapply__mutmut_77(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend([a] * len(e.replacement))
                    nre.extend(None)
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

    def xǁMappedTextǁapply__mutmut_78(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend([a] * len(e.replacement))
                    nre.extend([b] / len(e.replacement))
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

    def xǁMappedTextǁapply__mutmut_79(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend([a] * len(e.replacement))
                    nre.extend([b] * len(e.replacement))
                out.append(None)
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

    def xǁMappedTextǁapply__mutmut_80(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend([a] * len(e.replacement))
                    nre.extend([b] * len(e.replacement))
                out.append(e.replacement)
            elif span_len:
                deleted.append(None)
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

    def xǁMappedTextǁapply__mutmut_81(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend([a] * len(e.replacement))
                    nre.extend([b] * len(e.replacement))
                out.append(e.replacement)
            elif span_len:
                deleted.append((len(nrs), rs[e.start], re_[e.end + 1], e.reason))
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

    def xǁMappedTextǁapply__mutmut_82(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
                        b = min(re_[e.end - 1], rs[e.end] if e.end < len(text) else len(self.raw))
                        a = min(a, b)
                        regrown = True
                    else:  # a pure insertion sits on the raw position before it
                        a = b = rs[e.start] if e.start < len(text) else len(self.raw)
                    nrs.extend([a] * len(e.replacement))
                    nre.extend([b] * len(e.replacement))
                out.append(e.replacement)
            elif span_len:
                deleted.append((len(nrs), rs[e.start], re_[e.end - 2], e.reason))
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

    def xǁMappedTextǁapply__mutmut_83(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            pos = None
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

    def xǁMappedTextǁapply__mutmut_84(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            applied = 1
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

    def xǁMappedTextǁapply__mutmut_85(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            applied -= 1
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

    def xǁMappedTextǁapply__mutmut_86(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            applied += 2
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

    def xǁMappedTextǁapply__mutmut_87(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
        out.append(None)
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

    def xǁMappedTextǁapply__mutmut_88(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
        nrs.extend(None)
        nre.extend(re_[pos:])
        self.text = "".join(out)
        self._rs, self._re = nrs, nre
        new_removed = self._removed_spans(deleted)
        if regrown:
            self.removed = _uncovered(self.removed, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_89(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
        nre.extend(None)
        self.text = "".join(out)
        self._rs, self._re = nrs, nre
        new_removed = self._removed_spans(deleted)
        if regrown:
            self.removed = _uncovered(self.removed, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_90(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
        self.text = None
        self._rs, self._re = nrs, nre
        new_removed = self._removed_spans(deleted)
        if regrown:
            self.removed = _uncovered(self.removed, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_91(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
        self.text = "".join(None)
        self._rs, self._re = nrs, nre
        new_removed = self._removed_spans(deleted)
        if regrown:
            self.removed = _uncovered(self.removed, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_92(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
        self.text = "XXXX".join(out)
        self._rs, self._re = nrs, nre
        new_removed = self._removed_spans(deleted)
        if regrown:
            self.removed = _uncovered(self.removed, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_93(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
        self._rs, self._re = None
        new_removed = self._removed_spans(deleted)
        if regrown:
            self.removed = _uncovered(self.removed, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_94(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
        new_removed = None
        if regrown:
            self.removed = _uncovered(self.removed, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_95(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
        new_removed = self._removed_spans(None)
        if regrown:
            self.removed = _uncovered(self.removed, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_96(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = None
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_97(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = _uncovered(None, self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_98(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = _uncovered(self.removed, None)
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_99(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = _uncovered(self.kept_raw_spans())
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_100(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = _uncovered(self.removed, )
        if new_removed:
            self.removed = _merge_removed(self.removed, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_101(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = None
        return applied

    def xǁMappedTextǁapply__mutmut_102(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = _merge_removed(None, new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_103(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = _merge_removed(self.removed, None)
        return applied

    def xǁMappedTextǁapply__mutmut_104(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = _merge_removed(new_removed)
        return applied

    def xǁMappedTextǁapply__mutmut_105(self, edits: Iterable[Edit]) -> int:
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
        deleted: list[tuple[int, int, int, str]] = []  # (position in the new text, raw start, raw end, reason)
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
                        a = max(rs[e.start], nre[-1] if nre else 0)
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
            self.removed = _merge_removed(self.removed, )
        return applied

    @_mutmut_mutated(mutants_xǁMappedTextǁ_removed_spans__mutmut)
    def _removed_spans(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_orig(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_1(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = None
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_2(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = None
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_3(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = None
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_4(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 1
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_5(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = None
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_6(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(None, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_7(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, None, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_8(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, None)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_9(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_10(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_11(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, )
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_12(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if (at) and False else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_13(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if (at) or True else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_14(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at + 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_15(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 2] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_16(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 1, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_17(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = None
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_18(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(None, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_19(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, None)
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_20(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_21(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, )
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_22(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if (at < n) and False else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_23(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if (at < n) or True else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_24(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at <= n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_25(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a <= b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_26(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(None)
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_27(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=None, raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_28(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=None, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_29(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=None, reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_30(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=None))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_31(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_end=b, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_32(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, text=self.raw[a:b], reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_33(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, reason=reason))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_34(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], ))
                last = b
        return out

    def xǁMappedTextǁ_removed_spans__mutmut_35(self, deleted: list[tuple[int, int, int, str]]) -> list[RemovedSpan]:
        """The raw spans of deletions less what a kept neighbour (or an earlier deletion) covers."""
        out: list[RemovedSpan] = []
        rs, re_, n = self._rs, self._re, len(self._rs)
        last = 0
        for at, a, b, reason in deleted:
            a = max(a, re_[at - 1] if at else 0, last)
            b = min(b, rs[at] if at < n else len(self.raw))
            if a < b:
                out.append(RemovedSpan(raw_start=a, raw_end=b, text=self.raw[a:b], reason=reason))
                last = None
        return out

    @_mutmut_mutated(mutants_xǁMappedTextǁkept_raw_spans__mutmut)
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

    def xǁMappedTextǁkept_raw_spans__mutmut_orig(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_1(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = None
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_2(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(None, self._re, strict=True):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_3(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, None, strict=True):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_4(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=None):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_5(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._re, strict=True):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_6(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, strict=True):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_7(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, ):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_8(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=False):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_9(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b or (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_10(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a <= b and (not spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_11(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b and (not spans and spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_12(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b and (spans or spans[-1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_13(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b and (not spans or spans[+1] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_14(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b and (not spans or spans[-2] != (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_15(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b and (not spans or spans[-1] == (a, b)):
                spans.append((a, b))
        return spans

    def xǁMappedTextǁkept_raw_spans__mutmut_16(self) -> list[tuple[int, int]]:
        """The distinct raw spans the current characters come from, in order.

        Characters inserted from nothing (an empty raw span) are left out, so the list and
        ``removed`` tile the raw input.
        """
        spans: list[tuple[int, int]] = []
        for a, b in zip(self._rs, self._re, strict=True):
            if a < b and (not spans or spans[-1] != (a, b)):
                spans.append(None)
        return spans

mutants_xǁMappedTextǁ__init____mutmut['_mutmut_orig'] = MappedText.xǁMappedTextǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_1'] = MappedText.xǁMappedTextǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_2'] = MappedText.xǁMappedTextǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_3'] = MappedText.xǁMappedTextǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_4'] = MappedText.xǁMappedTextǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_5'] = MappedText.xǁMappedTextǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_6'] = MappedText.xǁMappedTextǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_7'] = MappedText.xǁMappedTextǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_8'] = MappedText.xǁMappedTextǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_9'] = MappedText.xǁMappedTextǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_10'] = MappedText.xǁMappedTextǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_11'] = MappedText.xǁMappedTextǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_12'] = MappedText.xǁMappedTextǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_13'] = MappedText.xǁMappedTextǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_14'] = MappedText.xǁMappedTextǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_15'] = MappedText.xǁMappedTextǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_16'] = MappedText.xǁMappedTextǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_17'] = MappedText.xǁMappedTextǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_18'] = MappedText.xǁMappedTextǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_19'] = MappedText.xǁMappedTextǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_20'] = MappedText.xǁMappedTextǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_21'] = MappedText.xǁMappedTextǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_22'] = MappedText.xǁMappedTextǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_23'] = MappedText.xǁMappedTextǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_24'] = MappedText.xǁMappedTextǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_25'] = MappedText.xǁMappedTextǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ__init____mutmut['xǁMappedTextǁ__init____mutmut_26'] = MappedText.xǁMappedTextǁ__init____mutmut_26 # type: ignore # mutmut generated

mutants_xǁMappedTextǁraw_span__mutmut['_mutmut_orig'] = MappedText.xǁMappedTextǁraw_span__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_1'] = MappedText.xǁMappedTextǁraw_span__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_2'] = MappedText.xǁMappedTextǁraw_span__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_3'] = MappedText.xǁMappedTextǁraw_span__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_4'] = MappedText.xǁMappedTextǁraw_span__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_5'] = MappedText.xǁMappedTextǁraw_span__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_6'] = MappedText.xǁMappedTextǁraw_span__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_7'] = MappedText.xǁMappedTextǁraw_span__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_8'] = MappedText.xǁMappedTextǁraw_span__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_9'] = MappedText.xǁMappedTextǁraw_span__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_10'] = MappedText.xǁMappedTextǁraw_span__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_11'] = MappedText.xǁMappedTextǁraw_span__mutmut_11 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_12'] = MappedText.xǁMappedTextǁraw_span__mutmut_12 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_13'] = MappedText.xǁMappedTextǁraw_span__mutmut_13 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_14'] = MappedText.xǁMappedTextǁraw_span__mutmut_14 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_15'] = MappedText.xǁMappedTextǁraw_span__mutmut_15 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_16'] = MappedText.xǁMappedTextǁraw_span__mutmut_16 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_span__mutmut['xǁMappedTextǁraw_span__mutmut_17'] = MappedText.xǁMappedTextǁraw_span__mutmut_17 # type: ignore # mutmut generated

mutants_xǁMappedTextǁraw_offset__mutmut['_mutmut_orig'] = MappedText.xǁMappedTextǁraw_offset__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_offset__mutmut['xǁMappedTextǁraw_offset__mutmut_1'] = MappedText.xǁMappedTextǁraw_offset__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_offset__mutmut['xǁMappedTextǁraw_offset__mutmut_2'] = MappedText.xǁMappedTextǁraw_offset__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_offset__mutmut['xǁMappedTextǁraw_offset__mutmut_3'] = MappedText.xǁMappedTextǁraw_offset__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_offset__mutmut['xǁMappedTextǁraw_offset__mutmut_4'] = MappedText.xǁMappedTextǁraw_offset__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMappedTextǁraw_offset__mutmut['xǁMappedTextǁraw_offset__mutmut_5'] = MappedText.xǁMappedTextǁraw_offset__mutmut_5 # type: ignore # mutmut generated

mutants_xǁMappedTextǁapply__mutmut['_mutmut_orig'] = MappedText.xǁMappedTextǁapply__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_1'] = MappedText.xǁMappedTextǁapply__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_2'] = MappedText.xǁMappedTextǁapply__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_3'] = MappedText.xǁMappedTextǁapply__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_4'] = MappedText.xǁMappedTextǁapply__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_5'] = MappedText.xǁMappedTextǁapply__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_6'] = MappedText.xǁMappedTextǁapply__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_7'] = MappedText.xǁMappedTextǁapply__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_8'] = MappedText.xǁMappedTextǁapply__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_9'] = MappedText.xǁMappedTextǁapply__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_10'] = MappedText.xǁMappedTextǁapply__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_11'] = MappedText.xǁMappedTextǁapply__mutmut_11 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_12'] = MappedText.xǁMappedTextǁapply__mutmut_12 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_13'] = MappedText.xǁMappedTextǁapply__mutmut_13 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_14'] = MappedText.xǁMappedTextǁapply__mutmut_14 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_15'] = MappedText.xǁMappedTextǁapply__mutmut_15 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_16'] = MappedText.xǁMappedTextǁapply__mutmut_16 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_17'] = MappedText.xǁMappedTextǁapply__mutmut_17 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_18'] = MappedText.xǁMappedTextǁapply__mutmut_18 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_19'] = MappedText.xǁMappedTextǁapply__mutmut_19 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_20'] = MappedText.xǁMappedTextǁapply__mutmut_20 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_21'] = MappedText.xǁMappedTextǁapply__mutmut_21 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_22'] = MappedText.xǁMappedTextǁapply__mutmut_22 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_23'] = MappedText.xǁMappedTextǁapply__mutmut_23 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_24'] = MappedText.xǁMappedTextǁapply__mutmut_24 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_25'] = MappedText.xǁMappedTextǁapply__mutmut_25 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_26'] = MappedText.xǁMappedTextǁapply__mutmut_26 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_27'] = MappedText.xǁMappedTextǁapply__mutmut_27 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_28'] = MappedText.xǁMappedTextǁapply__mutmut_28 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_29'] = MappedText.xǁMappedTextǁapply__mutmut_29 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_30'] = MappedText.xǁMappedTextǁapply__mutmut_30 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_31'] = MappedText.xǁMappedTextǁapply__mutmut_31 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_32'] = MappedText.xǁMappedTextǁapply__mutmut_32 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_33'] = MappedText.xǁMappedTextǁapply__mutmut_33 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_34'] = MappedText.xǁMappedTextǁapply__mutmut_34 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_35'] = MappedText.xǁMappedTextǁapply__mutmut_35 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_36'] = MappedText.xǁMappedTextǁapply__mutmut_36 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_37'] = MappedText.xǁMappedTextǁapply__mutmut_37 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_38'] = MappedText.xǁMappedTextǁapply__mutmut_38 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_39'] = MappedText.xǁMappedTextǁapply__mutmut_39 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_40'] = MappedText.xǁMappedTextǁapply__mutmut_40 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_41'] = MappedText.xǁMappedTextǁapply__mutmut_41 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_42'] = MappedText.xǁMappedTextǁapply__mutmut_42 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_43'] = MappedText.xǁMappedTextǁapply__mutmut_43 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_44'] = MappedText.xǁMappedTextǁapply__mutmut_44 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_45'] = MappedText.xǁMappedTextǁapply__mutmut_45 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_46'] = MappedText.xǁMappedTextǁapply__mutmut_46 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_47'] = MappedText.xǁMappedTextǁapply__mutmut_47 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_48'] = MappedText.xǁMappedTextǁapply__mutmut_48 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_49'] = MappedText.xǁMappedTextǁapply__mutmut_49 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_50'] = MappedText.xǁMappedTextǁapply__mutmut_50 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_51'] = MappedText.xǁMappedTextǁapply__mutmut_51 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_52'] = MappedText.xǁMappedTextǁapply__mutmut_52 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_53'] = MappedText.xǁMappedTextǁapply__mutmut_53 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_54'] = MappedText.xǁMappedTextǁapply__mutmut_54 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_55'] = MappedText.xǁMappedTextǁapply__mutmut_55 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_56'] = MappedText.xǁMappedTextǁapply__mutmut_56 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_57'] = MappedText.xǁMappedTextǁapply__mutmut_57 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_58'] = MappedText.xǁMappedTextǁapply__mutmut_58 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_59'] = MappedText.xǁMappedTextǁapply__mutmut_59 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_60'] = MappedText.xǁMappedTextǁapply__mutmut_60 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_61'] = MappedText.xǁMappedTextǁapply__mutmut_61 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_62'] = MappedText.xǁMappedTextǁapply__mutmut_62 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_63'] = MappedText.xǁMappedTextǁapply__mutmut_63 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_64'] = MappedText.xǁMappedTextǁapply__mutmut_64 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_65'] = MappedText.xǁMappedTextǁapply__mutmut_65 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_66'] = MappedText.xǁMappedTextǁapply__mutmut_66 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_67'] = MappedText.xǁMappedTextǁapply__mutmut_67 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_68'] = MappedText.xǁMappedTextǁapply__mutmut_68 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_69'] = MappedText.xǁMappedTextǁapply__mutmut_69 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_70'] = MappedText.xǁMappedTextǁapply__mutmut_70 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_71'] = MappedText.xǁMappedTextǁapply__mutmut_71 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_72'] = MappedText.xǁMappedTextǁapply__mutmut_72 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_73'] = MappedText.xǁMappedTextǁapply__mutmut_73 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_74'] = MappedText.xǁMappedTextǁapply__mutmut_74 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_75'] = MappedText.xǁMappedTextǁapply__mutmut_75 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_76'] = MappedText.xǁMappedTextǁapply__mutmut_76 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_77'] = MappedText.xǁMappedTextǁapply__mutmut_77 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_78'] = MappedText.xǁMappedTextǁapply__mutmut_78 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_79'] = MappedText.xǁMappedTextǁapply__mutmut_79 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_80'] = MappedText.xǁMappedTextǁapply__mutmut_80 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_81'] = MappedText.xǁMappedTextǁapply__mutmut_81 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_82'] = MappedText.xǁMappedTextǁapply__mutmut_82 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_83'] = MappedText.xǁMappedTextǁapply__mutmut_83 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_84'] = MappedText.xǁMappedTextǁapply__mutmut_84 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_85'] = MappedText.xǁMappedTextǁapply__mutmut_85 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_86'] = MappedText.xǁMappedTextǁapply__mutmut_86 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_87'] = MappedText.xǁMappedTextǁapply__mutmut_87 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_88'] = MappedText.xǁMappedTextǁapply__mutmut_88 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_89'] = MappedText.xǁMappedTextǁapply__mutmut_89 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_90'] = MappedText.xǁMappedTextǁapply__mutmut_90 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_91'] = MappedText.xǁMappedTextǁapply__mutmut_91 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_92'] = MappedText.xǁMappedTextǁapply__mutmut_92 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_93'] = MappedText.xǁMappedTextǁapply__mutmut_93 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_94'] = MappedText.xǁMappedTextǁapply__mutmut_94 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_95'] = MappedText.xǁMappedTextǁapply__mutmut_95 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_96'] = MappedText.xǁMappedTextǁapply__mutmut_96 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_97'] = MappedText.xǁMappedTextǁapply__mutmut_97 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_98'] = MappedText.xǁMappedTextǁapply__mutmut_98 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_99'] = MappedText.xǁMappedTextǁapply__mutmut_99 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_100'] = MappedText.xǁMappedTextǁapply__mutmut_100 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_101'] = MappedText.xǁMappedTextǁapply__mutmut_101 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_102'] = MappedText.xǁMappedTextǁapply__mutmut_102 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_103'] = MappedText.xǁMappedTextǁapply__mutmut_103 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_104'] = MappedText.xǁMappedTextǁapply__mutmut_104 # type: ignore # mutmut generated
mutants_xǁMappedTextǁapply__mutmut['xǁMappedTextǁapply__mutmut_105'] = MappedText.xǁMappedTextǁapply__mutmut_105 # type: ignore # mutmut generated

mutants_xǁMappedTextǁ_removed_spans__mutmut['_mutmut_orig'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_1'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_2'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_3'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_4'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_5'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_6'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_7'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_8'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_9'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_10'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_11'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_11 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_12'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_12 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_13'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_13 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_14'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_14 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_15'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_15 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_16'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_16 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_17'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_17 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_18'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_18 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_19'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_19 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_20'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_20 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_21'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_21 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_22'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_22 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_23'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_23 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_24'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_24 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_25'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_25 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_26'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_26 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_27'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_27 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_28'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_28 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_29'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_29 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_30'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_30 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_31'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_31 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_32'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_32 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_33'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_33 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_34'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_34 # type: ignore # mutmut generated
mutants_xǁMappedTextǁ_removed_spans__mutmut['xǁMappedTextǁ_removed_spans__mutmut_35'] = MappedText.xǁMappedTextǁ_removed_spans__mutmut_35 # type: ignore # mutmut generated

mutants_xǁMappedTextǁkept_raw_spans__mutmut['_mutmut_orig'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_orig # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_1'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_1 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_2'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_2 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_3'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_3 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_4'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_4 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_5'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_5 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_6'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_6 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_7'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_7 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_8'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_8 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_9'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_9 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_10'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_10 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_11'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_11 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_12'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_12 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_13'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_13 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_14'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_14 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_15'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_15 # type: ignore # mutmut generated
mutants_xǁMappedTextǁkept_raw_spans__mutmut['xǁMappedTextǁkept_raw_spans__mutmut_16'] = MappedText.xǁMappedTextǁkept_raw_spans__mutmut_16 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__uncovered__mutmut)
def _uncovered(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_orig(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_1(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = None
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_2(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = None
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_3(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 1
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_4(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) or kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_5(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j <= len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_6(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][2] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_7(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] < r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_8(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j = 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_9(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j -= 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_10(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 2
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_11(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] or kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_12(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start or r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_13(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) or kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_14(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j <= len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_15(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][1] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_16(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] < r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_17(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end < kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_18(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][2] and kept[j][0] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_19(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][1] < kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_20(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] <= kept[j][1]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_21(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][2]:
            continue
        out.append(r)
    return out


def x__uncovered__mutmut_22(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            break
        out.append(r)
    return out


def x__uncovered__mutmut_23(removed: list[RemovedSpan], kept: list[tuple[int, int]]) -> list[RemovedSpan]:
    """The removed spans that no kept character's raw span contains (both lists sorted)."""
    out: list[RemovedSpan] = []
    j = 0
    for r in removed:
        while j < len(kept) and kept[j][1] <= r.raw_start:
            j += 1
        if j < len(kept) and kept[j][0] <= r.raw_start and r.raw_end <= kept[j][1] and kept[j][0] < kept[j][1]:
            continue
        out.append(None)
    return out

mutants_x__uncovered__mutmut['_mutmut_orig'] = x__uncovered__mutmut_orig # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_1'] = x__uncovered__mutmut_1 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_2'] = x__uncovered__mutmut_2 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_3'] = x__uncovered__mutmut_3 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_4'] = x__uncovered__mutmut_4 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_5'] = x__uncovered__mutmut_5 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_6'] = x__uncovered__mutmut_6 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_7'] = x__uncovered__mutmut_7 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_8'] = x__uncovered__mutmut_8 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_9'] = x__uncovered__mutmut_9 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_10'] = x__uncovered__mutmut_10 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_11'] = x__uncovered__mutmut_11 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_12'] = x__uncovered__mutmut_12 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_13'] = x__uncovered__mutmut_13 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_14'] = x__uncovered__mutmut_14 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_15'] = x__uncovered__mutmut_15 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_16'] = x__uncovered__mutmut_16 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_17'] = x__uncovered__mutmut_17 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_18'] = x__uncovered__mutmut_18 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_19'] = x__uncovered__mutmut_19 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_20'] = x__uncovered__mutmut_20 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_21'] = x__uncovered__mutmut_21 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_22'] = x__uncovered__mutmut_22 # type: ignore # mutmut generated
mutants_x__uncovered__mutmut['x__uncovered__mutmut_23'] = x__uncovered__mutmut_23 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__merge_removed__mutmut)
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


def x__merge_removed__mutmut_orig(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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


def x__merge_removed__mutmut_1(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = None
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


def x__merge_removed__mutmut_2(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = None
    for r in new:
        while j < len(old) and old[j].raw_end <= r.raw_start:
            out.append(old[j])
            j += 1
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_3(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = 1
    for r in new:
        while j < len(old) and old[j].raw_end <= r.raw_start:
            out.append(old[j])
            j += 1
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_4(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = 0
    for r in new:
        while j < len(old) or old[j].raw_end <= r.raw_start:
            out.append(old[j])
            j += 1
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_5(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = 0
    for r in new:
        while j <= len(old) and old[j].raw_end <= r.raw_start:
            out.append(old[j])
            j += 1
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_6(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = 0
    for r in new:
        while j < len(old) and old[j].raw_end < r.raw_start:
            out.append(old[j])
            j += 1
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_7(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = 0
    for r in new:
        while j < len(old) and old[j].raw_end <= r.raw_start:
            out.append(None)
            j += 1
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_8(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = 0
    for r in new:
        while j < len(old) and old[j].raw_end <= r.raw_start:
            out.append(old[j])
            j = 1
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_9(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = 0
    for r in new:
        while j < len(old) and old[j].raw_end <= r.raw_start:
            out.append(old[j])
            j -= 1
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_10(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
    """Merge two sorted, non-overlapping lists of removed spans in one pass.

    A later removal may swallow earlier ones (a pinyin gloss inside boilerplate): the outer
    span replaces them, so removed spans never overlap.
    """
    out: list[RemovedSpan] = []
    j = 0
    for r in new:
        while j < len(old) and old[j].raw_end <= r.raw_start:
            out.append(old[j])
            j += 2
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_11(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
        while j < len(old) and old[j].raw_start >= r.raw_start or old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_12(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
        while j < len(old) or old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_13(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
        while j <= len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_14(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
        while j < len(old) and old[j].raw_start > r.raw_start and old[j].raw_end <= r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_15(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
        while j < len(old) and old[j].raw_start >= r.raw_start and old[j].raw_end < r.raw_end:
            j += 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_16(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
            j = 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_17(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
            j -= 1  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_18(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
            j += 2  # swallowed by r
        out.append(r)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_19(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
        out.append(None)
    out.extend(old[j:])
    return out


def x__merge_removed__mutmut_20(old: list[RemovedSpan], new: list[RemovedSpan]) -> list[RemovedSpan]:
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
    out.extend(None)
    return out

mutants_x__merge_removed__mutmut['_mutmut_orig'] = x__merge_removed__mutmut_orig # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_1'] = x__merge_removed__mutmut_1 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_2'] = x__merge_removed__mutmut_2 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_3'] = x__merge_removed__mutmut_3 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_4'] = x__merge_removed__mutmut_4 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_5'] = x__merge_removed__mutmut_5 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_6'] = x__merge_removed__mutmut_6 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_7'] = x__merge_removed__mutmut_7 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_8'] = x__merge_removed__mutmut_8 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_9'] = x__merge_removed__mutmut_9 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_10'] = x__merge_removed__mutmut_10 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_11'] = x__merge_removed__mutmut_11 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_12'] = x__merge_removed__mutmut_12 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_13'] = x__merge_removed__mutmut_13 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_14'] = x__merge_removed__mutmut_14 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_15'] = x__merge_removed__mutmut_15 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_16'] = x__merge_removed__mutmut_16 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_17'] = x__merge_removed__mutmut_17 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_18'] = x__merge_removed__mutmut_18 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_19'] = x__merge_removed__mutmut_19 # type: ignore # mutmut generated
mutants_x__merge_removed__mutmut['x__merge_removed__mutmut_20'] = x__merge_removed__mutmut_20 # type: ignore # mutmut generated
