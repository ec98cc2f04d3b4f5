"""Decoding bytes into text: BOMs, UTF-8, GB18030/GBK, Big5, UTF-16.

Order of trust: a byte-order mark; strict UTF-8; then charset-normalizer's detection
restricted to the encodings Chinese documents use; GB18030 as the last resort for text that
decodes cleanly under it. Binary data raises ``egovkit.errors.DecodeError``.

GB18030 against Big5: most byte strings of a few characters decode under both, and
detection on them is a coin toss (克州 in GBK reads as Big5 親笣). GB18030 wins unless the
Big5 reading is clearly made of more common characters: the share of characters among the
frequent ones of each standard (GB2312 level 1, Big5 A440–C67E), with a margin.
"""

from __future__ import annotations

import codecs
import functools

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


# Chinese punctuation common to both readings of real text
_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉—…·「」『』【】　")
_BIG5_MARGIN = 0.2  # Big5 must beat GB18030 by this share of common characters
_SAMPLE = 4096  # characters scored per reading


@functools.lru_cache(maxsize=65536)
def _common(c: str, encoding: str, low: int, high: int) -> bool:
    try:
        b = c.encode(encoding)
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and low <= int.from_bytes(b, "big") <= high


def _common_share(text: str, encoding: str, low: int, high: int) -> float:
    """Share of the non-ASCII characters of ``text`` that are frequent in ``encoding``."""
    chars = [c for c in text[:_SAMPLE] if not c.isascii()]
    if not chars:
        return 1.0
    hits = sum(1 for c in chars if c in _PUNCT or _common(c, encoding, low, high))
    return hits / len(chars)


_GB_OR_BIG5 = frozenset({"gb18030", "big5", "big5hkscs", "cp950"})


def _gb_or_big5(data: bytes, detected: str) -> tuple[str, str] | None:
    """GB18030 unless a Big5 reading (``detected``'s, or plain Big5) is clearly more common text."""
    big5_enc = detected if detected != "gb18030" else "big5"
    try:
        big5_text: str | None = data.decode(big5_enc)
    except UnicodeDecodeError:
        big5_text = None
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None if big5_text is None else (big5_text, big5_enc)
    if big5_text is not None:
        gb = _common_share(gb_text, "gb2312", 0xB0A1, 0xD7F9)
        big5 = _common_share(big5_text, "big5", 0xA440, 0xC67E)
        if big5 >= gb + _BIG5_MARGIN:
            return big5_text, big5_enc
    return gb_text, "gb18030"


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
        chosen = _gb_or_big5(data, enc) if enc in _GB_OR_BIG5 else None
        if chosen is not None:
            return chosen
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
