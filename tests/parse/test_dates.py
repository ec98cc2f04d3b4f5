"""find_dates / parse_date / is_date: table tests with ids, seeds against gold, properties."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from egovkit import FuzzyDate, find_dates, is_date, normalize, parse, parse_date
from egovkit.errors import DateParseError

from ..conftest import SEED_FILES, gold_for

ABSOLUTE = [
    ("year_month", "2005年2月", "2005-02", None),
    ("day", "2007年6月1日", "2007-06-01", None),
    ("chinese_zero_a", "二〇一〇年八月十一日", "2010-08-11", None),
    ("chinese_zero_b", "二○一二年一月九日", "2012-01-09", None),
    ("numeric", "2010-4-30", "2010-04-30", None),
    ("spaced", "2019 年 10 月", "2019-10", None),
    ("year_end", "2005年底", "2005", "end"),
    ("year_end_mo", "2005年末", "2005", "end"),
    ("year_start", "2006年初", "2006", "start"),
    ("half1", "2008年上半年", "2008", "half1"),
    ("half2", "2008年下半年", "2008", "half2"),
    ("within", "2008年内", "2008", "by"),
    ("by_dao", "到2010年", "2010", "by"),
    ("by_zhengqu", "争取在2008年内", "2008", "by"),
    ("approx", "2010年左右", "2010", "approx"),
    ("approx_qianhou", "2010年前后", "2010", "approx"),
    ("asof_end", "截止到2007年底", "2007", "end"),
    ("asof_plain", "截至2007年", "2007", None),
    ("span_years", "2003年至2007年", "2003/2007", None),
    ("span_dash", "2006—2020年", "2006/2020", None),
    ("span_days", "2020年2月1日—2020年2月29日", "2020-02-01/2020-02-29", None),
    ("span_validity", "2012年2月1日至2017年1月31日", "2012-02-01/2017-01-31", None),
    ("span_same_year", "2020年2月1日—2月29日", "2020-02-01/2020-02-29", None),
    ("century_head", "本世纪头二十年", "2001/2020", None),
    ("decade", "九十年代", "1990/1999", None),
]


@pytest.mark.parametrize(
    ("text", "iso", "qualifier"), [c[1:] for c in ABSOLUTE], ids=[c[0] for c in ABSOLUTE]
)
def test_absolute(text: str, iso: str, qualifier: str | None) -> None:
    found = [m for m in find_dates(text) if m.value is not None]
    assert len(found) == 1
    value = found[0].value
    assert value is not None
    assert value.iso == iso
    assert (value.qualifier.value if value.qualifier else None) == qualifier
    assert not value.inferred


RELATIVE = [
    ("month_day", "11月7日", "2007-11-07"),
    ("this_year_day", "今年1月1日", "2006-01-01"),
    ("this_year", "今年", "2006"),
    ("last_year", "去年", "2005"),
    ("next_year", "明年", "2007"),
    ("previous_year", "上年", "2005"),
    ("lookback", "近三年来", "2003/2005"),  # completed years before the document
    ("past_five", "过去五年", "2001/2005"),
    ("five_years_since", "五年来", "2001/2005"),
    ("these_five", "这五年", "2001/2005"),
    ("past_year", "过去的一年", "2005"),
    ("year_since", "一年来", "2005"),
    ("next_five", "今后五年", "2006/2010"),
    ("future_five", "未来五年", "2006/2010"),
    ("new_year", "新的一年", "2006"),
    ("whole_year", "全年", "2006"),
]


@pytest.mark.parametrize(("text", "iso"), [c[1:] for c in RELATIVE], ids=[c[0] for c in RELATIVE])
def test_relative_needs_reference(text: str, iso: str) -> None:
    (unresolved,) = find_dates(text)
    assert unresolved.value is None and unresolved.unresolved
    ref = "2007" if text == "11月7日" else "2006"
    (resolved,) = find_dates(text, reference=ref)
    assert resolved.value is not None
    assert resolved.value.iso == iso
    assert resolved.value.inferred


@pytest.mark.parametrize(
    "reference", [dt.date(2006, 5, 1), FuzzyDate(year=2006), "2006-05"], ids=["date", "fuzzy", "iso"]
)
def test_reference_kinds(reference: object) -> None:
    (m,) = find_dates("今年", reference=reference)  # type: ignore[arg-type]
    assert m.value is not None and m.value.year == 2006


def test_bad_reference_is_a_typed_error() -> None:
    with pytest.raises(DateParseError):
        find_dates("今年", reference="last year")


def test_same_day_follows_the_previous_date() -> None:
    found = find_dates("2006年8月7日成为试点城市，同日召开会议")
    assert [m.value.iso for m in found if m.value] == ["2006-08-07", "2006-08-07"]


NOT_DATES = [
    ("count_people", "1700多人"),
    ("count_households", "2000余户"),
    ("money", "2000亿元"),
    ("phone", "联系电话：68724690"),
    ("duration_days", "六十日内"),
    ("duration_arabic", "3天内"),
    ("invalid_day", "2月30日"),
    ("bare_duration", "五年"),
    ("duration_more", "两年多"),
    ("within_five_years", "五年内"),
    ("every_year", "每年年底"),
    ("months", "3个月"),
    ("spring_month", "阳春三月"),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_DATES], ids=[c[0] for c in NOT_DATES])
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_parse_date_and_is_date() -> None:
    assert parse_date(" 2005年底 ").qualifier == "end"
    assert is_date("2007年6月1日")
    assert not is_date("2007年6月1日和2008年")
    assert not is_date("11月7日")  # year unknown
    with pytest.raises(DateParseError):
        parse_date("1700多人")
    assert parse_date("11月7日", reference="2007").iso == "2007-11-07"


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name[:3] for p in SEED_FILES])
def test_every_gold_milestone_date_is_found(path: Path) -> None:
    gold = gold_for(path)
    doc = parse(path)
    found = {m.value.iso for m in find_dates(doc.text, reference=doc.date) if m.value is not None}
    for milestone in gold["milestones"]:
        assert milestone["date"] in found, milestone


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name[:3] for p in SEED_FILES])
def test_document_date_matches_gold(path: Path) -> None:
    gold = gold_for(path)
    doc = parse(path)
    assert (doc.date.iso if doc.date else None) == gold["date"]
    assert doc.date_inferred == gold["date_inferred"]


@given(st.text(max_size=300))
def test_find_dates_never_raises_and_spans_fit(text: str) -> None:
    for m in find_dates(text):
        assert text[m.start : m.end] == m.text
    for m in find_dates(text, reference="2010"):
        assert text[m.start : m.end] == m.text


@given(st.integers(1900, 2099), st.integers(1, 12), st.integers(1, 28))
def test_written_dates_round_trip(y: int, mo: int, d: int) -> None:
    assert parse_date(f"{y}年{mo}月{d}日") == FuzzyDate(year=y, month=mo, day=d)


@pytest.mark.parametrize(
    "adversarial",
    ["年" * 200_000, "1" * 200_000, "(" * 200_000, "1." * 100_000, "統(tǒng)" * 20_000, "2005年" * 20_000],
    ids=["nian", "digits", "parens", "one_dot", "glosses", "many_years"],
)
def test_adversarial_input_completes(adversarial: str) -> None:
    # Linear-time behaviour: tests/test_scaling.py and benchmarks/; here every match fits.
    text = normalize(adversarial).text
    found = find_dates(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert len(found) == (20_000 if adversarial.startswith("2005年") else 0)


def test_every_relative_value_says_its_anchor() -> None:
    text = "2004年经济平稳。全年增长9.5%，比上年提高。今年要继续努力，11月7日召开会议，同日发布。"
    found = {m.text: m for m in find_dates(text, reference="2005-03")}
    assert found["2004年"].anchor is None and found["2004年"].anchor_kind is None
    whole = found["全年"]
    assert (whole.value.iso, whole.anchor_kind, whole.anchor_start) == ("2004", "discussed_year", 0)  # type: ignore[union-attr]
    assert whole.role == "record"
    assert found["上年"].value.iso == "2003" and found["上年"].anchor == FuzzyDate(year=2004)  # type: ignore[union-attr]
    this = found["今年"]
    assert (this.value.iso, this.anchor_kind, this.anchor) == (
        "2005",
        "document",
        FuzzyDate(year=2005, month=3),
    )  # type: ignore[union-attr]
    day = found["11月7日"]
    assert (day.value.iso, day.anchor_kind) == ("2005-11-07", "discussed_year")  # type: ignore[union-attr]
    same = found["同日"]
    assert same.anchor_kind == "previous_date" and same.anchor_start == text.index("11月7日")


@pytest.mark.parametrize(
    ("text", "iso", "role"),
    [
        ("同年", "2004", "date"),
        ("次年", "2005", "date"),
        ("9月份", "2004-09", "date"),
        ("一季度", "2004", "date"),
        ("年底前", "2004", "date"),
        ("2010年度", "2010", "record"),
        ("五年来", "2000/2004", "stretch"),
    ],
)
def test_words_of_the_year_under_discussion(text: str, iso: str, role: str) -> None:
    found = [m for m in find_dates("2004年，经济平稳。" + text, reference="2005-03") if m.text != "2004年"]
    assert len(found) == 1
    assert found[0].value is not None and found[0].value.iso == iso
    assert found[0].role == role


def test_a_year_end_stretch_counts_the_current_year() -> None:
    # a document of December counts its own year as done
    (m,) = find_dates("过去五年", reference="2020-12")
    assert m.value is not None and m.value.iso == "2016/2020"


@pytest.mark.parametrize(
    "compared",
    ["比2003年提高", "为1985年以来最高", "（2000年不变价）", "是2003年的2.2倍"],
)
def test_a_year_of_comparison_does_not_move_the_year_under_discussion(compared: str) -> None:
    found = find_dates(f"2004年经济平稳，收入{compared}，全年增长9.5%。", reference="2005-03")
    whole = next(m for m in found if m.text == "全年")
    assert whole.value is not None and whole.value.iso == "2004"


def test_a_month_day_after_a_day_at_the_turn_of_the_year_is_in_the_year_the_text_is_about() -> None:
    text = "关于2019年部分节假日安排。元旦：2018年12月29日上班。春节：2月4日放假。国庆节：10月1日放假。"
    got = [m.value.iso for m in find_dates(text, "2018-12-04") if m.value is not None]
    assert got == ["2019", "2018-12-29", "2019-02-04", "2019-10-01"]


def test_a_day_late_in_a_year_does_not_move_later_months_or_other_texts() -> None:
    # no year stated alone before the dated day: months after it stay in its year
    assert [m.value.iso for m in find_dates("2018年3月5日开会，6月1日上线。") if m.value] == [
        "2018-03-05",
        "2018-06-01",
    ]
    # a text about 2018 that names a day of 2018: 2月 is 2018, not a turn of the year
    text = "2018年工作回顾。2018年12月29日通过验收，2月4日启动。"
    assert [m.value.iso for m in find_dates(text) if m.value][-1] == "2018-02-04"


def test_a_stretch_of_days_ends_at_a_day_named_alone() -> None:
    (m,) = find_dates("2月4日至10日放假调休", "2019")
    assert (m.text, m.value.iso) == ("2月4日至10日", "2019-02-04/2019-02-10")
    # an end before the start, or a day the month lacks, is not a stretch
    assert find_dates("3月5日至3日", "2019")[0].text == "3月5日"
    assert find_dates("2月20日至30日", "2019")[0].text == "2月20日"
