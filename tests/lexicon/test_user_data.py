"""Your own data rows on EGOVKIT_DATA_PATH: read before the packaged ones, validated, reloadable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import egovkit
from egovkit.errors import DataFileError


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("EGOVKIT_DATA_PATH", str(tmp_path))
    egovkit.reload_data()
    yield tmp_path
    monkeypatch.delenv("EGOVKIT_DATA_PATH")
    egovkit.reload_data()


def _write(folder: Path, name: str, *rows: str) -> None:
    (folder / name).write_text("# a comment line\n" + "\n".join(rows) + "\n", encoding="utf-8")
    egovkit.reload_data()


def test_a_boilerplate_pattern_of_yours_is_removed_and_recorded(user_data: Path) -> None:
    text = "本站声明：转载请注明出处\n克州电子政务内网建成。"
    assert "本站声明" in egovkit.normalize(text).text
    _write(user_data, "noise.tsv", "site_notice\tboilerplate: site notice\t^本站声明：[^\\n]*$")
    clean = egovkit.normalize(text)
    assert "本站声明" not in clean.text
    assert any("site_notice" in r.reason for r in clean.removed)


def test_a_region_alias_of_yours_resolves(user_data: Path) -> None:
    assert egovkit.resolve_region("柯州") is None
    _write(user_data, "region_aliases.tsv", "柯州\t653000")
    region = egovkit.resolve_region("柯州")
    assert region is not None and region.code == "653000"
    assert [m.code for m in egovkit.find_regions("柯州电子政务")] == ["653000"]


def test_an_indicator_rule_of_yours_names_quantities_first(user_data: Path) -> None:
    text = "克州建成云计算节点12个。"
    before = {i.name for i in egovkit.parse(text).indicators}
    assert "cloud_nodes" not in before
    _write(user_data, "indicator_rules.tsv", "cloud_nodes\t^个$\t云计算节点\t")
    names = [i.name for i in egovkit.parse(text).indicators]
    assert names == ["cloud_nodes"]


def test_without_reload_the_loaded_data_stays(user_data: Path) -> None:
    egovkit.resolve_region("克州")  # load the gazetteer
    (user_data / "region_aliases.tsv").write_text("柯州\t653000\n", encoding="utf-8")
    assert egovkit.resolve_region("柯州") is None  # read once, on first use
    egovkit.reload_data()
    assert egovkit.resolve_region("柯州") is not None


@pytest.mark.parametrize(
    ("name", "row", "says"),
    [
        ("region_aliases.tsv", "某地\t999999", "known region code"),
        ("noise.tsv", "bad\tboilerplate\t(unclosed", "not a valid regular expression"),
        ("noise.tsv", "only two\tfields", "expected 3 tab-separated fields"),
        ("indicator_rules.tsv", "Cloud Nodes\t^个$\t云\t", "snake_case"),
        ("milestone_categories.tsv", "party\t庆祝", "not a milestone category"),
    ],
    ids=["unknown-code", "bad-regex", "columns", "indicator-name", "category"],
)
def test_a_malformed_row_names_its_file_and_line(user_data: Path, name: str, row: str, says: str) -> None:
    _write(user_data, name, row)
    with pytest.raises(DataFileError, match=says) as info:
        egovkit.parse("克州电子政务内网于2005年建成，连接12个单位。")
    assert info.value.path == f"{user_data / name}:2"


def test_a_missing_directory_on_the_path_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EGOVKIT_DATA_PATH", str(tmp_path / "nowhere"))
    egovkit.reload_data()
    try:
        with pytest.raises(DataFileError, match="does not exist"):
            egovkit.normalize("克州")
    finally:
        monkeypatch.delenv("EGOVKIT_DATA_PATH")
        egovkit.reload_data()


def _make_directory(p: Path) -> None:
    p.mkdir()


def _make_loop(p: Path) -> None:
    p.symlink_to(p)


def _make_dangling(p: Path) -> None:
    p.symlink_to(p.parent / "gone.tsv")


def _make_device(p: Path) -> None:
    p.symlink_to("/dev/zero")


@pytest.mark.parametrize(
    "make",
    [_make_directory, _make_loop, _make_dangling, _make_device],
    ids=["directory", "symlink-loop", "dangling-link", "dev-zero"],
)
def test_a_data_file_of_yours_that_is_not_a_file_is_an_error(user_data: Path, make: object) -> None:
    """Silently ignoring it would parse with the packaged rows only; /dev/zero would never end."""
    make(user_data / "noise.tsv")  # type: ignore[operator]
    egovkit.reload_data()
    with pytest.raises(DataFileError) as info:
        egovkit.normalize("克州电子政务内网建成。")
    assert "noise.tsv" in str(info.value)


def test_the_tokenizer_is_built_once_by_threads_that_start_together(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import jieba

    from egovkit.lexicon import tokenizer as tk

    builds = []
    real = jieba.Tokenizer

    class Counting(real):  # type: ignore[misc,valid-type]
        def __init__(self, *a: object, **k: object) -> None:
            builds.append(1)
            super().__init__(*a, **k)

    monkeypatch.setattr(jieba, "Tokenizer", Counting)
    egovkit.reload_data()
    barrier = threading.Barrier(8)

    def first_use() -> None:
        barrier.wait()
        tk.segment("克州电子政务内网")

    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    monkeypatch.undo()
    egovkit.reload_data()
    assert len(builds) == 1


def test_a_data_cache_builds_again_after_reload_and_not_before() -> None:
    from egovkit.lexicon.resources import data_cache

    builds: list[int] = []

    @data_cache()
    def table() -> int:
        builds.append(1)
        return len(builds)

    assert (table(), table()) == (1, 1)  # the second call reads the cache (without the lock)
    egovkit.reload_data()
    assert (table(), table()) == (2, 2)


def test_a_data_cache_whose_first_build_fails_builds_under_the_lock_again() -> None:
    from egovkit.lexicon.resources import data_cache

    calls: list[int] = []

    @data_cache()
    def table() -> int:
        calls.append(1)
        if len(calls) == 1:
            raise DataFileError("x.tsv", "broken")
        return 7

    with pytest.raises(DataFileError):
        table()
    assert table() == 7


def test_a_zone_of_yours_is_found_as_an_uncoded_region(user_data: Path) -> None:
    assert [m.code for m in egovkit.find_regions("喀什经济开发区建设加快", as_of=2015)] == ["653100"]  # 喀什
    _write(user_data, "special_zones.tsv", "喀什经济开发区\t喀什经开区\t653100\t2011\t\t\ta development zone in 喀什地区")
    got = egovkit.find_regions("喀什经济开发区建设加快，喀什经开区", as_of=2015)
    assert [(m.text, m.code, m.kind) for m in got] == [("喀什经济开发区", None, "zone"), ("喀什经开区", None, "zone")]
    assert got[0].region is not None and got[0].region.parent_code == "653100"


def test_a_zone_of_yours_under_an_unknown_code_is_refused(user_data: Path) -> None:
    _write(user_data, "special_zones.tsv", "某新区\t\t999999\t2011\t\t\tnowhere")
    with pytest.raises(DataFileError, match=r"special_zones\.tsv"):
        egovkit.find_regions("某新区")
