"""The region of a fact whose clause names several places: the region they share (a list of
cities → their province; a line between two provinces → the country), never the first or the
last place of the list; a superior of the document's subject is passed over."""

from __future__ import annotations

import pytest

from egovkit import parse


def _milestone_regions(text: str, year: int) -> list[tuple[str, str | None]]:
    return [(m.date.iso, m.region) for m in parse(text, reference=str(year)).milestones]


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        pytest.param(
            "国务院办公厅关于加快铁路建设的通知\n我国铁路建设进展顺利，全国路网扩大，上海站改造完成，2015年，合肥—南京高速铁路建成通车。",
            2016,
            [("2015", "CN")],
            id="a-span-across-two-provinces-is-the-countrys",
        ),
        pytest.param(
            "国务院政府工作报告\n我国的国防建设取得进展，上海经济发展较快，到一九六八年九月西藏、新疆成立革命委员会。",
            1969,
            [("1968-09", "CN")],
            id="a-list-of-provinces-is-the-countrys",
        ),
        pytest.param(
            "伊犁州电子政务工作报告\n伊犁州2008年建成电子政务内网。2009年，塔城、阿勒泰两个地区建成电子政务外网。",
            2009,
            [("2008", "654000"), ("2009", "654000")],
            id="a-list-sharing-a-superior-of-the-subject-is-passed-over",
        ),
    ],
)
def test_a_list_or_span_of_places_takes_the_region_they_share(
    text: str, year: int, want: list[tuple[str, str | None]]
) -> None:
    assert _milestone_regions(text, year) == want


def test_a_national_sum_after_a_list_of_provinces_is_not_the_last_province() -> None:
    text = (
        "国务院政府工作报告\n我国社会保障体系逐步完善。将试点范围扩大到黑龙江和吉林两省。"
        "今年，中央财政安排补助资金779亿元。"
    )
    doc = parse(text, reference="2002")
    assert [(i.name, i.region) for i in doc.indicators] == [("funds", "CN")]


def test_places_a_title_lists_give_their_facts_and_plans_the_region_they_share() -> None:
    title = "国务院关于同意乌鲁木齐、昌吉、石河子高新技术产业开发区建设国家自主创新示范区的批复"
    text = f"{title}\n新疆维吾尔自治区人民政府：\n2018年11月23日，国务院批准三个开发区建设国家自主创新示范区。\n"
    doc = parse(text, reference="2018-11-23")
    assert [r.code for r in doc.regions][:3] == ["650100", "652300", "659001"]  # each place stays a subject
    assert [p.region for p in doc.plans if p.title == title] == ["650000"]
    assert {m.region for m in doc.milestones} <= {"650000"}


def test_a_name_qualified_by_its_province_is_the_narrower_one() -> None:
    doc = parse("关于印发新疆乌鲁木齐市电子政务建设规划的通知\n各区县人民政府：现印发给你们。", reference="2010")
    assert {p.region for p in doc.plans} == {"650100"}
