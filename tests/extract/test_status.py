"""Done or planned: what a dated clause's words, and when in its year the document was written, tell."""

from __future__ import annotations

import pytest

from egovkit import parse


def _statuses(text: str, reference: str) -> list[tuple[str, str]]:
    doc = parse("政府工作报告\n" + text, reference=reference)
    return [(m.date.iso, m.status.value) for m in doc.milestones]


@pytest.mark.parametrize(
    "text",
    [
        "着眼于建设基本卫生保健制度，今年重点抓好四件事：一是积极推行新型农村合作医疗制度。",
        "增加农机具购置补贴种类，从今年起农机具购置补贴覆盖到所有农业县。",
        "今年不再批准设立各类新的开发区。",
        "实行新的工资办法，国家机关和事业单位从今年7月开始算起。",
        "从今年起，应当分别召开各种专业会议，研究提高产量的办法。",
    ],
    ids=["programme", "from-this-year", "no-more", "counted-from-a-month", "modal-before-a-bare-done-word"],
)
def test_the_years_programme_in_a_report_written_early_in_it_is_planned(text: str) -> None:
    # a report dated by its year alone that speaks of the year as ahead (今年的主要任务)
    assert [s for _, s in _statuses("今年的主要任务是：\n" + text, "2007")] == ["planned"], text


def test_a_summary_dated_by_its_year_that_plans_nothing_for_it_tells_its_year_done() -> None:
    # no month told done and nothing said of the year as ahead: no reason to read it as early
    doc = parse("克州2008年电子政务工作总结\n今年全州建成视频会议系统。明年要继续推进。", reference="2008")
    assert [m.status.value for m in doc.milestones if m.date.year == 2008] == ["done"]


@pytest.mark.parametrize(
    "text",
    [
        "今年签署了关于禁止化学武器的公约。",
        "国务院已于今年初作出决定，对基本建设实行“三保三压”的方针。",
        "今年初，中共中央、国务院召开民族工作会议。",
        "价格改革，经过认真测算，今年决定采取放调结合、小步前进的方针。",
    ],
    ids=["perfective", "already", "held", "decided"],
)
def test_what_the_year_has_done_is_done_in_any_report(text: str) -> None:
    assert [s for _, s in _statuses(text, "2007")] == ["done"], text


def test_a_review_written_late_in_its_year_tells_its_year_done() -> None:
    # the text tells August of its year done: it was written after it, the year is reviewed
    text = "8月7日，全市电子政务工作会议召开了。从今年开始，电子政务建设全面提速。"
    assert _statuses(text, "2006") == [("2006-08-07", "done"), ("2006", "done")]
    # the same sentence in a report written in March is the year's programme
    assert _statuses("从今年开始，电子政务建设全面提速。", "2006-03") == [("2006", "planned")]


def test_the_documents_own_day_is_not_its_programme() -> None:
    got = _statuses("（2023年3月13日第十四届全国人民代表大会第一次会议通过）\n会议批准这个报告。", "2023-03-13")
    assert ("2023-03-13", "done") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "社会主义建设获得了巨大成绩，使我们有可能在今年完成第一个五年计划。",
        "炼焦、炼铁、炼钢、初轧可望在今年内陆续投产。",
    ],
    ids=["possible", "expected"],
)
def test_a_prospect_is_planned_even_late_in_the_year(text: str) -> None:
    assert [s for _, s in _statuses(text, "1957-06-26")] == ["planned"], text


@pytest.mark.parametrize(
    "text",
    [
        "1984年，在国营企业推行利改税和计划体制改革。",
        "一九五三年国家开始有计划建设以后，对许多重要原料实行统一分配。",
        "一九七一年三月制定《纪要》反革命武装政变计划，九月八日发动反革命武装政变。",
    ],
    ids=["plan-system", "planned-adverb", "plan-noun-ending-a-clause"],
)
def test_plan_as_a_noun_does_not_make_a_past_event_planned(text: str) -> None:
    got = _statuses(text, "1985")
    assert got and got[0][1] == "done", got


def test_a_month_gone_by_when_a_later_one_is_told_done_is_past() -> None:
    # the report tells January to September done: it was written after February
    text = "在城镇中，今年1至9月安排了四百七十七万人就业。今年2月，国务院修订国民经济计划。"
    got = _statuses(text, "1981")
    assert ("1981-02", "done") in got, got
    # without the later month told done, the report may have been written before February ended
    assert _statuses("今年2月，国务院修订国民经济计划。", "1981") == [("1981-02", "planned")]


def test_a_schedule_over_years_is_planned_whenever_the_document_was_written() -> None:
    text = "为此，建议从1996年开始逐年扩招，分3年落实，至1998年达到2000名的招生规模。"
    got = _statuses(text, "1996-07-17")
    assert got and got[0] == ("1996", "planned"), got
