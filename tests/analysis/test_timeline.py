"""The merged timeline: order of fuzzy dates, merging across documents, filters, exports."""

from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path

import pytest

import egovkit
from egovkit import FuzzyDate, parse, timeline
from egovkit.analysis._codes import within
from egovkit.analysis.timeline import five_year_period
from egovkit.errors import AmbiguousRegionError, ArgumentError, DateParseError, UnknownRegionError

from ..conftest import SEED_FILES

A = parse(
    "克州电子政务工作总结\n2005年2月，克州完成了电子政务内网一期工程建设。2007年底，克州开通政府门户网站。",
    name="a.txt",
)
B = parse(
    "克州信息化简报\n2005年，克州完成电子政务内网一期工程建设，2008年伊犁州建成视频会议系统。",
    name="b.txt",
)


def test_same_event_from_two_documents_is_one_entry_with_both_sources() -> None:
    tl = timeline([A, B])
    inner = [e for e in tl if "内网一期工程" in e.event]
    assert len(inner) == 1
    assert {s.document for s in inner[0].sources} == {"a.txt", "b.txt"}
    assert inner[0].date.iso == "2005-02"  # the more precise report wins


def test_entries_are_in_fuzzy_date_order() -> None:
    dates = [e.date for e in timeline([A, B])]
    assert dates == sorted(dates, key=FuzzyDate.sort_key)
    order = sorted(
        [
            FuzzyDate.from_iso("2006"),
            FuzzyDate(year=2005, qualifier="end"),
            FuzzyDate(year=2005),
            FuzzyDate(year=2005, month=2),
            FuzzyDate.from_iso("2005/2007"),
        ],
        key=FuzzyDate.sort_key,
    )
    assert [d.iso for d in order] == ["2005", "2005/2007", "2005-02", "2005", "2006"]
    assert order[3].qualifier is not None  # 2005年底 after 2005-02


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"region": "伊犁州"}, {"2008"}),
        ({"region": "653000"}, {"2005-02", "2007"}),
        ({"region": "新疆"}, {"2005-02", "2007", "2008"}),
        ({"region": "新疆", "include_subregions": False}, set()),
        ({"categories": ["website"]}, {"2007"}),
        ({"between": (2006, 2007)}, {"2007"}),
        ({"status": "planned"}, set()),
    ],
    ids=["name", "code", "province", "no-subregions", "category", "between", "status"],
)
def test_filters(kwargs: dict[str, object], expected: set[str]) -> None:
    assert {e.date.iso for e in timeline([A, B], **kwargs)} == expected  # type: ignore[arg-type]


def test_unknown_region_is_a_typed_error() -> None:
    with pytest.raises(UnknownRegionError):
        timeline([A], region="火星")


def test_grouping_by_year_and_period() -> None:
    tl = timeline([A, B])
    assert list(tl.by_year()) == [2005, 2007, 2008]
    assert list(tl.by_period()) == ["十五 2001–2005", "十一五 2006–2010"]
    assert five_year_period(1955) == "一五 1953–1957" and five_year_period(2021) == "十四五 2021–2025"


def test_exports(tmp_path: Path) -> None:
    tl = timeline([A, B])
    assert [r["date"] for r in json.loads(tl.to_json())] == [e.date.iso for e in tl]
    rows = list(csv.DictReader(io.StringIO(tl.to_csv(tmp_path / "t.csv"))))
    assert len(rows) == len(tl) and (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    md = tl.to_markdown(group="period")
    assert md.startswith("## 十五 2001–2005") and "a.txt" in md
    tjs = tl.to_timelinejs(title="克州")
    assert len(tjs["events"]) == len(tl) and tjs["events"][0]["start_date"] == {"year": 2005, "month": 2}
    frame = tl.to_frame()
    assert list(frame["date"]) == [e.date.iso for e in tl]


def test_plot_writes_a_png(tmp_path: Path) -> None:
    out = timeline([A, B]).plot(tmp_path / "t.png", title="克州")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 5000


def test_seed_timeline_of_xinjiang_merges_and_orders() -> None:
    tl = egovkit.timeline(SEED_FILES, region="650000")
    assert len(tl) > 20
    assert all(e.region is not None and within(e.region, "650000") for e in tl)
    assert all(len(e.sources) >= 1 for e in tl)


@pytest.mark.parametrize(
    ("code", "parent", "inside"),
    [
        ("654003", "654000", True),
        ("654003", "650000", True),
        ("653001", "654000", False),
        ("110000", "CN", True),
    ],
)
def test_within(code: str, parent: str, inside: bool) -> None:
    assert within(code, parent) is inside


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"categories": ["bogus"]}, ArgumentError),
        ({"status": "bogus"}, ArgumentError),
        ({"between": ("abc", None)}, DateParseError),
        ({"between": ("2005-13", None)}, DateParseError),
        ({"between": (None, "2005-02-30")}, DateParseError),
        ({"region": "鼓楼区"}, AmbiguousRegionError),
        ({"region": "999999"}, UnknownRegionError),
        ({"between": ("2010", "2005")}, ArgumentError),
    ],
    ids=[
        "category",
        "status",
        "since-abc",
        "month-13",
        "feb-30",
        "ambiguous-region",
        "unknown-code",
        "reversed",
    ],
)
def test_bad_arguments_are_typed_errors(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        timeline([A, B], **kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, egovkit.EgovkitError)


def test_ambiguous_region_lists_the_candidates_with_their_parents() -> None:
    with pytest.raises(AmbiguousRegionError) as info:
        timeline([A], region="鼓楼区")
    codes = [code for code, _ in info.value.candidates]
    assert "320106" in codes and len(codes) > 1
    assert "南京市" in dict(info.value.candidates)["320106"]


def test_between_takes_chinese_dates() -> None:
    got = timeline([A, B], between=("二〇〇七年", "2007年12月"))
    assert [e.date.year for e in got] == [2007]


def test_csv_neutralises_formulas_and_timelinejs_escapes_html() -> None:
    doc = parse("2005年2月，=HYPERLINK(克州)建成<img src=x onerror=alert(1)>电子政务内网。", name="@evil.txt")
    tl = timeline([doc])
    assert len(tl) == 1
    rows = list(csv.DictReader(io.StringIO(tl.to_csv())))
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    assert rows[0]["documents"] == "'@evil.txt"
    event = tl.to_timelinejs()["events"][0]["text"]
    assert "<img" not in event["text"] and "&lt;img" in event["text"]
    assert "<img" not in event["headline"]
    assert tl.to_timelinejs(title="<b>克州</b>")["title"]["text"]["headline"] == "&lt;b&gt;克州&lt;/b&gt;"


# --- the merge rule, boundary by boundary (docs/how-to/analysis.md "Merging") ------------------


def _doc(name: str, *milestones: tuple[str, str, str | None, str]) -> egovkit.Document:
    """A document whose milestones are (iso date[;qualifier], event, region, category)."""
    text = "。".join(event for _, event, _, _ in milestones)
    ms, at = [], 0
    for iso, event, region, category in milestones:
        date, _, qualifier = iso.partition(";")
        ev = egovkit.Evidence(
            start=at, end=at + len(event), quote=event, raw_start=at, raw_end=at + len(event)
        )
        at += len(event) + 1
        ms.append(
            egovkit.Milestone(
                date=FuzzyDate.from_iso(date, qualifier=qualifier or None),
                region=region,
                event=event,
                category=egovkit.MilestoneCategory(category),
                status=egovkit.Status.DONE,
                evidence=ev,
            )
        )
    return egovkit.Document(name=name, raw=text, text=text, milestones=tuple(ms))


NET = "克州完成电子政务内网一期工程建设"
NET2 = "克州电子政务内网一期工程建设完成"


@pytest.mark.parametrize(
    ("a", "b", "entries"),
    [
        (("2005", NET, "653000", "network"), ("2005-02", NET2, "653000", "network"), 1),
        (("2005-02", NET, "653000", "network"), ("2005;end", NET2, "653000", "network"), 2),
        (("2005-02", NET, "653000", "network"), ("2005-02-15", NET2, None, "network"), 1),
        (("2005-02", NET, "653000", "network"), ("2005-03", NET2, "653000", "network"), 2),
        (("2005", NET, "653000", "network"), ("2005", NET2, "654000", "network"), 2),
        (("2005", NET, "653000", "network"), ("2005", NET2, "653000", "website"), 2),
        (("2005", NET, "653000", "network"), ("2005", "伊犁州开通政府门户网站", "653000", "network"), 2),
    ],
    ids=[
        "year-holds-month",
        "year-end-not-february",
        "region-unknown",
        "other-month",
        "other-region",
        "other-category",
        "other-words",
    ],
)
def test_merge_rule_across_two_documents(
    a: tuple[str, str, str | None, str], b: tuple[str, str, str | None, str], entries: int
) -> None:
    tl = egovkit.timeline([_doc("a.txt", a), _doc("b.txt", b)])
    assert len(tl) == entries
    if entries == 1:
        (entry,) = tl
        assert [s.document for s in entry.sources] == ["a.txt", "b.txt"]
        assert (
            entry.date.precision
            == max(
                (FuzzyDate.from_iso(x[0].split(";")[0]) for x in (a, b)),
                key=lambda d: ["year", "month", "day"].index(d.precision),
            ).precision
        )


def test_two_milestones_of_one_document_are_never_merged() -> None:
    one = _doc("a.txt", ("2005-02", NET, "653000", "network"), ("2005", NET2, "653000", "network"))
    tl = egovkit.timeline([one])
    assert len(tl) == 2
    assert all(len(e.sources) == 1 for e in tl)
    # and a third document's report merges into one of them only
    tl = egovkit.timeline([one, _doc("b.txt", ("2005-02", NET, "653000", "network"))])
    assert sorted(len(e.sources) for e in tl) == [1, 2]


def test_markdown_and_csv_show_region_names_beside_codes() -> None:
    tl = timeline([A, B])
    assert "(克孜勒苏柯尔克孜自治州 653000)" in tl.to_markdown()
    rows = list(csv.DictReader(io.StringIO(tl.to_csv())))
    assert {(r["region"], r["region_name"]) for r in rows} >= {("653000", "克孜勒苏柯尔克孜自治州")}


def _captured_figure(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Keep the figure a plot draws instead of closing it."""
    import egovkit.analysis.timeline as module

    figures: list[object] = []

    def keep(fig: object, path: object, **kwargs: object) -> Path:
        figures.append(fig)
        fig.tight_layout()  # type: ignore[attr-defined]
        return Path(str(path))

    monkeypatch.setattr(module, "save_figure", keep)
    return figures


def test_plot_is_legible_at_forty_events_in_one_year(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    sentences = [f"2008年{1 + k % 12}月{1 + k % 28}日，克州建成第{k + 1}个政务应用系统。" for k in range(40)]
    tl = timeline([parse("\n".join(sentences), name="dense.txt")])
    assert len(tl.by_year()[2008]) >= 30
    figures = _captured_figure(monkeypatch)
    tl.plot(tmp_path / "dense.png", title="克州")
    (fig,) = figures
    fig.canvas.draw()  # type: ignore[attr-defined]
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    whole = fig.bbox  # type: ignore[attr-defined]
    ax = fig.axes[0]  # type: ignore[attr-defined]
    boxes = [t.get_window_extent(renderer) for t in ax.get_yticklabels() if t.get_text()]
    assert len(boxes) == len(tl)
    for a, b in itertools.pairwise(boxes):
        assert a.y0 >= b.y1 - 0.5 or b.y0 >= a.y1 - 0.5  # stacked rows, no overlap
    for box in boxes:  # nothing cut at the edge
        assert box.x0 >= whole.x0 - 0.5 and box.x1 <= whole.x1 + 0.5
        assert box.y0 >= whole.y0 - 0.5 and box.y1 <= whole.y1 + 0.5


def test_cjk_font_found_when_the_font_cache_is_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    from matplotlib import font_manager

    from egovkit.analysis import _plot

    cjk = [f for f in font_manager.fontManager.ttflist if f.name in _plot._CJK_FAMILIES]
    if not cjk:
        pytest.skip("no CJK font installed on this machine")
    files = {f.fname for f in cjk}  # a cache written before the font was installed
    stale = [f for f in font_manager.fontManager.ttflist if f.fname not in files]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)
    _plot.cjk_font.cache_clear()
    try:
        assert _plot.cjk_font() is not None
    finally:
        _plot.cjk_font.cache_clear()


def test_merging_grows_linearly_with_the_milestones(monkeypatch: pytest.MonkeyPatch) -> None:
    # #18: building a timeline compared every milestone with every entry of its year
    import random

    import egovkit.analysis.timeline as module

    rng = random.Random(7)
    chars = "克州伊犁建成开通政务网站系统平台工程内网外网视频会议培训应用数据中心办公审批服务"
    ev = egovkit.Evidence(start=0, end=0, quote="", raw_start=0, raw_end=0)

    def docs(n: int) -> list[egovkit.Document]:
        out = []
        for d in range(n // 20):
            ms = tuple(
                egovkit.Milestone(
                    date=FuzzyDate(year=2008, month=1 + k % 12),
                    region="653000",
                    event="".join(rng.choice(chars) for _ in range(14)),
                    category=egovkit.MilestoneCategory.NETWORK,
                    status=egovkit.Status.DONE,
                    evidence=ev,
                )
                for k in range(20)
            )
            shared = egovkit.Milestone(  # every document reports this one: it merges
                date=FuzzyDate(year=2008, month=1),
                region="653000",
                event="克州建成电子政务内网",
                category=egovkit.MilestoneCategory.NETWORK,
                status=egovkit.Status.DONE,
                evidence=ev,
            )
            out.append(egovkit.Document(name=f"d{d}", raw="", text="", milestones=(*ms, shared)))
        return out

    calls = [0]
    real = module._same_event

    def counted(*args: object) -> bool:
        calls[0] += 1
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "_same_event", counted)
    counts = []
    for n in (400, 1600):
        calls[0] = 0
        tl = module.build_timeline(docs(n))
        assert max(len(e.sources) for e in tl) == n // 20
        counts.append(calls[0])
    assert counts[0] > 0  # the events do share pairs: the rule is exercised
    assert counts[1] <= 6 * counts[0]  # 4x the milestones: not 16x the comparisons


def test_markdown_keeps_the_inferred_mark_outside_the_bold_date() -> None:
    doc = _doc("a.txt", ("2008;by", NET, "653000", "network"))
    ms = doc.milestones[0]
    inferred = doc.model_copy(
        update={
            "milestones": (ms.model_copy(update={"date": ms.date.model_copy(update={"inferred": True})}),)
        }
    )
    md = timeline([inferred]).to_markdown()
    assert "- **2008 (by)**\\*" in md and "***" not in md
    assert "**2008 (by)** " in timeline([doc]).to_markdown()  # no mark when the date is stated
