"""HTML pages: main text, provenance into the HTML source, what was removed, sniffing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import egovkit
from egovkit.text import normalize
from egovkit.text.html import extract_html, looks_like_html, page_title, sniff_charset

PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>克州电子政务建设情况_某某州人民政府</title>"
    "<script>var x = '<p>脚本里的字</p>';</script><style>p{color:red}</style></head><body>"
    "<div class='nav'><a href='/'>首页</a> | <a href='/news'>政务要闻</a></div>"
    "<div id='UCAP-CONTENT'><p>克州电子政务内网于2005年2月&nbsp;建成。</p>\n"
    "<p>全州&lt;56&gt;家单位接入&amp;运行。</p><!-- 注释 --><p>第二段<br>换行</p></div>"
    "<div class='footer'>版权所有：某某州人民政府 ICP备05000000号</div></body></html>"
)


def test_main_content_only() -> None:
    clean = normalize(PAGE)
    assert clean.format == "html"
    assert clean.text == "克州电子政务内网于2005年2月 建成。\n全州<56>家单位接入&运行。\n第二段\n换行"
    for word in ("首页", "版权所有", "脚本", "注释", "color", "<p>"):
        assert word not in clean.text


def test_offsets_land_on_the_html_source() -> None:
    clean = normalize(PAGE)
    for word in ("内网", "2005年2月", "第二段", "换行"):
        at = clean.text.index(word)
        a, b = clean.raw_span(at, at + len(word))
        assert clean.raw[a:b] == word
    at = clean.text.index("<56>")
    a, b = clean.raw_span(at, at + 4)
    assert clean.raw[a:b] == "&lt;56&gt;"


def test_every_dropped_piece_has_a_reason() -> None:
    clean = normalize(PAGE)
    reasons = {r.reason for r in clean.removed}
    assert "html: outside the main content" in reasons
    assert "html: markup" in reasons
    assert "html: comment" in reasons
    kept = sum(b - a for a, b in clean.kept_raw_spans())
    removed = sum(r.raw_end - r.raw_start for r in clean.removed)
    assert kept + removed <= len(PAGE)
    assert all(PAGE[r.raw_start : r.raw_end] == r.text for r in clean.removed)
    assert any("版权所有" in r.text for r in clean.removed)


def test_density_rule_without_a_known_container() -> None:
    body = "".join(
        f"<p>克州第{i}项电子政务工程已经完成验收，运行情况良好，各单位普遍接入。</p>" for i in range(6)
    )
    page = (
        "<html><body><div class='menu'><a href='#'>首页</a><a href='#'>机构</a><a href='#'>新闻</a></div>"
        f"<div class='article'><h1>克州电子政务工作总结</h1><div class='text'>{body}</div></div>"
        "<div class='links'><a href='#'>相关链接一</a><a href='#'>相关链接二</a></div></body></html>"
    )
    text = normalize(page).text
    assert text.startswith("克州电子政务工作总结\n克州第0项")
    assert "首页" not in text and "相关链接" not in text


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("国务院关于某某的通知_政府信息公开专栏", "国务院关于某某的通知"),
        ("某某会议召开 - 中国政府网", "某某会议召开"),
        ("中国政府网 | 某某会议召开", "某某会议召开"),
        ("关于做好2019年工作的意见", "关于做好2019年工作的意见"),
        ("中国政府网", None),
        ("关于做好2019年工作的通知-某某市人民政府", "关于做好2019年工作的通知"),
        ("河北雄安新区总体规划（2018-2035年）", "河北雄安新区总体规划（2018-2035年）"),
    ],
)
def test_page_title_suffixes(title: str, expected: str | None) -> None:
    assert page_title(title) == expected


def test_sniffing_and_the_format_override() -> None:
    assert looks_like_html(PAGE)
    assert not looks_like_html("克州<内网>于2005年建成。")
    assert egovkit.parse(PAGE).format == "html"
    as_text = egovkit.parse(PAGE, format="text")
    assert as_text.format == "text" and "<div" in as_text.text
    with pytest.raises(ValueError):
        egovkit.parse(PAGE, format="xml")


def test_declared_charset_decodes_gbk_bytes() -> None:
    page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body><p>电子政务内网</p></body></html>"
    data = page.encode("gbk")
    assert sniff_charset(data) == "gb18030"
    doc = egovkit.parse(data)
    assert doc.format == "html" and doc.text == "电子政务内网"


def test_page_metadata_table_is_read_and_removed() -> None:
    page = (
        "<html><body><table><tr><td><b>索 引 号：</b></td><td>000014349/2019-00007</td>"
        "<td><b>发文机关：</b></td><td>国务院</td></tr>"
        "<tr><td><b>标　　题：</b></td><td>国务院关于某某工作的意见</td></tr>"
        "<tr><td><b>发文字号：</b></td><td>国发〔2019〕5号</td><td><b>成文日期：</b></td><td>2019年01月27日</td></tr>"
        "<tr><td><b>主 题 词：</b></td><td></td></tr></table>"
        "<div id='UCAP-CONTENT'><p>国务院关于某某工作的意见</p><p>国发〔2019〕5号</p>"
        "<p>各省、自治区、直辖市人民政府：现提出如下意见。</p><p>国务院</p><p>2019年1月27日</p></div></body></html>"
    )
    doc = egovkit.parse(page)
    meta = doc.metadata
    assert meta is not None
    assert (meta.index_number, meta.issuer, meta.number) == (
        "000014349/2019-00007",
        "国务院",
        "国发〔2019〕5号",
    )
    assert meta.written is not None and meta.written.iso == "2019-01-27"
    assert ("主题词", "") not in meta.fields and "索 引 号" not in doc.text
    assert doc.title == "国务院关于某某工作的意见" and doc.author == "国务院"
    assert doc.date is not None and doc.date.iso == "2019-01-27" and not doc.date_inferred
    own = [p for p in doc.plans if p.role.value == "subject"]
    assert own and own[0].number == "国发〔2019〕5号" and own[0].issuer == "国务院"
    assert own[0].issued is not None and own[0].issued.iso == "2019-01-27"


def test_extract_html_survives_broken_markup() -> None:
    for page in ("<div><p>未闭合", "<<<>>>&&&;", "<p>a</p></div></div></html>", "<script>while(1){}", ""):
        extract_html(page)
        normalize(page, format="html")


def test_link_lists_inside_the_content_are_dropped() -> None:
    related = "".join(f"<li><a href='/{i}'>我市政务外网建设取得新进展第{i}篇报道</a></li>" for i in range(3))
    page = (
        "<html><body><div class='article'><div class='content'>"
        + "".join(f"<p>克州第{i}项电子政务工程已经完成验收，运行情况良好。</p>" for i in range(5))
        + "<p>附件：<a href='/f/1.doc'>电子政务工作任务分解表</a></p>"
        + f"<div class='related'><h3>相关链接</h3><ul>{related}</ul></div></div></div></body></html>"
    )
    clean = normalize(page)
    assert "附件：电子政务工作任务分解表" in clean.text  # a link in a paragraph stays
    assert "报道" not in clean.text
    assert any(r.reason == "html: link list" for r in clean.removed)


_HTML_PIECES = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div id='UCAP-CONTENT'>",
            "<div>",
            "</div>",
            "<br>",
            "<br/>",
            "<td>",
            "</td>",
            "<a href='x'>",
            "</a>",
            "<script>",
            "</script>",
            "<style>",
            "<!-- c -->",
            "<!--",
            "-->",
            "&nbsp;",
            "&lt;",
            "&amp;",
            "&#20811;",
            "&#x5dde;",
            "&bogus;",
            "&",
            "<",
            ">",
            "克州",
            "电子政务",
            "索 引 号：",
            "来源：新华社",
            " ",
            "\n",
            "\r\n",
            "　",
            "<title>",
            "</title>",
            "<b>",
            "</b>",
            "<![CDATA[x]]>",
            "<?php ?>",
            "<!DOCTYPE html>",
            "'",
            '"',
            "=",
        ]
    ),
    max_size=40,
).map("".join)


@given(_HTML_PIECES)
def test_html_kept_and_removed_spans_tile_the_source(raw: str) -> None:
    clean = normalize(raw, format="html")
    spans = sorted(clean.kept_raw_spans() + [(r.raw_start, r.raw_end) for r in clean.removed])
    pos = 0
    for a, b in spans:
        assert a == pos and b >= a, (raw, spans)
        pos = b
    assert pos == len(raw)
    for r in clean.removed:
        assert raw[r.raw_start : r.raw_end] == r.text


def test_known_containers_match_whatever_the_case() -> None:
    body = "<p>克州电子政务内网于2005年2月建成。</p>"
    page = f"<html><body><div class='menu'><a href='/'>首页</a></div><td id='Zoom'>{body}</td><div>页脚</div></body></html>"
    assert normalize(page).text == "克州电子政务内网于2005年2月建成。"


def test_your_site_container_on_the_data_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from egovkit.lexicon.resources import reload_data

    (tmp_path / "html_content.tsv").write_text("class\tmy-article\tmy site\n", encoding="utf-8")
    page = (
        "<html><body><div class='side'>" + "<p>侧栏的很长一段文字，介绍本站栏目设置和各类服务。</p>" * 5 + "</div>"
        "<div class='my-article'><p>克州电子政务内网于2005年2月建成。</p></div></body></html>"
    )
    monkeypatch.setenv("EGOVKIT_DATA_PATH", str(tmp_path))
    reload_data()
    try:
        assert normalize(page).text == "克州电子政务内网于2005年2月建成。"
    finally:
        monkeypatch.delenv("EGOVKIT_DATA_PATH")
        reload_data()
