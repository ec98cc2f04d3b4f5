"""Decoding short and long GBK/Big5 bytes: GB18030 unless Big5 is clearly better.

Figures from benchmarks/bench_decode.py (400 corpus fragments per cell): 2-character GBK
fragments were decoded wrongly 94.8 % of the time before, 1.5 % after.
"""

from __future__ import annotations

import pytest

import egovkit
from egovkit.text.decode import decode_bytes


@pytest.mark.parametrize(
    "text", ["克州", "电子政务", "政务外网建设", "国家电子政务外网一期工程", "克州电子政务内网于2005年建成"]
)
def test_short_gbk_bytes_decode_as_gb18030(text: str) -> None:
    assert decode_bytes(text.encode("gbk")) == (text, "gb18030")


def test_parse_of_short_gbk_bytes() -> None:
    assert egovkit.parse("克州".encode("gbk")).text == "克州"


@pytest.mark.parametrize("text", ["中央團結", "不斷湧現", "國家電子政務外網一期工程建設任務已基本完成"])
def test_big5_bytes_decode_as_big5_when_clearly_better(text: str) -> None:
    decoded, encoding = decode_bytes(text.encode("big5"))
    assert decoded == text and encoding in {"big5", "big5hkscs", "cp950"}


def test_a_big5_page_stays_big5() -> None:
    text = "國家電子政務外網中央城域網目前已連接48個中央政務部門，中央廣域骨幹網已連接全國31個省。" * 3
    decoded, encoding = decode_bytes(text.encode("big5"))
    assert decoded == text and encoding.startswith(("big5", "cp950"))


def test_bytes_neither_reading_decodes_are_a_decode_error() -> None:
    with pytest.raises(egovkit.errors.DecodeError):
        decode_bytes("中文内容".encode("gbk") + b"\x80\x80text")
