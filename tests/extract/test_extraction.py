"""Document extraction on the seeds, scored against the gold by the evaluator, plus the
evidence invariants and structural rules that must hold on any document."""

from __future__ import annotations

from pathlib import Path

import pytest

from egovkit import evaluate, parse
from egovkit.extract.networks import network_kind
from egovkit.extract.plans import plan_kind
from egovkit.extract.structure import document_genre, outline

from ..conftest import GOLD, SEED_FILES, assert_evidence, gold_for

# Score floors for every list and field, seeds and development set: tests/test_floors.py.


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    return evaluate([parse(p) for p in SEED_FILES], GOLD)


def test_document_fields_match_gold(scores) -> None:  # type: ignore[no-untyped-def]
    wrong = {d: [k for k, ok in f.items() if not ok] for d, f in scores.fields.items()}
    assert all(not w for w in wrong.values()), wrong


def test_every_seed_fact_has_evidence(seed_path: Path) -> None:
    doc = parse(seed_path)
    assert assert_evidence(doc) > 0 or not gold_for(seed_path)["plans"]
    for m in doc.milestones:
        assert m.event and m.event in doc.text
        assert m.evidence.start <= doc.text.find(m.event, m.evidence.start) < m.evidence.end


def test_subject_region_of_each_seed(seed_path: Path) -> None:
    doc = parse(seed_path)
    gold = gold_for(seed_path)
    assert doc.regions and doc.regions[0].code == gold["regions"][0]["code"]


def test_region_facts_are_attached() -> None:
    doc = parse(
        "伊犁哈萨克自治州成立于1954年，全州总面积35万平方公里，人口420万人，其中哈萨克族占25.5%，汉族占45.2%。\n二〇〇八年一月五日"
    )
    region = doc.regions[0]
    assert region.code == "654000" and region.founded == 1954
    assert region.population is not None and region.population.value == 4_200_000
    assert region.area is not None and region.area.unit == "平方公里"
    assert [(e.group, e.share) for e in region.ethnic_composition] == [("哈萨克族", 25.5), ("汉族", 45.2)]


def test_uncoded_county_gets_a_hint() -> None:
    doc = parse(
        "在全县电子政务会议上的讲话\n同志们：我县电子政务建设取得进展，全县各部门要抓好落实。我县将继续推进。"
    )
    assert doc.regions[0].code is None and doc.regions[0].hint == "我县"


def test_district_pointer_names_the_one_district_the_text_names() -> None:
    # 全区 is a district as much as an autonomous region: the district named once fixes it,
    # and the facts stated about 全区 belong to it
    doc = parse(
        "电子政务\n2011年,河口区电子政务中心设两个股室。指导全区各部门单位开展信息公开。"
        "全区部门网站数量达到45个。全区共培训3期。"
    )
    assert [r.code for r in doc.regions] == ["370503"]
    assert "全区" in doc.regions[0].aliases
    assert all(i.region == "370503" for i in doc.indicators) and doc.indicators


def test_district_pointer_without_a_named_district_stays_uncoded() -> None:
    doc = parse("工作报告\n全区各部门要抓好落实。全区经济稳定增长。全区部门网站达到45个。")
    assert doc.regions and doc.regions[0].code is None and doc.regions[0].hint == "全区"


def test_plans_cited_and_issued() -> None:
    text = (
        "克州人民政府办公室关于印发《克州电子政务“十二五”发展规划》的通知\n"
        "根据国务院《政府信息公开条例》和《项目申报登记表》，现印发给你们。二〇一〇年八月十一日"
    )
    doc = parse(text)
    by_title = {p.title: p for p in doc.plans}
    own = by_title["克州电子政务“十二五”发展规划"]
    assert own.role.value == "subject" and own.period is not None and own.period.start_year == 2011
    assert own.issued is not None and own.issued.iso == "2010-08-11"
    cited = by_title["政府信息公开条例"]
    assert cited.role.value == "reference" and cited.issuer == "国务院" and cited.region == "CN"
    assert "项目申报登记表" not in by_title  # forms are not plans


def test_plans_named_without_book_marks() -> None:
    doc = parse(
        "某市电子政务研讨会\n会议学习了自治区电子政务建设规划指南及县市电子政务建设指导方案，"
        "中国电信长期服务金税工程。2006年电子政务蓝皮书指出，发展仍处于初级阶段。要求制定有关管理办法。"
    )
    titles = {p.title for p in doc.plans}
    assert {
        "自治区电子政务建设规划指南",
        "县市电子政务建设指导方案",
        "金税工程",
        "2006年电子政务蓝皮书",
    } <= titles
    assert not any(t.endswith("有关管理办法") for t in titles)  # a generic phrase is no title


def test_own_title_repeated_bare_is_not_a_second_plan() -> None:
    doc = parse("克州电子政务“十二五”发展规划\n克州电子政务“十二五”发展规划由某文库整理。正文。")
    assert [p.title for p in doc.plans] == ["克州电子政务“十二五”发展规划"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("实施办法", "regulation"),
        ("行政许可法", "regulation"),
        ("发展规划", "plan"),
        ("建设指导方案", "guide"),
        ("2007年度政府工作报告", "report"),
        ("关于印发〈管理办法〉的通知", "notice"),
    ],
)
def test_plan_kind(title: str, kind: str) -> None:
    assert plan_kind(title) is not None and plan_kind(title).value == kind  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("克州电子政务内网", "intranet"),
        ("政府公众信息网", "extranet"),
        ("电子政务专网", "private"),
        ("办公业务资源网", "wan"),
        ("骨干网", "backbone"),
        ("局域网", "lan"),
    ],
)
def test_network_kind(name: str, kind: str) -> None:
    assert network_kind(name) is not None and network_kind(name).value == kind  # type: ignore[union-attr]


def test_networks_carry_coverage_and_bandwidth() -> None:
    doc = parse("伊犁州依托中国电信的光纤数据网，建立了覆盖全部县市的2MSDH高速宽带专网，已连接到8县2市。")
    (net,) = [n for n in doc.networks if n.kind and n.kind.value == "private"]
    assert net.operator == "中国电信" and net.bandwidth is not None and net.bandwidth.unit == "Mbps"
    assert {(q.value, q.unit) for q in net.coverage} >= {(8, "县"), (2, "市")}


@pytest.mark.parametrize(
    "text",
    [
        "克州出台了《克州电子政务专网应用管理规定》。",  # a network named inside a title
        "以“小内网、大外网”架构建立电子政务系统。",  # a slogan
        "伊宁市人民政府公众信息网站2006年入选优秀网站。",  # a website
    ],
)
def test_not_networks(text: str) -> None:
    assert parse("克州电子政务\n" + text).networks == ()


def test_network_names_stop_at_verbs_and_regions_above_are_superiors() -> None:
    doc = parse(
        "伊犁州电子政务工作意见\n伊犁州电子政务工作要点。与自治区人民政府联接的办公业务资源网已开通。"
        "奎屯市要进一步完善专网网站。全州将建成覆盖各县的电子政务网络。"
    )
    by_name = {n.name: n for n in doc.networks}
    assert by_name["办公业务资源网"].region == "654000"  # 自治区 is whom it connects to
    assert by_name["专网"].region == "654003"
    assert by_name["电子政务网络"].kind is None


def test_milestone_region_named_after_the_date() -> None:
    doc = parse("伊犁州电子政务\n伊犁州政府办公室编。2003年8月18日伊宁市人民政府网站正式开通。")
    (m,) = [m for m in doc.milestones if m.date.iso == "2003-08-18"]
    assert m.region == "654002"


def test_a_deadline_heads_one_milestone_per_target() -> None:
    doc = parse(
        "北京市电子政务\n北京市电子政务建设提速。到2010年，基本建成全市统一的电子政务网络，"
        "初步建成人口，法人、空间基础数据库，政府门户网站成为政务公开的重要渠道，当前，仍有问题。",
        reference="2006",
    )
    events = [m.event for m in doc.milestones if m.date.iso == "2010"]
    assert len(events) == 3
    assert "法人、空间基础数据库" in events[1]  # a fragment joins the target before it
    assert not any("当前" in e for e in events)  # a new topic ends the list
    assert all(m.status.value == "planned" for m in doc.milestones)


def test_milestone_reaches_its_verb_and_skips_statements_about_a_year() -> None:
    doc = parse(
        "研讨会召开\n11月7日，由自治区电子政务办公室主办，研讨会在乌鲁木齐召开。", reference="2007-12"
    )
    assert [m.date.iso for m in doc.milestones] == ["2007-11-07"]
    assert "召开" in doc.milestones[0].event
    doc = parse("工作要点\n2008年是我州电子政务建设的关键之年。近三年来共举办培训班10期。")
    assert doc.milestones == ()


def test_the_same_event_told_twice_is_one_milestone() -> None:
    doc = parse(
        "电子政务综述\n6月12日又召开了全国电子政务工作座谈会。在6月12日召开的全国电子政务工作座谈会上，领导讲话。",
        reference="2006",
    )
    assert len([m for m in doc.milestones if m.date.iso == "2006-06-12"]) == 1


def test_signature_date_dates_the_notice() -> None:
    doc = parse(
        "某州人民政府办公室关于印发《某州电子政务发展规划》的通知\n各县市：现印发给你们，请认真贯彻执行。"
        "\n某州人民政府办公室\n二〇一〇年八月十一日"
    )
    (m,) = [m for m in doc.milestones if m.date.iso == "2010-08-11"]
    assert "印发" in m.event and m.category.value == "policy" and m.status.value == "done"


def test_a_place_outside_the_subject_only_as_topic() -> None:
    doc = parse("伊犁州电子政务\n伊犁州电子政务建设。2007年州政府组织人员赴杭州电子政务培训班参加培训。")
    (m,) = [m for m in doc.milestones if m.date.iso == "2007"]
    assert m.region == "654000"


def test_milestones_status_and_clause() -> None:
    doc = parse(
        "克州电子政务规划\n克州于2005年2月完成内网一期工程。争取在2012年内建成视频会议系统。",
        reference="2010",
    )
    got = {(m.date.iso, m.status.value, m.category.value) for m in doc.milestones}
    assert ("2005-02", "done", "network") in got
    assert ("2012", "planned", "application") in got
    assert all(m.region == "653000" for m in doc.milestones)


def test_indicator_names_prefer_the_cue_before_and_read_shares_wide() -> None:
    doc = parse(
        "伊犁州电子政务\n截止到2007年底，固定电话用户38.5万户；互联网用户达2.1万户，其中宽带用户近1.7万户。"
        "全区70%以上县市区政府设置了电子政务工作机构。来自各地的170名代表与会。"
    )
    got = {(i.name, float(i.quantity.value)): i for i in doc.indicators}
    assert got[("internet_users", 21000.0)].date is not None  # 截至 dates the whole paragraph
    assert got[("internet_users", 21000.0)].date.iso == "2007"  # type: ignore[union-attr]
    assert ("broadband_users", 17000.0) in got
    assert ("institution_share", 70.0) in got
    assert ("meeting_attendance", 170.0) in got


def test_indicator_dates_stop_at_now_and_skip_foundings() -> None:
    doc = parse(
        "克州概况\n克州成立于1954年，辖3县1市。2008年建成网站33个，目前已建设政府网站47个。"
        "国家将增加对电子政务的投入，“十一五”期间将达到2000亿元。"
    )
    dates = {float(i.quantity.value): i.date for i in doc.indicators}
    assert dates[47.0] is None and dates[33.0] is not None and dates[2e11] is None
    assert all(i.quantity.value != 3 or i.date is None for i in doc.indicators)


def test_the_set_of_divisions_is_not_a_count() -> None:
    doc = parse("克州电子政务\n2007年5月，建成了全州三县一市政府系统内网。内网已连接8县2市。")
    assert sorted(float(i.quantity.value) for i in doc.indicators) == [2.0, 8.0]


def test_money_needs_a_word_of_spending() -> None:
    doc = parse("政府工作报告\n国内生产总值达到67.7万亿元。全年投入电子政务建设资金600万元。")
    assert [float(i.quantity.value) for i in doc.indicators if i.name == "funds"] == [6e6]


def test_thresholds_and_forms_are_not_indicators() -> None:
    doc = parse("克州办公用房面积2万平方米以上的单位，联系电话0908-4212345。已建成政府网站47家。")
    assert [(i.name, i.quantity.value) for i in doc.indicators] == [("gov_websites", 47)]


def test_outline_levels_and_sections() -> None:
    nodes = outline("一、发展现状\n(一)网络建设\n1、内网\n二、主要任务\n(一)建设外网\n")
    assert [(n.level, n.section) for n in nodes] == [
        (1, "status"),
        (2, "status"),
        (3, "status"),
        (1, "plan"),
        (2, "plan"),
    ]
    assert nodes[0].end == nodes[3].start


@pytest.mark.parametrize(
    ("title", "text", "genre"),
    [
        ("在全县电子政务会议上的讲话", "", "speech"),
        ("克州电子政务“十二五”发展规划", "", "plan"),
        ("关于开展电子政务检查的通知", "", "notice"),
        # a notice that names a plan is a plan only when it issues it
        ("关于印发《克州电子政务“十二五”发展规划》的通知", "", "plan"),
        ("某市水务局关于生产建设项目水土保持方案审批决定的公告", "", "notice"),
        ("关于开展2020年度科技计划项目申报工作的通知", "", "notice"),
        ("新疆电子政务发展步入快车道", "11月7日，会议召开。", "news"),
        ("努力抓好电子政务建设", "作者：某某\n正文（作者系办公室副主任）", "article"),
    ],
)
def test_genre(title: str, text: str, genre: str) -> None:
    assert document_genre(title, title + "\n" + text, has_byline="作者：" in text).value == genre


def test_empty_document_has_no_facts() -> None:
    doc = parse("")
    assert not doc.facts() and [w.code for w in doc.warnings] == ["empty"]
    assert doc.genre is None and doc.title is None  # nothing to tell them by


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("各位代表：\n现在，我代表市人民政府，向大会报告政府工作。", None),  # a salutation
        ("# 克州电子政务发展规划\n\n克州电子政务内网2005年建成。", "克州电子政务发展规划"),
        (
            "<html><head><title>克州電子政務發展規劃_克州政府網</title></head><body><p>克州電子政務內網2005年建成。"
            "各級政務部門實現網絡互聯互通。</p></body></html>",
            "克州电子政务发展规划",
        ),
    ],
    ids=["salutation", "markdown-heading", "traditional-html-title"],
)
def test_title_is_neither_a_salutation_nor_markup_and_shares_the_text_script(
    source: str, title: str | None
) -> None:
    doc = parse(source)
    assert doc.title == title
    if doc.script.value == "traditional":
        assert "政务" in doc.text  # the body was converted, and the title with it


@pytest.mark.parametrize(
    "text",
    [
        "2005年" * 40_000,
        "克州电子政务内网，" * 20_000,
        "“十一五”规划" * 20_000,
        "培训1700人，" * 30_000,
        "《办法》" * 30_000,
        "学习了自治区电子政务建设规划指南及" * 10_000,
        "全州三县一市" * 30_000,
        "截至2007年底，" + "网站47个，" * 30_000,
        "到2010年，建成网络，" * 20_000,
    ],
    ids=[
        "dates",
        "networks",
        "quoted-plans",
        "indicators",
        "titles",
        "cited-lists",
        "sets",
        "as-of",
        "targets",
    ],
)
def test_repetitive_documents_parse_with_evidence(text: str) -> None:
    # These once took minutes (quadratic passage and mention lookups); throughput is measured
    # in benchmarks/, here they must finish and keep every invariant.
    doc = parse(text)
    assert_evidence(doc)
    for m in doc.milestones:
        assert len(m.event) <= 200


def test_genre_cues_match_their_examples() -> None:
    from egovkit.extract.structure import genre_cue_examples

    cues = genre_cue_examples()
    assert {cue for cue, _ in cues} == {"speech", "plan", "issued", "notice", "report", "news", "voice"}
    for key, (rx, must, must_not) in cues.items():
        assert must and must_not, f"{key} lists examples both ways"
        for text in must:
            assert rx.search(text), (key, text)
        for text in must_not:
            assert not rx.search(text), (key, text)


@pytest.mark.parametrize(
    ("title", "text", "genre"),
    [
        # a report introduces itself, or is a yearbook entry
        ("门户网站情况", "下面就市政府门户网站的有关情况作一简单汇报。", "report"),
        ("电子政务", "【概况】 编制和机构情况。", "report"),
        # the institution's own voice without a news marker is an article …
        ("电子政务建管模式创新", "近年来，我市信息化系统……我市在全省率先……", "article"),
        # … but a reporter's story about the same city stays news
        ("门户网站建设会议", "本报讯 记者从会上了解到，我市……我市……", "news"),
        # one 我市 is not yet a voice; 我国 never is
        ("电子政务建设成效", "我国电子政务……我国……我市", "news"),
    ],
)
def test_genre_from_the_body(title: str, text: str, genre: str) -> None:
    assert document_genre(title, title + "\n" + text, has_byline=False).value == genre


def test_evidence_is_trimmed_and_a_two_line_heading_is_one_event() -> None:
    indented = parse("克州电子政务简报\n    克州已建成政府网站47个。\n")
    quotes = [i.evidence.quote for i in indented.indicators]
    assert quotes == ["克州已建成政府网站47个。"]  # not the paragraph's indent
    assert_evidence(indented)
    page = parse(
        "<html><head><title>国务院关于2018年度国家科学技术奖励的决定_政府信息公开专栏</title></head><body>"
        "<p>国务院关于2018年度</p><p>国家科学技术奖励的决定</p><p>各省、自治区、直辖市人民政府：</p>"
        "<p>为了深入实施创新驱动发展战略，国务院决定授予有关人员国家最高科学技术奖。</p>"
        "<p>国务院</p><p>2018年12月29日</p></body></html>"
    )
    assert_evidence(page)
    issued = [m for m in page.milestones if m.date.iso == "2018-12-29"]
    assert [m.event for m in issued] == ["国务院关于2018年度国家科学技术奖励的决定"]
    assert all("\n" not in m.event and m.evidence.quote == m.evidence.quote.strip() for m in page.milestones)
