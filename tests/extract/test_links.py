"""Plan links: a planned milestone or indicator names the plan that sets it only where the text
says so (the plan states it, the document is the plan, 本规划, 该规划), and a plan lists them
as its goals."""

from __future__ import annotations

import re

import pytest

import egovkit
from egovkit import Status, parse
from egovkit.extract.links import _cues

_PLAN_DOC = """克州电子政务发展规划（2006—2010年）

一、发展现状
2005年，克州建成电子政务内网。
二、发展目标
到2010年，全州建成电子政务外网，80%以上的行政审批项目实现网上办理。到规划期末，全州政府网站达到50个。
"""
_OWN = "克州电子政务发展规划（2006—2010年）"


def test_the_targets_of_a_plan_document_are_its_own() -> None:
    doc = parse(_PLAN_DOC)
    planned = [m for m in doc.milestones if m.status is Status.PLANNED]
    assert planned and all(m.plan == _OWN for m in planned)
    targets = [i for i in doc.indicators if i.status is Status.PLANNED]
    assert targets and all(i.plan == _OWN for i in targets)
    (plan,) = doc.plans
    assert plan.goals[0].startswith("到2010年，全州建成电子政务外网")
    assert any("政府网站达到50个" in g for g in plan.goals)


def test_a_done_fact_is_set_by_no_plan() -> None:
    doc = parse(_PLAN_DOC)
    done = [m for m in doc.milestones if m.status is Status.DONE]
    assert done and all(m.plan is None for m in done)
    assert not any("内网" in g for g in doc.plans[0].goals)


def test_goals_hold_each_target_once() -> None:
    goals = parse(_PLAN_DOC).plans[0].goals
    assert len(goals) == len(set(goals))
    assert not any(g != o and g in o for g in goals for o in goals)  # an event inside its sentence


def test_the_end_of_the_plan_period_is_the_period_of_a_target() -> None:
    doc = parse(_PLAN_DOC)
    (websites,) = [i for i in doc.indicators if i.name == "gov_websites"]
    assert websites.period is not None
    assert (websites.period.start_year, websites.period.end_year) == (2006, 2010)


def test_news_that_names_no_plan_links_nothing() -> None:
    doc = parse("新华社北京3月5日电 记者从工信部获悉，到2020年，全国将建成覆盖城乡的宽带网络。")
    assert doc.genre is egovkit.Genre.NEWS
    assert [m.status for m in doc.milestones] == [Status.PLANNED]
    assert doc.milestones[0].plan is None


def test_a_plan_that_states_a_target_sets_it() -> None:
    doc = parse(
        "新华社北京电 国务院日前印发《国家信息化发展规划》。《规划》提出，到2020年，建成覆盖全国的电子政务外网。"
    )
    assert [p.title for p in doc.plans] == ["国家信息化发展规划"]  # 《规划》 is its short form
    assert len(doc.plans[0].evidence) == 2
    assert doc.milestones[0].plan == "国家信息化发展规划"
    assert doc.plans[0].goals == (doc.milestones[0].event,)


def test_a_plan_named_after_a_citing_word_sets_what_follows() -> None:
    doc = parse("记者获悉，按照《全省电子政务建设方案》要求，到2012年底全省建成统一的政务外网。")
    assert doc.milestones[0].plan == "全省电子政务建设方案"


def test_a_plan_the_event_acts_on_does_not_set_it() -> None:
    doc = parse("新华社电 会议要求，到2010年，各地编制完成《电子政务发展规划》。")
    assert doc.milestones and doc.milestones[0].status is Status.PLANNED
    assert doc.milestones[0].plan is None
    assert doc.plans[0].goals == ()


def test_this_plan_refers_back_to_the_plan_named_before() -> None:
    doc = parse(
        "新华社电 省政府近日出台《智慧城市建设规划》。记者了解到，该规划明确，到2015年全省建成统一的政务云平台。"
    )
    assert doc.milestones[0].plan == "智慧城市建设规划"


def test_the_items_of_a_list_a_plan_introduces_are_its_targets() -> None:
    doc = parse(
        "新华社电 《国家电子政务工程建设规划》确定的主要目标是：\n"
        "（一）到2008年，建成国家电子政务外网。\n"
        "（二）到2010年，建成统一的政务信息资源目录体系。\n"
    )
    planned = [m for m in doc.milestones if m.status is Status.PLANNED]
    assert len(planned) == 2
    assert {m.plan for m in planned} == {"国家电子政务工程建设规划"}


def test_the_links_step_runs_after_the_facts_it_links() -> None:
    names = egovkit.pipeline_steps()
    assert "links" in names
    for before in ("plans", "milestones", "indicators", "date_checks"):
        assert names.index(before) < names.index("links")
    doc = parse(_PLAN_DOC, pipeline=egovkit.Pipeline().without("links"))
    assert all(m.plan is None for m in doc.milestones) and doc.plans[0].goals == ()


@pytest.mark.parametrize(
    ("kind", "text", "found"),
    [
        ("sets", "》提出，到2020年", True),
        ("sets", "》确定的主要目标", True),
        ("sets", "草案规定，五年内", True),
        ("sets", "》的实施", False),
        ("under", "按照", True),
        ("under", "会议审议", False),
        ("own", "到规划期末", True),
        ("own", "本方案所称", True),
        ("own", "规划建设", False),
        ("anaphor", "该纲要要求", True),
        ("anaphor", "规划提出，", True),
        ("anaphor", "城市规划提出", False),
        ("not_by", "编制完成", True),
        ("not_by", "认真贯彻", False),
    ],
)
def test_the_cue_rows_cover_their_cases(kind: str, text: str, found: bool) -> None:
    assert any(rx.search(text) for rx in _cues()[kind]) is found


def test_every_anaphor_names_the_kind_word() -> None:
    for rx in _cues()["anaphor"]:
        assert "k" in rx.groupindex
        m = rx.search("该规划明确" if rx.pattern.startswith("(?:该") else "规划提出")
        assert m is not None and re.fullmatch(r"规划", m.group("k"))


def test_a_plan_named_far_back_in_a_run_on_sentence_sets_nothing() -> None:
    # a scrape whose full stops became commas: the plan's 指出 is hundreds of characters back
    filler = "，".join(["各地积极推进电子政务建设"] * 16)
    doc = parse(f"新华社电 2006年电子政务蓝皮书指出，{filler}，到2010年重庆市将建成统一的电子政务网络平台。")
    planned = [m for m in doc.milestones if m.status is Status.PLANNED]
    assert planned and all(m.plan is None for m in planned)


def test_work_done_while_carrying_out_a_law_is_not_set_by_it() -> None:
    doc = parse("新华社电 会议要求，认真贯彻实施《电子政务管理办法》，到2010年建成全省统一的政务外网。")
    assert doc.milestones and doc.milestones[0].status is Status.PLANNED
    assert doc.milestones[0].plan is None


def test_a_section_whose_heading_names_a_plan_holds_its_targets() -> None:
    doc = parse(
        "新华社电 电子政务建设情况\n"
        "一、《国家电子政务工程建设规划》确定的主要任务\n"
        "到2010年，建成统一的国家电子政务外网。\n"
    )
    planned = [m for m in doc.milestones if m.status is Status.PLANNED]
    assert planned and all(m.plan == "国家电子政务工程建设规划" for m in planned)
