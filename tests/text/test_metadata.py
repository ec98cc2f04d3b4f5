"""Metadata label lines in text copies of pages: read, removed, never eating prose."""

from __future__ import annotations

import pytest

import egovkit
from egovkit.text import normalize


@pytest.mark.parametrize(
    ("text", "gone", "item"),
    [
        (
            "标题\n来源:中国电子政务网 更新时间:2014-03-30\n\n正文。",
            "更新时间",
            ("source", "来源", "中国电子政务网"),
        ),
        ("正文。\n责任编辑:admin", "admin", ("editor", "责任编辑", "admin")),
        (
            "正文。\n索 引 号：000014349/2019-00007  主题分类：综合政务",
            "索 引 号",
            ("index_number", "索引号", "000014349/2019-00007"),
        ),
        ("发布时间：2009-06-09  点击数：1234\n正文。", "点击数", ("published", "发布时间", "2009-06-09")),
        ("中央政府门户网站   2009年06月09日   来源:新华社\n正文。", "来源", ("source", "来源", "新华社")),
        ("标　　题：\n国务院关于某某的通知\n正文。", "标", ("title", "标题", "国务院关于某某的通知")),
        (
            "标　　题：国务院关于深化改革，加快发展的决定\n正文。",
            "标",
            ("title", "标题", "国务院关于深化改革，加快发展的决定"),
        ),
    ],
    ids=[
        "source-updated",
        "editor",
        "index",
        "published-views",
        "inline-source",
        "label-then-value",
        "title-comma",
    ],
)
def test_label_lines_are_read_and_removed(text: str, gone: str, item: tuple[str, str, str]) -> None:
    clean = normalize(text)
    assert gone not in clean.text
    assert item in clean.metadata
    assert any(r.reason.startswith("page metadata") for r in clean.removed)


@pytest.mark.parametrize(
    "text",
    [
        "资金来源：财政拨款和自筹，合计120万元。",
        "本项目的数据来源：统计年鉴，经整理后发布。",
        "作者认为，电子政务来源于政府职能转变。",
        "克州2005年建成内网，编辑出版了电子政务简报。",
    ],
)
def test_prose_is_left_alone(text: str) -> None:
    clean = normalize(text)
    assert clean.text == text
    assert clean.metadata == ()


def test_text_copy_of_a_page_dates_and_titles_itself() -> None:
    doc = egovkit.parse(
        "国家电子政务外网一期工程建设任务已基本完成\n发布时间：2009-06-09 来源：新华社\n外网已连接48个中央政务部门。"
    )
    assert doc.metadata is not None and doc.metadata.source == "新华社"
    assert doc.date is not None and doc.date.iso == "2009-06-09"
    assert "来源" not in doc.text


@pytest.mark.parametrize(
    "text",
    [
        "标题\n克州电子政务内网于2005年2月完成一期工程。\n全州各县市建成了网站，实现了互联互通。",
        "标题\n加快电子政务建设，促进社会和谐\n克州电子政务内网于2005年2月完成一期工程。",
        "标题：\n克州电子政务内网于2005年2月完成一期工程。\n全州各县市建成了网站。",
    ],
    ids=["bare-label-then-sentence", "bare-label-then-clauses", "label-then-sentence"],
)
def test_a_label_word_does_not_eat_the_sentence_after_it(text: str) -> None:
    clean = normalize(text)
    assert "2005年2月完成一期工程" in clean.text
    assert not clean.metadata
    doc = egovkit.parse(text)
    assert doc.title is None  # the label word names nothing; the sentence is no title
    assert [m.date.iso for m in doc.milestones] == ["2005-02"]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("标题\n克州电子政务工作总结\n正文。", [("title", "标题", "克州电子政务工作总结")]),
        (
            "标题\n加快电子政务建设，促进社会和谐\n发布日期\n2010-08-11\n正文。",
            [("title", "标题", "加快电子政务建设，促进社会和谐"), ("published", "发布日期", "2010-08-11")],
        ),
    ],
    ids=["bare-label-then-name", "bare-labels-of-a-table"],
)
def test_bare_labels_are_read_where_they_are_labels(text: str, items: list[tuple[str, str, str]]) -> None:
    clean = normalize(text)
    assert list(clean.metadata) == items
    assert clean.text == "正文。"
