"""Regions side by side: units reconciled, missing values explicit, per-capita values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import egovkit
from egovkit import Quantity, compare, parse
from egovkit.analysis.compare import reconcile
from egovkit.errors import UnknownRegionError

from ..conftest import SEED_FILES

KE = parse(
    "克州电子政务简报\n克州总人口50万人。克州已建成政府网站47个。2008年全州投入电子政务建设资金600万元。"
    "2005年2月，克州电子政务内网建成。《克州电子政务“十二五”发展规划》印发。",
    name="ke.txt",
)
YI = parse(
    "伊犁州电子政务简报\n伊犁州已建成政府网站30个。2007年伊犁州投入建设资金0.3亿元。2003年8月18日伊犁州政府网站开通。",
    name="yi.txt",
)


def test_regions_side_by_side_with_missing_values_explicit() -> None:
    cmp = compare([KE, YI], regions=["克州", "654000"])
    assert cmp.regions == ("653000", "654000")
    assert cmp.names["654000"] == "伊犁哈萨克自治州"
    sites = cmp.indicators["gov_websites"]
    assert sites["653000"] is not None and sites["653000"].quantity.value == 47
    assert sites["654000"] is not None and sites["654000"].quantity.value == 30
    assert cmp.indicators["population"]["654000"] is None  # missing, and said so
    assert cmp.milestones["network"]["654000"] == (None, None)


def test_units_are_reconciled_and_per_capita_uses_the_population() -> None:
    cmp = compare([KE, YI], regions=["653000", "654000"])
    funds = cmp.indicators["funds"]
    assert funds["654000"] is not None and funds["654000"].quantity == Quantity(value=30000000, unit="元")
    assert funds["653000"] is not None and funds["653000"].per_capita == pytest.approx(6e6 / 5e5)
    assert funds["654000"].per_capita is None  # no population stated for 伊犁州


def test_reconcile() -> None:
    assert reconcile(Quantity(value=1.5, unit="亿元")) == Quantity(value=150000000, unit="元")
    assert reconcile(Quantity(value=1, unit="Gbps")).unit == "Mbps"
    assert reconcile(Quantity(value=3, unit="期")) == Quantity(value=3, unit="期")


def test_first_and_latest_milestones_and_plans() -> None:
    cmp = compare([KE, YI], regions=["653000", "654000"])
    first, latest = cmp.milestones["website"]["654000"]
    assert first is not None and first.date.iso == "2003-08-18" and latest == first
    plans = cmp.plans["653000"]
    assert plans and plans[0].period == (2011, 2015)


def test_exports(tmp_path: Path) -> None:
    cmp = compare([KE, YI], regions=["653000", "654000"])
    md = cmp.to_markdown()
    assert "| gov_websites | 47 个" in md and "| population |" in md and "—" in md
    data = json.loads(cmp.to_json())
    assert data["indicators"]["population"]["654000"] is None
    frame = cmp.to_frame()
    assert frame.loc["gov_websites"].tolist() == [47.0, 30.0]
    png = cmp.plot(tmp_path / "c.png")
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_default_regions_are_the_documents_subjects() -> None:
    assert compare(SEED_FILES[1:3]).regions == ("653000", "654000")


def test_unknown_region() -> None:
    with pytest.raises(UnknownRegionError):
        compare([KE], regions=["不存在的地方"])


def test_no_per_capita_from_a_population_that_cannot_be_the_regions() -> None:
    # 50人 cannot be a prefecture's population: the per-capita base stays unknown
    tiny = parse("克州电子政务简报\n克州总人口50人。2008年全州投入电子政务建设资金600万元。", name="tiny.txt")
    assert tiny.regions[0].population is None
    assert any(w.code == "implausible_region_fact" for w in tiny.warnings)
    funds = compare([tiny], regions=["653000"]).indicators["funds"]["653000"]
    assert funds is not None and funds.per_capita is None


def test_compare_chart_panels_use_the_indicators_own_axis(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import egovkit.analysis.compare as module

    figures: list[Any] = []
    monkeypatch.setattr(module, "save_figure", lambda fig, path, **kw: figures.append(fig) or Path(path))
    cmp = egovkit.compare(SEED_FILES, regions=["653000", "654000"])
    cmp.plot(tmp_path / "c.png")
    (fig,) = figures
    panels = [ax for ax in fig.axes if ax.get_title()]
    assert panels
    for ax in panels:
        name = ax.get_title().rsplit(" (", 1)[0]
        values = [v.quantity.value for v in cmp.indicators[name].values() if v is not None]
        top = ax.get_ylim()[1]
        assert top >= max(values) and (ax.get_yscale() == "log" or top <= 1.2 * max(values))
        assert "share of the largest" not in ax.get_ylabel()


def test_units_that_do_not_convert_are_separate_rows() -> None:
    doc = egovkit.parse("克州已铺设光缆1200芯公里，建成光纤线路300公里。全州已接入56家单位和8个县。")
    rows = list(egovkit.compare([doc]).indicators)
    assert {r for r in rows if r.startswith("fiber_length")} in (
        {"fiber_length", "fiber_length [公里]"},
        {"fiber_length", "fiber_length [芯公里]"},
    )
    assert {r for r in rows if r.startswith("connected_units")} in (
        {"connected_units", "connected_units [家]"},
        {"connected_units", "connected_units [个]"},
    )


def test_each_ethnic_group_is_its_own_row() -> None:
    doc = egovkit.parse("克孜勒苏柯尔克孜自治州总人口50万人，其中柯尔克孜族占28.6%，维吾尔族占64%。")
    md = egovkit.compare([doc]).to_markdown()
    assert "ethnic_share (柯尔克孜族) | 28.6 %" in md and "ethnic_share (维吾尔族) | 64 %" in md
