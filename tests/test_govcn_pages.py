"""The 40 gov.cn policy pages of ../shared/corpus/govcn: metadata exactly right, no metadata
label left in the text, evidence landing on the HTML source."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import egovkit

from .conftest import CORPUS, assert_evidence

GOVCN = CORPUS / "govcn"
pytestmark = pytest.mark.skipif(not GOVCN.is_dir(), reason="the shared corpus is not beside this checkout")
LABELS = ("索 引 号", "索引号", "主题分类", "发文字号：", "成文日期：", "发布日期：", "主 题 词")


def _gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOVCN / "metadata.json").read_text(encoding="utf-8"))
    return data


def _iso(written: str) -> str | None:
    m = re.match(r"(\d{4})年(\d\d)月(\d\d)日", written)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


@pytest.fixture(scope="module")
def parsed() -> list[tuple[dict[str, Any], egovkit.Document]]:
    return [(g, egovkit.parse(GOVCN / name)) for name, g in sorted(_gold().items())]


def test_metadata_exactly_right_on_98_percent(parsed: list[tuple[dict[str, Any], egovkit.Document]]) -> None:
    right = 0
    cells = 0
    for gold, doc in parsed:
        meta = doc.metadata
        assert meta is not None, gold["file"]
        got = (doc.title, doc.author, meta.number, doc.date.iso if doc.date else None)
        expected = (gold["title"], gold["issuer"], gold["number"], _iso(gold["written"]))
        right += sum(a == b for a, b in zip(got, expected, strict=True))
        cells += 4
    assert right / cells >= 0.98


def test_no_metadata_label_remains(parsed: list[tuple[dict[str, Any], egovkit.Document]]) -> None:
    for gold, doc in parsed:
        assert doc.format == "html"
        for label in LABELS:
            assert label not in doc.text, (gold["file"], label)
        assert "<" not in doc.text or "</" not in doc.text, gold["file"]


def test_evidence_lands_on_the_html_source(parsed: list[tuple[dict[str, Any], egovkit.Document]]) -> None:
    checked = 0
    for _, doc in parsed:
        assert doc.raw.lstrip().startswith("<!DOCTYPE html>")
        assert_evidence(doc)
        for ev in doc.evidence():
            first = ev.quote[:1]
            if re.match(r"[\u4e00-\u9fff]", first):
                assert doc.raw[ev.raw_start] == first
                checked += 1
    assert checked > 100


def test_subject_plan_carries_the_page_metadata(
    parsed: list[tuple[dict[str, Any], egovkit.Document]],
) -> None:
    for gold, doc in parsed:
        own = [p for p in doc.plans if p.title == gold["title"]]
        assert own, gold["file"]
        assert own[0].number == gold["number"] and own[0].issuer == gold["issuer"]


def test_a_pages_own_document_listing_places_governs_the_region_they_share() -> None:
    from egovkit import parse

    page = (
        "<html><head><title>国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报</title>"
        '<meta name="ArticleTitle" content="国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报">'
        "</head><body><table><tr><td>标题：</td><td>国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报</td></tr>"
        "<tr><td>发文字号：</td><td>国办发〔2005〕12号</td></tr></table>"
        "<p>国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报</p>"
        "<p>各省、自治区、直辖市人民政府：山西、安徽省发生四起特大煤矿瓦斯爆炸事故。</p></body></html>"
    )
    doc = parse(page.encode("utf-8"))
    own = [p for p in doc.plans if p.title.startswith("国务院办公厅关于山西")]
    assert own and {p.region for p in own} == {"CN"}
