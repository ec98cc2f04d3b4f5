"""What every extractor shares: the cleaned text, its layout, evidence and region lookup."""

from __future__ import annotations

import bisect
import copy
import re
from dataclasses import dataclass, field

from ..lexicon.resources import CueRow, cue_table, data_cache, data_lines
from ..model import Evidence, FuzzyDate, OutlineNode
from ..parse.regions import RegionMatch
from ..text import CleanText
from .structure import Layout

__all__ = ["DocContext"]

# what may stand before the topic of a clause: 在, 据, a date (2008年伊犁州建成…)
_TOPIC_LEAD_MAX = 40  # the lead below spans about 20 characters at most
_TOPIC_LEAD = re.compile(
    r"^(?:(?:在|据|由|而|和|与|另外|此外|同时|截至|截止|到)?(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|[今去明]年)?[，,]?)?"
    r"(?:在|据|由|而|和|与|另外|此外|同时)?$"
)
_YEAR = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年")
# the time and frame words an actor may follow at the head of a clause (一九五七年苏联发射…,
# （一九六七年一月十四日《真理报》）一九六七年三月，苏修…): dates in figures or words, a note
_ACTOR_LEAD = re.compile(
    r"(?:[（(][^（()）\n]{0,40}[）)]|[\d〇零○一二三四五六七八九十]{1,4}[年月日号]|[今去明前后同当本]年|"
    r"年[底初内中末]|月[底初中末份]|[上中下]旬|[上下]半年|以来|以后|之后|期间|随后|当时|同时|"
    r"另外|此外|[，,、\s])*"
)
# adverbs that open a clause with no subject of its own (美苏经过多年谈判，终于在去年12月签署了…):
# its actor is the one the sentence opened with
_NO_SUBJECT = re.compile(r"(?:终于|已经|已|又|也|还|将|就|才|曾经?|先后|相继|都|均|正式|首次|随即|并|再|即|便)")
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》")
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」")  # what someone said or named, not what was done


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
    scope: list[str] = field(default_factory=list)
    _titled: bytearray = field(default_factory=bytearray)
    _above: frozenset[str] = frozenset()
    _inside: dict[str, bool] = field(default_factory=dict)
    _prev_usable: list[int] = field(default_factory=list)  # per mention: nearest usable at or before
    _next_usable: list[int] = field(default_factory=list)  # per mention: nearest usable at or after
    _codes: list[str | None] = field(default_factory=list)  # per mention: the code a fact takes from it
    _heads: list[int] = field(default_factory=list)  # per mention: start of its list or span
    _open: list[bool] = field(default_factory=list)  # per mention: its list goes on with a name not found

    def __post_init__(self) -> None:
        from .regions import subject_scope

        self.scope = subject_scope(self.subject)
        self._above = frozenset(self.scope[1:])
        self.mentions = _with_defined_names(self.clean.text, [m for m in self.mentions if m.code])
        self.mention_starts = [m.start for m in self.mentions]
        self._titled = bytearray(len(self.clean.text) + 1)
        for m in _BOOK_TITLE.finditer(self.clean.text):
            self._titled[m.start() : m.end()] = b"\x01" * (m.end() - m.start())

    def with_titles(self, spans: list[tuple[int, int]]) -> DocContext:
        """A copy that also takes these spans for names (plan titles found without 《》:
        2006年电子政务蓝皮书); this context is left as it is."""
        other = copy.copy(self)
        other._titled = bytearray(self._titled)
        other._inside = dict(self._inside)
        for s, e in spans:
            other._titled[s:e] = b"\x01" * (e - s)
        return other

    def in_title(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a 《》 title (a date or number there is part of a name)."""
        return bool(self._titled[pos])

    @property
    def text(self) -> str:
        """The cleaned text."""
        return self.clean.text

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]`` without the white space at its ends (an indented
        paragraph, a line break of a page), with its raw span."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
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

    def region_at(self, pos: int, end: int | None = None, *, span: tuple[int, int] | None = None) -> str | None:
        """The region a fact at ``pos:end`` is about.

        In order: a region named in the fact's own clause (the nearest before it, else the
        first after it); the last region named earlier in its paragraph; the document's
        subject. For a fact at a date, a name before it that follows another date in its clause
        (从1967年上海…到1968年西藏…) is that date's, not the fact's. A list or a span of places (乌鲁木齐、昌吉、石河子; 鹰潭——厦门) counts as the
        region its items share (新疆; the country), and a name qualified by the one before it
        (新疆乌鲁木齐市) as the narrower one. Regions above the subject (自治区 in a
        prefecture's report, 塔城、阿勒泰 sharing it: a superior, not the place of the fact)
        are passed over, and so is a single name followed by 等 (安徽等地: not that place alone).

        With ``span``, the clauses that tell the fact (an event dated by a clause of its own:
        2003年5月13日，安徽省…发生…), a place that is the topic of one of them comes before any
        from an earlier clause or sentence. A clause that speaks of all the subject's places
        (20个省、自治区、直辖市, 各省, 在全国: ``scope`` of ``data/fact_region_cues.tsv``) takes
        no region from an earlier clause: it is the subject's.
        """
        end = pos if end is None else end
        para_lo, para_hi = self.layout.paragraph(pos)
        lo = self.layout.clause_start(pos, para_lo)
        hi = self.layout.clause_end(end, para_hi)
        mentions = self.mentions
        if not mentions:
            return self.subject
        prev, nxt = self._usable_links()
        i = bisect.bisect_left(self.mention_starts, pos) - 1
        j = bisect.bisect_left(self.mention_starts, end)
        j = nxt[j] if j < len(mentions) else -1
        if j >= 0 and mentions[j].start < hi:
            before = i >= 0 and lo <= mentions[i].start and prev[i] == i
            if before and _YEAR.match(self.text, pos) and _YEAR.search(self.text, lo, self._heads[i]):
                before = False  # 从1967年上海…到1968年西藏、新疆…: 上海 is the earlier date's
            if not before:
                return self._codes[j]  # none before in the same clause: the first after wins
        if i >= 0 and mentions[i].end > pos:
            i -= 1  # the mention holding pos is not before it
        k = prev[i] if i >= 0 else -1
        if k >= 0 and mentions[k].start >= lo:
            return self._codes[k]  # named earlier in the fact's own clause
        if span is not None and span[1] > hi:
            topic = self._topic_between(hi, span[1])
            if topic is not None:
                return topic
        if _fact_cues()["scope"][0].search(self.text, lo, max(hi, span[1] if span else hi)):
            return self.subject
        if k >= 0 and mentions[k].start >= max(para_lo, self._sentence_before(pos)):
            return self._codes[k]
        return self.subject

    def _sentence_before(self, pos: int) -> int:
        """Where the sentence before the one holding ``pos`` starts: a fact takes no region
        from further back (…“四人帮”在上海的党羽…。…。二月二日，毛主席…批发了…文件 is not 上海's)."""
        s_lo, _ = self.layout.sentence(pos)
        return self.layout.sentence(s_lo - 1)[0] if s_lo > 0 else 0

    def event_region(self, date: tuple[int, int], clauses: tuple[int, int]) -> str | None:
        """The region of an event dated at ``date`` and told by the clauses ``clauses``: None
        when its actor is a foreign state or body acting without China (see ``foreign_actor``),
        else ``region_at`` of the date (of the clauses when they follow it) within them."""
        cs, ce = clauses
        if self.foreign_actor(cs, ce) is not None:
            return None
        if cs > date[1]:
            return self.region_at(cs, ce)
        return self.region_at(date[0], date[1], span=clauses)

    def foreign_actor(self, start: int, end: int) -> str | None:
        """The foreign state or international body (``data/foreign_actors.txt``, a pair of
        states such as 美苏) that is the actor of the event told at ``start:end``, else None.

        The actor is what the event's first clause opens with after its time words (一九五七年
        苏联发射…); a bare time clause hands on to the next one ((…)一九六七年三月，苏修…), and a
        clause opening on an adverb with no subject (终于在去年12月签署了…) takes the actor its
        sentence opened with (美苏经过多年谈判，…). An actor that is China or has China as a
        party (我国, 中苏两国, 中国和日本) is not foreign, nor one whose event names China or a
        place in it outside quotations (对中国进行国事访问, 访华, 将杭州良渚古城遗址列入…).
        """
        text, layout = self.text, self.layout
        s_lo, _ = layout.sentence(start)
        lo = layout.clause_start(start, s_lo)
        head = _after_lead(text, lo)
        stop = layout.clause_end(head, end)
        if head >= stop and stop < end:  # a clause of time words only
            head = _after_lead(text, stop + 1)
        elif _NO_SUBJECT.match(text, head) and lo > s_lo:
            head = _after_lead(text, s_lo)
        actor = _foreign_at(text, head)
        if actor is None or self._names_china(start, end):
            return None
        return actor

    def _names_china(self, start: int, end: int) -> bool:
        """Whether ``start:end``, quotations aside, names China or a place in it."""
        said = [(m.start() + start, m.end() + start) for m in _QUOTED.finditer(self.text[start:end])]
        outside = _QUOTED.sub("", self.text[start:end])
        if _fact_cues()["ours"][0].search(outside):
            return True
        k = bisect.bisect_left(self.mention_starts, start)
        while k < len(self.mentions) and self.mentions[k].start < end:
            at = self.mentions[k].start
            if not any(a <= at < b for a, b in said):
                return True
            k += 1
        return False

    def _topic_between(self, start: int, stop: int) -> str | None:
        """The code of the first place at ``start:stop`` that is the topic of its clause
        (安徽省淮北矿业…公司芦岭煤矿发生…), not a modifier further in (…赴你省考察)."""
        _, nxt = self._usable_links()
        k = bisect.bisect_left(self.mention_starts, start)
        for _ in range(_TOPIC_TRIES):
            k = nxt[k] if k < len(self.mentions) else -1
            if k < 0 or self.mentions[k].start >= stop:
                return None
            head = self._heads[k]
            lo = self.layout.clause_start(self.mentions[k].start, start)
            if lo <= head and head - lo <= _TOPIC_LEAD_MAX and not _TOPIC_LEAD.sub("", self.text[lo:head].strip()):
                return self._codes[k]
            k += 1
        return None

    def _usable_links(self) -> tuple[list[int], list[int]]:
        """For each mention, the nearest usable one at or before it and at or after it (-1: none).

        Built once, so finding a fact's region jumps over unusable mentions instead of
        walking them per fact (a long list of places stays linear).
        """
        if len(self._prev_usable) != len(self.mentions):
            self._codes, self._heads, self._open = self._joined_codes()
            usable = [self._usable(k) for k in range(len(self.mentions))]
            prev, last = [], -1
            for k, ok in enumerate(usable):
                last = k if ok else last
                prev.append(last)
            nxt, last = [0] * len(usable), -1
            for k in range(len(usable) - 1, -1, -1):
                last = k if usable[k] else last
                nxt[k] = last
            self._prev_usable, self._next_usable = prev, nxt
        return self._prev_usable, self._next_usable

    def _joined_codes(self) -> tuple[list[str | None], list[int], list[bool]]:
        """Per mention, the code a fact takes from it, where its group starts, and whether its
        list goes on with items not found (塔城、某某乡): names joined as a list, a span or a
        qualified name (see ``RegionCues.link``) count as the region they share; a single
        name as itself."""
        from ..lexicon.gazetteer import gazetteer
        from ..parse.regions import region_cues

        cues, gaz, text = region_cues(), gazetteer(), self.text
        others = _fact_cues()["others"][0]
        mentions = self.mentions
        codes: list[str | None] = [m.code for m in mentions]
        heads = [m.start for m in mentions]
        open_ = [False] * len(mentions)
        k = 0
        while k < len(mentions):
            last = k
            while last + 1 < len(mentions) and cues.link(text[mentions[last].end : mentions[last + 1].start]):
                last += 1
            if last > k:
                shared = gaz.shared(c for c in codes[k : last + 1] if c)
                for g in range(k, last + 1):
                    codes[g], heads[g] = shared, mentions[k].start
            ragged = text[mentions[k].start - 1 : mentions[k].start] == "、" or text.startswith("、", mentions[last].end)
            if last == k and others.match(text, mentions[k].end):
                ragged = True  # 安徽等地: that place and others
            open_[k : last + 1] = [ragged] * (last + 1 - k)
            k = last + 1
        return codes, heads, open_

    def _usable(self, k: int) -> bool:
        code = self._codes[k]
        if code is None or self._open[k] or code in self._above:
            return False
        if self.subject in (None, "CN") or code == self.subject or self._within(code):
            return True
        # a place outside the subject's territory takes a fact only as the topic of its
        # clause (重庆市今年将…), not as a modifier (赴杭州电子政务培训班参加培训)
        text, start = self.text, self._heads[k]
        lo = self.layout.clause_start(start, 0)
        if start - lo > _TOPIC_LEAD_MAX:
            return False  # longer than any topic lead: a modifier (and no slice of a long clause)
        return not _TOPIC_LEAD.sub("", text[lo:start].strip())

    def _within(self, code: str | None) -> bool:
        """Whether ``code`` lies inside the subject's territory (memoised per code)."""
        if not code:
            return False
        if code not in self._inside:
            from ..lexicon.gazetteer import gazetteer

            self._inside[code] = self.subject in gazetteer().ancestors(code)
        return self._inside[code]


_NAME_MAX = 30  # the full name of a body that defines a short name (太原钢铁（集团）有限公司)
_DEFINITIONS_MAX = 20  # short names a text defines that are looked for (keeps a scan linear)
_CLAUSE_MARK = re.compile(r"[，,：:；;。！？!?\n]")


def _with_defined_names(text: str, mentions: list[RegionMatch]) -> list[RegionMatch]:
    """``mentions`` with the short names the text defines for a body named after a place
    (太原钢铁（集团）有限公司（以下简称“太钢”） → 太钢 is 太原 wherever the text uses it): the
    full name ends in a body word and the place is the last one named in it (``defines`` and
    ``body`` of ``data/fact_region_cues.tsv``)."""
    cues = _fact_cues()
    starts = [m.start for m in mentions]
    added: list[RegionMatch] = []
    found = 0
    for d in cues["defines"][0].finditer(text):
        i = bisect.bisect_left(starts, d.start()) - 1
        if i < 0 or found >= _DEFINITIONS_MAX:
            continue
        place, name = mentions[i], text[mentions[i].start : d.start()]
        if len(name) > _NAME_MAX or _CLAUSE_MARK.search(name) or not cues["body"][0].search(name):
            continue
        found += 1
        short = d.group("short")
        at = text.find(short, d.end())
        while at != -1:
            k = bisect.bisect_right(starts, at) - 1
            if not (k >= 0 and mentions[k].end > at) and not (k + 1 < len(mentions) and mentions[k + 1].start < at + len(short)):
                added.append(place.model_copy(update={"start": at, "end": at + len(short), "text": short, "kind": "alias"}))
            at = text.find(short, at + len(short))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_TOPIC_TRIES = 8  # places looked at in the clauses of a fact before giving up (stays linear)
_FACT_CUE_KINDS = ("scope", "others", "ours", "pair", "defines", "body")


@data_cache()
def _fact_cues() -> dict[str, CueRow]:
    """The cues of ``data/fact_region_cues.tsv``, one regex per kind."""
    return cue_table("fact_region_cues.tsv", _FACT_CUE_KINDS)


@data_cache()
def foreign_actors() -> tuple[str, ...]:
    """The foreign states and international bodies of ``data/foreign_actors.txt``, longest first."""
    names = {line.strip() for _, line in data_lines("foreign_actors.txt")}
    return tuple(sorted(names, key=len, reverse=True))


def _after_lead(text: str, pos: int) -> int:
    """Where the actor of the clause at ``pos`` starts, past its time words (``_ACTOR_LEAD``)."""
    m = _ACTOR_LEAD.match(text, pos)
    return m.end() if m else pos


def _foreign_at(text: str, pos: int) -> str | None:
    """The foreign actor ``text`` opens with at ``pos`` (not China, not a party with China)."""
    cues = _fact_cues()
    if cues["ours"][0].match(text, pos):
        return None
    pair = cues["pair"][0].match(text, pos)
    if pair is not None:
        return pair.group()
    for name in foreign_actors():
        if text.startswith(name, pos) and not text.startswith("族", pos + len(name)):
            return name
    return None
