"""When a document was written, from the strongest evidence there is (an order of trust).

1. ``caller``: the date passed as ``parse(..., date=...)``; it wins over everything.
2. ``metadata_written`` / ``metadata_published``: the page's 成文日期 / 发布日期 (passed in by
   whoever read the page's metadata).
3. ``signature``: an issue date closing a paragraph or standing on its own line
   (…现印发给你们。二〇一〇年八月十一日), or a note under the title giving the day the text
   was adopted (（2023年3月13日第十四届全国人民代表大会第一次会议通过）).
4. ``dateline``: a speech's dateline (——2024年3月5日在…会议上) or a news dateline
   (新华社北京3月5日电, whose year comes from the sources below).
5. ``title``: the year of a report or speech named in its title (2019年政府工作报告).
6. ``doc_number``: the year of a document number (〔2012〕24号).
7. ``congress``: the session a report is addressed to (向第十届全国人民代表大会第四次会议作…
   → 2006-03) or counts from (…第一次会议以来的五年 → 1998; 过去五年的回顾 … 第五届全国人民
   代表大会期间 → the sixth term's first session); a 去年/今年 tied to a dated session or
   congress (去年五届人大四次会议 → 1982); a party congress (十七大) with a later month-day
   (11月7日) fixes year and month.
8. ``reference``: the caller's ``reference=``, a fallback that still beats the guess below.
9. ``latest_done``: the latest year the text reports as done, when the text says it is its
   present. Targets (到2035年, 2020年前, 2035年远景目标) and cited titles (《2006—2020年…》)
   never date a document. A text that reports one year and plans the next (2024年工作回顾 …
   2025年政府工作任务) was written in the year it plans; one that reports a year, plans in it
   and says 今年/去年 in that year. Years told only as past, or only once with neither
   neighbour told (2009年荣获…。今年年初…), bound the date from below only: no date. A year
   whose figures are estimates (1980年…预计) is the present when the text estimates 今年 too,
   and the text is never later than the year after it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..lexicon.resources import CueRow, cue_table, data_cache, data_rows
from ..model import DateSource, FuzzyDate, Milestone, ParseWarning, Qualifier, Status
from ..parse import find_dates, find_eras
from ..parse.dates import DateMatch, Reference, as_reference, date_cue
from ..parse.numerals import chinese_to_int

__all__ = ["DocumentDate", "check_milestone_dates", "date_document", "find_document_date"]

# The document's own number stands on a line of its own (国办发〔2012〕24号); one cited in the
# body (《…》(中办发〔2006〕11号), 东河编办发[2011]5号文件) is another document's.
_DOC_NUMBER_YEAR = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff]{0,12}[〔\[［(（](19\d\d|20\d\d)[〕\]］)）][ \t]?\d{1,4}号[ \t\u3000]*$",
    re.MULTILINE,
)
_CLOSING = re.compile(r"[ \t]*(?:\n|$)")
_SPEECH_DATELINE = re.compile(r"^[ \t\u3000]*(?:[—－-]{1,2})?[ \t\u3000]*$")
_NPC = re.compile(
    r"(?P<to>向)?第?(?P<k>[一二三四五六七八九十]{1,3})届全国人(?:民代表大会|大)"
    r"(?!常)(?:第?(?P<n>[一二三四五六七八九十]{1,2})次(?:全体)?会议)?"
)
# 三、2011年的工作 / 二、2012年工作总体部署 / 三、2019年政府工作任务: a numbered heading naming the
# tasks of a year, which the text plans in the year it is written
_NUMBERED_HEAD = re.compile(r"(?:^|\n)[ \t\u3000]*[一二三四五六七八九十]{1,3}、[ \t\u3000]*$")
# 第六届全国人民代表大会期间: a term spoken of as a stretch of the past
_TERM_DURING = re.compile(r"第(?P<k>[一二三四五六七八九十]{1,3})届全国人民代表大会期间")
# a session (第五届全国人民代表大会第三次会议, 五届人大四次会议) or a party congress (党的第十一次全国
# 代表大会, 十二大) that a 去年/今年 may be tied to
_DATED_EVENT = re.compile(
    r"第?(?P<k>[一二三四五六七八九十]{1,3})届(?:全国)?人(?:民代表大会|大)第?(?P<n>[一二三四五六七八九十]{1,2})次(?:全体)?会议"
    r"|第(?P<c>[一二三四五六七八九十]{1,3})次全国代表大会"
    r"|(?<![一二三四五六七八九十])(?P<e>[八九]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?)大(?![学会厦道量型小批家力楼众战师])"
)
_DEICTIC_YEAR = re.compile(r"去年|今年")
_CUE_MODES = {
    "plan_sentence": "search",
    "present": "search",
    "review_after": "after",
    "task_after": "after",
    "target_after": "after",
    "session_since_after": "after",
    "term_review": "search",
    "deictic_link": "link",
    "headnote": "search",
    "estimate_after": "after",
    "present_estimate": "search",
    "own_title": "search",
    "news_agency": "search",
    "congress_addressed": "search",
}
_OPENING = 1500  # where a dateline, an addressed session or a review opening is looked for


@dataclass(frozen=True)
class DocumentDate:
    """A document's date, whether it was inferred, and where it came from."""

    date: FuzzyDate
    inferred: bool
    source: DateSource


@data_cache()
def _sessions() -> dict[tuple[int, int], FuzzyDate]:
    return {(int(k), int(n)): FuzzyDate.from_iso(d) for k, n, d in data_rows("npc_sessions.tsv", 3)}


@data_cache()
def _dating_cues() -> dict[str, CueRow]:
    return cue_table("dating_cues.tsv", tuple(_CUE_MODES))


@data_cache()
def _news_dateline() -> re.Pattern[str]:
    """新华社北京3月5日电: an agency of ``news_agency``, a place, a month-day and 电/讯."""
    return re.compile(
        rf"(?:{dating_cue('news_agency').pattern})[^\n，。、]{{0,12}}?"
        r"(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日(?:电|讯)"
    )


def dating_cue(kind: str) -> re.Pattern[str]:
    """The compiled cue words of ``data/dating_cues.tsv`` for one kind.

    A kind ending in ``_after`` is matched at a position (``.match(text, end)``), one ending in
    ``_link`` must match a whole stretch (``.fullmatch``); the others are searched.

    Examples:
        >>> bool(dating_cue("plan_sentence").search("2005年要继续加强宏观调控"))
        True
        >>> bool(dating_cue("review_after").match("一、2024年工作回顾", 8))
        True
    """
    return _dating_cues()[kind][0]


def dating_cue_examples(kind: str) -> tuple[str, list[str], list[str]]:
    """How a dating cue kind is applied (``search``, ``after`` or ``link``) and the examples
    it must and must not match, from the data file."""
    _, yes, no = _dating_cues()[kind]
    return _CUE_MODES[kind], yes, no


def find_document_date(
    text: str,
    *,
    title: str | None = None,
    date: Reference = None,
    written: Reference = None,
    published: Reference = None,
    reference: Reference = None,
) -> DocumentDate | None:
    """The document's date from the strongest source that gives one (see the module doc).

    Args:
        text: the cleaned text.
        title: the document's title, when it is known apart from the text.
        date: the caller's date (wins over everything).
        written: the page metadata's 成文日期.
        published: the page metadata's 发布日期.
        reference: the caller's fallback, used before the latest year reported as done.

    Examples:
        >>> find_document_date("现印发给你们，请认真贯彻执行。二〇一〇年八月十一日\\n").source.value
        'signature'
        >>> d = find_document_date("一、2004年工作回顾\\n2004年经济平稳较快发展。")
        >>> d.date.iso, d.source.value
        ('2005', 'latest_done')
    """
    for given, source in (
        (date, DateSource.CALLER),
        (written, DateSource.METADATA_WRITTEN),
        (published, DateSource.METADATA_PUBLISHED),
    ):
        value = as_reference(given)
        if value is not None:
            return DocumentDate(value.model_copy(update={"inferred": False}), False, source)
    matches = find_dates(text)
    signed = _signature(text, matches) or _headnote(text, matches)
    if signed is not None:
        return signed
    day_line = _day_line(text, matches)
    if day_line is not None:
        return day_line
    speech = _speech_dateline(text, matches)
    if speech is not None:
        return speech
    year = _year_sources(text, title, matches)
    news = _news_dateline().search(text, 0, min(len(text), _OPENING))
    if news is not None:
        base = year.date.year if year is not None else None
        ref = as_reference(reference)
        if base is None and ref is not None:
            base = ref.year
        if base is not None:
            try:
                day = FuzzyDate(
                    year=base, month=int(news.group("m")), day=int(news.group("d")), inferred=True
                )
            except ValueError:
                day = None
            if day is not None:
                return DocumentDate(day, True, DateSource.DATELINE)
    if year is not None:
        return year
    ref = as_reference(reference)
    if ref is not None:
        return DocumentDate(ref.model_copy(update={"inferred": True}), True, DateSource.REFERENCE)
    return _latest_done(text, matches) or _party_congress(text, matches)


def date_document(text: str) -> tuple[FuzzyDate | None, bool]:
    """Return the document's date and whether it was inferred (``find_document_date`` without
    metadata, caller or reference).

    Examples:
        >>> date_document("现印发给你们，请认真贯彻执行。二〇一〇年八月十一日\\n克州规划")[0].iso
        '2010-08-11'
    """
    found = find_document_date(text)
    return (found.date, found.inferred) if found is not None else (None, False)


def _signature(text: str, matches: list[DateMatch]) -> DocumentDate | None:
    for m in matches:
        v = m.value
        if v is None or v.day is None or v.end is not None or m.relative:
            continue
        if _CLOSING.match(text, m.end):
            return DocumentDate(
                v.model_copy(update={"qualifier": None, "inferred": False}), False, DateSource.SIGNATURE
            )
    return None


def _headnote(text: str, matches: list[DateMatch]) -> DocumentDate | None:
    """The note under a title giving the day the text was adopted or issued (题注:
    （2023年3月13日第十四届全国人民代表大会第一次会议通过）); of several days in one note
    (…发布　2018年9月6日…修订通过) the latest, the version at hand."""
    for _, line_start, line_end in _opening_days(text, matches):
        line = text[line_start:line_end].strip(" \t\u3000")
        if not line.startswith(("（", "(")) or not dating_cue("headnote").search(line):
            continue
        days = [d.value for d in matches if line_start <= d.start < line_end and _is_day(d) and d.value]
        latest = max(days, key=lambda d: d.earliest())
        return DocumentDate(
            latest.model_copy(update={"qualifier": None, "inferred": False}), False, DateSource.SIGNATURE
        )
    return None


def _day_line(text: str, matches: list[DateMatch]) -> DocumentDate | None:
    """A day alone in brackets on its own line in the opening, the form under the title of a
    speech or report (（2017年10月18日）): the day it was given."""
    for m, line_start, line_end in _opening_days(text, matches):
        before = text[line_start : m.start].strip(" \t\u3000")
        after = text[m.end : line_end].strip(" \t\u3000")
        if (before, after) in (("（", "）"), ("(", ")")) and m.value is not None:
            return DocumentDate(
                m.value.model_copy(update={"qualifier": None, "inferred": False}), False, DateSource.DATELINE
            )
    return None


def _opening_days(text: str, matches: list[DateMatch]) -> Iterator[tuple[DateMatch, int, int]]:
    """Each full day stated in the opening, with the bounds of its line."""
    for m in matches:
        if m.start > _OPENING:
            break
        if not _is_day(m):
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        yield m, line_start, len(text) if line_end < 0 else line_end


def _is_day(m: DateMatch) -> bool:
    """A single day the text states in full (not relative, not a span)."""
    return m.value is not None and m.value.day is not None and m.value.end is None and not m.relative


def _speech_dateline(text: str, matches: list[DateMatch]) -> DocumentDate | None:
    """——2024年3月5日在第十四届全国人民代表大会第二次会议上: the day a speech was given."""
    for m in matches:
        if m.start > _OPENING:
            break
        v = m.value
        if v is None or v.day is None or v.end is not None or m.relative:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if _SPEECH_DATELINE.match(text[line_start : m.start]) and text.startswith("在", m.end):
            return DocumentDate(v.model_copy(update={"qualifier": None}), False, DateSource.DATELINE)
    return None


def _year_sources(text: str, title: str | None, matches: list[DateMatch]) -> DocumentDate | None:
    """The title's own year, a document number's year, or the session a report is addressed to."""
    own = title if title is not None else _first_line(text)
    if own and dating_cue("own_title").search(own):
        years = [
            m.value.year
            for m in find_dates(own)
            if m.value is not None and m.value.end is None and m.value.qualifier is not Qualifier.BY
        ]
        if years:
            return DocumentDate(FuzzyDate(year=max(years), inferred=True), True, DateSource.TITLE)
    number = _DOC_NUMBER_YEAR.search(text)
    if number:
        return DocumentDate(FuzzyDate(year=int(number.group(1)), inferred=True), True, DateSource.DOC_NUMBER)
    session = _addressed_session(text) or _addressed_congress(text, title)
    if session is not None:
        return DocumentDate(session.model_copy(update={"inferred": True}), True, DateSource.CONGRESS)
    tied = _tied_year(text)
    if tied is not None:
        return DocumentDate(FuzzyDate(year=tied, inferred=True), True, DateSource.CONGRESS)
    return None


def _tied_year(text: str) -> int | None:
    """The year a 去年/今年 tied to a dated session or congress makes the present: 去年五届人大四次
    会议 (1981) → 1982, 去年召开的党的第十一次全国代表大会 (1977) → 1978, 今年党的十二大 → 1982.
    None when no word is so tied, or when two ties disagree."""
    link = dating_cue("deictic_link")
    years: set[int] = set()
    for d in _DEICTIC_YEAR.finditer(text):
        event = _DATED_EVENT.search(text, d.end(), min(len(text), d.end() + 40))
        if event is None or event.start() - d.end() > 12 or not link.fullmatch(text, d.end(), event.start()):
            continue
        held = _event_date(event)
        if held is not None:
            years.add(held.year + (1 if d.group() == "去年" else 0))
    return years.pop() if len(years) == 1 else None


def _event_date(m: re.Match[str]) -> FuzzyDate | None:
    """When a session (term, session number) or a party congress (by number or name) was held."""
    if m.group("k"):
        return _sessions().get((chinese_to_int(m.group("k")), chinese_to_int(m.group("n"))))
    name = f"{m.group('c')}大" if m.group("c") else m.group()
    eras = [e for e in find_eras(name) if e.kind == "congress" and e.text == name]
    return eras[0].date if eras else None


def _party_congress(text: str, matches: list[DateMatch]) -> DocumentDate | None:
    """The latest party congress (十七大) when a later month-day (11月7日) fixes year and month."""
    eras = [e for e in find_eras(text) if e.kind == "congress"]
    if eras:
        era = max(eras, key=lambda e: e.date)
        later = [
            m
            for m in matches
            if m.value is None
            and m.month is not None
            and era.date.month is not None
            and m.month >= era.date.month
        ]
        if later:
            month = max(m.month or 1 for m in later)
            return DocumentDate(
                FuzzyDate(year=era.date.year, month=month, inferred=True), True, DateSource.CONGRESS
            )
    # An era marker alone (党的十六大报告提出…) only bounds the date from below: no date.
    return None


def _first_line(text: str) -> str | None:
    for line in text.lstrip().split("\n", 3)[:3]:
        line = line.strip()
        if line:
            return line if len(line) <= 60 and "。" not in line else None
    return None


def _addressed_session(text: str) -> FuzzyDate | None:
    """The NPC session a report is made to, named in its opening (向第五届全国人民代表大会第一次
    会议作政府工作报告; ——…在第十届全国人民代表大会第四次会议上)."""
    for m in _NPC.finditer(text, 0, min(len(text), _OPENING)):
        before = text[max(0, m.start() - 3) : m.start()]
        if not (m.group("to") or before.endswith("在") or re.search(r"[—－]\s*$", before)):
            continue
        after = text[m.end() : m.end() + 12]
        if not m.group("to") and not after.startswith("上"):
            continue
        if m.group("to") and not re.match(r"[^。\n]{0,6}(?:作|报告|提出)", after):
            continue
        k = chinese_to_int(m.group("k"))
        n = chinese_to_int(m.group("n")) if m.group("n") else 1
        found = _sessions().get((k, n))
        if found is not None:
            return found
    return _counted_from_session(text)


@data_cache()
def _congresses() -> dict[int, FuzzyDate]:
    """When each national party congress was held, by its number (十九大 → 19)."""
    return {
        chinese_to_int(name.removesuffix("大")): FuzzyDate.from_iso(start)
        for kind, name, start, _ in data_rows("eras.tsv", 4)
        if kind == "congress"
    }


def _addressed_congress(text: str, title: str | None) -> FuzzyDate | None:
    """The party congress a report is made to, named in its title or opening (向第十次全国代表大会
    作报告; 在中国共产党第十九次全国代表大会上的报告; 我代表第十四届中央委员会向大会作报告 → 十五大;
    中国共产党第十一次全国代表大会，现在开幕了)."""
    cue = dating_cue("congress_addressed")
    m = (cue.search(title) if title else None) or cue.search(text, 0, min(len(text), _OPENING))
    if m is None:
        return None
    named = m.group("o") or m.group("c") or m.group("d")
    number = chinese_to_int(named) if named else chinese_to_int(m.group("k")) + 1
    return _congresses().get(number)


def _counted_from_session(text: str) -> FuzzyDate | None:
    """A stretch counted from a session the opening names: 第八届全国人民代表大会第一次会议以来的
    五年 (1993 + 5), …第一次会议的决议……。一年来 (+1): the report is made that many years on.
    A review of the past five years that speaks of a whole term as past (过去五年的回顾 …
    第五届全国人民代表大会期间) opens the next term: its first session."""
    for t in _TERM_DURING.finditer(text, 0, min(len(text), _OPENING)):
        if dating_cue("term_review").search(text, max(0, t.start() - 60), t.start()):
            opened = _sessions().get((chinese_to_int(t.group("k")) + 1, 1))
            if opened is not None:
                return opened
    for m in _NPC.finditer(text, 0, min(len(text), _OPENING)):
        if not m.group("n"):
            continue
        since = dating_cue("session_since_after").match(text[m.end() : m.end() + 90])
        session = _sessions().get((chinese_to_int(m.group("k")), chinese_to_int(m.group("n"))))
        if since is None or session is None:
            continue
        years = chinese_to_int(since.group("n") or since.group("m"))
        return FuzzyDate(year=session.year + years)
    return None


def _latest_done(text: str, matches: list[DateMatch]) -> DocumentDate | None:
    """The latest year the text reports as done (a year told once, whose neighbours the text
    never names, is a cited one and set aside): the year after it when the text plans that
    year explicitly (2024年工作回顾 … 2025年政府工作任务), itself when the text plans in it too
    and says 今年/去年, else None (a year reported as done only bounds the date from below)."""
    done: Counter[int] = Counter()
    planned: set[int] = set()
    for m in matches:
        v = m.value
        if v is None or m.relative or m.role != "date" or v.end is not None or v.qualifier is Qualifier.BY:
            continue
        if _is_target(text, m) or _in_cited_title(text, m.start):
            continue
        if dating_cue("plan_sentence").search(_sentence(text, m.start)):
            planned.add(v.year)
        else:
            done[v.year] += 1
    reviewed = [
        m.value.year
        for m in matches
        if m.value is not None
        and m.value.end is None
        and not m.relative
        and dating_cue("review_after").match(text, m.end)
    ]
    if reviewed:  # 一、2024年工作回顾: written the year after the one it reviews
        return DocumentDate(FuzzyDate(year=max(reviewed) + 1, inferred=True), True, DateSource.LATEST_DONE)
    tasks = [
        m.value.year
        for m in matches
        if m.value is not None
        and m.value.end is None
        and m.value.month is None
        and not m.relative
        and dating_cue("task_after").match(text, m.end)
        and _NUMBERED_HEAD.search(text, max(0, m.start - 12), m.start)
    ]
    if tasks:  # 三、2011年的工作: the year whose work it lays out is the year it is written
        return DocumentDate(FuzzyDate(year=max(tasks), inferred=True), True, DateSource.LATEST_DONE)
    # A year whose figures are estimates (1980年计划正在顺利执行，预计…; 比1980年预计增加) is the
    # year running or the one just ended: the text is of that year or the next, no later.
    estimated = {
        m.value.year
        for m in matches
        if m.value is not None
        and m.value.end is None
        and not m.relative
        and not _is_target(text, m)
        and dating_cue("estimate_after").match(text, m.end)
    }
    if len(estimated) == 1 and set(done) & estimated and dating_cue("present_estimate").search(text):
        # …明年计划从今年预计的1.03比1改为1比1: the present is the one year it estimates
        return DocumentDate(FuzzyDate(year=min(estimated), inferred=True), True, DateSource.LATEST_DONE)
    told = set(done) | planned
    only_plans = not done
    if only_plans:  # every year is told in a sentence of plans: the present is the nearest of them
        done = Counter(planned)
        planned = set()
    if not done:
        return None
    # A year told once, with neither neighbour told, is a cited one (1985年…), not the present.
    kept = [y for y in done if done[y] >= 2 or y - 1 in told or y + 1 in told]
    if not kept and not only_plans:
        return None  # every year told as done is a cited one: nothing ties the text to its present
    latest = max(kept or done)
    if latest + 1 in planned:
        latest += 1  # it reports one year and plans the next: written at the turn, in the next
    elif not (only_plans or latest in planned) or not dating_cue("present").search(text):
        # A year reported as done is the present only when the text also plans in it and ties
        # itself to a present (今年, 去年); else it bounds the date from below (the text may be of
        # that year or any later one): no date.
        return None
    if estimated and latest > max(estimated) + 1:
        return None  # later than the year after one whose figures are still estimates
    return DocumentDate(FuzzyDate(year=latest, inferred=True), True, DateSource.LATEST_DONE)


def _sentence(text: str, pos: int) -> str:
    lo = max(0, pos - 200)
    start = max(max(text.rfind(c, lo, pos) for c in "。！？\n") + 1, lo)  # bounded both ways
    ends = [e for e in (text.find(c, pos, pos + 200) for c in "。！？\n") if e >= 0]
    return text[start : min(ends) if ends else min(len(text), pos + 200)]


def _is_target(text: str, m: DateMatch) -> bool:
    if date_cue("target_before").search(text, max(0, m.start - 4), m.start):
        return True
    return bool(dating_cue("target_after").match(text[m.end : m.end + 4]))


def _in_cited_title(text: str, pos: int) -> bool:
    """Inside 《…》 (a cited document's name)."""
    opened = text.rfind("《", max(0, pos - 40), pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


_WELL_BEFORE_DAYS = 366  # a plan due more than a year before the document was written is suspect


def check_milestone_dates(
    milestones: list[Milestone], dates: list[DateMatch], doc_date: FuzzyDate | None
) -> tuple[list[Milestone], list[ParseWarning]]:
    """Re-examine milestones whose date disagrees with the document's, and flag what stands.

    A ``done`` milestone after the document's date usually has the wrong anchor: when its date
    was read from a word of the year under discussion (11月7日, 年底) it is re-read in the
    document's own year (or the year before, when that is still after the document); if it
    then falls before the document it is kept so, with a ``date_reanchored`` warning, else it
    is kept as read with a ``done_after_document_date`` warning. A ``planned`` milestone due
    more than a year before the document gets a ``planned_before_document_date`` warning.
    With no document date, a text that counts dates from its own year (今年, 去年12月) gets one
    ``undated_relative`` warning.
    """
    if doc_date is None:
        return milestones, _undated_relatives(dates)
    out: list[Milestone] = []
    warnings: list[ParseWarning] = []
    latest, earliest = doc_date.latest(), doc_date.earliest()
    for ms in milestones:
        ev = ms.evidence
        if ms.status is Status.DONE and ms.date.earliest() > latest:
            fixed = _reanchored(ms, dates, doc_date)
            if fixed is not None:
                warnings.append(
                    ParseWarning(
                        code="date_reanchored",
                        message=f"a done event read as {ms.date.iso}, after the document's date "
                        f"{doc_date.iso}, was re-read in the document's year: {fixed.iso}",
                        raw_start=ev.raw_start,
                        raw_end=ev.raw_end,
                    )
                )
                ms = ms.model_copy(update={"date": fixed})
            else:
                warnings.append(
                    ParseWarning(
                        code="done_after_document_date",
                        message=f"a done event dated {ms.date.iso} is after the document's date {doc_date.iso}",
                        raw_start=ev.raw_start,
                        raw_end=ev.raw_end,
                    )
                )
        elif ms.status is Status.PLANNED and (earliest - ms.date.latest()).days > _WELL_BEFORE_DAYS:
            warnings.append(
                ParseWarning(
                    code="planned_before_document_date",
                    message=f"a planned event due {ms.date.iso} is well before the document's date {doc_date.iso}",
                    raw_start=ev.raw_start,
                    raw_end=ev.raw_end,
                )
            )
        out.append(ms)
    return out, warnings


def _undated_relatives(dates: list[DateMatch]) -> list[ParseWarning]:
    """One ``undated_relative`` warning when the text says 今年, 去年 … but dates itself nowhere:
    what those words tell is left undated rather than put in a guessed year."""
    left = [d for d in dates if d.relative and d.value is None and d.unresolved and "year" in d.unresolved]
    if not left:
        return []
    shown = "、".join(dict.fromkeys(d.text for d in left[:3]))
    return [
        ParseWarning(
            code="undated_relative",
            message=f"the text gives no date of its own, so {len(left)} date{'s' if len(left) > 1 else ''} "
            f"counted from its year ({shown} …) left unresolved, their events undated; "
            "pass date= or reference=",
        )
    ]


def _reanchored(ms: Milestone, dates: list[DateMatch], doc_date: FuzzyDate) -> FuzzyDate | None:
    """The milestone's date re-read in the document's year, if it was anchored on another year."""
    ev = ms.evidence
    for d in dates:
        if not (ev.start <= d.start < ev.end) or d.value != ms.date or d.value.end is not None:
            continue
        if d.anchor_kind not in ("discussed_year", "previous_date"):
            continue
        for year in (doc_date.year, doc_date.year - 1):
            try:
                moved = d.value.model_copy(update={"year": year})
                moved = FuzzyDate.model_validate(moved.model_dump())
            except ValueError:
                continue
            if moved.earliest() <= doc_date.latest():
                return moved
    return None
