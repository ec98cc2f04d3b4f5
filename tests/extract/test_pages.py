"""Documents as web pages give them: decoration gone, the page's own title and region."""

from __future__ import annotations

import egovkit


def test_news_copy_without_decoration_keeps_its_national_subject() -> None:
    text = (
        "当前位置: 首页>> 今日中国>> 中国要闻\n \n国家电子政务外网一期工程建设任务已基本完成\n"
        "中央政府门户网站 www.gov.cn   2009年06月09日   来源:新华社\n"
        "外网已覆盖31个省、自治区、直辖市和新疆建设兵团。\n 相关链结\n· 某某论坛举办\n 栏目推荐\n"
    )
    doc = egovkit.parse(text)
    assert doc.title == "国家电子政务外网一期工程建设任务已基本完成"
    assert doc.region is not None and doc.region.code == "CN"
    for phrase in ("当前位置", "www.gov.cn", "来源", "相关链结", "某某论坛", "栏目推荐"):
        assert phrase not in doc.text
    assert doc.metadata is not None and doc.metadata.source == "新华社"


def test_a_title_naming_a_region_is_not_national() -> None:
    doc = egovkit.parse("克州电子政务建设情况\n克州2005年建成内网，国家电子政务外网同步接入。")
    assert doc.region is not None and doc.region.code == "653000"
