"""find_quantities / parse_quantity / is_quantity and periods/eras."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from egovkit import (
    find_eras,
    find_periods,
    find_quantities,
    is_period,
    is_quantity,
    parse,
    parse_period,
    parse_quantity,
)
from egovkit.errors import PeriodParseError, QuantityParseError

from ..conftest import SEED_FILES, gold_for

QUANTITIES = [
    ("plain", "共计培训88人", 88, "人", None),
    ("more_duo", "培训公务人员1400多人", 1400, "人", "more"),
    ("renci", "培训了1700多人(次)", 1700, "人次", "more"),
    ("wan", "固定电话用户38.5万户", 385000, "户", None),
    ("wanyi", "国内生产总值24.66万亿元", 24660000000000, "元", None),
    ("yu_wan", "移动电话用户40余万户", 400000, "户", "more"),
    ("wan_duo", "录入5万多条", 50000, "条", "more"),
    ("nearly", "敷设光纤近4万芯公里", 40000, "芯公里", "nearly"),
    ("about", "约2000人", 2000, "人", "about"),
    ("exceed", "超过40万户", 400000, "户", "more"),
    ("percent", "哈萨克族占25.5%", 25.5, "%", None),
    ("percent_more", "70%以上", 70, "%", "more"),
    ("fullwidth_percent", "增长8.5％", 8.5, "%", None),
    ("points", "下降5个百分点", 5, "个百分点", None),
    ("chinese", "一千四百人", 1400, "人", None),
    ("liang", "两千元", 2000, "元", None),
    ("chinese_yu", "二百余人", 200, "人", "more"),
    ("area", "总面积35万平方公里", 350000, "平方公里", None),
    ("bandwidth_g", "出口带宽达5 G", 5, "Gbps", None),
    ("bandwidth_sdh", "2MSDH高速宽带专网", 2, "Mbps", None),
    ("baifenzhi", "百分之五十", 50, "%", None),
    ("money_wan", "节约了600万元", 6000000, "元", None),
]


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"), [c[1:] for c in QUANTITIES], ids=[c[0] for c in QUANTITIES]
)
def test_quantity(text: str, value: float, unit: str, approx: str | None) -> None:
    (m,) = find_quantities(text)
    assert m.value.value == value
    assert m.value.unit == unit
    assert (m.value.approx.value if m.value.approx else None) == approx
    assert text[m.start : m.end] == m.text


def test_lists_of_counts() -> None:
    got = [(m.value.value, m.value.unit) for m in find_quantities("三县一市，8县2市、一口岸、75个乡镇")]
    assert got == [(3, "县"), (1, "市"), (8, "县"), (2, "市"), (1, "口岸"), (75, "个乡镇")]


def test_ranges_give_two_values() -> None:
    for text in ("8%至10%", "8至10%"):
        assert [(m.value.value, m.value.unit) for m in find_quantities(text)] == [(8, "%"), (10, "%")]


NOT_QUANTITIES = [
    ("ordinal", "第一"),
    ("list_marker", "一是加强领导"),
    ("slogan", "三个代表"),
    ("congress", "十七大"),
    ("year", "2005年"),
    ("phone", "联系电话：68724690"),
    ("date", "11月7日"),
    ("duration", "3天内"),
    ("word_with_yi", "统一市场"),
    ("mobile_5g", "推进5G建设"),
    ("indefinite", "形成一个机构"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_QUANTITIES], ids=[c[0] for c in NOT_QUANTITIES])
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_parse_and_is_quantity() -> None:
    assert parse_quantity("38.5万户").value == 385000
    assert is_quantity("1700多人")
    assert not is_quantity("十七大")
    with pytest.raises(QuantityParseError):
        parse_quantity("88人和99人")


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name[:3] for p in SEED_FILES])
def test_every_gold_indicator_value_is_found(path: Path) -> None:
    gold = gold_for(path)
    found = {(float(m.value.value), m.value.unit) for m in find_quantities(parse(path).text)}
    units_alias = {"个": {"个", "个乡镇"}}
    for ind in gold["indicators"]:
        options = units_alias.get(ind["unit"], {ind["unit"]})
        assert any((float(ind["value"]), u) in found for u in options), ind


@given(st.text(max_size=300))
def test_find_quantities_never_raises_and_spans_fit(text: str) -> None:
    for m in find_quantities(text):
        assert text[m.start : m.end] == m.text


PERIODS = [
    ("quoted", "“十一五”期间", 2006, 2010),
    ("plain_plan", "十二五规划", 2011, 2015),
    ("ordinal", "第十一个五年规划", 2006, 2010),
    ("fifteen_context", "十五期间", 2001, 2005),
    ("single_quotes", "'十三五'规划", 2016, 2020),
    ("fourteenth", "“十四五”时期", 2021, 2025),
]


@pytest.mark.parametrize(("text", "start", "end"), [c[1:] for c in PERIODS], ids=[c[0] for c in PERIODS])
def test_periods(text: str, start: int, end: int) -> None:
    (m,) = find_periods(text)
    assert (m.value.start_year, m.value.end_year) == (start, end)


@pytest.mark.parametrize(
    "text", ["二十五个", "十五年", "十五", "二〇一五年"], ids=["25", "15_years", "bare_15", "year"]
)
def test_not_periods(text: str) -> None:
    assert find_periods(text) == []


def test_parse_period() -> None:
    assert parse_period("十二五").start_year == 2011
    assert is_period("“十一五”")
    with pytest.raises(PeriodParseError):
        parse_period("十七大")


def test_congress_eras() -> None:
    eras = find_eras("党的十六大报告和十七大")
    assert [(e.name, e.date.iso) for e in eras] == [("十六大", "2002-11"), ("十七大", "2007-10")]
    assert find_eras("十七大学") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a higher section in Arabic digits belongs to the lower one after it (not 2千万 alone)
        ("共投资1亿2千万元建设", (3, 9), 120_000_000),
        ("约1亿2000万元", (0, 9), 120_000_000),
        ("3万5千人", (0, 5), 35_000),
        ("12亿3千万元", (0, 7), 1_230_000_000),
    ],
)
def test_sections_in_digits_add_up(text: str, span: tuple[int, int], value: int) -> None:
    (m,) = find_quantities(text)
    assert ((m.start, m.end), m.value.value) == (span, value)


def test_separate_amounts_stay_separate() -> None:
    assert [m.value.value for m in find_quantities("2亿元，3千万元")] == [200_000_000, 30_000_000]


def test_range_ends_are_marked() -> None:
    low, high = find_quantities("连接3-5个县市")
    assert (low.value.value, low.range_part, high.value.value, high.range_part) == (3, "low", 5, "high")
    assert find_quantities("连接5个县市")[0].range_part is None


APPROX_SPANS = [
    # text, (start, end, value, unit, approx): the approximation word is part of the span
    ("将近4万人", (0, 5, 40_000, "人", "nearly")),
    ("接近300户", (0, 6, 300, "户", "nearly")),
    ("大约20个", (0, 5, 20, "个", "about")),
    ("逾千人", (0, 3, 1000, "人", "more")),
    ("突破5万户", (0, 5, 50_000, "户", "more")),
    ("近百分之三十", (0, 6, 30, "%", "nearly")),
    ("约五分之一", (0, 5, 20, "%", "about")),
    ("五分之一左右", (0, 6, 20, "%", "about")),
    ("百分之三十以上", (0, 7, 30, "%", "more")),
    ("千分之五以上", (0, 6, 0.5, "%", "more")),
    ("四分之四", (0, 4, 100, "%", None)),
    ("达300人之多", (1, 7, 300, "人", "more")),
    ("50%左右", (0, 5, 50, "%", "about")),
    ("2.5万余人", (0, 6, 25_000, "人", "more")),
    ("1.5万多元", (0, 6, 15_000, "元", "more")),
    ("100 人", (0, 5, 100, "人", None)),
    ("共十人", (1, 3, 10, "人", None)),
    ("2,000人", (0, 6, 2000, "人", None)),
    ("培训100人(次)", (2, 9, 100, "人次", None)),
]


@pytest.mark.parametrize(("text", "expected"), APPROX_SPANS, ids=[t for t, _ in APPROX_SPANS])
def test_approximation_spans(text: str, expected: tuple[int, int, float, str, str | None]) -> None:
    (m,) = find_quantities(text)
    got = (m.start, m.end, m.value.value, m.value.unit, m.value.approx.value if m.value.approx else None)
    assert got == pytest.approx(expected)
    assert m.text == text[m.start : m.end]


@pytest.mark.parametrize("text", ["三分之四", "三分之零", "统十人", "100M", "千兆光纤", "2,00人"])
def test_more_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


RANGES = [
    # text, [(start, end, value, unit, range_part)]
    ("9至10个", [(0, 1, 9, "个", "low"), (2, 5, 10, "个", "high")]),
    ("三到五家", [(0, 1, 3, "家", "low"), (2, 4, 5, "家", "high")]),
    ("三～五家", [(0, 1, 3, "家", "low"), (2, 4, 5, "家", "high")]),
    ("8－10%", [(0, 1, 8, "%", "low"), (2, 5, 10, "%", "high")]),
    ("十至二十%", [(0, 1, 10, "%", "low"), (2, 5, 20, "%", "high")]),
    # not ranges: the low end is not below the high one, or is the number of another quantity
    ("5至5个", [(2, 4, 5, "个", None)]),
    ("1000至999个", [(5, 9, 999, "个", None)]),
    ("三至百分之五", [(2, 6, 5, "%", None)]),
    ("百分之5至10%", [(0, 4, 5, "%", None), (5, 8, 10, "%", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[t for t, _ in RANGES])
def test_range_ends(text: str, expected: list[tuple[int, int, float, str, str | None]]) -> None:
    got = [(m.start, m.end, m.value.value, m.value.unit, m.range_part) for m in find_quantities(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("带宽100M", (2, 6, 100, "Mbps")),
        ("接入100Mbps", (2, 9, 100, "Mbps")),
        ("出口带宽2G光纤", (4, 6, 2, "Gbps")),  # the trailing 光纤 is not part of the figure
        ("骨干链路1万兆", (4, 7, 10, "Gbps")),
    ],
)
def test_bandwidth_spans(text: str, expected: tuple[int, int, float, str]) -> None:
    (m,) = find_quantities(text)
    assert (m.start, m.end, m.value.value, m.value.unit) == expected


def test_a_higher_section_of_the_same_size_stays_apart() -> None:
    assert [(m.start, m.value.value) for m in find_quantities("3万5万人")] == [(2, 50_000)]


def test_a_set_phrase_blocks_only_itself() -> None:
    assert [(m.start, m.end, m.value.value) for m in find_quantities("三个代表3个")] == [(4, 6, 3)]


@pytest.mark.parametrize("text", ["共88人", "88人共", "", "88"])
def test_parse_quantity_wants_the_whole_string(text: str) -> None:
    assert not is_quantity(text)
    with pytest.raises(QuantityParseError):
        parse_quantity(text)
