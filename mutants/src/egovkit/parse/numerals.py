"""Chinese and Arabic numerals to numbers: the whole grammar of written Chinese numbers.

A Chinese numeral is read in sections: 亿 splits off what stands before it (itself possibly with
万: 一万零二百亿 = 10200 × 10⁸), then 万 does the same inside each part (万亿 = 10¹²), and each
section below 万 is digits times 千/百/十 in falling order, 零 marking skipped places
(一千零五). 两 is 2, 廿 20 and 卅 30; a leading 十 is 一十 (十七). 点 starts a decimal fraction
read digit by digit (七十七点五 = 77.5). A digit after the last place word is the next lower place
(三千五 = 3500, 一万二 = 12000), as people write it. Digit strings (二〇一〇) are read digit by
digit. What the grammar does not allow raises ``ValueError`` rather than guessing: two digits
side by side in a positional numeral (二三十, an approximate range "twenty or thirty"),
places out of order (十百), a doubled place word.

Arabic numbers may be written with full-width digits and thousands separators in either width
(974，979，000); ``to_number`` reads both kinds.

Examples:
    >>> chinese_to_int("一千四百")
    1400
    >>> chinese_to_int("二〇一〇")
    2010
    >>> chinese_to_int("十七")
    17
    >>> chinese_to_int("一百二十三亿七千万")
    12370000000
    >>> parse_chinese_number("七十七点五")
    Decimal('77.5')
    >>> to_number("38.5")
    Decimal('38.5')
    >>> to_number("974，979，000")
    Decimal('974979000')
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

__all__ = [
    "CN_DIGITS",
    "CN_NUMERAL_CHARS",
    "chinese_to_int",
    "number_value",
    "parse_chinese_number",
    "to_number",
]

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
_ZEROS = frozenset("零〇○Ｏ")
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_TENS = {"廿": "二十", "卅": "三十"}
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "十百千万亿" + "".join(_TENS)


def _section(s: str) -> int:
    """A numeral below 10 000: digits times 千/百/十 in falling order, 零 for skipped places."""
    total = 0
    digit: int | None = None
    last = 10_000  # the place of the previous place word
    zero = False
    for c in s:
        if c in _CN_UNITS:
            unit = _CN_UNITS[c]
            if unit >= last or (zero and unit * 10 >= last):
                raise ValueError(f"places out of order in {s!r}")
            if digit is None:
                if c != "十" or (total and not zero):  # 十七 = 一十七, 一千零十; 百 alone is no numeral
                    raise ValueError(f"a place without its digit in {s!r}")
                digit = 1
            total += digit * unit
            last, digit, zero = unit, None, False
        elif c in _ZEROS:
            if digit is not None or zero or not total:
                raise ValueError(f"零 out of place in {s!r}")
            zero = True
        elif c in CN_DIGITS:
            if digit is not None:
                raise ValueError(f"two digits side by side in {s!r}")
            digit = CN_DIGITS[c]
        else:
            raise ValueError(f"not a section numeral: {s!r}")
    if digit is not None:
        total += digit if zero or last in (10, 10_000) else digit * last // 10  # 三千五 = 3500
    elif zero:
        raise ValueError(f"a numeral cannot end in 零: {s!r}")
    return total


def _integer(s: str) -> int:
    """A positional Chinese integer with 万 and 亿 sections."""
    for big, value, lower in (("亿", 100_000_000, 10_000_000), ("万", 10_000, 1000)):
        if big in s:
            head, _, tail = s.rpartition(big)
            if not head:
                raise ValueError(f"{big} without a number before it in {s!r}")
            return _integer(head) * value + _lower(tail, lower)
    return _section(s)


def _lower(tail: str, place: int) -> int:
    """What follows 万 or 亿: a full lower part, a 零-led part, or one digit at the next place."""
    if not tail:
        return 0
    if len(tail) == 1 and tail in CN_DIGITS and tail not in _ZEROS:  # 一万二 = 12000
        return CN_DIGITS[tail] * place
    if tail[0] in _ZEROS:
        rest = tail[1:]
        value = _integer(rest)
        if not rest or value >= place:
            raise ValueError(f"零 before a full place: {tail!r}")
        return value
    value = _integer(tail)
    if value < place:
        raise ValueError(f"a skipped place needs 零: {tail!r}")
    return value


def parse_chinese_number(s: str) -> Decimal:
    """The value of a Chinese numeral, with a decimal fraction after 点 (三点五 → 3.5).

    Raises:
        ValueError: when ``s`` is not a well-formed Chinese numeral.

    Examples:
        >>> parse_chinese_number("五百六十六万九千一百四十四")
        Decimal('5669144')
        >>> parse_chinese_number("一万零二百亿")
        Decimal('1020000000000')
        >>> parse_chinese_number("廿一")
        Decimal('21')
    """
    whole, dot, frac = s.partition("点")
    if dot and (not frac or any(c not in CN_DIGITS for c in frac)):
        raise ValueError(f"not a Chinese decimal: {s!r}")
    for k, v in _TENS.items():
        whole = whole.replace(k, v)
    if not whole or any(c not in CN_NUMERAL_CHARS for c in whole):
        raise ValueError(f"not a Chinese numeral: {s!r}")
    if all(c in CN_DIGITS for c in whole) and len(whole) > 1:
        value = Decimal("".join(str(CN_DIGITS[c]) for c in whole))  # 二〇一〇, digit by digit
    elif len(whole) == 1 and whole in CN_DIGITS:
        value = Decimal(CN_DIGITS[whole])
    elif whole in ("百", "千"):  # 百余家, 千余人: a lone place word is one of it
        value = Decimal(_CN_UNITS[whole])
    else:
        if whole[0] in "万亿":
            raise ValueError(f"a numeral cannot start with a place: {s!r}")
        value = Decimal(_integer(whole))
    if dot:
        value += Decimal("0." + "".join(str(CN_DIGITS[c]) for c in frac))
    return value


def chinese_to_int(s: str) -> int:
    """The value of a Chinese integer: positional (一千四百, 两千, 三万五千) or digit by digit (二〇一〇).

    Raises:
        ValueError: when ``s`` is not a Chinese integer numeral.
    """
    if "点" in s:
        raise ValueError(f"not a Chinese integer: {s!r}")
    return int(parse_chinese_number(s))


_FOLD = str.maketrans({"，": ",", "．": ".", "＋": "+", "－": "-"})


def to_number(s: str) -> Decimal:
    """An Arabic (full- or half-width, with thousands separators of either width) or Chinese
    numeral as a Decimal.

    Raises:
        ValueError: when ``s`` is neither.
    """
    t = s.strip().translate(_FOLD).replace(",", "")
    try:
        return Decimal(t)
    except InvalidOperation:
        return parse_chinese_number(t)


def number_value(d: Decimal) -> int | float:
    """A Decimal as an int when it is whole, else a float."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)
