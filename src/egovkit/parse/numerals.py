"""Chinese and Arabic numerals to numbers.

Examples:
    >>> chinese_to_int("一千四百")
    1400
    >>> chinese_to_int("二〇一〇")
    2010
    >>> chinese_to_int("十七")
    17
    >>> to_number("38.5")
    Decimal('38.5')
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

__all__ = ["CN_DIGITS", "CN_NUMERAL_CHARS", "chinese_to_int", "number_value", "to_number"]

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "十百千万亿"


def chinese_to_int(s: str) -> int:
    """The value of a Chinese numeral: positional (一千四百, 两千) or digit by digit (二〇一〇).

    Raises:
        ValueError: when ``s`` is not a Chinese numeral.
    """
    if not s or any(c not in CN_NUMERAL_CHARS for c in s):
        raise ValueError(f"not a Chinese numeral: {s!r}")
    if all(c in CN_DIGITS for c in s) and len(s) > 1:
        return int("".join(str(CN_DIGITS[c]) for c in s))
    total = 0
    section = 0
    digit = 0
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        elif c in _CN_UNITS:
            section += (digit or 1) * _CN_UNITS[c]
            digit = 0
        else:
            big = _CN_BIG[c]
            section += digit
            total = (total + section) * big if big > 10_000 else total + section * big
            section = 0
            digit = 0
    return total + section + digit


def to_number(s: str) -> Decimal:
    """An Arabic (with thousands commas) or Chinese numeral as a Decimal.

    Raises:
        ValueError: when ``s`` is neither.
    """
    t = s.replace(",", "").replace("，", "").strip()
    try:
        return Decimal(t)
    except InvalidOperation:
        return Decimal(chinese_to_int(t))


def number_value(d: Decimal) -> int | float:
    """A Decimal as an int when it is whole, else a float."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)
