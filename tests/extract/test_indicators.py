"""Indicators that hold: subject and number in one clause, levels not changes, names that fit.

Each case is one sentence of the kind official prose is made of; the must-not cases are the
errors a loose keyword match makes (a change read as a level, a subject the name does not fit).
"""

from __future__ import annotations

import pytest

import egovkit
from egovkit.model import Approx

MUST = [
    # text, name, values in order
    ("level_over_change", "一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。", "funds", [29.7e12]),
    ("end_of_change", "长途光缆线路长度由1997年的15万公里增加到2002年的47万公里。", "fiber_length", [470000]),
    ("servers", "机房现有服务器28台。", "servers", [28]),
    ("staff", "网管中心编制10人。", "staff", [10]),
    ("staff_linked", "电子政务专职工作人员达到390余人。", "staff", [390]),
    (
        "list_of_regions",
        "外网已覆盖到31个省、自治区、直辖市,160多个地市州,420多个区县。",
        "connected_regions",
        [31, 160, 420],
    ),
    ("terminals", "接入终端近31万台。", "connected_terminals", [310000]),
    ("satisfaction", "群众满意率96%。", "satisfaction_rate", [96]),
    ("info_items", "网站群共发布政府信息232.6万多条。", "info_items", [2326000]),
    ("websites_after", "以80个市级部门网站为子站。", "gov_websites", [80]),
    ("built_of", "建立了由33个子网站组成的网站群。", "gov_websites", [33]),
    ("revisions", "网站已相继进行了8次改版。", "website_revisions", [8]),
    ("ethnic_groups", "同心协力建设56个民族共同团结奋斗的家园。", "ethnic_groups", [56]),
    ("population", "全县总人口35万人。", "population", [350000]),
    ("funds_after", "专门划拨80多万元专项资金。", "funds", [800000]),
    ("subjectless", "国家将继续增加对电子政务的投入，“十一五”期间将达到2000亿元。", "funds", [2e11]),
    ("approvals_cut", "国务院各部门取消和调整行政审批项目692项。", "approvals_removed", [692]),
    ("visits", "政府门户网站全年访问量达到120万人次。", "website_visits", [1_200_000]),
    ("regions_with_websites", "全省已有15个地市建立了政府网站。", "gov_websites", [15]),
    ("info_industry", "全市电子信息产业实现销售收入120亿元。", "info_industry_revenue", [1.2e10]),
    ("online_systems", "开通了网上审批系统5个。", "applications", [5]),
    ("share_in_words", "全区已有一半以上的乡镇开通了政府网站。", "website_coverage", [50]),
    ("fraction_share", "三分之一的县建立了信息化工作机构。", "institution_share", [100 / 3]),
    ("trained_after_list", "累计扩招413万人、培训8300多万人次。", "trained_people", [83_000_000]),
    ("yearly_budget", "市财政每年安排专项资金3000万元以上。", "funds", [30_000_000]),
    ("more_than_is_a_level", "安排资金3000万元以上，用于网站建设。", "funds", [30_000_000]),
    ("townships_joined", "全县12个乡镇全部开通了政务外网。", "connected_townships", [12]),
    ("online_in_words", "我市政务服务事项网上可办率达到98%。", "online_services_share", [98]),
    ("paid_from_revenue", "今年拟从去年超收收入中安排500亿元设立基金。", "funds", [5e10]),
]


@pytest.mark.parametrize(("text", "name", "values"), [c[1:] for c in MUST], ids=[c[0] for c in MUST])
def test_indicator_found(text: str, name: str, values: list[float]) -> None:
    got = [i.quantity.value for i in egovkit.parse(text).indicators if i.name == name]
    assert got == pytest.approx(values)


MUST_NOT = [
    ("class_not_ethnic", "把工人阶级同民族资产阶级这两个阶级之间的矛盾当作人民内部矛盾来处理。"),
    ("poverty_change", "农村贫困人口减少1442万人。"),
    ("per_person_land", "按农业人口达到一人一亩旱涝保收、高产稳产农田。"),
    ("river_basin", "黄河全长四千八百多公里，流域面积七十四万五千平方公里。"),
    ("growth_rate", "财政收入增长10.1%。"),
    ("start_of_change", "农村贫困人口由4960万人减少到2820万人。"),
    ("sampled_websites", "在全国抽检的400多个县级政府网站中排名第一。"),
    ("gang_of_four", "“四人帮”胡说参加过民主革命的就是资产阶级民主派。"),
    ("per_capita_standard", "人均基本公共卫生服务经费补助标准由35元提高到40元。"),
    ("clinics_not_townships", "为1.17万个乡镇卫生院配备了医疗设备。"),
    ("special_zones", "在深圳、珠海、汕头、厦门四个地区试办的经济特区。"),
    ("each_session", "每一期的轮训或培训完毕后，都要进行严格的考试。"),
    ("size_threshold", "其中已开工建设的投资在五亿元以上的重大建设项目有九十三个。"),
    ("switch_not_server", "核心交换机1台,服务器群交换机1台。"),
    ("network_named_not_joined", "已有8个中央政务部门的业务在政务外网上试运行。"),
    # a condition every applicant must meet is a rule, not money anyone holds
    ("registration_threshold", "地方性法人社会团体应有5万元以上资金。"),
    ("threshold_in_a_list", "非法人社会团体还应有固定的联络地点、5000元以上的资金。"),
    ("floor", "活动资金不少于10万元。"),
    ("only_then", "注册资金100万元以上方可申请。"),
    ("required_level", "申请单位的注册资金应在500万元以上。"),
    ("cap", "对符合条件的企业给予最高100万元的资金补助。"),
    ("cap_on_a_count", "设区的市级政府网站数量原则上不超过1个。"),
    ("condition_clause", "单笔资金超过50万元的，需经集体研究决定。"),
    ("size_class", "总投资5000万元以上的项目由国务院投资主管部门核准。"),
    ("per_unit", "中央财政对每个项目补助资金300万元。"),
    # an estimate a later one replaced, the base of a fraction, an increase told as 增加的
    ("superseded_estimate", "项目原估算总投资5亿元。"),
    ("base_of_a_fraction", "国家有关部门已承诺负担投资5亿元的2/3。"),
    ("increase_with_de", "后增加的3.5亿元资金尚未落实。"),
    # the members of a set that have a property are not the set (nor a scope a noun can name)
    ("websites_with_a_property", "国务院各部门网站中有31个开通了英文版。"),
    ("subset_with_a_property", "其中3个部门网站开通了多语种外文版本。"),
    # a name only where the subject fits it
    ("sewage_not_cases", "2003年全国城市污水处理率达到42%。"),
    ("practices_not_approvals", "对推进工作许可制度改革等130项地方典型经验做法予以通报表扬。"),
    ("inspected_websites", "此次检查共发现问题网站35个。"),
    ("qualifications_not_approvals", "取消123项职业资格许可和认定事项。"),
    # townships are joined to a network only when the clause says so; and not those that lack it
    ("townships_governed", "全县辖12个乡镇。"),
    ("townships_inspected", "对全县15个乡镇进行了检查。"),
    ("townships_not_joined", "还有4个乡镇没有接入政务外网。"),
    ("units_not_joined", "有5家单位尚未接入政务外网。"),
    ("intermediaries_not_approvals", "清理规范192项审批中介服务事项。"),
    ("revenue_not_funds", "2019年全国一般公共预算收入190382亿元。"),
]


@pytest.mark.parametrize("text", [c[1] for c in MUST_NOT], ids=[c[0] for c in MUST_NOT])
def test_no_indicator(text: str) -> None:
    assert [(i.name, i.quantity.value) for i in egovkit.parse(text).indicators] == []


def test_fixed_and_mobile_together_is_neither() -> None:
    doc = egovkit.parse("固定电话和移动电话用户由8354万户增加到4.21亿户。")
    assert not [i for i in doc.indicators if i.name in ("mobile_users", "fixed_phone_users")]


def test_comparison_year_is_no_as_of_date() -> None:
    doc = egovkit.parse("中央财政安排社会保障资金2906亿元，比上年增长16.6%。", reference="2004")
    (ind,) = doc.indicators
    assert ind.quantity.value == 2906e8 and ind.date is None


def test_region_facts_must_be_possible_at_the_regions_level() -> None:
    doc = egovkit.parse("中华人民共和国。全国人口1442万人。")  # a country has more than 10⁸ people
    assert doc.regions[0].code == "CN" and doc.regions[0].population is None
    assert [w.code for w in doc.warnings] == ["implausible_region_fact"]
    ok = egovkit.parse("伊犁哈萨克自治州。全州总人口420万人，面积26.8万平方公里。")
    assert ok.regions[0].population is not None and ok.regions[0].population.value == 4_200_000
    assert ok.regions[0].area is not None and ok.regions[0].area.value == 268_000
    assert not ok.warnings


def test_founding_year_is_read_from_the_head_of_the_text() -> None:
    doc = egovkit.parse("克孜勒苏柯尔克孜自治州成立于1954年，全州总人口50万人。")
    assert doc.regions[0].founded == 1954


def test_a_figure_stated_for_a_five_year_period_carries_the_period() -> None:
    (ind,) = egovkit.parse("国家将继续增加对电子政务的投入，“十一五”期间将达到2000亿元。").indicators
    assert ind.period is not None and (ind.period.start_year, ind.period.end_year) == (2006, 2010)
    assert ind.date is None and ind.status.value == "planned"


def test_status_of_a_figure_for_a_five_year_period() -> None:
    past = egovkit.parse(
        "第一个五年计划期间，基本建设投资总额共为四百九十三亿元，超过原定计划。", reference="1959"
    )
    assert [i.status.value for i in past.indicators] == ["done"]  # 原定计划: measured against the plan
    ahead = egovkit.parse("第六个五年计划在这方面安排了三千六百亿元的投资。", reference="1982")
    assert [i.status.value for i in ahead.indicators] == ["planned"]  # the period is not over


def test_a_range_is_no_indicator() -> None:
    # "3 to 5 counties" is an estimate, not the level of two different indicators
    doc = egovkit.parse("2009年，克州建设电子政务外网，连接3-5个县市。")
    assert [i.value.value for i in doc.indicators] == []


def test_head_date_reaches_clauses_joined_by_semicolons() -> None:
    # 2011年共…；…: clauses joined by ； share the time at the sentence's head; a new sentence does not
    doc = egovkit.parse("河口区电子政务\n2011年共发布本地新闻3400条；群众满意率96%。网站现有服务器28台。")
    dates = {i.name: (i.date.iso if i.date else None) for i in doc.indicators}
    assert dates.get("satisfaction_rate") == "2011"
    assert dates.get("servers", "absent") is None


def _facts(text: str, reference: str | None = None) -> list[tuple[float, str, str | None]]:
    doc = egovkit.parse(text, reference=reference)
    return [(i.quantity.value, i.status.value, i.date.iso if i.date else None) for i in doc.indicators]


def test_status_follows_the_part_of_the_report_not_its_items_titles() -> None:
    # （三）…保障… sounds like a task but sits in the review; （二）…基础… the other way round
    text = (
        "一、过去五年工作回顾\n（三）切实保障和改善民生\n全国财政用于文化体育事业支出五年累计3104亿元。\n"
        "二、2008年主要任务\n（二）加强农业基础建设\n中央财政安排补助资金101亿元。"
    )
    assert [s for _, s, _ in _facts(text, "2008")] == ["done", "planned"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("一、2021年工作回顾\n建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围。", "done"),
        ("一、2021年工作回顾\n今年中央财政预算用于支持这项改革的资金将达305亿元。", "planned"),
        ("两年新增4万亿元投资，其中中央财政投资1.26万亿元，主要用于保障性安居工程。", "done"),
        ("“十一五”时期中央财政将投入100亿元。", "planned"),
        ("今年中央预算内投资增加到4776亿元。", "planned"),
        ("今年共安排资金30亿元。", "done"),
        ("新开工10项国家重点建设工程，总投资800亿元。", "planned"),
        ("基本建设总投资额累计完成四百八十七亿七千七百万元。", "done"),
        ("项目建设期为3年，需资金1.5亿元。", "planned"),
    ],
    ids=[
        "object_marker_jiang",
        "modal_jiang",
        "zhuyao_is_no_modal",
        "modal_in_period",
        "this_years_allocation",
        "total_spent",
        "project_cost",
        "total_investment_done",
        "money_needed",
    ],
)
def test_status_from_the_clause(text: str, status: str) -> None:
    assert [s for _, s, _ in _facts(text, "2007" if "十一五" in text else "2022")][-1] == status


def test_a_figure_of_a_plan_draft_is_planned_for_the_plans_period() -> None:
    text = (
        "“七五”计划草案规定，五年内基本建设投资总规模为五千亿元，比“六五”期间增加百分之四十九；"
        "更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七。"
    )
    inds = egovkit.parse(text, reference="1986").indicators
    assert [(i.quantity.value, i.status.value) for i in inds] == [(5e11, "planned"), (2.76e11, "planned")]
    # the period compared with (比“六五”期间) is not the figure's period
    assert all(
        i.period is not None and (i.period.start_year, i.period.end_year) == (1986, 1990) for i in inds
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("部门、地方、企业拥有的预算外资金由的347亿元增加到1670亿元。", [1.67e11]),  # a base, its year lost
        ("基本建设投资多了十五亿元到二十亿元。", []),  # an excess, not a level
        ("1955年决算支出比预算数298亿元少支47亿元。", []),  # the base of a comparison, and the shortfall
        ("去年全国财政比年度预算超收7239亿元。", []),
        ("五年全社会固定资产投资累计完成近1 0 万亿元。", []),  # digits spaced apart: nil is no level
    ],
    ids=["undated_base", "excess_range", "compared_base", "surplus", "nil"],
)
def test_only_levels(text: str, values: list[float]) -> None:
    assert [v for v, _, _ in _facts(text)] == pytest.approx(values)


def test_a_date_inside_a_later_clause_dates_only_its_own_figure() -> None:
    budget = "1956年国家预算规定，本年收入共为297亿元，上年结转收入10亿元，收入总数共为307亿元；支出总数为307亿元。"
    assert _facts(budget, "1956")[-1] == (3.07e10, "done", "1956")  # the head's year, not 上年
    text = (
        "转移支付总额由1997年的664亿元增加到2002年的4025亿元，五年共计12319亿元，其中用于低保的资金1777亿元。"
    )
    assert _facts(text, "2003")[-1] == (1.777e11, "done", None)  # 2002 is the year of 4025亿 only


def test_region_of_a_national_figure() -> None:
    head = "中华人民共和国国务院政府工作报告\n"
    compared = head + "全部房屋建筑面积大体相当于解放前北京市的全部房屋面积的六倍，共用投资一百一十亿元。"
    assert [i.region for i in egovkit.parse(compared, reference="1958").indicators] == ["CN"]
    national = head + "将试点范围扩大到黑龙江和吉林两省。今年，中央财政安排补助资金779亿元。"
    assert [i.region for i in egovkit.parse(national, reference="2004").indicators] == ["CN"]
    local = head + "例如，吉林省有一个制糖厂，花费投资二千七百万元。"
    assert [i.region for i in egovkit.parse(local, reference="1957").indicators] == ["220000"]


def test_the_cost_estimate_of_a_project_is_planned_and_about_when_said_so() -> None:
    doc = egovkit.parse("进一步研究论证后，项目总投资相应调整约为8.5亿元。", reference="2006")
    [ind] = doc.indicators
    assert (ind.name, ind.quantity.value, ind.status.value) == ("funds", 8.5e8, "planned")
    assert ind.quantity.approx is not None and ind.quantity.approx.value == "about"


def test_a_case_handling_rate_keeps_its_name() -> None:
    doc = egovkit.parse("群众来信办结率达到93%。")
    assert [(i.name, i.quantity.value) for i in doc.indicators] == [("resolution_rate", 93)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("今年拟从去年超收收入中安排500亿元设立基金。", "2007"),  # 去年: the year of the surplus
        ("对1954年的灾区，政府继续拨付复堤经费3亿元。", None),  # 1954: the year of the flood
        ("一九五八年的职工工资总额，计划安排为一百五十八亿元。", "1958"),  # the year of its subject
    ],
    ids=["source_of_the_money", "object_of_dui", "subject_of_the_figure"],
)
def test_a_date_qualifying_a_prepositions_object_does_not_date_the_figure(
    text: str, date: str | None
) -> None:
    assert _facts(text, "2007")[-1][2] == date


def test_money_cut_from_a_budget_is_saved() -> None:
    [ind] = egovkit.parse("单是铁道部门的基本建设就节减了预算支出2.45亿元。").indicators
    assert (ind.name, ind.purpose, ind.quantity.value) == ("funds", "saved", 2.45e8)


def test_a_count_of_townships_keeps_its_about() -> None:
    doc = egovkit.parse("电子政务外网已覆盖约为75个乡镇。", reference="2010")
    assert [(i.name, i.quantity.value, i.quantity.approx) for i in doc.indicators] == [
        ("connected_townships", 75, Approx.ABOUT)
    ]


def test_a_projects_cost_told_in_a_review_is_done() -> None:
    text = "政府工作报告\n一、2011年工作回顾\n一批重大项目开工建设，带动总投资3000亿元。\n二、2012年主要任务\n新建项目总投资约为500亿元。"
    doc = egovkit.parse(text, reference="2012")
    assert [(i.quantity.value, i.status.value) for i in doc.indicators] == [
        (300000000000, "done"),
        (50000000000, "planned"),
    ]
