"""Plans: what a title in 《》 or quotes must look like, laws and documents named without
《》, and a notice that issues a second document."""

from __future__ import annotations

import pytest

from egovkit import parse
from egovkit.extract.plans import is_document_title


@pytest.mark.parametrize(
    "title",
    [
        "电子政务建设方案",
        "河北雄安新区总体规划（2018—2035年）",
        "网络安全法",
        "关于建国以来党的若干历史问题的决议",
        "实施意见",
    ],
)
def test_a_document_title_ends_with_a_kind_word(title: str) -> None:
    assert is_document_title(title)


@pytest.mark.parametrize("title", ["全俄中央执行委员会会议", "资本论", "毛泽东选集", "星星之火，可以燎原"])
def test_a_book_or_a_meeting_is_no_document(title: str) -> None:
    assert not is_document_title(title)


def _titles(text: str) -> list[str]:
    return [p.title for p in parse("电子政务工作情况\n" + text).plans]


def test_a_condemned_or_generic_project_is_no_programme() -> None:
    assert _titles("要切实防止出现“半拉子”工程。") == []
    assert _titles("不搞劳民伤财的“形象工程”、“政绩工程”。") == []
    assert _titles("加快“引黄济津”等应急调水工程建设。") == []
    assert _titles("继续实施“希望工程”。") == ["希望工程"]


def test_laws_are_found_without_book_marks() -> None:
    doc = parse(
        "电子政务工作情况\n认真贯彻行政许可法、公务员法，严格执行网络安全法等法律法规，不断改进工作方法。"
    )
    assert [(p.title, p.region, p.kind.value if p.kind else None) for p in doc.plans] == [
        ("行政许可法", "CN", "regulation"),
        ("公务员法", "CN", "regulation"),
        ("网络安全法", "CN", "regulation"),
    ]
    assert _titles("加强执法监督，依法行政，改进方法。") == []


def test_a_document_cited_by_its_number() -> None:
    doc = parse("电子政务工作情况\n2011年3月，东河编办发[2011]5号文件，电子政务中心设两个股室。")
    (p,) = doc.plans
    assert p.title == "东河编办发[2011]5号文件" and p.number == "东河编办发[2011]5号"


def test_a_notice_that_issues_a_scheme_is_two_documents() -> None:
    doc = parse(
        "国务院办公厅关于印发“无废城市”建设试点工作方案的通知\n国办发〔2018〕128号\n"
        "各省、自治区、直辖市人民政府：\n《“无废城市”建设试点工作方案》已经国务院同意，现印发给你们。\n"
        "国务院办公厅\n2018年12月29日\n"
    )
    got = {p.title: p for p in doc.plans}
    notice = got["国务院办公厅关于印发“无废城市”建设试点工作方案的通知"]
    scheme = got["“无废城市”建设试点工作方案"]
    for p in (notice, scheme):
        assert p.role.value == "subject" and p.issuer == "国务院办公厅" and p.region == "CN"
        assert p.number == "国办发〔2018〕128号" and p.issued is not None and p.issued.iso == "2018-12-29"
    assert notice.kind is not None and notice.kind.value == "notice"
    assert scheme.kind is not None and scheme.kind.value == "guide"


def test_a_cited_notice_lends_its_issuer_and_number_to_what_it_issues() -> None:
    doc = parse(
        "电子政务工作情况\n依据《浙江省人民政府办公厅关于印发浙江省电子政务十一五发展规划的通知》(浙政办发〔2006〕113号)，制定本规划。"
    )
    got = {p.title: p for p in doc.plans}
    plan = got["浙江省电子政务十一五发展规划"]
    assert plan.issuer == "浙江省人民政府办公厅" and plan.number == "浙政办发〔2006〕113号"
    assert plan.role.value == "reference"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("国务院印发《2006—2020年国家信息化发展战略》。", (2006, 2020)),
        ("国务院印发《法治政府建设实施纲要（2015—2020年）》。", (2015, 2020)),
        ("印发《全国电子政务发展规划(2021-2025年)》。", (2021, 2025)),
        ("印发《电子政务发展规划》（2021—2025年）。", (2021, 2025)),
        ("印发《河南省“十二五”电子政务发展规划》。", (2011, 2015)),
    ],
)
def test_a_plan_takes_its_period_from_the_years_its_title_states(text: str, period: tuple[int, int]) -> None:
    (plan,) = parse(text).plans
    assert plan.period is not None and (plan.period.start_year, plan.period.end_year) == period


def test_a_span_inside_a_title_belongs_to_the_plan_it_names_not_to_the_reply() -> None:
    doc = parse("国务院关于河北雄安新区总体规划（2018—2035年）的批复\n现批复如下。")
    assert [p.period for p in doc.plans if p.title.endswith("批复")] == [None]


def test_a_reply_resolves_you_to_its_addressee() -> None:
    doc = parse(
        "国务院办公厅关于合建气象站网有关问题的复函\n国办函〔1996〕14号\n中国气象局：\n"
        "你局《关于合建自动气象站网的请示》收悉。现答复如下。\n"
    )
    got = {p.title: p for p in doc.plans}
    assert got["关于合建自动气象站网的请示"].issuer == "中国气象局"
    reply = got["国务院办公厅关于合建气象站网有关问题的复函"]
    assert reply.kind is not None and reply.kind.value == "notice"


def test_a_pronoun_with_no_clear_addressee_is_no_issuer() -> None:
    doc = parse("你局《关于合建自动气象站网的请示》收悉。现答复如下。")
    assert [p.issuer for p in doc.plans] == [None]


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("中共中央关于制定国民经济和社会发展第十三个五年规划的建议", "中共中央"),
        ("国务院批转外交部关于官方往来问题请示的通知", "国务院"),
        ("国务院办公厅转发民政部关于清理整顿社会团体意见的通知", "国务院办公厅"),
    ],
)
def test_the_issuer_is_the_body_a_title_names_before_its_subject(title: str, issuer: str) -> None:
    (plan,) = parse(f"工作情况\n认真落实《{title}》的要求。").plans
    assert plan.issuer == issuer


def test_a_number_followed_by_a_short_name_is_still_the_number() -> None:
    (plan,) = parse(
        "工作情况\n按照《国务院关于投资体制改革的决定》（国发〔2004〕20号，以下简称《决定》）办理。"
    ).plans
    assert plan.number == "国发〔2004〕20号"


def test_a_file_cited_by_its_number_after_a_verb_is_the_document_cited_before() -> None:
    doc = parse(
        "工作情况\n依照《国务院办公厅转发国家教委关于加强教育援藏工作请示的通知》（国办发〔1993〕71号）解决。"
        "西藏自治区人民政府要按照国办发〔1993〕71号文件的规定提供经费。各省要根据中发〔1994〕8号文件的方针办好西藏班。"
    )
    titles = [p.title for p in doc.plans]
    assert titles == ["国务院办公厅转发国家教委关于加强教育援藏工作请示的通知", "中发〔1994〕8号文件"]
    assert len(doc.plans[0].evidence) == 2


def test_a_letter_that_issues_a_plan_is_two_documents() -> None:
    doc = parse(
        "国务院办公厅关于印发国家粮食应急预案的函\n国办函〔2005〕57号\n各省、自治区、直辖市人民政府：\n"
        "《国家粮食应急预案》已经国务院同意，现印发给你们，请认真实施。\n国务院办公厅\n二〇〇五年六月十一日\n"
    )
    got = {p.title: p for p in doc.plans}
    plan = got["国家粮食应急预案"]
    assert (
        plan.role.value == "subject" and plan.issuer == "国务院办公厅" and plan.number == "国办函〔2005〕57号"
    )


def test_a_cited_document_takes_the_body_and_year_that_issued_it() -> None:
    (plan,) = parse("工作情况\n要认真贯彻执行国务院2016年印发的《破坏性地震应急条例》。").plans
    assert plan.issuer == "国务院"
    assert plan.issued is not None and plan.issued.iso == "2016"
    (plan,) = parse("工作情况\n要认真贯彻执行国务院发布的《破坏性地震应急条例》。").plans
    assert plan.issuer == "国务院" and plan.issued is None


def test_a_form_to_fill_in_or_a_bare_kind_word_is_no_plan() -> None:
    doc = parse(
        "工作情况\n社会团体自查并填写《清理整顿报告书》，报送填报的《年度检查报告书》。法定代表人由《章程》规定的人员担任。"
    )
    assert doc.plans == ()


def test_a_bare_kind_word_that_abbreviates_a_named_document_joins_it() -> None:
    doc = parse(
        "工作情况\n按照《国务院关于投资体制改革的决定》（国发〔2004〕20号，以下简称《决定》）精神，依《决定》办理。"
    )
    (plan,) = doc.plans
    assert len(plan.evidence) >= 2


def test_a_digitised_practice_is_no_programme() -> None:
    assert parse("工作情况\n淮安市开展“数字化联合审图”，审查提速。").plans == ()
    assert [p.title for p in parse("工作情况\n全面建设“数字福建”。").plans] == ["数字福建"]


def test_a_guide_cited_after_a_verb_and_a_quoted_scheme_are_found() -> None:
    doc = parse(
        "工作情况\n严格落实建设项目危险废物环境影响评价指南等管理要求。试点城市负责编制“无废城市”建设试点实施方案。"
    )
    assert [p.title for p in doc.plans] == ["建设项目危险废物环境影响评价指南", "“无废城市”建设试点实施方案"]
    assert parse("工作情况\n推进“三项制度”的实施方案落地。").plans == ()  # the scheme of something, no title


def test_the_request_a_reply_answers_is_cited_without_book_marks() -> None:
    doc = parse(
        "国务院关于同意建设示范区的批复\n国函〔2018〕150号\n科技部、新疆维吾尔自治区人民政府：\n"
        "你们关于支持高新技术产业开发区建设示范区的请示（国科发高〔2018〕235号）收悉。现批复如下。\n"
    )
    got = {p.title: p for p in doc.plans}
    req = got["关于支持高新技术产业开发区建设示范区的请示"]
    assert req.issuer == "科技部、新疆维吾尔自治区人民政府" and req.number == "国科发高〔2018〕235号"
    assert req.role.value == "reference"


def test_each_bodys_own_document_has_no_one_issuer() -> None:
    (plan,) = parse("工作情况\n鉴于各地州市局“三定”方案尚未实施，工作仍由法规处负责。").plans
    assert plan.issuer is None


def test_a_stray_space_in_a_title_does_not_hide_its_period() -> None:
    (plan,) = parse("工作情况\n制定《“九五 ”计划》。").plans
    assert plan.period is not None and (plan.period.start_year, plan.period.end_year) == (1996, 2000)


def test_a_list_of_titles_issued_on_a_date_shares_the_body_and_date() -> None:
    doc = parse("工作情况\n列入重点工作,2005年6月市政府出台了《网站管理办法》、《网站考核办法》。")
    assert [(p.issuer, p.issued.iso if p.issued else None) for p in doc.plans] == [
        ("市政府", "2005-06"),
        ("市政府", "2005-06"),
    ]
    (plan,) = parse("工作情况\n2013年市政府出台《网站管理办法》。").plans
    assert plan.issuer == "市政府" and plan.issued is None  # no 了 or 的: it may be to come
