"""What every extractor shares: the cleaned text, its layout, evidence and region lookup."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Evidence, FuzzyDate, OutlineNode
from ..parse.regions import RegionMatch
from ..text import CleanText
from .structure import Layout

__all__ = ["DocContext"]

_BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》")


@dataclass
class DocContext:
    """The cleaned text with its layout, outline, subject and resolved region mentions."""

    clean: CleanText
    layout: Layout
    outline: tuple[OutlineNode, ...]
    date: FuzzyDate | None
    subject: str | None
    mentions: list[RegionMatch] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    _titled: bytearray = field(default_factory=bytearray)

    def __post_init__(self) -> None:
        self.mentions = [m for m in self.mentions if m.code]
        self.mention_starts = [m.start for m in self.mentions]
        self._titled = bytearray(len(self.clean.text) + 1)
        for m in _BOOK_TITLE.finditer(self.clean.text):
            self._titled[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    def in_title(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a 《》 title (a date or number there is part of a name)."""
        return bool(self._titled[pos])

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
        i = bisect.bisect_left(self.mention_starts, pos) - 1
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
