"""The date of a milestone is the date of its own event: a date inside a noun modifier, a frame's
object or a time frame dates what that tells, not the clause's main predicate
(``data/event_scope.tsv``)."""

from __future__ import annotations

import pytest

from egovkit import find_dates, parse
from egovkit.extract.events import _date_scope, scope_cue, scope_cue_examples

KINDS = ["frame_before", "frame_after", "modifier", "main", "venue", "manner"]


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


def test_a_head_noun_ends_where_the_main_predicate_begins() -> None:
    (m,) = parse("工作报告\n要为1966年开始的第三个五年计划作好准备。", reference="1965-01").milestones
    assert (m.date.iso, m.event) == ("1966", "1966年开始的第三个五年计划")


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # after a target, a clause of manner tells how it works: what follows is no target of the deadline
        ("到2020年，各省份建立考核信息系统，以数据考核为主，利用网络采集数据，开展考核工作。", ["到2020年，各省份建立考核信息系统"]),
        # must still work: a means before any target, and a list of targets
        ("到2020年，通过政务服务平台，实现全省一网通办。", ["实现全省一网通办"]),
        ("到2020年，建成全省统一的政务服务平台，开通移动端应用。", ["到2020年，建成全省统一的政务服务平台", "开通移动端应用"]),
    ],
    ids=["manner-ends-list", "means-first", "list"],
)
def test_a_clause_of_manner_ends_a_list_of_targets(text: str, events: list[str]) -> None:
    assert [m.event for m in parse("工作方案\n" + text, reference="2019-01").milestones] == events


def test_a_date_inside_a_clause_another_heads_is_a_nouns() -> None:
    # 今年 dates the setting up; 去年 the revenue the money comes out of (从…中)
    got = [m.date.iso for m in parse("工作报告\n今年拟从去年超收收入中安排500亿元设立调节基金。", reference="2007-03").milestones]
    assert got == ["2007"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("在1955年和1956年，我们对手工业进行了全面的社会主义改造。", "1955/1956"),
    ],
    ids=["years"],
)
def test_two_years_joined_by_he_date_a_clause_as_a_span(text: str, iso: str) -> None:
    assert [m.date.iso for m in parse("工作报告\n" + text, reference="1959-04").milestones] == [iso]


def test_two_days_joined_by_he_are_two_events() -> None:
    doc = parse("工作报告\n早在1960年8月22日和9月21日就先后两次建议举行谈判。", reference="1961-04")
    assert doc.milestones and all("/" not in m.date.iso for m in doc.milestones)


def test_the_end_of_a_from_to_span_is_no_deadline() -> None:
    # 到 ends the span 从…到 opens: the founding is told done, not set as a target
    doc = parse("工作报告\n从一九六七年一月风暴到一九六八年九月各省成立革命委员会。", reference="1969-04")
    assert [(m.date.iso, m.status.value) for m in doc.milestones] == [("1968-09", "done")]


def test_a_deadline_that_opens_a_time_frame_dates_the_frames_event() -> None:
    doc = parse("工作报告\n到2020年小康社会目标实现之时，我国将成为工业化基本实现的国家。", reference="2007-10")
    assert [(m.date.iso, m.event) for m in doc.milestones] == [("2020", "2020年小康社会目标实现")]


def test_until_after_a_verb_of_duration_is_no_deadline() -> None:
    # 持续到一九七〇年八月: until then, told as past; not a target to reach
    doc = parse("工作报告\n两国谈判一直持续到一九七〇年八月才签订协定。", reference="1973-08")
    assert [(m.date.iso, m.status.value) for m in doc.milestones] == [("1970-08", "done")]


def test_a_modifier_with_no_modal_tells_what_was_done() -> None:
    # early in its year a report plans the year's events, but an attribute (今年出台的) tells
    # what is already out; the main predicate's own date is still planned
    got = _milestones("今年出台的改革措施将在明年全面实施。", reference="1956-03")
    assert ("1956", "done", "今年出台的改革措施") in got
    assert [s for iso, s, _ in got if iso == "1957"] == ["planned"]
