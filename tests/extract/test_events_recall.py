"""Milestone recall on e-government genres: the patterns of official prose that date an event
although the date's own clause does not name it (a yearly deadline from a first year on, two
targets of one list told in the same words)."""

from __future__ import annotations

import pytest

from egovkit import parse
from egovkit.extract.events import has_event, milestone_category


def _milestones(text: str, reference: str = "2018-12-06") -> list[tuple[str, str | None, str]]:
    doc = parse("通知\n" + text, reference=reference)
    return [
        (m.date.iso, m.date.qualifier.value if m.date.qualifier else None, m.event) for m in doc.milestones
    ]


def test_a_yearly_deadline_from_a_first_year_on_is_dated_by_its_first_occurrence() -> None:
    found = _milestones(
        "从2019年起，各有关部门于每年2月底前，研究提出拟予督查激励的地方名单，报送国务院办公厅。"
    )
    assert [(iso, q) for iso, q, _ in found] == [("2019-02", "by")]
    found = _milestones("2020年起，每年1月底前完成上述工作。2020年起，每年2月底前完成上述工作。")
    assert [(iso, q) for iso, q, _ in found] == [("2020-01", "by"), ("2020-02", "by")]


def test_a_start_year_without_a_yearly_deadline_keeps_its_year() -> None:
    found = _milestones("从2019年起，各地全面推行政务公开标准目录。")
    assert [(iso, q) for iso, q, _ in found] == [("2019", None)]


def test_two_targets_told_in_the_same_words_with_other_levels_are_two_milestones() -> None:
    found = _milestones("到2020年，畜禽粪污综合利用率达到75%以上。到2020年，秸秆综合利用率达到85%以上。")
    assert [(iso, q) for iso, q, _ in found] == [("2020", "by"), ("2020", "by")]
    assert "秸秆" in found[1][2]


def test_what_takes_effect_or_stops_on_the_day_of_issue_takes_the_documents_date() -> None:
    found = _milestones(
        "自本通知印发之日起，《关于加大激励支持力度的通知》停止执行。\n国务院办公厅\n2018年12月6日"
    )
    assert ("2018-12-06", None) in [(iso, q) for iso, q, _ in found]
    assert any("停止执行" in event for _, _, event in found)
    doc = parse("通知\n本办法自发布之日起施行。", reference="2012-03-05")
    (m,) = doc.milestones
    assert (m.date.iso, m.date.inferred, m.category.value, m.status.value) == (
        "2012-03-05",
        True,
        "policy",
        "done",
    )


def test_a_stretch_counted_from_the_day_of_issue_or_an_undated_document_dates_nothing() -> None:
    assert parse("通知\n各地自本通知印发之日起30日内报送方案。", reference="2012-03-05").milestones == ()
    assert parse("通知\n本办法自发布之日起施行。", reference="2012").milestones == ()


def test_a_date_heading_a_list_of_events_dates_each_item_after_a_semicolon() -> None:
    text = (
        "2008年，我市网站在全省政府网站评估中位列第3位；在全国绩效评估中，我市门户网站排名第40位；"
        "全市信息化工作连续5年夺冠；两项工作双双夺魁。"
    )
    found = _milestones(text, reference="2009")
    assert [iso for iso, _, _ in found] == ["2008", "2008", "2008"]
    assert "排名第40位" in found[1][2] and "双双夺魁" in found[2][2]  # not the stretch of 5 years


def test_the_list_stops_at_a_date_of_its_own_and_skips_a_figure() -> None:
    text = "2008年，市政府网站正式开通；网站访问量已经达到120万人次；2009年，网站进行了改版。"
    found = _milestones(text, reference="2010")
    assert [iso for iso, _, _ in found] == ["2008", "2009"]


def test_a_date_inside_its_sentence_does_not_date_the_next_one() -> None:
    found = _milestones("我市于2008年建成电子政务外网；市政府网站荣获全省优秀网站称号。", reference="2010")
    assert [iso for iso, _, _ in found] == ["2008"]


def test_setting_up_a_number_of_offices_is_an_organisation_change() -> None:
    doc = parse("年鉴\n2011年3月，区电子政务中心设两个股室：综合股和业务股。", reference="2012")
    (m,) = doc.milestones
    assert (m.date.iso, m.category.value, m.status.value) == ("2011-03", "organization", "done")


def test_building_a_count_and_a_forbidden_setup_are_no_organisation_changes() -> None:
    assert has_event("全县要建设两个服务中心") is False  # 建设 (to build) holds no 设 (to set up)
    assert has_event("2011年，各地不要设两个机构") is False
    assert has_event("2011年，各地不得设立新的机构") is False


def test_fostering_a_batch_of_enterprises_under_a_deadline_is_a_target() -> None:
    found = _milestones("到2020年，各地大宗固体废物利用水平全面提升，培育一批资源化利用骨干企业。")
    assert ("2020", "by") in [(iso, q) for iso, q, _ in found]
    assert any("培育一批" in event for _, _, event in found)
    assert not has_event("培育新的经济增长点")


def test_a_sentence_told_as_happening_at_the_same_time_takes_the_date_before() -> None:
    text = "2008年，我市实施政府网站整合。同时，我市还在全省首创网络发言人制度。此后网站访问量稳步增长。"
    found = _milestones(text, reference="2010")
    assert [iso for iso, _, _ in found] == ["2008", "2008"]
    assert "首创" in found[1][2]
    found = _milestones(
        "我市于2008年实施政府网站整合。同时，我市还在全省首创网络发言人制度。", reference="2010"
    )
    assert [iso for iso, _, _ in found] == ["2008"]  # the date does not head its sentence


def test_an_event_retold_in_fewer_words_is_one_milestone() -> None:
    text = "自2008年我市实施政府网站整合后，网站群逐步完善。2008年，我市实施网站整合，形成了网站群体系。"
    assert [iso for iso, _, _ in _milestones(text, reference="2010")] == ["2008"]
    text = "2008年，我市建成电子政务内网。2008年，我市建成电子政务外网。"
    assert [iso for iso, _, _ in _milestones(text, reference="2010")] == ["2008", "2008"]
    text = "2008年，市里建成政务内网系统。2008年，市里建成政务外网系统。"  # most pairs shared, one word other
    assert [iso for iso, _, _ in _milestones(text, reference="2010")] == ["2008", "2008"]


@pytest.mark.parametrize(
    ("event", "category"),
    [
        ("国务院关于同意某市高新区建设国家自主创新示范区的批复", "recognition"),
        ("2000年，网站正式改名为某市综合信息网", "website"),
        ("到2019年底，研究建立全市考核评价体系", "policy"),
        ("到2020年底，实现联合监管全覆盖", "policy"),
        ("到2020年，全面推行环境污染责任保险", "policy"),
        ("2001年，又撤销了9个行业主管局", "organization"),
        ("2008年，建成全市电子政务信息网络", "network"),
    ],
    ids=[
        "designated-zone",
        "information-site",
        "assessment-system",
        "supervision",
        "rolled-out",
        "abolished",
        "network",
    ],
)
def test_general_cues_give_the_category(event: str, category: str) -> None:
    assert milestone_category(event).value == category


def test_an_items_category_comes_from_its_heading_not_the_sentences_between() -> None:
    text = (
        "（三）推进农业绿色生产。\n（三）促进废弃物利用。各地建立集中处置中心，生产有机肥。"
        "到2020年，秸秆综合利用率达到85%以上。"
    )
    doc = parse("方案\n" + text, reference="2019")
    assert [m.category.value for m in doc.milestones] == ["other"]


def test_a_part_of_a_target_after_qizhong_is_a_target_but_a_breakdown_is_not() -> None:
    found = _milestones("到2020年，全市大中型矿山达到绿色矿山标准，其中煤矸石等固体废物实现全部利用。")
    assert [(iso, q) for iso, q, _ in found] == [("2020", "by"), ("2020", "by")]
    assert "全部利用" in found[1][2]
    found = _milestones("到2020年，全市建成电子政务外网，其中县级节点二十个。")
    assert [(iso, q) for iso, q, _ in found] == [("2020", "by")]


def test_the_latest_of_events_counted_before_takes_its_date_and_their_predicate() -> None:
    found = _milestones("网站先后进行了5次改版，最近一次为2011年7月，内容更加丰富。", reference="2012")
    assert [iso for iso, _, _ in found] == ["2011-07"]
    assert "改版" in found[0][2]


def test_an_assessment_or_inspection_carried_out_is_an_event_a_system_of_it_is_not() -> None:
    assert has_event("2011年底对各镇街的电子政务工作进行指导和考核")
    assert has_event("今年各地要对最低工资标准的执行情况进行一次检查")
    assert not has_event("把推进情况纳入年度考核体系")


def test_a_disaster_or_accident_that_happened_is_an_event_a_count_of_them_is_not() -> None:
    assert has_event("2003年5月13日，某煤矿发生特大瓦斯爆炸事故")
    assert has_event("去年长江流域发生历史罕见的洪涝灾害")
    assert not has_event("1995年全国共发生5级以上地震48次")
    assert not has_event("全年发生地震12次")


@pytest.mark.parametrize(
    ("heading", "category"),
    [
        ("国务院关于促进某某区高质量发展的若干意见", "policy"),
        ("国务院办公厅关于对第五次大督查发现的典型经验做法给予表扬的通报", "recognition"),
    ],
    ids=["several-opinions", "commendation"],
)
def test_a_notice_of_several_opinions_or_a_circular_is_issued_on_its_signature_date(
    heading: str, category: str
) -> None:
    doc = parse(f"{heading}\n各省、自治区、直辖市人民政府：\n现予通报。\n国务院办公厅\n2018年11月19日\n")
    issued = [m for m in doc.milestones if m.date.iso == "2018-11-19"]
    assert [(m.event, m.category.value) for m in issued] == [(heading, category)]


def test_a_commendation_meeting_is_a_meeting() -> None:
    assert milestone_category("去年召开了全国民族团结进步表彰大会").value == "meeting"


@pytest.mark.parametrize(
    "clause",
    [
        "2008年1月，新版政府网站正式启用",
        "2010年，市网上审批系统投用",
        "2009年，建设方案通过省工信厅组织的专家评审",
        "2007年，我市被列入全国电子政务试点城市",
        "2012年，市政府与某公司签约共建数据中心",
    ],
    ids=["brought-into-use", "put-to-use", "passed-review", "listed", "signed"],
)
def test_e_government_predicates_of_use_review_listing_and_signing_are_events(clause: str) -> None:
    assert has_event(clause)


def test_the_day_a_port_is_brought_into_use_is_a_reference_not_an_event() -> None:
    assert not has_event("土地使用期限自口岸启用之日起至2047年6月30日止")


def test_a_listing_among_pilots_is_a_recognition() -> None:
    assert milestone_category("2007年，我市被列入全国电子政务试点城市").value == "recognition"


def test_an_item_with_a_month_of_its_own_is_not_dated_by_the_heading() -> None:
    text = "2008年，市政府网站正式开通；3月，市电子政务中心挂牌成立。"
    found = _milestones(text, reference="2009")
    assert sorted(iso for iso, _, _ in found) == ["2008", "2008-03"]
