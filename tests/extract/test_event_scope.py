"""The date of a milestone is the date of its own event: a date inside a noun modifier, a frame's
object or a time frame dates what that tells, not the clause's main predicate
(``data/event_scope.tsv``)."""

from __future__ import annotations

import pytest

from egovkit import find_dates, parse
from egovkit.extract.events import _date_scope, scope_cue, scope_cue_examples

KINDS = ["frame_before", "frame_after", "modifier", "main", "venue"]


@pytest.mark.parametrize("kind", KINDS)
def test_cue_matches_its_examples(kind: str) -> None:
    must, must_not = scope_cue_examples(kind)
    assert must and must_not, "every cue kind lists examples both ways"
    rx = scope_cue(kind)
    for text in must:
        assert rx.search(text), (kind, text)
    for text in must_not:
        assert not rx.search(text), (kind, text)


def _milestones(text: str, reference: str = "1956-06") -> list[tuple[str, str, str]]:
    doc = parse("工作报告\n" + text, reference=reference)
    return [(m.date.iso, m.status.value, m.event) for m in doc.milestones]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause: the date is the road's completion, told as done, not its rebuilding
        ("前年已经完工通车的公路将实行改建。", [("1954", "done", "前年已经完工通车的公路")]),
        # a time frame (继…以后, 自…以来, …的时候): the frame's own event
        (
            "继去年发射运载火箭以后，今年又发射了三颗卫星。",
            [("1955", "done", "去年发射运载火箭"), ("1956", "done", "今年又发射了三颗卫星")],
        ),
        ("自1949年两国建立外交关系以来，两国关系有了很大的发展。", [("1949", "done", "1949年两国建立外交关系")]),
        # a deadline is the main predicate's date: a modifier after it changes nothing
        ("到1957年建成覆盖全省的电话网。", [("1957", "planned", "到1957年建成覆盖全省的电话网")]),
    ],
    ids=["relative-clause", "ji-yihou", "zi-yilai", "deadline"],
)
def test_a_date_dates_its_own_event(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _milestones(text) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the object of a frame (根据…的提案) is no event: only 本年 dates the revision
        ("根据1955年人民代表大会关于降低税率的提案，国家已经在本年修订公布了税收条例。", ["1956"]),
        # an attribute that is no event (取得的成就, 行之有效的方法) dates nothing the clause tells
        ("他们全盘否定1954年我们在各方面取得的成就。", []),
        ("凡是1955年已经行之有效的各种方法，都必须坚持下去。", []),
        # must still work: a modifier's event and the main predicate's own date
        ("2008年建成的政务平台于2010年升级改造。", ["2008", "2010"]),
    ],
    ids=["genju-object", "attribute", "attribute-planned", "two-events"],
)
def test_a_modifier_or_frame_does_not_date_the_clause(text: str, dates: list[str]) -> None:
    assert sorted(d for d, _, _ in _milestones(text)) == dates


@pytest.mark.parametrize(
    "text",
    [
        "这个平台是2008年建成的。",  # 是…的 ends the clause: a predicate, not a modifier
        "《工作规则》已经2004年6月16日召开的国务院常务会议修订通过。",  # the meeting's deed, on its date
        "2008年建成了全市统一的网络平台。",  # the 的 of an object, after the main predicate
        "国务院关于2018年度生产建设项目审批决定的公告",  # a title names its subject
    ],
    ids=["shi-de", "meeting", "object", "title"],
)
def test_a_date_that_dates_its_clause_keeps_it(text: str) -> None:
    d = find_dates(text, reference="2019-01")[0]
    assert _date_scope(text, d, 0, len(text)) is None


def test_a_meeting_keeps_what_it_did() -> None:
    (m,) = parse("工作报告\n《工作规则》已经2004年6月16日召开的国务院常务会议修订通过。", reference="2004-07").milestones
    assert m.date.iso == "2004-06-16" and "修订通过" in m.event


def test_tong_ri_ben_is_japan_not_the_same_day() -> None:
    # 同日 is the same day; 同日本 is "with Japan"
    assert not [d for d in find_dates("2006年8月7日签约，中国同日本签订了协定") if d.text == "同日"]
