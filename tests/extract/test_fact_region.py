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
            "国务院政府工作报告\n我国经济稳定增长，全国形势良好。从2007年上海试点开始到2008年9月西藏、新疆建成电子政务网络。",
            2009,
            [("2007", "310000"), ("2008-09", "CN")],
            id="a-name-after-an-earlier-date-is-that-dates",
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


def test_a_zone_without_a_code_named_in_the_title_is_the_subject() -> None:
    text = (
        "国务院关于河北雄安新区总体规划（2018—2035年）的批复\n河北省人民政府：\n"
        "你省《关于呈报〈河北雄安新区总体规划（2018—2035年）〉的请示》收悉。雄安新区要坚持世界眼光。\n"
    )
    doc = parse(text, reference="2018-12-25")
    zone, *covered = doc.regions
    assert (zone.name, zone.code, zone.level.value, zone.parent_code) == ("河北雄安新区", None, "other", "130000")
    assert "雄安新区" in zone.aliases and zone.evidence  # named by its short form too, with evidence
    assert [r.code for r in covered] == ["130638", "130629", "130632"]  # the counties it governs
    assert "130000" in [r.code for r in doc.mentioned_regions]  # 河北 is named, not the subject
    assert {p.region for p in doc.plans} == {None}  # the plans of a zone without a code have none
    for r in doc.regions:
        for e in r.evidence:
            assert doc.text[e.start : e.end] == e.quote


def test_a_zone_named_in_passing_is_a_mentioned_region() -> None:
    doc = parse("新疆维吾尔自治区电子政务工作报告\n自治区与新疆生产建设兵团共建电子政务外网。", reference="2009")
    assert [r.code for r in doc.regions] == ["650000"]
    corps = [r for r in doc.mentioned_regions if r.code is None]
    assert [(r.name, r.level.value) for r in corps] == [("新疆生产建设兵团", "other")]


@pytest.mark.parametrize(
    "title",
    ["国家电子政务总体框架", "2006—2020年国家信息化发展战略", "全国电子政务发展规划"],
)
def test_a_plan_titled_for_the_nation_is_national_in_a_citys_text(title: str) -> None:
    doc = parse(f"宁波市电子政务发展规划\n宁波市要按照《{title}》的要求，推进全市电子政务建设。", reference="2006")
    assert [p.region for p in doc.plans if p.title == title] == ["CN"]


def test_a_plan_titled_for_a_place_keeps_that_place() -> None:
    doc = parse("宁波市电子政务发展规划\n宁波市要按照《浙江省电子政务建设规划》的要求推进。", reference="2006")
    assert [p.region for p in doc.plans if p.title == "浙江省电子政务建设规划"] == ["330000"]


def _cue_examples() -> list[tuple[str, str, bool]]:
    from egovkit.lexicon.resources import data_records

    out = []
    for _, (kind, _rx, yes, no) in data_records("fact_region_cues.tsv", 4):
        out += [(kind, x, True) for x in yes.split("|") if x] + [(kind, x, False) for x in no.split("|") if x]
    return out


@pytest.mark.parametrize(("kind", "example", "matches"), _cue_examples())
def test_fact_region_cues_match_their_examples(kind: str, example: str, matches: bool) -> None:
    from egovkit.extract.context import _fact_cues

    rx = _fact_cues()[kind][0]
    found = rx.search(example) if kind in ("scope", "defines", "body") else rx.match(example)  # the others at a point
    assert bool(found) is matches


def _regions_and_warnings(text: str, year: int) -> tuple[list[tuple[str, str | None]], list[str]]:
    doc = parse(text, reference=str(year))
    return [(m.date.iso, m.region) for m in doc.milestones], [w.code for w in doc.warnings]


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        pytest.param(
            "国务院政府工作报告\n近来，国际局势出现缓和。美苏经过多年谈判，终于在去年12月签署了销毁中程导弹的条约。",
            1988,
            [("1987-12", None)],
            id="a-pair-of-foreign-states-opening-the-sentence",
        ),
        pytest.param(
            "国务院政府工作报告\n国际形势发生变化。一九五七年苏联发射两颗人造卫星。",
            1958,
            [("1957", None)],
            id="a-foreign-state-after-the-date",
        ),
        pytest.param(
            "国务院政府工作报告\n我国的外交工作取得进展。去年八月，中国和日本经过长期的共同努力，签订了和平友好条约。",
            1979,
            [("1978-08", "CN")],
            id="china-a-party-is-chinese",
        ),
        pytest.param(
            "国务院新闻办公室新闻\n我国外交工作取得进展。美国总统于2017年11月8日至10日对中国进行国事访问。",
            2018,
            [("2017-11-08/2017-11-10", "CN")],
            id="a-foreign-actor-acting-in-china",
        ),
        pytest.param(
            "国务院政府工作报告\n我国的国际地位提高。一九六七年三月，苏修在莫斯科召开所谓“代表中国真正利益”的群众大会。",
            1969,
            [("1967-03", None)],
            id="china-only-in-what-a-foreign-actor-said",
        ),
        pytest.param(
            "国务院政府工作报告\n我国经济发展很快。1987年12月，美国在中美洲举行了大规模军事演习。",
            1988,
            [("1987-12", None)],
            id="central-america-is-no-party-with-china",
        ),
    ],
)
def test_an_event_of_foreign_actors_alone_has_no_region(
    text: str, year: int, want: list[tuple[str, str | None]]
) -> None:
    got, warnings = _regions_and_warnings(text, year)
    assert got == want
    assert ("foreign_event" in warnings) is (want[0][1] is None)


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        pytest.param(
            "国务院办公厅关于煤矿瓦斯爆炸事故的通报\n全国安全生产形势总体稳定。2003年5月13日，安徽省芦岭煤矿发生特大瓦斯爆炸事故。"
            "8月11日至18日，山西省连续发生3起特大煤矿瓦斯爆炸事故。",
            2004,
            [("2003-05-13", "340000"), ("2003-08-11/2003-08-18", "140000")],
            id="the-place-opening-the-events-clause-beats-the-sentence-before",
        ),
        pytest.param(
            "国务院办公厅函\n四川省人民政府：2004年8月5日至8日，温家宝总理率国务院有关部门负责同志赴成都市考察。",
            2004,
            [("2004-08-05/2004-08-08", "510000")],
            id="a-place-further-in-the-clause-is-no-topic",
        ),
        pytest.param(
            "国务院政府工作报告\n我国农村改革继续推进，我国农民负担减轻。从2000年起，在安徽等地开展农村税费改革试点，2002年试点扩大到20个省、自治区、直辖市。",
            2003,
            [("2000", "CN"), ("2002", "CN")],
            id="a-place-and-others-and-a-count-of-provinces-are-national",
        ),
        pytest.param(
            "国务院政府工作报告\n我国农村改革继续推进。安徽省开展了农村税费改革试点。2002年，试点扩大到20个省、自治区、直辖市。",
            2003,
            [("2002", "CN")],
            id="a-count-of-provinces-takes-no-place-from-the-sentence-before",
        ),
    ],
)
def test_the_region_an_events_own_clauses_name(text: str, year: int, want: list[tuple[str, str | None]]) -> None:
    got, _ = _regions_and_warnings(text, year)
    assert got == want


def test_a_short_name_the_text_defines_for_a_body_named_after_a_place_is_that_place() -> None:
    text = (
        "国务院办公厅关于科技节水有关情况的复函\n有关部门对太原钢铁（集团）有限公司（以下简称“太钢”）进行了实地调研。"
        "2002年太钢投资4800万元，建成了污水深度处理和回用设施。"
    )
    doc = parse(text, reference="2004")
    assert [(m.date.iso, m.region) for m in doc.milestones] == [("2002", "140100")]
    assert [(i.name, i.region) for i in doc.indicators] == [("funds", "140100")]
    assert "太钢" not in {a for r in (*doc.regions, *doc.mentioned_regions) for a in r.aliases}  # facts only


def test_a_fact_takes_a_region_from_the_sentence_before_at_most() -> None:
    text = (
        "国务院政府工作报告\n我国的形势很好，我国人民团结。“四人帮”在上海的党羽贴出了大标语。王洪文准备了演说稿。"
        "我们坚决反对这种做法。1976年2月2日，毛主席批发了关于决定国务院代总理的中央文件。\n"
        "深圳市2006年8月7日成为首个国家电子政务试点城市。同日召开的电子政务工作会议下发了若干政策文件。"
    )
    got = [(m.date.iso, m.region) for m in parse(text, reference="2007").milestones]
    assert ("1976-02-02", "CN") in got  # 上海 is three sentences back
    assert got.count(("2006-08-07", "440300")) == 2  # the sentence right before still carries


def test_a_place_name_before_shi_is_a_model_not_the_place() -> None:
    doc = parse("国务院政府工作报告\n我国工业发展很快。保证到一九八○年把三分之一的企业建成大庆式企业。", reference="1978")
    assert [(m.date.iso, m.region) for m in doc.milestones] == [("1980", "CN")]


def test_a_county_level_city_at_the_end_of_a_span_is_found() -> None:
    from egovkit import find_regions

    text = "鹰潭——厦门线也将在今年内提前完成。"
    assert [(m.text, m.code) for m in find_regions(text, as_of=1956)] == [("鹰潭", "362302"), ("厦门", "350200")]
    doc = parse("国务院政府工作报告\n我国铁路建设进展很大。" + text, reference="1956")
    assert [(m.date.iso, m.region) for m in doc.milestones] == [("1956", "CN")]  # a line between two provinces
    assert find_regions("鹰潭发展很快。", as_of=1956) == []  # alone, a county's short form needs its province
