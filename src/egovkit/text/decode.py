"""Decoding bytes into text: BOMs, UTF-8, GB18030/GBK, Big5, UTF-16.

Order of trust: a byte-order mark; strict UTF-8; then charset-normalizer's detection
restricted to the encodings Chinese documents use; GB18030 as the last resort for text that
decodes cleanly under it. Binary data raises ``egovkit.errors.DecodeError``.
"""

from __future__ import annotations

import codecs

from ..errors import DecodeError

__all__ = ["decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE_ENCODINGS = {"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "hz", "utf_16", "utf_8"}


def _looks_binary(data: bytes) -> bool:
    """NUL or control bytes beyond a stray few (one NUL in a text is damage, not a format)."""
    head = data[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)  # NUL included
    return controls > max(8, len(head) // 50)


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, str]:
    """Decode ``data``; return the text and the name of the encoding used.

    Examples:
        >>> decode_bytes("克州电子政务".encode("gbk"))
        ('克州电子政务', 'gb18030')

    Raises:
        DecodeError: for binary data or bytes that no Chinese encoding decodes.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise DecodeError(source, f"invalid {name} after its byte-order mark", name) from exc
            return text.lstrip("\ufeff"), name
    if not data:
        return "", "utf-8"
    if _looks_binary(data):
        raise DecodeError(source, "the input looks binary (NUL or control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=sorted(_CHINESE_ENCODINGS)).best()
    if best is not None:
        enc = best.encoding
        # GB18030 is a superset of GBK and GB2312: decode with it so no character is lost.
        if enc in {"gbk", "gb2312"}:
            enc = "gb18030"
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise DecodeError(
            source, "not valid UTF-8, GB18030, Big5 or UTF-16", best.encoding if best else None
        ) from exc
