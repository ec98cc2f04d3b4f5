"""Indicator.scope: whose count or share a quantity is, only as its clause writes it
(data/indicator_scope.tsv)."""

from __future__ import annotations

import pytest

from egovkit import parse


def _scope(text: str, value: float) -> str | None:
    found = [i for i in parse(text).indicators if float(i.quantity.value) == value]
    assert found, f"no indicator of {value} in {text}"
    return found[0].scope


@pytest.mark.parametrize(
    ("text", "value", "scope"),
    [
        ("自治区直辖的18个地州市均设立了政府电子政务专职工作机构。", 18, "地州市"),
        ("国家电子政务外网目前已连接48个中央政务部门。", 48, "中央政务部门"),
        ("据初步统计，我市95%以上的局委办已经建立了内部局域网。", 95, "局委办"),
        ("到2010年，50%以上的行政许可项目能够实现在线处理。", 50, "行政许可项目"),
        ("全区70%以上县市区政府设置了电子政务工作机构。", 70, "县市区政府"),
        ("调整后人员结构为管理人员2名，专业技术人员5名。", 2, "管理人员"),
        ("接入政务外网的各级政务部门达9400多个。", 9400, "各级政务部门"),
        ("宽带用户超过7.8亿户。", 780_000_000, "宽带用户"),
    ],
    ids=[
        "count-after",
        "count-after-long",
        "share-after",
        "share-of",
        "share-bare",
        "count-before",
        "subject-reaches",
        "subject-exceeds",
    ],
)
def test_the_clause_names_whose_count_or_share_it_is(text: str, value: float, scope: str) -> None:
    assert _scope(text, value) == scope


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("去年又取消123项行政审批和许可事项。", 123),  # what is counted follows: no verb as scope
        ("去年取消165项国务院部门及其指定地方实施的审批事项。", 165),  # 项 counts items, not 部门
        ("今年共计培训88人。", 88),  # a phrase ending in its verb is no scope
    ],
    ids=["noun-after-number", "items-not-organisations", "verb-before"],
)
def test_no_scope_where_the_clause_names_none(text: str, value: float) -> None:
    assert _scope(text, value) is None
