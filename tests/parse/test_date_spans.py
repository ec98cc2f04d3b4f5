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


def _full(text: str, reference: str | None = None) -> list[tuple[object, ...]]:
    return [
        (
            m.start,
            m.end,
            m.value.iso if m.value else None,
            m.value.qualifier.value if m.value and m.value.qualifier else None,
            m.value.inferred if m.value else None,
            m.relative,
            m.month,
            m.day,
            m.unresolved,
        )
        for m in find_dates(text, reference=reference)
    ]


_NO_YEAR = "the year is not stated; pass reference= to resolve it"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("会议于11月7日召开", None, [(3, 8, None, None, None, True, 11, 7, _NO_YEAR)]),
        ("会议11月7日召开", "2005-03", [(2, 7, "2005-11-07", None, True, True, 11, 7, None)]),
        ("2月29日", "2005", [(0, 5, None, None, None, True, 2, 29, "2月29日 does not exist in 2005")]),
        ("2月29日", "2004", [(0, 5, "2004-02-29", None, True, True, 2, 29, None)]),
        ("2004年2月29日", None, [(0, 10, "2004-02-29", None, False, False, 2, 29, None)]),
        ("2005年2月29日", None, []),
        ("11月初", "2005", [(0, 4, "2005-11", "start", True, True, 11, None, None)]),
        ("11月底前完成", "2005", [(0, 4, "2005-11", "by", True, True, 11, None, None)]),
        ("到11月", "2005", [(1, 4, "2005-11", "by", True, True, 11, None, None)]),
        ("2005年11月底", None, [(0, 9, "2005-11", "end", False, False, 11, None, None)]),
        ("2005年11月初", None, [(0, 9, "2005-11", "start", False, False, 11, None, None)]),
        ("二月份", "2005", [(0, 3, "2005-02", None, True, True, 2, None, None)]),
        ("二月", "2005", []),
        (
            "2005年，11月7日召开",
            None,
            [
                (0, 5, "2005", None, False, False, None, None, None),
                (6, 11, "2005-11-07", None, True, True, 11, 7, None),
            ],
        ),
    ],
    ids=[
        "no-year-unresolved",
        "no-year-resolved",
        "feb29-not-2005",
        "feb29-in-2004",
        "feb29-stated",
        "feb29-stated-invalid",
        "month-start",
        "month-end-deadline",
        "by-month",
        "stated-month-end",
        "stated-month-start",
        "chinese-month-fen",
        "chinese-month-bare",
        "year-then-day",
    ],
)
def test_month_and_day_matches_in_full(
    text: str, reference: str | None, expected: list[tuple[object, ...]]
) -> None:
    """Span, value, qualifier, inferred, relative, month, day and the unresolved reason."""
    assert _full(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2005年2月1日至3月", "2005-02-01/2005-03"),
        ("2005年2月至3月", "2005-02/2005-03"),
        ("2005年至2007年", "2005/2007"),
    ],
    ids=["day-to-month", "month-to-month", "year-to-year"],
)
def test_a_span_whose_end_omits_the_year_takes_the_start_year(text: str, iso: str) -> None:
    (m,) = find_dates(text)
    assert (m.start, m.end, m.value.iso if m.value else None, m.relative) == (0, len(text), iso, False)


def test_a_span_never_runs_backwards() -> None:
    assert [m.value.iso for m in find_dates("2007年至2005年") if m.value] == ["2007", "2005"]


_REL = "relative year; pass reference= to resolve it"


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("今年11月7日召开", None, [(0, 7, None, None, None, True, 11, 7, _REL)]),
        ("今年11月7日召开", "2005", [(0, 7, "2005-11-07", None, True, True, 11, 7, None)]),
        ("去年", None, [(0, 2, None, None, None, True, None, None, _REL)]),
        ("明年11月", "2005", [(0, 5, "2006-11", None, True, True, 11, None, None)]),
        ("今年底", "2005", [(0, 3, "2005", "end", True, True, None, None, None)]),
        ("明年上半年", "2005", [(0, 5, "2006", "half1", True, True, None, None, None)]),
        ("争取今年内", "2005", [(2, 5, "2005", "by", True, True, None, None, None)]),
        (
            "同日发布",
            None,
            [(0, 2, None, None, None, True, None, None, "同日 with no earlier day-precise date")],
        ),
    ],
    ids=[
        "rel-day-unresolved",
        "rel-day",
        "last-year-unresolved",
        "next-year-month",
        "this-year-end",
        "next-year-half",
        "within-this-year",
        "same-day-alone",
    ],
)
def test_relative_years_in_full(text: str, reference: str | None, expected: list[tuple[object, ...]]) -> None:
    assert _full(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "start", "iso", "month", "day"),
    [
        ("2005年2月1日至3月", 0, "2005-02-01/2005-03", 2, 1),
        ("2003年至2007年底", 0, "2003/2007", None, None),
        ("2005年至2005年", 0, "2005/2005", None, None),
        ("到2005年至2007年", 1, "2005/2007", None, None),
        ("2003年至今年", 0, "2003/2006", None, None),
    ],
    ids=["keeps-start-month-day", "end-qualifier-cleared", "same-year", "by-cleared-in-span", "relative-end"],
)
def test_a_span_is_plain_from_its_start_to_its_end(
    text: str, start: int, iso: str, month: int | None, day: int | None
) -> None:
    """The span keeps the start's month and day; its end carries no qualifier and is not
    inferred; a 到 before the span does not make it a deadline."""
    (m,) = find_dates(text, reference="2006")
    assert m.value is not None and m.value.end is not None
    assert (m.start, m.end, m.value.iso, m.month, m.day) == (start, len(text), iso, month, day)
    assert m.value.qualifier is None and m.value.inferred is False
    assert m.value.end.qualifier is None and m.value.end.inferred is False


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1997年7―9月，开展审查", "1997-07/1997-09"),
        ("1997年4至6月，进行自查", "1997-04/1997-06"),
        ("2020年1-2月份，完成", "2020-01/2020-02"),
        ("1997年10月――1998年2月，进行审查", "1997-10/1998-02"),
        ("1998―2000年", "1998/2000"),
    ],
)
def test_a_stretch_of_months_is_one_span_from_its_first_month(text: str, iso: str) -> None:
    # it was the year, then the end month alone (1997-09), as if the work fell in September
    found = find_dates(text)
    assert [m.value.iso if m.value else None for m in found] == [iso]
    assert found[0].start == 0


@pytest.mark.parametrize("text", ["2019年12-3月", "2019年3-5日", "2019年3-5项"])
def test_no_month_span_runs_backwards_or_ends_on_a_day_or_a_count(text: str) -> None:
    assert all(m.value is None or m.value.end is None for m in find_dates(text))
