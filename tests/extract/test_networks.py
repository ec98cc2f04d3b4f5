"""Networks: names without a kind word, modifiers and forbidden networks, the state's networks."""

from __future__ import annotations

import pytest

from egovkit import parse


def _networks(text: str) -> list[tuple[str | None, str | None, str | None]]:
    doc = parse("电子政务工作情况\n" + text)
    return [(n.name, n.kind.value if n.kind else None, n.region) for n in doc.networks]


@pytest.mark.parametrize(
    "text",
    [
        "政务网络系统建设从局部向整体转变。",
        "依托自治区统一的电子政务网络规划应用系统。",
        "各县市区各部门不得另行铺设独立线路或组成传输骨干网。",
        "要利用好网络平台，加强宣传。",
    ],
    ids=["modifier-system", "modifier-plan", "forbidden", "generic-platform"],
)
def test_not_a_network(text: str) -> None:
    assert _networks(text) == []


def test_a_network_without_a_kind_word_is_found() -> None:
    (net,) = _networks("全市电子政务网络已覆盖所有乡镇。")
    assert net[0] is not None and net[0].endswith("电子政务网络")


def test_the_states_network_is_the_states_wherever_it_is_told() -> None:
    got = _networks("新华社北京6月9日电(记者张三)国家电子政务外网是国家确定建设的电子政务基础设施之一。")
    assert got == [("国家电子政务外网", "extranet", "CN")]
