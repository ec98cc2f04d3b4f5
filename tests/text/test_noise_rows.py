"""Every row of data/noise.tsv with text it must remove and text it must leave alone."""

from __future__ import annotations

import pytest

from egovkit.lexicon.resources import noise_patterns
from egovkit.text import normalize

# row name: (texts the row must match, prose or other text it must not match)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "wenku_teaser": (["由某某文库小编整理，猜你喜欢“克州规划”。"], ["克州文库建设完成。"]),
    "wenku_credit": (["由某某文库小编整理，希望对你有帮助。"], ["由小编整理了资料。"]),
    "wenmi_omission": (["……（新文秘网会员可见全文）……"], ["（新疆网）"]),
    "truncation": (["……(未完，全文共3000字)"], ["任务未完成，继续推进。"]),
    "favorite_link": (["收藏《克州电子政务规划》"], ["收藏了《克州电子政务规划》一书。"]),
    "table_of_contents": (["目录：\n一、现状\n二、目标\n…"], ["目录管理系统建成。"]),
    "table_of_contents_head": (["目录："], ["目录：一、现状"]),
    "legal_citation_code": (["【法宝引证码】CLI.12.345"], ["引证码说明"]),
    "legal_source_link": (["原文链接：http://example.org/1"], ["原文链接正常"]),
    "attachment_preview": (["附件1.xlsx附件预览"], ["附件1：统计表"]),
    "template_font": (["方正小标宋简体克州规划"], ["方正集团参与建设。"]),
    "more_content": (["更多相关内容："], ["更多相关内容见附件，请查阅。"]),
    "breadcrumb": (
        ["当前位置: 首页>> 今日中国>> 中国要闻", "您现在的位置：首页 > 政务公开"],
        ["当前位置信息服务平台建成。"],
    ),
    "site_name_url": (
        ["中央政府门户网站 www.gov.cn", "克州政府网 www.xjkz.gov.cn"],
        ["政府网站建设www规范", "门户网站访问量大。"],
    ),
    "source_url": (
        ["Original URL: http://lib.example.cn/bin/mse.exe?K=c52", "本文链接：http://a.cn/1.html"],
        ["原文地址不详，待查。"],
    ),
    "related_links": (
        ["相关链结\n· “2009中国电子政务论坛”举办\n· 骨干网保障政协会议", "相关链接："],
        ["相关链接单位要落实责任。"],
    ),
    "prev_next": (["上一篇：克州召开电子政务会议", "下一条：无"], ["上一篇文章提到的系统已建成。"]),
    "nav_words": (
        ["图片图表", " 栏目推荐", "【打印本页】【关闭窗口】", "打印 关闭"],
        ["打印机采购完成。", "关闭了12个网站。"],
    ),
    "nav_menu": (
        [
            "领导活动 人事任免 网上直播 在线访谈 政务要闻 执法监管",
            "最新文件 法律法规 央企在线 新闻发布 应急管理 服务信息",
        ],
        ["和田县 墨玉县 皮山县 洛浦县 策勒县", "刘永坦 钱七虎 王小明 李四光"],
    ),
    "share": (["分享到：微信 微博", "扫一扫在手机打开当前页"], ["扫一扫二维码即可办理，方便群众。"]),
    "font_size": (["【字体：大 中 小】", "字号：大 中 小"], ["字体规范使用大中小三种。"]),
    "copyright": (
        ["版权所有：克孜勒苏柯尔克孜自治州人民政府", "Copyright © 2019 克州政府"],
        ["加强版权保护，维护著作权人权益。"],
    ),
    "page_number": (
        ["— 2 —", "- 13 -", "－ 3 －", "第 3 页 共 5 页", "第3页", "共5页 第3页", "Page 2 of 9"],
        ["第3页所列项目已完成。", "2005-2010", "— 克州电子政务 —", "共建成3个页面。"],
    ),
    "icp": (["新ICP备05000000号", "京公网安备11010202000001号"], ["ICP许可证审批由通信管理局负责。"]),
    "host_footer": (
        ["主办单位：克州人民政府办公室 承办单位：克州信息中心"],
        ["主办单位：克州信息中心。会议于5月召开。"],
    ),
    "tech_support": (["技术支持：克州信息中心"], ["技术支持到位，运行良好。"]),
    "scraper_marker": (["2009@@年6月建成", "电子@@政务"], ["微博@中国政府网", "egov@@gov.cn", "克州@ 2005"]),
    "truncation_count": (["未完,全文共6986字", "……（未完，共1200字）"], ["未完成的任务共12项。"]),
}


def test_every_row_has_cases() -> None:
    names = {p.name for p in noise_patterns()}
    assert names <= set(CASES), sorted(names - set(CASES))


@pytest.mark.parametrize("name", sorted(CASES))
def test_row_matches_what_it_must_and_nothing_else(name: str) -> None:
    pattern = next((p for p in noise_patterns() if p.name == name), None)
    assert pattern is not None
    must, must_not = CASES[name]
    for text in must:
        assert pattern.regex.search(text), (name, text)
    for text in must_not:
        assert not pattern.regex.search(text), (name, text)


@pytest.mark.parametrize(
    "text",
    [
        "克州2005年2月建成电子政务内网，覆盖56家单位。",
        "各地区、各有关部门要进一步增强责任意识。对忠于职守、履职尽责的，要给予表扬和鼓励。",
        "一、总体要求\n以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。",
        "国务院\n2019年1月27日\n（此件公开发布）",
    ],
)
def test_clean_prose_passes_unchanged(text: str) -> None:
    clean = normalize(text)
    assert clean.text == text
    assert clean.removed == ()


def test_truncation_notice_is_removed_with_a_warning() -> None:
    clean = normalize("克州电子政务建设取得成效……\n未完,全文共6986字")
    assert "未完" not in clean.text
    assert [w.code for w in clean.warnings] == ["truncated"]


_PAGE_RULES = (
    "page metadata",
    "breadcrumb",
    "site_name_url",
    "source_url",
    "related_links",
    "prev_next",
    "nav_words",
    "nav_menu",
    "(share)",
    "font_size",
    "copyright",
    "(icp)",
    "host_footer",
    "tech_support",
    "truncation_count",
    "scraper_marker",
)


def test_page_decoration_rules_never_fire_on_clean_reports() -> None:
    """Clean official prose (work and congress reports, every sixth of the corpus) keeps
    everything the page-decoration and metadata rules could take."""
    import json

    from ..conftest import CORPUS

    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not beside this checkout")
    texts = []
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["content"] for line in lines[::6]]
    texts += [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "notices").glob("*.txt"))]
    assert len(texts) >= 15
    for text in texts:
        fired = [r for r in normalize(text).removed if any(k in r.reason for k in _PAGE_RULES)]
        assert fired == [], fired[:3]
