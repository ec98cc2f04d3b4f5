"""Regions side by side: units reconciled, missing values explicit, per-capita values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
