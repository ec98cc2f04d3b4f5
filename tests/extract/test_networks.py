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


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("党政机关内部局域网", "lan"),  # 内部 qualifies the head word 局域网
        ("内部网", "intranet"),
        ("电子政务内网骨干传输网", "intranet"),  # the intranet's backbone is the intranet
        ("全市电子政务骨干传输网", "backbone"),
        ("中央广域骨干网", "backbone"),
    ],
)
def test_a_networks_kind_is_its_head_word(name: str, kind: str) -> None:
    from egovkit.extract.networks import network_kind

    found = network_kind(name)
    assert found is not None and found.value == kind


def test_a_backbone_told_as_the_role_of_another_network_is_not_a_second_one() -> None:
    doc = parse("电子政务工作情况\n克州建成电子政务专网。充分发挥专网作为自治州电子政务骨干传输网的作用。")
    assert [n.kind.value for n in doc.networks if n.kind] == ["private"]


def test_a_speed_told_in_words_is_the_bandwidth() -> None:
    doc = parse("电子政务工作情况\n河口区城域网由千兆光纤接入。")
    (net,) = doc.networks
    assert net.bandwidth is not None and (net.bandwidth.value, net.bandwidth.unit) == (1, "Gbps")
    (net,) = parse("电子政务工作情况\n河口区城域网配备千兆交换机。").networks
    assert net.bandwidth is None  # a device's speed is not the network's
