"""The cleaning stage: table tests of each repair, seed checks against gold, properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from egovkit import normalize
from egovkit.errors import DecodeError

from ..conftest import SEED_FILES, gold_for

REPAIRS = [
    ("pinyin_gloss", "統(tǒng)一思想", "统一思想"),
    ("pinyin_gloss_neutral", "我們(men)的", "我们的"),
    ("keeps_list_paren", "(一)电子政务工作", "(一)电子政务工作"),
    ("keeps_cjk_paren", "各县(市)人民政府", "各县(市)人民政府"),
    ("keeps_ascii_paren", "内部办公业务（OA）网", "内部办公业务（OA）网"),
    ("keeps_count_paren", "培训了1700多人(次)", "培训了1700多人(次)"),
    ("keeps_toneless_word", "系统(test)上线", "系统(test)上线"),
    ("fold_digits", "２００５年２月", "2005年2月"),
    ("fold_percent", "增长８．５％", "增长8.5%"),
    ("keeps_circled", "㈠总则", "㈠总则"),
    ("ideographic_space", "\u3000\u3000根据规定", "根据规定"),
    ("zero_width", "电子\u200b政务", "电子政务"),
    ("crlf", "第一行。\r\n第二行", "第一行。\n第二行"),
    ("join_after_comma", "使政府机构、\n公务员、公众", "使政府机构、公务员、公众"),
    (
        "join_broken_line",
        "依托内网，2009年4月克州政\n府内网协同办公平台正式开通。",
        "依托内网，2009年4月克州政府内网协同办公平台正式开通。",
    ),
    (
        "join_inside_a_year",
        "克州组织建设了骨干传输网，20\n05年2月完成了一期工程。",
        "克州组织建设了骨干传输网，2005年2月完成了一期工程。",
    ),
    (
        "join_before_year_suffix",
        "骨干传输网，2005\n年2月，克州完成了一期工程。",
        "骨干传输网，2005年2月，克州完成了一期工程。",
    ),
    (
        "join_inside_a_title",
        "结合克州实际，根据《\n自治区信息化促进条例》、《实施办法》，制订本规划。",
        "结合克州实际，根据《自治区信息化促进条例》、《实施办法》，制订本规划。",
    ),
    (
        "join_before_a_comma",
        "2005年底，完成了内网升级改造工作\n,实现了自治区政府专网的联接。",
        "2005年底，完成了内网升级改造工作,实现了自治区政府专网的联接。",
    ),
    (
        "keep_heading_break",
        "克州电子政务发展规划\n党的十七大报告强调，要加快",
        "克州电子政务发展规划\n党的十七大报告强调，要加快",
    ),
    ("keep_break_before_heading", "取得了成效，进展顺利\n一、工作目标", "取得了成效，进展顺利\n一、工作目标"),
    (
        "wenku_teaser",
        "发展规划由刀豆文库小编整理,希望给你工作、学习、生活带来方便,猜你可能喜欢“电子政务”。\n正文",
        "发展规划\n正文",
    ),
    (
        "wenmi_omission",
        "方案征\n……(新文秘网http://x.cn省略874字,正式会员可完整阅读)……\n高,资源",
        "方案征\n高,资源",
    ),
    (
        "truncation",
        "实现公共信息资 ……(未完,全文共6986字,当前仅显示2453字,请阅读下面提示信息。\n收藏《县长讲话》)",
        "实现公共信息资",
    ),
    ("font_name", "方正小标宋简体在全县会议上的讲话", "在全县会议上的讲话"),
    (
        "legal_header",
        "    【法宝引证码】 CLI.12.7186154\n原文链接：https://example.org/a.html\n关于加强工作的通知",
        "关于加强工作的通知",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in REPAIRS], ids=[c[0] for c in REPAIRS])
def test_repair(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


DOT_TEXT = "会议召开.来自全区的代表与会.全区70.以上县市区政府设置了机构.有70.自治区政府职能部门.60.的直属机构.38.5万户.1.69%.热线12315.12366.作者.李牧时.肖岱"
DOTS = [
    ("percent_more", "全区70%以上县市区"),
    ("percent_plain", "有70%自治区政府职能部门"),
    ("percent_de", "60%的直属机构"),
    ("decimal_kept", "38.5万户"),
    ("percent_kept", "1.69%"),
    ("phone_numbers_kept", "12315.12366，作者"),
    ("short_items", "李牧时、肖岱"),
    ("clause", "会议召开，来自全区"),
]


@pytest.mark.parametrize("expected", [c[1] for c in DOTS], ids=[c[0] for c in DOTS])
def test_dot_repair(expected: str) -> None:
    assert expected in normalize(DOT_TEXT).text


def test_dot_repair_only_in_documents_that_lost_punctuation() -> None:
    text = "网址是www.gov.cn。统计显示，增长5.以上。"
    assert normalize(text).text == text


def test_list_marker_is_not_a_percent() -> None:
    text = "工作如下.\n1.大力建设网络.加快应用.推进共享.完善制度.提高水平.强化安全"
    assert "1.大力建设" in normalize(text).text


def test_single_quotes_become_chinese_quotes() -> None:
    out = normalize("提出'全面认识工业化.信息化'的背景.又提出'推行电子政务'.这表明.推行电子政务.是战略").text
    assert "“全面认识工业化，信息化”的背景，又提出“推行电子政务”" in out
    assert "'" not in out


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name[:3] for p in SEED_FILES])
def test_gold_noise_removed_and_keywords_kept(path: Path) -> None:
    gold = gold_for(path)
    text = normalize(path.read_text(encoding="utf-8")).text
    for phrase in gold["noise"]:
        assert phrase not in text, phrase
    for key in ("networks", "milestones", "indicators"):
        for entry in gold[key]:
            for kw in entry.get("keywords", []):
                assert kw in text, kw


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name[:3] for p in SEED_FILES])
def test_removed_plus_kept_rebuild_raw(path: Path) -> None:
    ct = normalize(path.read_text(encoding="utf-8"))
    _assert_covers_raw(ct)
    for r in ct.removed:
        assert ct.raw[r.raw_start : r.raw_end] == r.text
        assert r.reason


def _assert_covers_raw(ct: object) -> None:
    spans = sorted(
        [(r.raw_start, r.raw_end) for r in ct.removed] + ct.kept_raw_spans()  # type: ignore[attr-defined]
    )
    pos = 0
    for a, b in spans:
        assert a <= pos, f"raw gap at {pos}:{a}"
        pos = max(pos, b)
    assert pos == len(ct.raw)  # type: ignore[attr-defined]


def test_traditional_seed_is_detected() -> None:
    path = next(p for p in SEED_FILES if gold_for(p)["script"] == "traditional")
    assert normalize(path.read_text(encoding="utf-8")).script == "traditional"


def test_mojibake_is_reported() -> None:
    ct = normalize("需要我们チ私猓フJ识，市场经济_不断完善")
    assert [w.code for w in ct.warnings] == ["mojibake", "mojibake"]
    assert "チ私猓フ" in ct.text  # kept, not silently dropped


def test_gbk_shift_mojibake_is_repaired() -> None:
    # "這裡" encoded in GBK and read one byte out of step reads 谶@里.
    ct = normalize("今天我们谶@里召开会议")
    assert "这里" in ct.text
    assert not ct.warnings


def test_metamorphic_traditional_script() -> None:
    from opencc import OpenCC

    path = SEED_FILES[1]
    simplified = normalize(path.read_text(encoding="utf-8")).text
    traditional = OpenCC("s2t").convert(path.read_text(encoding="utf-8"))
    back = normalize(traditional)
    assert back.script == "traditional"
    same = sum(a == b for a, b in zip(simplified, back.text, strict=False))
    assert len(back.text) == len(simplified)
    assert same / len(simplified) >= 0.99


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_metamorphic_encodings(encoding: str) -> None:
    raw = SEED_FILES[1].read_text(encoding="utf-8")
    ct = normalize(raw.encode(encoding))
    assert ct.text == normalize(raw).text
    assert ct.encoding is not None


def test_big5_bytes() -> None:
    ct = normalize("電子政務發展規劃，加強網絡建設。".encode("big5"))
    assert ct.encoding == "big5"
    assert ct.text == "电子政务发展规划，加强网络建设。"


def test_binary_raises_decode_error_naming_source() -> None:
    with pytest.raises(DecodeError) as info:
        normalize(b"\x00\x01\x02PK\x03\x04" * 100, source="archive.zip")
    assert "archive.zip" in str(info.value)


def test_raw_span_maps_gloss_text() -> None:
    ct = normalize("統(tǒng)一")
    assert ct.text == "统一"
    assert ct.raw_span(0, 2) == (0, 8)
    assert ct.raw_span(1, 2) == (7, 8)
    assert ct.raw_span(0, 1) == (0, 1)


# -- properties ----------------------------------------------------------------------------
cjk_text = st.text(
    alphabet=st.sampled_from(
        list("电子政务网络建设克州新疆年月日万人，。、；：0123456789（）()《》“”\n .'%")
    ),
    max_size=200,
)
any_text = st.text(max_size=200)
clean_simplified = st.text(
    alphabet=st.sampled_from(list("电子政务网络建设克州新疆年月日万人，。、；：0123456789《》“”")),
    max_size=200,
)


@given(any_text | cjk_text)
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once.text).text == once.text


@given(any_text | cjk_text)
def test_offset_map_is_monotone_and_in_range(text: str) -> None:
    ct = normalize(text)
    last = 0
    for i in range(len(ct.text)):
        a, b = ct.raw_span(i, i + 1)
        assert 0 <= a <= b <= len(ct.raw)
        assert a >= last
        last = a
    _assert_covers_raw(ct)


@given(clean_simplified)
def test_clean_simplified_text_is_unchanged(text: str) -> None:
    text = text.strip()
    assert normalize(text).text == text


def _script_sample() -> st.SearchStrategy[str]:
    from egovkit.text.script import _script_sets

    trad, simp = _script_sets()
    pool = sorted(trad)[:40] + sorted(simp)[:40] + [c for c in trad | simp if ord(c) > 0xFFFF][:20]
    return st.text(alphabet=st.sampled_from([*pool, "政", "务", "a", "1", "\x01", "\x02", "𠀀"]), max_size=60)


@given(_script_sample())
def test_detect_script_counts_like_a_plain_loop(text: str) -> None:
    from egovkit.text.script import _script_sets, detect_script

    trad_only, simp_only = _script_sets()
    trad = sum(ch in trad_only for ch in text)
    simp = sum(ch in simp_only for ch in text)
    if trad == 0 or (trad < 3 and simp > 0):
        expected = "simplified"
    elif simp == 0 or trad >= 4 * simp:
        expected = "traditional"
    elif simp >= 4 * trad:
        expected = "simplified"
    else:
        expected = "mixed"
    assert detect_script(text) == expected


@given(st.text(alphabet="电子@?_ア\ufffda ", max_size=80))
def test_suspicious_runs_match_the_lookaround_definition(text: str) -> None:
    import re

    from egovkit.text.clean import _CJK, _suspicious_runs

    # the definition: kana/U+FFFD runs, and @?_ runs after or before a CJK character
    rx = re.compile("[\u3040-\u30ff\ufffd]+|(?<=[" + _CJK + "])[@?_]+|[@?_]+(?=[" + _CJK + "])")
    merged: list[tuple[int, int]] = []
    for m in rx.finditer(text):
        if merged and m.start() - merged[-1][1] <= 3:
            merged[-1] = (merged[-1][0], m.end())
        else:
            merged.append((m.start(), m.end()))
    assert list(_suspicious_runs(text)) == merged


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("电子政务内网(nèi wǎng)建成", "电子政务内网建成"),
        ("信息化(xìn xī huà)建设", "信息化建设"),
        ("他说(hello world)很好", "他说(hello world)很好"),  # no tone mark: not pinyin
        ("网(a b c d e)站", "网(a b c d e)站"),  # more than four syllables: left alone
    ],
    ids=["two-syllables", "three-syllables", "english", "too-long"],
)
def test_spaced_multi_syllable_glosses(raw: str, clean: str) -> None:
    result = normalize(raw)
    assert result.text == clean
    if raw != clean:
        assert [r.reason for r in result.removed] == ["pinyin gloss"]


@pytest.mark.parametrize(
    "digit_like",
    ["200m²", "①", "₁", "٣", "1" * 5000],
    ids=["superscript", "circled", "subscript", "arabic-indic", "5000-digit-run"],
)
def test_dot_repair_survives_digit_like_characters(digit_like: str) -> None:
    """str.isdigit accepts ², ①, ₁ that int() refuses, and int() refuses runs over 4,300 digits."""
    raw = f"新建{digit_like}.建成了机房.购置了设备.培训了干部.开通了网站.建立了制度.完善了机制"
    clean = normalize(raw)
    assert clean.text.endswith("，建成了机房，购置了设备，培训了干部，开通了网站，建立了制度，完善了机制")
    assert digit_like in clean.text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("克州规划\r一、现状\r内网建成。", "克州规划\n一、现状\n内网建成。"),
        ("克州规划\r\n一、现状\r\n内网建成。", "克州规划\n一、现状\n内网建成。"),
        ("克州规划\r\r一、现状", "克州规划\n\n一、现状"),
        ("克州规划\r\r\n一、现状", "克州规划\n一、现状"),
    ],
    ids=["cr-only", "crlf", "cr-cr", "cr-crlf"],
)
def test_carriage_returns_are_line_breaks(raw: str, text: str) -> None:
    clean = normalize(raw)
    assert clean.text == text
    _assert_partition(clean)


def test_a_cr_only_document_keeps_its_title_and_outline() -> None:
    import egovkit
    from egovkit.extract.structure import outline

    doc = egovkit.parse("克州电子政务发展规划\r一、发展现状\r内网建成。\r二、发展目标\r建成外网。\r")
    assert doc.title == "克州电子政务发展规划"
    assert [n.marker for n in outline(doc.text)] == ["一、", "二、"]


def test_one_nul_byte_does_not_make_bytes_binary() -> None:
    text = "克州电子政务内网\x00于2005年建成。"
    assert normalize(text.encode("utf-8")).text == normalize(text).text == "克州电子政务内网于2005年建成。"
    assert normalize(text.encode("gb18030")).text == normalize(text).text
    with pytest.raises(DecodeError):
        normalize(b"\x00\x01\x02\x03" * 64)


def _assert_partition(clean: object) -> None:
    """Kept raw spans and removed spans tile the raw text exactly: no gap, no overlap."""
    raw = clean.raw  # type: ignore[attr-defined]
    spans = [(a, b, "kept") for a, b in clean.kept_raw_spans()]  # type: ignore[attr-defined]
    spans += [(r.raw_start, r.raw_end, "removed") for r in clean.removed]  # type: ignore[attr-defined]
    spans.sort()
    pos = 0
    for a, b, kind in spans:
        assert a == pos, (pos, a, b, kind, spans)
        assert b >= a
        pos = b
    assert pos == len(raw)


@pytest.mark.parametrize(
    "raw",
    ["微博@中国政府网", "开通再逐步ア推开", "服务(wù)ガ质量", "18%，硫@①增长9%"],
    ids=["at-sign", "one-kana", "gloss-then-kana", "at-before-circled"],
)
def test_the_mojibake_repair_needs_strong_evidence(raw: str) -> None:
    """A lone sign beside common characters is no byte shift: the text is kept and reported."""
    clean = normalize(raw)
    kept = raw.replace("(wù)", "")
    assert clean.text == kept
    assert [w.code for w in clean.warnings] == ["mojibake"]
    _assert_partition(clean)


_HOSTILE = st.lists(
    st.sampled_from(
        [
            "克州",
            "电子政务",
            "(wù)",
            "(tǒng)",
            "ア",
            "ガ",
            "@",
            "①",
            "²",
            ".",
            "'",
            "\r",
            "\n",
            "　",
            "１",
            "…",
            "（未完",
            "統",
            "網",
            "谶@里",
            "_",
            "?",
            "\ufffd",
            " ",
            "70",
            "以上",
        ]
    ),
    max_size=40,
).map("".join)


@given(_HOSTILE)
def test_kept_and_removed_spans_tile_the_raw_text(raw: str) -> None:
    clean = normalize(raw)
    _assert_partition(clean)
    for r in clean.removed:
        assert clean.raw[r.raw_start : r.raw_end] == r.text


def test_a_web_page_keeps_its_blocks_apart() -> None:
    """A page's lines are its blocks: list items and paragraphs without a full stop stay apart."""
    page = (
        '<html><body><div class="content"><p>主要任务如下：</p><ul><li>加强网络建设，提高服务水平</li>'
        "<li>完善制度，规范管理</li></ul><p>到2015年，建成全州电子政务外网，实现互联互通</p>"
        "<p>全州各县市建成了政府网站，实现了信息公开。</p></div></body></html>"
    )
    lines = normalize(page).text.split("\n")
    assert lines[1:] == [
        "加强网络建设，提高服务水平",
        "完善制度，规范管理",
        "到2015年，建成全州电子政务外网，实现互联互通",
        "全州各县市建成了政府网站，实现了信息公开。",
    ]
    assert normalize(page.replace("<li>", "").replace("</li>", "\n"), format="text").text.count("\n") < 4


@pytest.mark.parametrize("width", [30, 38])
def test_a_hard_wrapped_copy_keeps_its_dates(width: int) -> None:
    """A layout (a PDF's text, a hard-wrapped copy) breaks lines anywhere, numbers included."""
    import egovkit

    text = SEED_FILES[1].read_text(encoding="utf-8")
    wrapped = "\n".join(
        line[i : i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width)
    )
    dates = {m.date.iso for m in egovkit.parse(text).milestones}
    kept = {m.date.iso for m in egovkit.parse(wrapped).milestones}
    assert len(dates & kept) >= 0.8 * len(dates)


@given(st.text(alphabet="\r\n a中\u200b\x00", max_size=60))
def test_carriage_return_patterns_match_their_lookbehind_form(text: str) -> None:
    # the patterns open on the CR itself (so the regex engine skips to it); they must find
    # what the plain form (?<!\r)\r+ finds
    import re

    from egovkit.text.clean import _INVISIBLE_RX, _LONE_CR_RX

    invisible = re.compile("[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+|(?<!\r)\r+(?=\n)")
    lone = re.compile("(?<!\r)\r+(?![\r\n])")
    for fast, plain in ((_INVISIBLE_RX, invisible), (_LONE_CR_RX, lone)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.text(alphabet="ア?@_\ufffd中a ", max_size=60))
def test_suspicious_runs_pattern_matches_its_alternation_form(text: str) -> None:
    # one class opens the pattern (so the engine skips to it); it must find the runs the
    # alternation of the two kinds finds
    import re

    from egovkit.text.clean import _SUSPICIOUS_RX

    plain = re.compile("[\u3040-\u30ff\ufffd]+|[@?_]+")
    assert [m.span() for m in _SUSPICIOUS_RX.finditer(text)] == [m.span() for m in plain.finditer(text)]
