"""Quantities with units as typed values: ``find_quantities``, ``parse_quantity``, ``is_quantity``.

Arabic numbers (full- or half-width, thousands separators of either width: 974，979，000元) and
the whole Chinese numeral grammar (一百二十三亿七千万元, 三点五, 两千, 廿, 二百余, 三县一市; see
``numerals``), 万/亿/万亿 after a number applied (38.5万户 → 385000 户, 1.14万亿斤),
approximations (多/余/以上/超过/超/突破 → more; 近/将近/接近 → nearly; 约/大约/大概/左右 → about;
the word is part of the span), units as the gold format writes them (``data/units.tsv``),
percentages (％, 百分之七十七点五, 千分之五 → 0.5 %, 个百分点), shares in words (三分之一 →
33.33… %, 一半 → 50 %), bandwidth (2M, 5 G, 2MSDH → Mbps/Gbps, with a bandwidth context).
A range (8%至10%, 三至五个) is two quantities, its low and its high end, each with the unit.
Not quantities: ordinals (第一), list markers (一是), set phrases (三个代表,
``data/numeric_phrases.txt``), party congresses (十七大), years, dates, durations, bare numbers
without a unit, and approximate pairs of digits (二三十人, 一两个: "twenty or thirty").
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..errors import QuantityParseError
from ..lexicon.resources import data_cache, data_lines, data_rows
from ..model import Approx, Quantity
from .numerals import number_value, parse_chinese_number, to_number

__all__ = ["QuantityMatch", "find_quantities", "is_quantity", "parse_quantity"]


class QuantityMatch(BaseModel):
    """A quantity found in text."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Start offset in the searched text.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="The matched text.")
    value: Quantity = Field(description="The quantity.")
    range_part: Literal["low", "high"] | None = Field(
        default=None, description="For the two ends of a range (3至5个): which end this is."
    )


@data_cache()
def _units() -> dict[str, tuple[str, Decimal]]:
    return {surface: (unit, Decimal(factor)) for surface, unit, factor in data_rows("units.tsv", 3)}


@data_cache()
def _multipliers() -> dict[str, Decimal]:
    return {surface: Decimal(factor) for surface, factor in data_rows("multipliers.tsv", 2)}


_BANDWIDTH_UNITS = {
    "Gbps": ("Gbps", 1),
    "Gb/s": ("Gbps", 1),
    "G": ("Gbps", 1),
    "千兆": ("Gbps", 1),
    "万兆": ("Gbps", 10),
    "Mbps": ("Mbps", 1),
    "Mb/s": ("Mbps", 1),
    "M": ("Mbps", 1),
    "兆": ("Mbps", 1),
}
_CN = "零〇○一二两三四五六七八九十百千廿卅"
_CN_BIG = _CN + "万亿"
_CN_DIGIT = "零〇○一二两三四五六七八九"
# thousands separators in either width, each group exactly three digits; else a plain number
_ARABIC = r"(?:\d{1,3}(?:[,，]\d{3}(?![\d]))+|\d+)(?:[.．]\d+)?"
_CN_NUM = rf"[{_CN}][{_CN_BIG}]*(?:点[{_CN_DIGIT}]+)?"


@data_cache()
def _quantity_rx() -> re.Pattern[str]:
    units = sorted((u for u in _units() if u not in _BANDWIDTH_UNITS), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    mult_alt = "|".join(sorted(_multipliers(), key=len, reverse=True))
    return re.compile(
        rf"(?=[\d{_CN}半])"  # every quantity starts with a numeral: fail fast elsewhere
        rf"(?:(?P<per>百分之|千分之)(?P<pct>{_CN_NUM}|\d+(?:\.\d+)?)(?P<ppost>以上|左右)?"
        rf"|(?<![{_CN_BIG}\d])(?P<den>{_CN_NUM}|\d+)分之(?P<nom>{_CN_NUM}|\d+(?:\.\d+)?)(?P<fpost>以上|左右)?"
        rf"|(?<![另一每])(?P<half>一半|半数)(?P<hpost>以上)?"
        rf"|(?:(?<![\d.A-Za-z])(?<!\d[,，])(?P<num>{_ARABIC})|(?<![{_CN_BIG}第])(?P<cn>{_CN_NUM}))"
        rf"[ \t]?(?P<a1>多|余)?(?P<mult>{mult_alt})?(?P<a2>多|余)?[ \t]?"
        rf"(?P<unit>{unit_alt})(?P<ci>\(次\)|（次）)?(?P<post>以上|左右|之多)?)"
    )


# the lookbehind (no digit, letter or point before the number) sits after the first digit, so
# that the pattern opens on a digit: the regex engine skips to one instead of trying every position
_BANDWIDTH_RX = re.compile(
    r"(?P<bw>\d(?<![\dA-Za-z.]\d)\d*(?:\.\d+)?)[ \t]?(?P<bu>Gbps|Gb/s|Mbps|Mb/s|千兆|万兆|兆|G|M)"
    r"(?P<bx>SDH|bps|b/s|带宽|宽带|光纤|专线|出口|接入)?(?![A-Za-z])"
)
_BANDWIDTH_CONTEXT = re.compile(r"带宽|出口|速率|宽带|专线|接入|传输|链路|光纤|骨干|网速")
# the words before a number that make it approximate, longest first within each kind: written once
_APPROX_WORDS: tuple[tuple[Approx, tuple[str, ...]], ...] = (
    (Approx.NEARLY, ("将近", "接近", "近")),
    (Approx.ABOUT, ("大约", "大概", "约")),
    (Approx.MORE, ("超过", "突破", "逾", "超")),
)
_RANGE_HEAD = re.compile(
    rf"(?:(?<![\d.])(\d+(?:\.\d+)?)|(?<![{_CN_BIG}第])({_CN_NUM}))[ \t]?(?:至|到|~|～|—|－|-)[ \t]?$"
)
# Words that start with a unit character: 一市场 is not "1 市".
_UNIT_WORDS = re.compile(
    r"^(?:市场|市民|市委|市长|县城|县域|县委|县长|区域|区别|区委|家庭|家长|人民|人才|人士|人员|人口|名称|名单|名义|"
    r"次要|期间|期限|期待|条件|条例|条款|条约|套餐|部门|部分|部署|部长|处理|处长|所有|所以|所在|项目|件事|份额|位置|"
    r"台阶|批准|批示|批评|户口|户籍|米饭|倍增|倍加|镇长|乡长|元素|元旦|个人|个体|个别|个性|乡村|口岸)"
)
_NUMERAL_NEIGHBOURS = set("有共达了和及与辖计近约过破逾至到为是在占的等各这那每余前后县市区乡镇个家人口岸")
_WORD_FORMING = {"一", "十", "百", "千", "万"}  # 统一, 十分, 千万: lone numerals that form words
_INDEFINITE_ONE = set("个项种批次套件份条块位支些样处部所家")


@data_cache()
def _phrase_rx() -> re.Pattern[str]:
    phrases = sorted((line.strip() for _, line in data_lines("numeric_phrases.txt")), key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in phrases))


# a section of a number in Arabic digits with its own multiplier, right before a lower one (1亿|2千万)
_HIGHER_SECTION = re.compile(r"(?<![\d.,，])(\d{1,4}(?:\.\d+)?)(万亿|亿|万)$")


def _approx_word(text: str, start: int) -> tuple[Approx, str] | None:
    """The approximation word right before ``start`` (近4万, 超过40万), longest match first."""
    found = [(a, w) for a, words in _APPROX_WORDS for w in words if text.endswith(w, 0, start)]
    return max(found, key=lambda aw: len(aw[1])) if found else None


def _approx(text: str, start: int) -> Approx | None:
    word = _approx_word(text, start)
    return word[0] if word else None


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every quantity in ``text``, in order, with spans.

    Examples:
        >>> [(m.text, m.value.value, m.value.unit) for m in find_quantities("固定电话用户38.5万户")]
        [('38.5万户', 385000, '户')]
        >>> q = find_quantities("培训了1700多人(次)")[0].value
        >>> (q.value, q.unit, q.approx.value)
        (1700, '人次', 'more')
        >>> find_quantities("十七大、三个代表、第一")
        []
    """
    blocked = [(m.start(), m.end()) for m in _phrase_rx().finditer(text)]
    out: list[QuantityMatch] = []
    for m in _quantity_rx().finditer(text):
        if _blocked(blocked, m.start(), m.end()):
            continue
        qm = _interpret(text, m)
        if qm is None:
            continue
        # 8至10% : the bare number before a range connector takes the unit after it.
        head = _RANGE_HEAD.search(text, max(0, qm.start - 12), qm.start)
        low = _range_low(head, qm) if head and not (out and out[-1].end > head.start()) else None
        if low is not None:
            out.append(low.model_copy(update={"range_part": "low"}))
            qm = qm.model_copy(update={"range_part": "high"})
        out.append(qm)
    taken = [(q.start, q.end) for q in out]  # already sorted and disjoint
    for m in _BANDWIDTH_RX.finditer(text):
        if _blocked(blocked, m.start(), m.end()) or _blocked(taken, m.start(), m.end()):
            continue
        explicit = m.group("bu") in ("Gbps", "Gb/s", "Mbps", "Mb/s") or m.group("bx")
        if not explicit and not _BANDWIDTH_CONTEXT.search(text, max(0, m.start() - 10), m.start()):
            continue
        unit, factor = _BANDWIDTH_UNITS[m.group("bu")]
        value = number_value(Decimal(m.group("bw")) * factor)
        end = m.end("bu") if m.group("bx") in ("带宽", "宽带", "光纤", "专线", "出口", "接入") else m.end()
        out.append(
            QuantityMatch(
                start=m.start(),
                end=end,
                text=text[m.start() : end],
                value=Quantity(value=value, unit=unit, approx=_approx(text, m.start())),
            )
        )
    out.sort(key=lambda q: q.start)
    return out


def _range_low(head: re.Match[str], high: QuantityMatch) -> QuantityMatch | None:
    """The low end of a range (8至10%, 三至五个): the bare number before 至 takes the unit of the high end."""
    group = 1 if head.group(1) is not None else 2
    if head.end() != high.start or (high.value.unit == "%" and group == 2 and "分之" in high.text):
        return None
    try:
        low = to_number(head.group(group))
    except ValueError:
        return None
    if low >= to_number(str(high.value.value)) and high.value.unit != "%":
        return None  # 2至1: not a range
    return QuantityMatch(
        start=head.start(group),
        end=head.end(group),
        text=head.group(group),
        value=Quantity(value=number_value(low), unit=high.value.unit),
    )


def _blocked(blocked: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint ``blocked`` spans."""
    i = bisect.bisect_left(blocked, (end, -1)) - 1
    return i >= 0 and blocked[i][1] > start


def _share(text: str, m: re.Match[str], value: Decimal, post: str | None) -> QuantityMatch:
    """A share (百分之…, 三分之一, 一半) as a quantity in %."""
    approx = Approx.MORE if post == "以上" else Approx.ABOUT if post else None
    word = _approx_word(text, m.start())
    start = m.start() - len(word[1]) if word else m.start()
    return QuantityMatch(
        start=start,
        end=m.end(),
        text=text[start : m.end()],
        value=Quantity(value=number_value(value), unit="%", approx=approx or (word[0] if word else None)),
    )


def _interpret(text: str, m: re.Match[str]) -> QuantityMatch | None:
    try:
        if m.group("pct") is not None:
            value = to_number(m.group("pct"))
            return _share(text, m, value / 10 if m.group("per") == "千分之" else value, m.group("ppost"))
        if m.group("den") is not None:
            den, nom = to_number(m.group("den")), to_number(m.group("nom"))
            if not 0 < nom <= den:
                return None
            return _share(text, m, nom * 100 / den, m.group("fpost"))
    except ValueError:
        return None
    if m.group("half") is not None:
        return _share(text, m, Decimal(50), m.group("hpost"))
    surface = m.group("unit")
    unit, factor = _units()[surface]
    num = m.group("num")
    cn = m.group("cn")
    if cn is not None:
        if cn == "一" and surface in _INDEFINITE_ONE:
            return None
        if len(surface) == 1 and _UNIT_WORDS.match(text, m.end("unit") - 1):
            return None
        # A lone numeral glued to a preceding word (统一市场, 唯一) is part of that word.
        prev = text[m.start() - 1] if m.start() else ""
        if cn in _WORD_FORMING and prev and "\u4e00" <= prev <= "\u9fff" and prev not in _NUMERAL_NEIGHBOURS:
            return None
        if len(cn) > 1 and all(c in _CN_DIGIT for c in cn):
            return None  # 一两个, 三五人: "one or two", not twelve; digit strings are years
        try:
            value = parse_chinese_number(cn)
        except ValueError:
            return None
    else:
        assert num is not None
        if len(surface) == 1 and _UNIT_WORDS.match(text, m.end("unit") - 1) and surface not in "%":
            return None
        value = to_number(num)
    mult = m.group("mult")
    if mult:
        value *= _multipliers()[mult]
    start = m.start()
    if num is not None:  # 1亿2千万元: the higher section written before this one belongs to it
        section = _HIGHER_SECTION.search(text, max(0, start - 24), start)
        if section is not None:
            scale = _multipliers()[section.group(2)]
            if value < scale:
                value += to_number(section.group(1)) * scale
                start = section.start()
    value *= factor
    if m.group("ci") and unit == "人":
        unit = "人次"
    approx = None
    if m.group("a1") or m.group("a2") or m.group("post") in ("以上", "之多"):
        approx = Approx.MORE
    elif m.group("post") == "左右":
        approx = Approx.ABOUT
    word = _approx_word(text, start)  # 近4万, 超过40万: the word says how, and the span takes it
    approx = approx or (word[0] if word else None)
    start = start - len(word[1]) if word else start
    return QuantityMatch(
        start=start,
        end=m.end(),
        text=text[start : m.end()],
        value=Quantity(value=number_value(value), unit=unit, approx=approx),
    )


def parse_quantity(s: str) -> Quantity:
    """Parse a string that is one quantity.

    Examples:
        >>> parse_quantity("24.66万亿元").value
        24660000000000

    Raises:
        QuantityParseError: when ``s`` is not exactly one quantity.
    """
    t = s.strip()
    found = find_quantities(t)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(t):
        raise QuantityParseError(s)
    return found[0].value


def is_quantity(s: str) -> bool:
    """True when ``parse_quantity`` would succeed (never raises)."""
    try:
        parse_quantity(s)
    except (QuantityParseError, TypeError, ValueError):
        return False
    return True
