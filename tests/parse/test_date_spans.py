"""find_dates: exact spans, span merging over 3+ matches, the relative flag, the guards.

What dating and evidence rely on, pinned as behaviour of the public ``find_dates`` (the
internals of parse/dates.py may change): each match's (start, end), which neighbours join
into a span, which matches are relative, and the bounds of 本世纪头N年.
"""

from __future__ import annotations

import pytest

from egovkit import find_dates


def _spans(text: str, reference: str | None = None) -> list[tuple[int, int, str, str | None, bool]]:
    return [
        (m.start, m.end, m.text, m.value.iso if m.value else None, m.relative)
        for m in find_dates(text, reference=reference)
    ]


def test_a_date_inside_a_sentence_has_its_exact_span() -> None:
    assert _spans("克州于2005年2月完成一期工程。") == [(3, 10, "2005年2月", "2005-02", False)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "2003年至2007年，2010年至2015年",
            [(0, 11, "2003年至2007年", "2003/2007", False), (12, 23, "2010年至2015年", "2010/2015", False)],
        ),
        (
            "2001年、2003年至2007年",
            [(0, 5, "2001年", "2001", False), (6, 17, "2003年至2007年", "2003/2007", False)],
        ),
        (
            "2001年，2003年至2007年至2010年",
            [
                (0, 5, "2001年", "2001", False),
                (6, 17, "2003年至2007年", "2003/2007", False),
                (18, 23, "2010年", "2010", False),
            ],
        ),
        (
            "2005年2005年2005年",
            [
                (0, 5, "2005年", "2005", False),
                (5, 10, "2005年", "2005", False),
                (10, 15, "2005年", "2005", False),
            ],
        ),
    ],
    ids=["two-spans", "single-then-span", "span-between-singles", "three-adjacent"],
)
def test_spans_join_each_match_with_the_next_one_only(text: str, spans: list[tuple[object, ...]]) -> None:
    assert _spans(text) == spans


def test_relative_matches_say_so_and_absolute_ones_do_not() -> None:
    got = _spans("2004年经济平稳。今年11月7日召开会议，同日发布，上年增长。", reference="2005-03")
    assert got == [
        (0, 5, "2004年", "2004", False),
        (10, 17, "今年11月7日", "2005-11-07", True),
        (22, 24, "同日", "2005-11-07", True),
        (27, 29, "上年", "2004", True),
    ]


def test_a_relative_date_without_a_reference_is_relative_and_unresolved() -> None:
    (match,) = find_dates("今年")
    assert match.relative and match.value is None and match.unresolved


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("本世纪头0年", None),
        ("本世纪头1年", "2001/2001"),
        ("本世纪头十年", "2001/2010"),
        ("21世纪头二十年", "2001/2020"),
        ("本世纪头99年", "2001/2099"),
        ("本世纪头一百年", None),
    ],
    ids=["zero", "one", "ten", "twenty", "ninety-nine", "hundred"],
)
def test_the_first_years_of_the_century_are_bounded(text: str, iso: str | None) -> None:
    """1 <= N <= 99: 本世纪头0年 is no date (and must not raise)."""
    found = find_dates(text)
    assert [m.value.iso for m in found if m.value] == ([iso] if iso else [])
    if iso:
        assert (found[0].start, found[0].end) == (0, len(text))
