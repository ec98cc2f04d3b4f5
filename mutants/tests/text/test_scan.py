"""windowed_finditer finds exactly what a plain finditer finds, for every pattern that uses it."""

from __future__ import annotations

import importlib
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from egovkit.text.scan import windowed_finditer


def _longest(pattern: re.Pattern[str]) -> int:
    sre_parse = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
    return int(sre_parse.parse(pattern.pattern).getwidth()[1])


def _spans(it: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in it]  # type: ignore[attr-defined]


_AB = re.compile(r"(?<!x)a{1,3}b(?!c)")
_B = re.compile("b")


@given(st.text(alphabet="abcx ", max_size=300))
def test_a_toy_pattern_matches_a_plain_scan(text: str) -> None:
    assert _spans(windowed_finditer(_AB, _B, 5, text)) == _spans(_AB.finditer(text))


def test_reach_must_be_positive() -> None:
    with pytest.raises(ValueError, match="reach"):
        list(windowed_finditer(_AB, _B, 0, "ab"))


def test_long_text_without_anchors_yields_nothing() -> None:
    assert list(windowed_finditer(_AB, _B, 5, "a" * 100_000)) == []


_NET_ALPHABET = "克州电子政务内外专网络通道站局域城骨干资源信息业平台（）()OA的和建成，。、0123456789"


@given(st.text(alphabet=_NET_ALPHABET, max_size=400))
def test_network_scan_matches_a_plain_scan(text: str) -> None:
    from egovkit.extract.networks import _NET, _NET_ANCHOR, _NET_REACH

    assert _spans(windowed_finditer(_NET, _NET_ANCHOR, _NET_REACH, text)) == _spans(_NET.finditer(text))


def test_network_reach_covers_the_longest_match() -> None:
    from egovkit.extract.networks import _NET, _NET_REACH

    assert _longest(_NET) + 1 <= _NET_REACH  # +1: the (?!站) lookahead


_DATE_ALPHABET = (
    "0123456789年月日号天同当至到—-/.今去明上下半底末初内前后左右一二三十〇近来代世纪头份 ，。的建成"
)


@given(st.text(alphabet=_DATE_ALPHABET, max_size=400))
def test_date_scan_matches_a_plain_scan(text: str) -> None:
    from egovkit.parse.dates import _ANCHOR, _DATE_RX, _REACH

    assert _spans(windowed_finditer(_DATE_RX, _ANCHOR, _REACH, text)) == _spans(_DATE_RX.finditer(text))


def test_date_scan_on_a_long_text_with_sparse_dates() -> None:
    from egovkit.parse.dates import _ANCHOR, _DATE_RX, _REACH

    filler = "推进电子政务建设，" * 40
    text = filler + "2005年2月" + filler + "十一月七日" + "年" * 300 + "2010-4-30" + filler + "同日"
    plain = _spans(_DATE_RX.finditer(text))
    assert _spans(windowed_finditer(_DATE_RX, _ANCHOR, _REACH, text)) == plain
    assert len(plain) >= 3


def test_date_reach_covers_the_longest_match() -> None:
    from egovkit.parse.dates import _DATE_RX, _REACH

    assert _longest(_DATE_RX) + 1 <= _REACH  # +1: the lookahead after a numeric date
