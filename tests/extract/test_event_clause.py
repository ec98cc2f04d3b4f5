"""Where the event text of a milestone ends: at the clause that holds its predicate, never inside
a frame that only opens it, and never in the middle of a clause."""

from __future__ import annotations

import pytest

from egovkit import parse


def _events(text: str, reference: str = "2005") -> list[str]:
    doc = parse("情况报告\n" + text, reference=reference)
    for m in doc.milestones:
        assert doc.text[m.evidence.start : m.evidence.end] == m.evidence.quote
    return [m.event for m in doc.milestones]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "我部于2004年4月13日至15日，组织以某大学某院士为组长，由中国科学院、成都理工大学、重庆大学等单位专家组成的专家组对该村地质险情进行了现场调查。",
            "进行了现场调查",
        ),
        (
            "1997年7—9月，由业务主管部门对所属社会团体进行审查，提出保留、整改、合并、撤销的初审意见后，连同有关文件材料一并送交登记管理机关。",
            "一并送交登记管理机关",
        ),
        (
            "从二○二○年到二○三五年，在全面建成小康社会的基础上，再奋斗十五年，基本实现社会主义现代化。",
            "基本实现社会主义现代化",
        ),
    ],
    ids=["yi-wei-frame", "step-before", "basis"],
)
def test_an_event_reaches_the_predicate_its_frame_opens(text: str, predicate: str) -> None:
    events = _events(text, reference="2017")
    assert events and events[0].endswith(predicate), events


def test_a_step_that_is_the_dates_own_clause_ends_the_event() -> None:
    # the date dates the publication; what came after it is not of that date
    events = _events("在一九五六年一月，这个纲要草案第一次公布以后，得到了广大农民的热烈拥护。", reference="1960")
    assert events == ["在一九五六年一月，这个纲要草案第一次公布以后"], events


def test_a_frame_does_not_carry_the_event_into_a_quotation() -> None:
    events = _events("毛泽东同志在一九五九年五月即已指出，在农村人民公社化实现以后，“农业的根本出路在于机械化”。", reference="1960")
    assert all("“" not in e for e in events), events


def test_a_time_frame_after_the_dates_own_predicate_opens_the_next_clause() -> None:
    events = _events("因此，决定从一九五八年开始，在计算工业和农业的总产值的时候，采用一九五七年的不变价格。", reference="1958")
    assert events and events[0].endswith("采用一九五七年的不变价格"), events


def test_a_meeting_where_something_was_done_opens_the_clause_that_tells_it() -> None:
    text = "去年在巴西举行的联合国环境与发展大会上，我国提出关于环境保护与经济发展并重等主张，得到国际社会的广泛赞同，我们愿为此继续作出努力。"
    events = _events(text, reference="1993")
    assert events and "我国提出" in events[0] and "继续作出努力" not in events[0], events
