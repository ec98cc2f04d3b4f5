"""What every extractor shares: the cleaned text, its layout, evidence and region lookup."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import Evidence, FuzzyDate, OutlineNode
from ..parse.regions import RegionMatch
from ..text import CleanText
from .structure import Layout

__all__ = ["DocContext"]


@dataclass
class DocContext:
    """The cleaned text with its layout, outline, subject and resolved region mentions."""

    clean: CleanText
    layout: Layout
    outline: tuple[OutlineNode, ...]
    date: FuzzyDate | None
    subject: str | None
    mentions: list[RegionMatch] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions = [m for m in self.mentions if m.code]
        self._starts = [m.start for m in self.mentions]

    @property
    def text(self) -> str:
        """The cleaned text."""
        return self.clean.text

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]``, with its raw span."""
        raw_start, raw_end = self.clean.raw_span(start, end)
        return Evidence(
            start=start, end=end, quote=self.text[start:end], raw_start=raw_start, raw_end=raw_end
        )

    def section(self, pos: int) -> str | None:
        """'status' or 'plan' for the innermost outlined section holding ``pos``."""
        found = None
        for node in self.outline:
            if node.start <= pos < node.end and node.section:
                found = node.section
        return found

    def region_at(self, pos: int) -> str | None:
        """The region a fact at ``pos`` is about: the last mention before it in its paragraph
        that is not an item of a list (塔城、阿勒泰两个地区), else the document's subject."""
        text = self.text
        i = bisect.bisect_left(self._starts, pos) - 1
        para_lo = self.layout.paragraph(pos)[0]
        while i >= 0:
            m = self.mentions[i]
            if m.start < para_lo:
                break
            listed = text[m.end : m.end + 1] == "、" or text[m.start - 1 : m.start] == "、"
            if not listed and m.end <= pos:
                return m.code
            i -= 1
        return self.subject
