"""The Chinese numeral grammar (parse/numerals.py) and the quantities it feeds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from egovkit import find_quantities, parse_quantity
from egovkit.parse.numerals import chinese_to_int, number_value, parse_chinese_number, to_number

_D = "零一二三四五六七八九"


def _section(n: int, leading: bool, yi_shi: bool, liang: bool) -> str:
    """A reference writer for 1..9999: places in falling order, one 零 per run of skipped places."""
    out, zero, started = "", False, False
    for d, u in zip((n // 1000, n // 100 % 10, n // 10 % 10, n % 10), "千百十 ", strict=True):
        u = u.strip()
        if d == 0:
            zero = zero or started
            continue
        if zero:
            out, zero = out + "零", False
        if u == "十" and d == 1 and leading and not started and not yi_shi:
            out += "十"
        elif d == 2 and liang and u in ("千", "百"):
            out += "两" + u
        else:
            out += _D[d] + u
        started = True
    return out


def write_chinese(n: int, yi_shi: bool = False, liang: bool = False, leading: bool = True) -> str:
    """n (≥ 1) in Chinese numerals: 亿 and 万 sections, 零 where a lower section lacks its top place."""
    if n >= 10**8:
        hi, lo = divmod(n, 10**8)
        s = write_chinese(hi, yi_shi, liang, leading) + "亿"
        return s + (("零" if lo < 10**7 else "") + write_chinese(lo, yi_shi, liang, False) if lo else "")
    if n >= 10**4:
        hi, lo = divmod(n, 10**4)
        s = _section(hi, leading, yi_shi, liang) + "万"
        return s + (("零" if lo < 1000 else "") + _section(lo, False, yi_shi, liang) if lo else "")
    return _section(n, leading, yi_shi, liang)


@given(st.integers(min_value=1, max_value=10**16 - 1), st.booleans(), st.booleans())
def test_round_trip_integers(n: int, yi_shi: bool, liang: bool) -> None:
    written = write_chinese(n, yi_shi, liang)
    assert parse_chinese_number(written) == n, written
    found = find_quantities(written + "元")
    assert [(m.start, m.end, m.value.value, m.value.unit) for m in found] == [(0, len(written) + 1, n, "元")]


@given(st.integers(min_value=1, max_value=99_999), st.integers(min_value=0, max_value=999))
def test_round_trip_decimals(n: int, frac: int) -> None:
    digits = str(frac).rstrip("0") or "0"
    written = write_chinese(n) + "点" + "".join(_D[int(c)] for c in digits)
    assert parse_chinese_number(written) == Decimal(f"{n}.{digits}")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一百二十三亿七千万", 12_370_000_000),
        ("五百六十六万九千一百四十四", 5_669_144),
        ("一万零二百亿", 1_020_000_000_000),
        ("三万亿", 3 * 10**12),
        ("一亿零五百万", 105_000_000),
        ("一千零五", 1005),
        ("十七", 17),
        ("廿一", 21),
        ("卅", 30),
        ("两千", 2000),
        ("三千五", 3500),  # the digit after the last place is the next lower place
        ("一万二", 12000),
        ("二〇一〇", 2010),
        ("千", 1000),
    ],
)
def test_chinese_integers(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize(
    "text", ["二三十", "三四百", "十百", "一百零五十", "万", "一万二百", "一千零", "点五", "三点"]
)
def test_malformed_numerals_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_chinese_number(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("974，979，000", 974979000),
        ("1,234.5", Decimal("1234.5")),
        ("１２３", 123),
        ("七十七点五", Decimal("77.5")),
    ],
)
def test_to_number(text: str, value: Decimal) -> None:
    assert to_number(text) == value


SPANS = [
    # text, expected [(start, end, value, unit, approx)]
    ("一百二十三亿七千万元", [(0, 10, 12_370_000_000, "元", None)]),
    ("共五百六十六万九千一百四十四名", [(1, 15, 5_669_144, "名", None)]),
    ("占百分之七十七点五", [(1, 9, 77.5, "%", None)]),
    ("提高三点五个百分点", [(2, 9, 3.5, "个百分点", None)]),
    ("千分之五", [(0, 4, 0.5, "%", None)]),
    ("收入974，979，000元", [(2, 14, 974_979_000, "元", None)]),
    ("１２３人", [(0, 4, 123, "人", None)]),
    ("产量1.14万亿斤", [(2, 9, 1_140_000_000_000, "斤", None)]),
    ("一万零二百亿斤", [(0, 7, 1_020_000_000_000, "斤", None)]),
    ("大概40万人", [(0, 6, 400_000, "人", "about")]),
    ("超40万人", [(0, 5, 400_000, "人", "more")]),
    ("近三分之一的县", [(0, 5, 100 / 3, "%", "nearly")]),
    ("一半以上的乡镇", [(0, 4, 50, "%", "more")]),
    ("三至五个", [(0, 1, 3, "个", None), (2, 4, 5, "个", None)]),
    ("8%至10%", [(0, 2, 8, "%", None), (3, 6, 10, "%", None)]),
    ("共3个，5个", [(1, 3, 3, "个", None), (4, 6, 5, "个", None)]),
    ("千余人", [(0, 3, 1000, "人", "more")]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS, ids=[t for t, _ in SPANS])
def test_quantity_spans(text: str, expected: list[tuple[int, int, float, str, str | None]]) -> None:
    got = [
        (m.start, m.end, m.value.value, m.value.unit, m.value.approx.value if m.value.approx else None)
        for m in find_quantities(text)
    ]
    assert got == [pytest.approx(e) for e in expected]


@pytest.mark.parametrize("text", ["二三十人", "一两个", "三五年", "另一半", "分别为3，5个", "2006，2007年"])
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_parse_quantity_whole_grammar() -> None:
    assert parse_quantity("一百二十三亿七千万元").value == 12_370_000_000
    assert parse_quantity("三分之一").unit == "%"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("十", 10),
        ("一十", 10),
        ("一百一十", 110),
        ("一千零十", 1010),  # 十 after 零 needs no 一
        ("一百五", 150),  # the trailing digit is the next lower place, after 百 too
        ("两百五", 250),
        ("一万一千", 11_000),  # the lower part may fill its top place exactly
        ("一亿二", 120_000_000),  # after 亿 a lone digit is ten million
        ("三亿五", 350_000_000),
        ("百", 100),
    ],
)
def test_more_chinese_integers(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "十十",  # a doubled place word
        "一百百",
        "一百零十",  # 零 then a place right below the skipped one
        "千百",  # a place word without its digit
        "百五",
        "一千零零五",  # two 零 in a row
        "五十零",  # ends in 零
        "一万零",  # 零 with nothing after it
        "一万零一千",  # 零 before the full top place of the lower part
        "一亿零一千万",
        "亿",
        "亿五",
        "三点十",  # a decimal fraction is digits only
    ],
)
def test_more_malformed_numerals_raise(text: str) -> None:
    with pytest.raises(ValueError):
        parse_chinese_number(text)


def test_chinese_to_int_refuses_a_fraction() -> None:
    assert parse_chinese_number("三点五") == Decimal("3.5")
    with pytest.raises(ValueError):
        chinese_to_int("三点五")


@pytest.mark.parametrize(
    ("text", "value"),
    [(" －５ ", Decimal(-5)), ("３．５", Decimal("3.5")), ("＋1，000", Decimal(1000)), ("十七", Decimal(17))],
)
def test_to_number_folds_full_width_signs(text: str, value: Decimal) -> None:
    assert to_number(text) == value


def test_to_number_rejects_non_numbers() -> None:
    with pytest.raises(ValueError):
        to_number("abc")


def test_number_value_is_int_only_when_whole() -> None:
    whole, frac = number_value(Decimal("3.0")), number_value(Decimal("3.5"))
    assert (whole, type(whole)) == (3, int)
    assert (frac, type(frac)) == (3.5, float)
