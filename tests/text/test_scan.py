"""windowed_finditer and literal_finditer find exactly what a plain finditer finds, for every pattern that uses them."""

from __future__ import annotations

import importlib
import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from egovkit.text.scan import literal_finditer, required_literals, windowed_finditer


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


# -- literal_finditer ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"ab[cd]ef", (("ab",), ("ef",))),
        (r"x(?:ab)+y", (("ab",), ("x",), ("y",))),
        (r"x(?:ab)*y", (("x",), ("y",))),  # a repetition that may be absent requires nothing
        (r"x(?:ab)?y", (("x",), ("y",))),
        (r"(?:网站|网|门户)", (("网站", "网", "门户"),)),
        (r"(?:a|b|c|d)x", (("x",),)),  # a group of many strings filters too little for its cost
        (r"(?:网站|[a-z])", ()),  # an alternative without a literal: no filter from the alternation
        (r"(?<!x)ab(?!cd)", (("ab",),)),  # a negative lookaround's literal need not be in the text
        (r"(?=.*gh)ab", (("gh",), ("ab",))),
        (r"(?i)ab", ()),  # case-insensitive: a substring test would be wrong
        (r"x(?i:ab)", (("x",),)),
        (r"[ab]{2,3}", ()),
    ],
    ids=[
        "run",
        "plus",
        "star",
        "optional",
        "alternation",
        "long_alternation",
        "open_alternative",
        "negative_look",
        "positive_look",
        "ignorecase",
        "scoped_ignorecase",
        "class_only",
    ],
)
def test_required_literals(pattern: str, expected: tuple[tuple[str, ...], ...]) -> None:
    assert set(required_literals(re.compile(pattern))) == set(expected)


def test_ignorecase_flag_gives_no_filter() -> None:
    assert required_literals(re.compile("www", re.IGNORECASE)) == ()


def _filtered_patterns() -> list[re.Pattern[str]]:
    from egovkit.extract import plans
    from egovkit.lexicon.resources import noise_patterns

    named = [plans._CONGRESS_REPORT, plans._PROGRAMME, plans._REPORT_BOOK, plans._NUMBERED_FILE, plans._PHASE]
    return [p.regex for p in noise_patterns()] + named


def test_the_costly_patterns_have_a_literal() -> None:
    # a pattern without one is scanned in full: correct, only slower
    from egovkit.lexicon.resources import noise_patterns

    costly = {"site_name_url", "truncation_count", "truncation", "wenmi_omission", "scraper_marker"}
    noise = [p.regex for p in noise_patterns() if p.name in costly]
    assert len(noise) == len(costly)
    assert [p.pattern for p in noise + _filtered_patterns()[-5:] if not required_literals(p)] == []


_LITERAL_ALPHABET = "www.网站门户未完共字@主办承办技术支持维护目录…大报告金工程号文件电子政务期一二2019年蓝皮书县 \t\n:：（(）)，。"


@given(st.text(alphabet=_LITERAL_ALPHABET, max_size=200))
def test_literal_finditer_matches_a_plain_scan(text: str) -> None:
    for pattern in _filtered_patterns():
        assert _spans(literal_finditer(pattern, text)) == _spans(pattern.finditer(text))


def test_literal_finditer_finds_a_match_the_filter_lets_through() -> None:
    from egovkit.extract.plans import _PHASE

    text = "建成靖边县电子政务三期工程。"
    assert _spans(literal_finditer(_PHASE, text)) == _spans(_PHASE.finditer(text)) != []
    assert list(literal_finditer(_PHASE, "建成靖边县电子政务网络。")) == []


_PERIOD_ALPHABET = "“”\"'十一二三四五六七八九第个年规划计划期间万亿%两百千零〇，。的"


@given(st.text(alphabet=_PERIOD_ALPHABET, max_size=300))
def test_period_scan_matches_a_plain_scan(text: str) -> None:
    from egovkit.parse.periods import _PERIOD_ANCHOR, _PERIOD_REACH, _PERIOD_RX

    windowed = windowed_finditer(_PERIOD_RX, _PERIOD_ANCHOR, _PERIOD_REACH, text)
    assert _spans(windowed) == _spans(_PERIOD_RX.finditer(text))


def test_period_reach_covers_the_longest_match() -> None:
    from egovkit.parse.periods import _PERIOD_REACH, _PERIOD_RX

    assert _longest(_PERIOD_RX) + 1 <= _PERIOD_REACH  # +1: the lookahead after a name


@given(st.text(alphabet="一二三四五六七八九十金税桥资基工程建设，", max_size=300))
def test_programme_scan_matches_a_plain_scan(text: str) -> None:
    from egovkit.extract.plans import _PROGRAMME, _PROGRAMME_ANCHOR, _PROGRAMME_REACH

    windowed = windowed_finditer(_PROGRAMME, _PROGRAMME_ANCHOR, _PROGRAMME_REACH, text)
    assert _spans(windowed) == _spans(_PROGRAMME.finditer(text))


def test_programme_reach_covers_the_longest_match() -> None:
    from egovkit.extract.plans import _PROGRAMME, _PROGRAMME_REACH

    assert _longest(_PROGRAMME) < _PROGRAMME_REACH


_BANDWIDTH_ALPHABET = "0123456789.aZ GbpsM/兆千万带宽光纤SDH，"


@given(st.text(alphabet=_BANDWIDTH_ALPHABET, max_size=80))
def test_bandwidth_pattern_matches_its_lookbehind_form(text: str) -> None:
    # the pattern opens on the first digit (so the engine skips to digits); it must find what
    # the form with the lookbehind before the number finds
    from egovkit.parse.quantities import _BANDWIDTH_RX

    plain = re.compile(
        r"(?<![\dA-Za-z.])(?P<bw>\d+(?:\.\d+)?)[ \t]?(?P<bu>Gbps|Gb/s|Mbps|Mb/s|千兆|万兆|兆|G|M)"
        r"(?P<bx>SDH|bps|b/s|带宽|宽带|光纤|专线|出口|接入)?(?![A-Za-z])"
    )
    found = [(m.span(), m.groupdict()) for m in _BANDWIDTH_RX.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@given(st.text(alphabet="学习了贯彻落实制定订修全区本市县规划方案，", max_size=120))
def test_citing_verbs_match_their_plain_form(text: str) -> None:
    # the verbs are written to open on a character the engine can skip to; they must find
    # what the plain form finds
    from egovkit.extract.plans import _CITE_VERB

    plain = re.compile(
        r"(?:学习了?|贯彻|落实|实施|推行|执行|依据|根据|按照|出台了?|颁布了?|印发了?"
        r"|(?:制定|制订|修订)了?(?=全[区市县省州]|本[区市县省州]))+"
        r"(?:全[区市县省州]|本[区市县省州])?"
    )
    assert _spans(_CITE_VERB.finditer(text)) == _spans(plain.finditer(text))
