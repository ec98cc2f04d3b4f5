"""Region resolution: short forms, time, homonyms, context, and what is not a region."""

from __future__ import annotations

import logging

import pytest

from egovkit import find_regions, region_by_code, resolve_region
from egovkit.parse.regions import RegionMatch


@pytest.mark.parametrize(
    ("name", "kwargs", "code"),
    [
        ("克孜勒苏柯尔克孜自治州", {}, "653000"),
        ("克州", {}, "653000"),
        ("伊犁州", {}, "654000"),
        ("伊犁", {}, "654000"),
        ("察布查尔县", {}, "654022"),
        ("新疆", {}, "650000"),
        ("全疆", {}, "650000"),
        ("我国", {}, "CN"),
        ("中国", {}, "CN"),
        ("北京", {}, "110000"),
        ("深圳", {}, "440300"),
        ("奎屯市", {"as_of": 1995}, "654001"),
        ("奎屯市", {"as_of": "2008-05"}, "654003"),
        ("奎屯市", {}, "654003"),
        ("思茅市", {"as_of": 2005}, "530800"),
        ("吐鲁番地区", {"as_of": 2010}, "652100"),
        ("吐鲁番", {"as_of": 2010}, "652100"),
        ("吐鲁番", {"as_of": 2016}, "650400"),
        ("襄樊", {"as_of": 2009}, "420600"),
        ("鼓楼区", {"context": "南京市"}, "320106"),
        ("鼓楼区", {"context": "福州"}, "350102"),
        ("全州", {"context": "653000"}, "653000"),
        ("自治州", {"context": ["654000", "650000"]}, "654000"),
        ("全区", {"context": ["654000", "650000"]}, "650000"),
        ("654003", {}, "654003"),
    ],
)
def test_resolve(name: str, kwargs: dict[str, object], code: str) -> None:
    region = resolve_region(name, **kwargs)  # type: ignore[arg-type]
    assert region is not None and region.code == code


@pytest.mark.parametrize(
    ("name", "kwargs"),
    [
        ("鼓楼区", {}),  # four cities have one: ambiguous, not a silent first hit
        ("朝阳区", {}),
        ("全州", {}),  # without a context it means "the whole prefecture"
        ("蒙古族", {}),
        ("美国", {}),
        ("西部", {}),
        ("", {}),
        ("999999", {}),
    ],
)
def test_not_resolved(name: str, kwargs: dict[str, object]) -> None:
    assert resolve_region(name, **kwargs) is None  # type: ignore[arg-type]


def test_historical_name_is_reported_as_it_stood() -> None:
    later = resolve_region("思茅市", as_of=2010)
    assert later is not None and later.name == "普洱市"
    assert region_by_code("530800", as_of=2005).name == "思茅市"  # type: ignore[union-attr]


def _codes(text: str, **kwargs: object) -> list[tuple[str, str | None]]:
    return [(m.text, m.code) for m in find_regions(text, **kwargs)]  # type: ignore[arg-type]


def test_names_inside_organisations_are_mentions() -> None:
    assert _codes("中国电信新疆公司") == [("中国", "CN"), ("新疆", "650000")]


def test_ethnic_groups_and_words_are_not_regions() -> None:
    assert _codes("哈萨克族、蒙古族、锡伯族和回族，长治久安，孙中山，西部大开发，市场和县级") == []


def test_the_whole_prefecture_is_not_guangxi() -> None:
    assert _codes("全州电子政务", context="653000") == [("全州", "653000")]
    assert _codes("全州电子政务") == []
    assert _codes("广西全州县") == [("广西", "450000"), ("全州县", "450324")]


def test_other_names_settle_homonyms() -> None:
    matches = find_regions("南京市鼓楼区")
    assert [m.code for m in matches] == ["320100", "320106"]


def test_ambiguous_mentions_list_candidates() -> None:
    (m,) = find_regions("鼓楼区")
    assert m.region is None and len(m.candidates) >= 3


def test_suffixless_county_needs_context() -> None:
    assert _codes("尼勒克") == []
    assert _codes("尼勒克", context="伊犁州") == [("尼勒克", "654028")]


def test_unresolved_pointers_on_request() -> None:
    (m,) = find_regions("我县电子政务", include_unresolved=True)
    assert isinstance(m, RegionMatch) and m.region is None and m.kind == "pointer"


def test_spans_fit() -> None:
    text = "伊犁哈萨克自治州辖塔城、阿勒泰两个地区，伊宁市是首府"
    for m in find_regions(text):
        assert text[m.start : m.end] == m.text


def test_bad_arguments_are_typed_errors() -> None:
    with pytest.raises(TypeError):
        find_regions(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        resolve_region("克州", as_of="soon")


def test_jieba_global_instance_is_untouched() -> None:
    import jieba

    before = len(jieba.dt.FREQ)
    find_regions("尼勒克县电子政务", context="伊犁州")
    assert len(jieba.dt.FREQ) == before
    assert logging.getLogger("jieba").level >= logging.WARNING


def test_adversarial_input_completes() -> None:
    # near-misses of a long name, repeated: the trie matcher never backtracks far
    # (throughput is measured in benchmarks/, not asserted here)
    text = "新疆维吾尔自治" * 50_000
    assert find_regions(text)[0].code == "650000"
    assert len(find_regions("克" * 100_000)) == 0


@pytest.mark.parametrize(
    ("text", "context", "codes"),
    [
        # a short form that is an ordinary word names its region only in full
        ("对新建民用建筑全面执行节能标准", "360500", []),
        ("坚持绿水青山就是金山银山", "420100", []),
        # the corps is not the region's government: it is itself, a zone without a code
        ("各省、自治区、直辖市和新疆生产建设兵团", None, [None]),
        ("直辖市和新疆建设兵团，新疆各地", None, [None, "650000"]),
    ],
)
def test_region_words_that_are_not_regions(text: str, context: str | None, codes: list[str]) -> None:
    assert [m.code for m in find_regions(text, context=context)] == codes


def test_region_words_file_examples_are_not_regions() -> None:
    from egovkit.lexicon.resources import data_records

    for _, (kind, word, example) in data_records("region_words.tsv", 3):
        assert word in example, (kind, word)
        if kind == "not_before":
            assert not [m for m in find_regions(example) if m.end == example.index(word)], example


def test_prefecture_short_form_as_a_venue_or_a_list_item() -> None:
    # 合肥 and 南通 are not tagged as places alone; a venue or a list of places makes them one
    assert [(m.text, m.code) for m in find_regions("会议在合肥召开。")] == [("合肥", "340100")]
    listed = [(m.text, m.code) for m in find_regions("进一步开放青岛、南通、上海等城市")]
    assert ("南通", "320600") in listed


def test_prefecture_short_form_inside_a_word_stays_a_word() -> None:
    assert find_regions("医保定点资格") == []
    assert find_regions("发展复合肥料") == []
    assert find_regions("解决文山会海问题") == []


def test_safe_short_form_in_a_list_keeps_its_province() -> None:
    # 海南 is the province in a list of provinces, not 海南藏族自治州
    got = [(m.text, m.code) for m in find_regions("加速广东、福建、海南、环渤海地区开放")]
    assert ("海南", "460000") in got


def test_region_name_inside_a_longer_word_is_not_a_region() -> None:
    # 沿海城市 (coastal cities) holds 海城市; the city written on its own is still found
    assert find_regions("进一步开放沿海城市") == []
    assert [m.code for m in find_regions("辽宁海城市人民政府")] == ["210000", "210381"]


def test_region_cues_file_rows_occur_in_their_examples() -> None:
    from egovkit.lexicon.resources import data_records

    rows = data_records("region_cues.tsv", 3)
    assert {kind for _, (kind, _, _) in rows} == {"joiner", "span", "venue_before", "held"}
    for _, (kind, word, example) in rows:
        assert word in example, (kind, word)


@pytest.mark.parametrize(
    ("between", "link"),
    [("、", "list"), ("和", "list"), (" 及 ", "list"), ("——", "span"), ("至", "span"), ("", "qualified"),
     ("\n", None), ("的", None), ("铁路和", None)],
)
def test_how_the_text_between_two_names_ties_them(between: str, link: str | None) -> None:
    from egovkit.parse.regions import region_cues

    assert region_cues().link(between) == link


@pytest.mark.parametrize(
    "text",
    ["合肥—南京高速铁路建成", "合肥至南京城际铁路", "会议于合肥举行", "南京、合肥两市"],
)
def test_prefecture_short_form_at_the_end_of_a_span_or_as_a_venue(text: str) -> None:
    assert ("合肥", "340100") in [(m.text, m.code) for m in find_regions(text)]


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        pytest.param("国务院关于河北雄安新区总体规划的批复", 2018, [("河北雄安新区", "河北雄安新区")], id="full-name"),
        pytest.param("推进雄安新区建设", 2019, [("雄安新区", "河北雄安新区")], id="alias"),
        pytest.param("雄安新区建设", 2010, [], id="before-it-was-set-up"),
        pytest.param("新疆生产建设兵团各师", 2009, [("新疆生产建设兵团", "新疆生产建设兵团")], id="the-corps"),
    ],
)
def test_zone_without_a_code(text: str, year: int, want: list[tuple[str, str]]) -> None:
    got = find_regions(text, as_of=year)
    assert [(m.text, m.region.name if m.region else None) for m in got] == want
    for m in got:
        assert m.code is None and m.kind == "zone" and m.region is not None
        assert m.region.level.value == "other" and m.region.parent_code and m.region.hint


def test_resolve_a_zone_without_a_code() -> None:
    zone = resolve_region("雄安新区", as_of=2018)
    assert zone is not None and (zone.code, zone.parent_code) == (None, "130000")
    assert resolve_region("雄安新区", as_of=2016) is None


def test_a_generic_name_is_not_read_as_a_division_long_abolished() -> None:
    # 唐山's 新区 district was abolished in 2002; 新区 in a 2018 text of 河北 is a new area
    assert find_regions("新区规划建设", as_of=2018, context="130000") == []
    assert [m.code for m in find_regions("新区规划建设", as_of=1995, context="130200")] == ["130206"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("南昌市新建区人民政府", [("南昌市", "360100"), ("新建区", "360112")], id="generic-name-after-its-city"),
        pytest.param(
            "南京市鼓楼区和福州市鼓楼区",
            [("南京市", "320100"), ("鼓楼区", "320106"), ("福州市", "350100"), ("鼓楼区", "350102")],
            id="homonyms-each-after-its-city",
        ),
        pytest.param("伊犁州伊宁市", [("伊犁州", "654000"), ("伊宁市", "654002")], id="after-an-alias"),
        pytest.param("南昌市新建区域", [("南昌市", "360100")], id="a-compound-stays-a-word"),
    ],
)
def test_a_full_name_after_its_parent_is_the_parents_child(text: str, want: list[tuple[str, str]]) -> None:
    assert [(m.text, m.code) for m in find_regions(text, as_of=2018)] == want


@pytest.mark.parametrize(
    ("name", "year", "code", "official"),
    [
        pytest.param("吐鲁番地区", 2010, "652100", "吐鲁番地区", id="the-prefecture-while-it-stood"),
        pytest.param("吐鲁番地区", 2016, "650400", "吐鲁番市", id="recoded-as-a-city-in-2015"),
        pytest.param("昌平县", 2005, "110114", "昌平区", id="a-county-recoded-as-a-district"),
        pytest.param("思茅市", 2010, "530800", "普洱市", id="renamed-under-the-same-code"),
    ],
)
def test_a_name_gone_by_the_year_is_the_division_that_replaced_it(
    name: str, year: int, code: str, official: str
) -> None:
    got = [(m.code, m.region.name if m.region else None) for m in find_regions(name, as_of=year)]
    assert got == [(code, official)]
