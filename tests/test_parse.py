"""egovkit.parse on every kind of source."""

from __future__ import annotations

from pathlib import Path

import pytest

import egovkit
from egovkit.errors import DecodeError, SourceError, SourceNotFoundError


def test_parse_seed_returns_document(seed_path: Path) -> None:
    doc = egovkit.parse(seed_path)
    assert isinstance(doc, egovkit.Document)
    assert doc.name == seed_path.name
    assert doc.raw == seed_path.read_text(encoding="utf-8")
    assert doc.text
    assert egovkit.Document.model_validate_json(doc.model_dump_json()) == doc


def test_str_path_and_text_give_the_same_text(seed_path: Path) -> None:
    by_path = egovkit.parse(str(seed_path))
    by_text = egovkit.parse(seed_path.read_text(encoding="utf-8"))
    assert by_path.text == by_text.text
    assert by_text.name is None


def test_gbk_bytes(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    doc = egovkit.parse(text.encode("gb18030"), name="x")
    assert doc.encoding == "gb18030"
    assert doc.text == egovkit.parse(text).text


def test_missing_path_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(SourceNotFoundError) as info:
        egovkit.parse(missing)
    assert str(missing) in str(info.value)
    with pytest.raises(SourceNotFoundError):
        egovkit.parse(str(missing))


def test_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError):
        egovkit.parse(tmp_path)


def test_binary_is_a_decode_error() -> None:
    with pytest.raises(DecodeError):
        egovkit.parse(bytes(range(256)) * 4)


@pytest.mark.parametrize("empty", ["", b"", "   \n  "], ids=["str", "bytes", "blank"])
def test_empty_input_gives_a_warning(empty: str | bytes) -> None:
    doc = egovkit.parse(empty)
    assert doc.text == ""
    assert [w.code for w in doc.warnings] == ["empty"]


def test_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        egovkit.parse(42)  # type: ignore[arg-type]
