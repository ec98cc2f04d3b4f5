"""Document structure: sentences, passages, the heading outline, title, author and genre."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..errors import DataFileError
from ..lexicon.resources import data_cache, data_records, data_regex
from ..model import Genre, OutlineNode
from ..text.metadata import is_label

__all__ = ["Layout", "document_author", "document_genre", "document_title", "layout", "outline"]

_SENT_END = re.compile(r"[。！？；!?;]+[”’」』）)]?|\n")
_CLAUSE_MARK = re.compile(r"[，,：:；;。！？!?\n]")
_LIST_MARK = re.compile(r"[，,：:、；;。！？!?\n]")
# a book title a scraped page set on its own lines (制定了《\n中共中央关于…的决定\n》): its line
# breaks are not sentence or clause ends (bounded, so linear on any input)
_BROKEN_TITLE = re.compile(r"《[^《》。\n]{0,80}\n[^《》。]{0,80}》")


def _soft_breaks(text: str) -> set[int]:
    """Offsets of the line breaks inside a 《》 title broken over lines."""
    return {
        m.start() + i
        for m in _BROKEN_TITLE.finditer(text)
        for i, ch in enumerate(m.group())
        if ch == "\n"
    }
_HEADING = re.compile(
    r"^[ \t\u3000]*(?P<marker>第[一二三四五六七八九十百\d]+[章部分节]|[一二三四五六七八九十]+[、.．]"
    r"|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、．]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[)）]|[⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽①②③④⑤⑥⑦⑧⑨⑩])"
    r"[ \t\u3000]*(?P<title>[^\n]{1,200})",
    re.MULTILINE,
)
_STATUS = re.compile(r"现状|成效|成绩|回顾|基本情况|进展|取得|基础|概况|发展历程")
_PLAN = re.compile(r"目标|任务|思路|重点|措施|规划|计划|安排|展望|建议|要求|保障|原则|意见")


@dataclass
class Layout:
    """Sentence, line and clause bounds of a cleaned text, for locating passages.

    Every lookup is a binary search over offsets computed once, so locating the passages
    of n facts costs O(n log n) even in a text that is one run-on sentence.
    """

    text: str
    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]
    marks: list[int] = field(default_factory=list)  # offsets of clause and sentence marks
    fine_marks: list[int] = field(default_factory=list)  # the same and list commas (、)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _paragraph_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        soft = _soft_breaks(self.text)
        self.marks = [m.start() for m in _CLAUSE_MARK.finditer(self.text) if m.start() not in soft]
        self.fine_marks = [m.start() for m in _LIST_MARK.finditer(self.text) if m.start() not in soft]
        self._sentence_starts = [s for s, _ in self.sentences]
        self._paragraph_starts = [s for s, _ in self.paragraphs]

    def _find(self, spans: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, pos) - 1
        return spans[max(i, 0)] if spans else (0, len(self.text))

    def sentence(self, pos: int) -> tuple[int, int]:
        """Bounds of the sentence holding offset ``pos``."""
        return self._find(self.sentences, self._sentence_starts, pos)

    def paragraph(self, pos: int) -> tuple[int, int]:
        """Bounds of the line (paragraph) holding offset ``pos``."""
        return self._find(self.paragraphs, self._paragraph_starts, pos)

    def clause_start(self, pos: int, lo: int, back: int = 0, *, fine: bool = False) -> int:
        """Start of the clause holding ``pos`` (``back`` clauses earlier), not before ``lo``;
        ``fine`` counts list commas (、) as clause marks too."""
        marks = self.fine_marks if fine else self.marks
        i = bisect.bisect_left(marks, pos) - 1 - back
        return max(marks[i] + 1, lo) if i >= 0 else lo

    def clause_end(self, pos: int, hi: int, ahead: int = 0, *, fine: bool = False) -> int:
        """End of the clause holding ``pos`` (``ahead`` clauses later), not after ``hi``."""
        marks = self.fine_marks if fine else self.marks
        i = bisect.bisect_left(marks, pos) + ahead
        return min(marks[i], hi) if i < len(marks) else hi

    def item_head(self, pos: int, limit: int = 40) -> int | None:
        """Start of the paragraph holding ``pos`` when it opens with a short numbered heading
        sentence (3、建设视频会议系统。…): the heading names the topic of what follows."""
        p_start, _ = self.paragraph(pos)
        s_start, _ = self.sentence(pos)
        if s_start <= p_start:
            return None
        _, head_end = self.sentence(p_start)
        if head_end - p_start <= limit and _HEADING.match(self.text, p_start, head_end):
            return p_start
        return None

    def passage(self, start: int, end: int, limit: int = 160) -> tuple[int, int]:
        """The sentence around ``start:end``; in a long run-on sentence, the clauses around it."""
        s, e = self.sentence(start)
        e = max(e, min(end, len(self.text)))
        if e - s <= limit:
            return s, e
        lo = self.clause_start(start, s, back=1, fine=True)
        hi = self.clause_end(end, e, ahead=1, fine=True)
        hi = min(hi + 1, e) if hi < e else e  # keep the closing mark
        return lo, max(hi, end)


def layout(text: str) -> Layout:
    """Split ``text`` into sentences (at 。！？； and line ends) and lines."""
    sentences: list[tuple[int, int]] = []
    pos = 0
    soft = _soft_breaks(text)
    for m in _SENT_END.finditer(text):
        if m.start() in soft:
            continue
        end = m.end() if m.group() != "\n" else m.start()
        if end > pos and text[pos:end].strip():
            sentences.append((pos, end))
        pos = m.end()
    if pos < len(text) and text[pos:].strip():
        sentences.append((pos, len(text)))
    paragraphs: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            paragraphs.append((pos, pos + len(line)))
        pos += len(line) + 1
    return Layout(text, sentences, paragraphs)


def _level(marker: str) -> int:
    if marker.startswith("第"):
        return 1
    if marker[0] in "一二三四五六七八九十":
        return 1
    if marker[0] in "（(" and marker[1] in "一二三四五六七八九十":
        return 2
    if marker[0].isdigit():
        return 3
    return 4


def outline(text: str) -> tuple[OutlineNode, ...]:
    """The heading tree of ``text``: numbered headings with their level, title and section span.

    Examples:
        >>> [(n.level, n.marker, n.section) for n in outline("一、现状\\n(一)网络\\n二、目标\\n")]
        [(1, '一、', 'status'), (2, '(一)', 'status'), (1, '二、', 'plan')]
    """
    found = []
    for m in _HEADING.finditer(text):
        title = m.group("title")
        cut = re.search(r"[。；;！？]", title)
        if cut:
            title = title[: cut.start()]
        title = title.strip()
        if not title:
            continue
        found.append((m.start(), _level(m.group("marker")), m.group("marker").strip(), title))
    # One pass with a stack of open headings: a heading closes every open one of its level or
    # deeper, and the open one left on top encloses it (no rescan per heading: linear).
    ends = [len(text)] * len(found)
    parents: list[int | None] = [None] * len(found)
    open_: list[int] = []
    for i, (start, level, _, _) in enumerate(found):
        while open_ and found[open_[-1]][1] >= level:
            ends[open_.pop()] = start
        parents[i] = open_[-1] if open_ else None
        open_.append(i)
    nodes: list[OutlineNode] = []
    for i, (start, level, marker, title) in enumerate(found):
        section = "status" if _STATUS.search(title) else "plan" if _PLAN.search(title) else None
        parent = parents[i]
        if section is None and parent is not None:  # inherit from the enclosing heading
            section = nodes[parent].section
        nodes.append(
            OutlineNode(level=level, marker=marker, title=title, start=start, end=ends[i], section=section)
        )
    return tuple(nodes)


_TITLE_BAD = re.compile(r"[。！？：:]$|^[（(]?作者|^来源|^发布|^日期|^\d{4}[-年]")  # 各位代表： is a salutation
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")  # a Markdown heading's marker is not part of its title


def document_title(text: str) -> tuple[str | None, int]:
    """The heading that opens ``text`` (and where it ends), or None.

    A first line is a title when it is short and does not end like a sentence.
    """
    first = text.split("\n", 1)[0].strip()
    marker = _MD_HEADING.match(first)
    if marker:
        first = first[marker.end() :].strip()
    if not first or len(first) > 80 or _TITLE_BAD.search(first) or first.count("，") > 1:
        return None, 0
    if is_label(first):  # a metadata label left in the text (标题 with no value) names nothing
        return None, 0
    return first, text.find(first) + len(first)


_BYLINE = re.compile(r"^[ \t\u3000]*作者[：:、\s]+(?P<who>[^\n]{2,30})$", re.MULTILINE)
_BYLINE_END = re.compile(r"[。，,”\"]\s*作者[：:、\s]+(?P<who>[\u4e00-\u9fff、，,· ]{2,20})\s*$")
_ISSUER = re.compile(
    r"^(?P<who>[\u4e00-\u9fff（）()、]{4,60}?(?:人民政府|政府|办公室|办公厅|委员会|局|厅|部|委|中心)(?:办公室|办公厅)?)关于(?:印发|转发|下发)",
    re.MULTILINE,
)


def document_author(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The author of a byline (作者：…) or the body that issues a 印发 notice, with its span."""
    head = text[:600]
    m = _BYLINE.search(head)
    if m:
        return m.group("who").strip(), m.span("who")
    m = _ISSUER.search(head)
    if m:
        who = m.group("who")
        from ..parse.regions import find_regions

        # "新疆维吾尔自治区克孜勒苏…自治州人民政府办公室": drop the province that prefixes a prefecture
        ms = [r for r in find_regions(who) if r.kind == "name"]
        if len(ms) >= 2 and ms[0].start == 0 and ms[1].start == ms[0].end:
            s = m.start("who") + ms[0].end
            return who[ms[0].end :], (s, m.end("who"))
        return who, m.span("who")
    tail = text[-200:]
    m = _BYLINE_END.search(tail)
    if m:
        who = m.group("who").strip("、，, ")
        off = len(text) - len(tail)
        return who, (off + m.start("who"), off + m.start("who") + len(who))
    return None, None


_GENRE_CUES = ("speech", "plan", "issued", "notice", "report", "news", "voice")
_GENRE_WHERE = ("title", "opening", "body")
_OPENING = 1000  # the opening a report introduces itself in
_VOICE_MIN = 2  # the institution's own voice (我市) this often makes an article


@data_cache()
def _genre_cues() -> dict[tuple[str, str], tuple[re.Pattern[str], list[str], list[str]]]:
    out: dict[tuple[str, str], tuple[re.Pattern[str], list[str], list[str]]] = {}
    for origin, (cue, where, rx, yes, no) in data_records("genre_cues.tsv", 5):
        if cue not in _GENRE_CUES or where not in _GENRE_WHERE:
            raise DataFileError(origin, f"({cue!r}, {where!r}) is not a genre cue and place")
        if (cue, where) in out:
            raise DataFileError(origin, f"({cue!r}, {where!r}) is written twice")
        flags = re.MULTILINE if where == "opening" else 0
        out[cue, where] = (
            data_regex(origin, rx, flags),
            yes.split("|") if yes else [],
            no.split("|") if no else [],
        )
    return out


def genre_cue_examples() -> dict[tuple[str, str], tuple[re.Pattern[str], list[str], list[str]]]:
    """Each genre cue of ``data/genre_cues.tsv`` with the examples it must and must not match."""
    return dict(_genre_cues())


def document_genre(title: str | None, text: str, has_byline: bool) -> Genre:
    """The genre from the title's wording, the opening, the byline and the text's voice.

    The first rule that fires wins: a speech, plan, notice or report by its title (a title
    ending in 通知/公告 is a plan only when it issues one: 关于印发《…规划》的通知), (or a
    speech by its salutation, a report by introducing itself: 下面就…作一汇报, 【概况】); an
    article by its byline; news when a news marker (新华社, 本报讯, 记者, 据悉 …) is present; an
    article when the institution writes about itself (我市, 我县 …) without one; news otherwise.

    Examples:
        >>> document_genre("衡阳市：电子政务建管模式创新", "近年来，我市电子政务……我市", False).value
        'article'
        >>> document_genre("门户网站建设工作会议", "记者从昨天召开的会议上了解到，我市……我市", False).value
        'news'
    """
    cues = _genre_cues()
    t = title or ""
    body = text[len(t) :] if text.startswith(t) else text
    opening = body[:_OPENING]
    places = {"title": t, "opening": opening, "body": body}

    def fires(cue: str, where: str) -> bool:
        rule = cues.get((cue, where))
        return rule is not None and rule[0].search(places[where]) is not None

    if fires("speech", "title") or fires("speech", "opening"):
        return Genre.SPEECH
    if fires("plan", "title") and (not fires("notice", "title") or fires("issued", "title")):
        return Genre.PLAN  # a notice that names a plan without issuing it stays a notice
    if fires("notice", "title"):
        return Genre.NOTICE
    if fires("report", "title") or fires("report", "opening"):
        return Genre.REPORT
    if has_byline or "作者系" in text[-300:]:
        return Genre.ARTICLE
    if fires("news", "body"):
        return Genre.NEWS
    voice = cues.get(("voice", "body"))
    if voice is not None and len(voice[0].findall(body)) >= _VOICE_MIN:
        return Genre.ARTICLE
    return Genre.NEWS
