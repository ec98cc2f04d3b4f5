"""Document dating: the order of trust, each source recorded, and the consistency checks."""

from __future__ import annotations

import datetime as dt

import pytest

from egovkit import DateSource, FuzzyDate, Milestone, MilestoneCategory, Status, parse, parse_many
from egovkit.extract.dating import check_milestone_dates, find_document_date
from egovkit.model import Evidence

SOURCES = [
    ("signature", "现印发给你们，请认真贯彻执行。\n二〇一〇年八月十一日\n", "2010-08-11", "signature", False),
    (
        "speech_dateline",
        "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：",
        "2024-03-05",
        "dateline",
        False,
    ),
    (
        "headnote",
        "关于政府工作报告的决议\n（2023年3月13日第十四届全国人民代表大会第一次会议通过）\n会议听取了报告。",
        "2023-03-13",
        "signature",
        False,
    ),
    (
        "headnote_revised",
        "条例\n（1991年3月4日国务院令第76号发布　2018年9月6日国务院第23次常务会议修订通过）\n第一条",
        "2018-09-06",
        "signature",
        False,
    ),
    (
        "news_dateline",
        "〔2012〕3号\n新华社北京3月5日电 国务院今天召开常务会议。",
        "2012-03-05",
        "dateline",
        True,
    ),
    ("title_year", "2019年政府工作报告\n各位代表：2018年经济平稳运行。", "2019", "title", True),
    ("doc_number", "国办发〔2012〕24号\n各省、自治区、直辖市人民政府：", "2012", "doc_number", True),
    (
        "npc_session",
        "各位代表：\n现在，我代表国务院，向第十届全国人民代表大会第四次会议作政府工作报告。",
        "2006-03",
        "congress",
        True,
    ),
    ("since_session", "第八届全国人民代表大会第一次会议以来的五年，经济持续发展。", "1998", "congress", True),
    (
        "year_since_session",
        "根据第六届全国人民代表大会第一次会议的决议努力工作。一年来，成就显著。",
        "1984",
        "congress",
        True,
    ),
    (
        "term_spoken_of_as_past",
        "各位代表：\n过去五年的回顾\n第五届全国人民代表大会期间，经济得到恢复。1982年粮食增产。",
        "1983-06",
        "congress",
        True,
    ),
    (
        "last_year_tied_to_a_session",
        "按照去年五届人大四次会议的精神，1985年产值达到8710亿元。",
        "1982",
        "congress",
        True,
    ),
    (
        "last_year_tied_to_a_congress",
        "去年召开的党的第十一次全国代表大会，作了总结。",
        "1978",
        "congress",
        True,
    ),
    (
        "this_year_tied_to_a_congress",
        "按照今年党的十二大的精神，1985年产值达到8710亿元。",
        "1982",
        "congress",
        True,
    ),
    (
        "review_heading",
        "一、2024年工作回顾\n2024年经济增长5%。\n二、2025年政府工作任务",
        "2025",
        "latest_done",
        True,
    ),
    ("reports_and_plans", "2004年，经济增长9.5%。2005年要继续加强宏观调控。", "2005", "latest_done", True),
    (
        "latest_done",
        "2005年2月完成一期工程，2006年全面开通，2006年还要推广应用。今年将全面推进。",
        "2006",
        "latest_done",
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "iso", "source", "inferred"), [c[1:] for c in SOURCES], ids=[c[0] for c in SOURCES]
)
def test_each_source_dates_a_document(text: str, iso: str, source: str, inferred: bool) -> None:
    found = find_document_date(text)
    assert found is not None
    assert (found.date.iso, found.source.value, found.inferred) == (iso, source, inferred)


TARGETS = [
    ("deadline", "2005年完成一期工程。到2035年基本实现现代化。"),
    ("before", "2005年完成一期工程。2020年前全面建成。"),
    ("vision", "2005年完成一期工程，制定2035年远景目标。"),
    ("cited_title", "2005年完成一期工程，落实《2006—2020年国家信息化发展战略》和《2030年规划》。"),
    ("stray_cited_year", "2004年完成一期工程，2005年完成二期。我国在1985年曾有过类似经验。"),
    ("cited_number", "2005年完成一期工程，根据《战略》(中办发〔2008〕11号)推进。"),
]


@pytest.mark.parametrize("text", [c[1] for c in TARGETS], ids=[c[0] for c in TARGETS])
def test_targets_and_cited_years_never_date_a_document(text: str) -> None:
    # told twice, a target or cited year would pass for a year reported as done
    found = find_document_date(text + text + "2005年还要全面推广。今年要继续推进。")
    assert found is not None
    assert (found.date.year, found.source) == (2005, DateSource.LATEST_DONE)


@pytest.mark.parametrize(
    "text",
    [
        "今年是全面贯彻党的二十大精神的开局之年。",  # 今年 is not tied to the congress
        "去年五届人大四次会议和去年党的十二大都作了部署。",  # two ties that disagree
        "第六届全国人民代表大会期间通过了这部法律。",  # a term named, but no review of it
    ],
)
def test_a_loose_session_or_congress_does_not_date_a_document(text: str) -> None:
    assert find_document_date(text) is None


def test_years_told_only_as_past_do_not_date_a_document() -> None:
    # 2004年, 2008年 with nothing that ties the text to its present bound its date from below only
    assert find_document_date("2004年成为试点城市，2008年建成门户网站。") is None
    # a year told once, with neither neighbour told, is a cited one even beside 今年 (the text
    # may be from 2010: 2009年荣获…称号。今年年初…)
    assert find_document_date("2004年成为试点城市，2009年荣获优秀奖。今年年初成为示范县。") is None
    # years reported as done, none planned in: the text may be of the latest or any later year
    assert find_document_date("2007年成为试点城市，2008年建成门户网站。今年要全面推广。") is None
    # the latest done year is also one the text plans in, and 今年 ties it to its present
    found = find_document_date("2007年成为试点城市，2008年建成门户网站，2008年还要全面推广。今年要抓好落实。")
    assert found is not None and found.date.year == 2008


def test_the_one_year_a_text_estimates_is_its_present_when_it_estimates_this_year() -> None:
    # a report of August 1980 planning 1981: 1981 is told as done once and planned, but the
    # year it estimates (预计) is the one running, and it estimates 今年 too
    text = (
        "1980年上半年，工业总产值比去年同期增长。1980年计划正在顺利执行，预计超额完成。"
        "从1981年开始，试行征收固定资金占用费。1981年要继续调整。明年计划从今年预计的1.03比1改为1比1。"
    )
    found = find_document_date(text)
    assert found is not None and found.date.year == 1980
    other = find_document_date(text.replace("今年预计的", "今年的"))  # no present estimated: 1981
    assert other is not None and other.date.year == 1981


def test_a_text_is_no_later_than_the_year_after_one_it_estimates() -> None:
    # 1964 is estimated, so the text is of 1964 or 1965: not of 1966, which it plans
    text = "1964年工业总产值，预计比1963年增长15%。1965年预算收支平衡，1965年增产节约。1966年要开始第三个五年计划。"
    assert find_document_date(text) is None
    assert find_document_date(text.replace("预计比", "比")) is not None  # without the estimate, 1966


def test_a_text_of_2010_speaking_of_2009_emits_no_milestone_of_this_year() -> None:
    # dev 104's pattern: with no date, 今年年初 is not resolved to the year told last
    doc = parse(
        "靖边县政府网站2007年位列第162位。2009年荣获“中国政府网站优秀奖”称号。\n今年年初，靖边县被确定为电子政务建设示范县。"
    )
    assert doc.date is None
    assert all(ms.date.year != 2009 or "今年" not in ms.evidence.quote for ms in doc.milestones)
    assert [w.code for w in doc.warnings] == ["undated_relative"]  # and the user is told why
    dated = parse(doc.raw, date="2010-06-01")
    assert not any(w.code == "undated_relative" for w in dated.warnings)


def test_stronger_sources_win() -> None:
    text = "国办发〔2012〕24号\n2019年全面开通。\n二〇一三年一月九日\n"
    assert find_document_date(text).source is DateSource.SIGNATURE  # type: ignore[union-attr]
    meta = find_document_date(text, published="2013-01-10", written="2013-01-09")
    assert meta is not None and meta.source is DateSource.METADATA_WRITTEN and meta.date.iso == "2013-01-09"
    assert find_document_date(text, published="2013-01-10").source is DateSource.METADATA_PUBLISHED  # type: ignore[union-attr]
    caller = find_document_date(text, date=dt.date(2020, 5, 1), written="2013-01-09")
    assert caller is not None and caller.source is DateSource.CALLER and caller.date.iso == "2020-05-01"


def test_reference_is_a_fallback_before_the_latest_done_guess() -> None:
    text = "2005年完成一期工程。"
    assert find_document_date(text, reference="2007").source is DateSource.REFERENCE  # type: ignore[union-attr]
    signed = find_document_date("现印发给你们。\n二〇一〇年八月十一日\n", reference="2007")
    assert signed is not None and signed.date.iso == "2010-08-11"
    assert find_document_date("没有日期的文本") is None


def test_caller_date_wins_over_what_the_text_says() -> None:
    doc = parse("现印发给你们。\n二〇一〇年八月十一日\n今年建成电子政务外网。", date="2021-03-05")
    assert doc.date is not None and doc.date.iso == "2021-03-05"
    assert doc.date_source is DateSource.CALLER and not doc.date_inferred
    assert all(m.date.year == 2021 for m in doc.milestones if "外网" in m.event)


def test_parse_records_the_source() -> None:
    assert parse("现印发给你们。\n二〇一〇年八月十一日\n").date_source is DateSource.SIGNATURE
    assert parse("没有日期的文本").date_source is None
    assert parse("没有日期的文本", reference="2007").date_source is DateSource.REFERENCE


def test_parse_many_passes_the_date_on() -> None:
    (doc,) = parse_many(["二〇一〇年八月十一日\n"], workers=1, date="2021")
    assert not isinstance(doc, Exception)
    assert doc.date.iso == "2021" and doc.date_source is DateSource.CALLER  # type: ignore[union-attr]


def _milestone(text: str, quote: str, date: FuzzyDate, status: Status) -> Milestone:
    start = text.index(quote)
    ev = Evidence(
        start=start, end=start + len(quote), quote=quote, raw_start=start, raw_end=start + len(quote)
    )
    return Milestone(date=date, event=quote, category=MilestoneCategory.MEETING, status=status, evidence=ev)


def test_a_done_event_after_the_document_is_reanchored_or_flagged() -> None:
    from egovkit import find_dates

    text = "2008年，全县11月7日召开了电子政务会议。"
    dates = find_dates(text, reference="2008")
    read = next(d for d in dates if d.text == "11月7日")
    assert read.anchor_kind == "discussed_year" and read.value == FuzzyDate(
        year=2008, month=11, day=7, inferred=True
    )
    ms = _milestone(text, "全县11月7日召开了电子政务会议", read.value, Status.DONE)
    fixed, warnings = check_milestone_dates([ms], dates, FuzzyDate(year=2008, month=3))
    assert fixed[0].date.iso == "2007-11-07" and [w.code for w in warnings] == ["date_reanchored"]
    explicit = _milestone(text, "全县11月7日召开了电子政务会议", FuzzyDate(year=2009), Status.DONE)
    kept, warnings = check_milestone_dates([explicit], dates, FuzzyDate(year=2008, month=3))
    assert kept[0].date.iso == "2009" and [w.code for w in warnings] == ["done_after_document_date"]


def test_a_plan_due_well_before_the_document_is_flagged() -> None:
    text = "到2001年建成电子政务网络。"
    ms = _milestone(text, "建成电子政务网络", FuzzyDate(year=2001), Status.PLANNED)
    _, warnings = check_milestone_dates([ms], [], FuzzyDate(year=2008))
    assert [w.code for w in warnings] == ["planned_before_document_date"]
    _, none = check_milestone_dates([ms], [], FuzzyDate(year=2002))
    assert none == []


def test_dating_reads_a_bounded_stretch_around_each_year(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each stated year is judged by its own sentence, at most a few hundred characters, even in
    a text with no sentence end: the work grows with n, not n² (2010年 × 4n costs about 4x)."""
    from egovkit.extract import dating

    searched: list[int] = []
    real = dating._sentence

    def counting(text: str, pos: int) -> str:
        sentence = real(text, pos)
        searched.append(len(sentence))
        return sentence

    monkeypatch.setattr(dating, "_sentence", counting)

    def cost(n: int) -> int:
        searched.clear()
        find_document_date("2010年" * n)
        return sum(searched)

    small, large = cost(300), cost(1200)
    assert small > 0
    assert large < 6 * small, f"4x the years read {large / small:.1f}x the characters"


@pytest.mark.parametrize(
    "heading", ["三、2011年的工作", "二、2011年工作总体部署", "三、2011年政府工作任务", "二、2011年主要任务"]
)
def test_a_heading_laying_out_a_years_work_dates_the_text_in_that_year(heading: str) -> None:
    # without the heading the target year 2012 (told with no 到) would pass for the latest done
    text = f"各位代表：\n一、过去五年的回顾\n2010年经济增长10%。\n{heading}\n2011年，是开局之年。2012年财政支出比例达到4%。\n"
    found = find_document_date(text)
    assert found is not None and found.date.year == 2011


def test_a_bracketed_day_under_the_title_dates_the_speech() -> None:
    doc = parse("在全省电子政务工作会议上的讲话\n\n（2019年3月5日）\n\n同志们：\n今年要完成电子政务外网建设。")
    assert doc.date is not None and doc.date.iso == "2019-03-05"
    assert doc.date_source is DateSource.DATELINE
    assert [m.date.year for m in doc.milestones if m.date] == [2019]


def test_a_bracketed_day_inside_prose_dates_nothing() -> None:
    doc = parse("工作会议\n会议强调（2019年3月5日）要完成外网建设。今年要完成电子政务外网建设。")
    assert doc.date_source is not DateSource.DATELINE


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("同志们：\n现在，我代表第十四届中央委员会向大会作报告。今年要加快改革。", 1997),
        ("同志们！\n我代表中央委员会向第十次全国代表大会作报告。", 1973),
        ("——在中国共产党第十九次全国代表大会上的报告\n同志们：\n今年要加快改革。", 2017),
        # the congress the opening speaks of as under way; 去年逝世的 alone would say 1976
        ("同志们！\n中国共产党第十一次全国代表大会，现在开幕了。\n为悼念去年逝世的同志。", 1977),
        ("同志们！\n中国共产党第九次全国代表大会，将是一次有深远影响的代表大会。", 1969),
    ],
)
def test_a_report_made_to_a_party_congress_is_dated_by_that_congress(opening: str, year: int) -> None:
    found = find_document_date(opening)
    assert found is not None and found.date.year == year and found.source is DateSource.CONGRESS


def test_a_congress_merely_studied_dates_nothing() -> None:
    assert find_document_date("同志们：\n要学习贯彻党的第十九次全国代表大会精神。") is None
    assert find_document_date("同志们：\n中国共产党第十二次全国代表大会，提出了新的任务。") is None
