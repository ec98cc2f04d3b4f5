"""Integrity of the committed gazetteer data and the suffix rules that derive short forms."""

from __future__ import annotations

import itertools

import pytest

from egovkit.lexicon.gazetteer import gazetteer, short_forms
from egovkit.lexicon.resources import data_lines


def test_header_names_source_and_licence() -> None:
    from importlib import resources

    head = resources.files("egovkit.data").joinpath("gazetteer.tsv").read_text(encoding="utf-8")[:800]
    assert "Source:" in head and "BSD" in head and "tools/build_gazetteer.py" in head


def test_episodes_are_consistent() -> None:
    gaz = gazetteer()
    keys = [(e.code, e.name, e.since) for e in gaz.episodes]
    assert len(keys) == len(set(keys))
    assert len(gaz.episodes) > 5000
    for ep in gaz.episodes:
        if ep.since is not None and ep.until is not None:
            assert ep.since <= ep.until, ep
        if ep.parent:
            assert ep.parent in gaz.by_code, ep
        if ep.successor:
            assert ep.successor in gaz.by_code, ep
        assert set(ep.safe) <= set(ep.shorts)


def test_episodes_of_one_code_do_not_overlap() -> None:
    for code, eps in gazetteer().by_code.items():
        eps = sorted(eps, key=lambda e: e.since or 0)
        for a, b in itertools.pairwise(eps):
            assert a.until is not None and b.since is not None and a.until <= b.since, code


def test_aliases_point_at_known_codes() -> None:
    gaz = gazetteer()
    for alias, code in gaz.aliases.items():
        assert code == "CN" or code in gaz.by_code, alias


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("克孜勒苏柯尔克孜自治州", ["克孜勒苏州", "克孜勒苏"]),
        ("察布查尔锡伯自治县", ["察布查尔县", "察布查尔"]),
        ("广西壮族自治区", ["广西"]),
        ("塔城地区", ["塔城"]),
        ("北京市", ["北京"]),
        ("沙县", []),
        ("城区", []),
    ],
)
def test_short_forms(name: str, forms: list[str]) -> None:
    assert short_forms(name) == forms


def test_ethnic_list_is_complete() -> None:
    assert len(data_lines("ethnic_groups.txt")) == 56


def test_recoding_and_renames_are_recorded() -> None:
    gaz = gazetteer()
    old = next(e for e in gaz.by_code["654001"] if e.name == "奎屯市")
    assert old.successor == "654003" and old.until == 2001
    names = {e.name for e in gaz.by_code["530800"]}
    assert {"思茅市", "普洱市"} <= names


@pytest.mark.parametrize(
    ("codes", "want"),
    [
        pytest.param(["650000", "650100"], "650100", id="a-line-of-descent-is-its-narrowest"),
        pytest.param(["650100", "652300", "659001"], "650000", id="cities-of-one-province"),
        pytest.param(["360600", "350200"], "CN", id="two-provinces"),
        pytest.param(["654021", "654022"], "654000", id="two-counties-of-a-prefecture"),
        pytest.param(["CN", "650000"], "650000", id="the-country-and-a-province"),
        pytest.param(["650100"], "650100", id="one"),
        pytest.param([], None, id="none"),
    ],
)
def test_shared_region(codes: list[str], want: str | None) -> None:
    assert gazetteer().shared(codes) == want


def test_zones_are_uncoded_and_hang_under_known_divisions() -> None:
    gaz = gazetteer()
    zones = set(gaz.zones.values())
    assert zones, "special_zones.tsv is empty"
    for zone in zones:
        assert zone.name not in gaz.full  # a zone GB/T 2260 codes belongs in the gazetteer instead
        assert zone.parent in gaz.by_code and all(c in gaz.by_code for c in zone.covers)
        assert all(zone.parent in gaz.ancestors(c) for c in zone.covers)
        assert zone.since is None or zone.until is None or zone.since <= zone.until


@pytest.mark.parametrize(
    ("name", "year", "code"),
    [
        pytest.param("莱芜市", 2015, "371200", id="a-prefecture-before-its-merger"),
        pytest.param("钢城区", 2015, "371203", id="its-district-before"),
        pytest.param("钢城区", 2021, "370117", id="the-district-under-jinan-after"),
        pytest.param("莱芜区", 2020, "370116", id="a-district-set-up-by-the-merger"),
    ],
)
def test_changes_after_the_last_revision(name: str, year: int, code: str) -> None:
    from egovkit import resolve_region

    region = resolve_region(name, as_of=year)
    assert region is not None and region.code == code


def test_changes_file_ends_or_adds_episodes() -> None:
    gaz = gazetteer()
    laiwu = gaz.episode("371200", 2021)
    assert laiwu is not None and laiwu.until == 2019  # ended, not deleted: a 2015 text still names it
    assert [e.parent for e in gaz.by_code["370116"]] == ["370100"]
