"""egovkit.parse on every kind of source."""

from __future__ import annotations

import json
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


# --- special files, sizes and names ---------------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_not_read(device: str) -> None:
    if not Path(device).exists():
        pytest.fail(f"{device} is expected on a POSIX test machine")
    with pytest.raises(SourceError, match="not a regular file"):
        egovkit.parse(device)


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="not a regular file"):
        egovkit.parse(fifo)  # opening it would wait for a writer forever


def test_a_file_over_max_bytes_is_refused_and_the_limit_can_be_raised(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("克州电子政务。" * 100, encoding="utf-8")  # 2,100 bytes
    with pytest.raises(SourceError, match="max_bytes=2000"):
        egovkit.parse(f, max_bytes=2000)
    assert egovkit.parse(f, max_bytes=2100).text.startswith("克州电子政务。")


def test_a_name_too_long_is_a_source_error() -> None:
    with pytest.raises(SourceError):
        egovkit.parse("a" * 300 + ".txt")


def test_a_symlink_loop_is_a_source_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(SourceError):
        egovkit.parse(loop)


def test_a_file_name_that_is_not_utf8_gives_a_serialisable_document(tmp_path: Path) -> None:
    import os

    raw_name = os.fsencode(tmp_path) + b"/\xb9\xfa\xbc\xd2.txt"  # GBK bytes, not valid UTF-8
    with open(raw_name, "wb") as fh:
        fh.write("克州电子政务。".encode())
    doc = egovkit.parse(os.fsdecode(raw_name))
    assert doc.name == "\ufffd\ufffd\ufffd\ufffd.txt"
    assert json.loads(doc.model_dump_json())["name"] == doc.name


def test_lone_surrogates_are_replaced_with_a_warning_so_every_export_works(tmp_path: Path) -> None:
    text = "克州电子政务内网\udc80于2005年2月建成。\ud800"
    doc = egovkit.parse(text)
    assert doc.raw == text.replace("\udc80", "\ufffd").replace("\ud800", "\ufffd")
    assert doc.text.startswith("克州电子政务内网\ufffd于2005年2月建成。")
    warning = next(w for w in doc.warnings if w.code == "surrogate")
    assert (warning.raw_start, warning.raw_end) == (8, 9) and warning.message.startswith("2 ")
    assert egovkit.Document.model_validate_json(doc.model_dump_json()) == doc
    doc.to_html().encode("utf-8")
    egovkit.timeline([doc]).to_csv().encode("utf-8")
    egovkit.to_sqlite([doc], tmp_path / "s.db")
