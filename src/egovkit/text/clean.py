"""``normalize``: raw input → cleaned simplified text with an offset map.

The stages, in order, each a set of ``egovkit.text.offsets.Edit`` on the current text:

0. an HTML page is reduced to its main text (``egovkit.text.html``): tags, scripts and
   everything outside the main content removed, entities decoded, blocks on their own lines;
1. invisible characters and carriage returns removed; full-width digits, letters, spaces and
   a few signs folded by an explicit table (not NFKC: ㈠ stays one character);
2. pinyin glosses after characters removed (統(tǒng) → 統), broken glosses removed as mojibake;
3. GBK mojibake shifted by one byte repaired where the repair is clean Chinese;
4. traditional or mixed script converted to simplified (OpenCC);
5. page metadata lines (来源：…, 索 引 号：…) read and removed (``egovkit.text.metadata``); site
   boilerplate removed (``data/noise.tsv``) and trailing related-article teasers;
6. lines broken inside a paragraph joined (not in a web page, whose lines are its markup's
   blocks); '.' and "'" standing for lost punctuation repaired;
7. leading and trailing white space trimmed.

Every deletion is recorded in ``removed`` with its reason, so the raw input equals the kept
characters' raw spans plus the removed spans. Remaining mojibake is kept and reported in
``warnings``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from ..lexicon.resources import neutral_pinyin, noise_patterns
from ..model import ParseWarning, RemovedSpan
from .decode import decode_bytes
from .metadata import MetadataItem, metadata_edits, read_cells
from .offsets import Edit, MappedText
from .scan import literal_finditer
from .script import ScriptName, detect_script, t2s_edits, to_simplified

__all__ = ["FORMATS", "CleanText", "normalize"]

#: The input formats ``normalize`` reads as text (Word and PDF files are turned into text first).
FORMATS = ("text", "html")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = "a-zü" + _TONED

# Explicit fold table: full-width ASCII letters, digits and a few signs; white space.
_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}  # ０-９
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_FOLD.update(
    {
        "\u3000": " ",  # ideographic space
        "\u00a0": " ",  # no-break space
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "％": "%",
        "．": ".",
        "＋": "+",
        "＝": "=",
        "／": "/",
        "＠": "@",
        "＃": "#",
        "＆": "&",
        "＿": "_",
    }
)
_FOLD_RX = re.compile("[" + "".join(re.escape(c) for c in _FOLD) + "]+")
# (?<!\r\r) after the first CR of a run: that CR opens the run. Written after it, not as a
# lookbehind before it, so each pattern opens with a character the regex engine can skip to.
_INVISIBLE_RX = re.compile("[\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+|\r(?<!\r\r)\r*(?=\n)")
# classic Mac line breaks: each CR of a run not ending in LF is a line break (the lookbehind
# starts a match only at a run's first CR, so a long run is scanned once)
_LONE_CR_RX = re.compile("\r(?<!\r\r)\r*(?![\r\n])")

# one syllable per character (統(tǒng)一), or a word's syllables spaced (內網(nèi wǎng)), at most four
_GLOSS_RX = re.compile(r"\(([" + _PINYIN_LETTERS + r"]{1,7}(?: [" + _PINYIN_LETTERS + r"]{1,7}){0,3})\)")
_BROKEN_GLOSS_RX = re.compile(r"\?([" + _PINYIN_LETTERS + r"]{1,7})\)")
_TONE_RX = re.compile("[" + _TONED + "]")
_CJK_RX = re.compile("[" + _CJK + "]")

# kana or U+FFFD runs; runs of @?_ count only beside a CJK character (checked in code, so
# that the regex starts with a character class the engine can skip ahead on: one class for
# both kinds, the run's kind told after its first character, as an alternation of two
# classes is not skipped ahead on)
_SUSPICIOUS_RX = re.compile(
    "[\u3040-\u30ff\ufffd@?_](?:(?<=[\u3040-\u30ff\ufffd])[\u3040-\u30ff\ufffd]*|[@?_]*)"
)
_CJK_CHAR_RX = re.compile("[" + _CJK + "]")
_SHIFT_SIGN_RX = re.compile("[\u3040-\u30ff@]")
_CLEAN_CHARS_RX = re.compile("^[" + _CJK + "，。、；：“”（）《》0-9A-Za-z]+$")

_HEADING_START_RX = re.compile(
    r"^[ \t]*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|\d{1,2}[、.．]|"
    r"第[一二三四五六七八九十百0-9]+[章节条部分]|[①-⑳])"
)
_SENTENCE_FINAL = "。！？!?：:；;”’」』）)"

_DOT_BETWEEN_RX = re.compile(r"(?<=[" + _CJK + r"'’”）)])\.(?=[" + _CJK + r"'‘“（(])")
_DOT_ANY_RX = re.compile(r"\.")
_QUOTE_RX = re.compile(r"'")


@dataclass(frozen=True)
class CleanText:
    """The cleaned text, what was removed, and the map back to the raw input.

    Attributes:
        text: the cleaned text, in simplified script.
        raw: the input as decoded.
        encoding: the encoding the bytes were decoded with (None for ``str`` input).
        script: the source's script: "simplified", "traditional" or "mixed".
        removed: spans of ``raw`` removed by cleaning, each with its reason.
        warnings: problems kept in the text (mojibake) or noticed while cleaning.
        format: "text" or "html": how ``raw`` was read.
        metadata: (field, label, value) for each metadata label the page states, in order
            (see ``egovkit.text.metadata``); an HTML page's ``<title>`` is field ``page_title``.
    """

    text: str
    raw: str
    encoding: str | None
    script: ScriptName
    removed: tuple[RemovedSpan, ...]
    warnings: tuple[ParseWarning, ...]
    _map: MappedText = field(repr=False, compare=False)
    format: str = "text"
    metadata: tuple[MetadataItem, ...] = ()

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the span of ``raw`` it came from.

        Raises:
            AlignmentError: when the span lies outside ``text``.
        """
        return self._map.raw_span(start, end)

    def raw_offset(self, pos: int) -> int:
        """Map one offset of ``text`` to an offset of ``raw``."""
        return self._map.raw_offset(pos)

    def kept_raw_spans(self) -> list[tuple[int, int]]:
        """The raw spans the characters of ``text`` come from, in order, without repeats."""
        return self._map.kept_raw_spans()


def normalize(raw: str | bytes, *, source: str | None = None, format: str | None = None) -> CleanText:
    """Clean a raw document: decode, strip boilerplate and glosses, convert, repair.

    ``raw`` may be text or bytes (UTF-8 with or without BOM, GB18030/GBK, Big5, UTF-16 with
    BOM). ``source`` names the input in errors. ``format`` is ``"text"``, ``"html"`` or None
    to tell by the content (a page that opens like HTML, or is dense with tags).

    Examples:
        >>> normalize("統(tǒng)一思想").text
        '统一思想'
        >>> normalize("全区70.以上县市区.设立了机构.培训了干部.建成了网站.开通了热线.完善了制度").text
        '全区70%以上县市区，设立了机构，培训了干部，建成了网站，开通了热线，完善了制度'

    Raises:
        DecodeError: for binary or undecodable bytes.
    """
    from .html import extract_html, looks_like_html, sniff_charset

    if format not in (None, *FORMATS):
        raise ValueError(f"format must be one of {FORMATS} or None, not {format!r}")
    encoding: str | None = None
    if isinstance(raw, bytes | bytearray | memoryview):
        data = bytes(raw)
        declared = sniff_charset(data) if format != "text" else None
        text = ""
        if declared:
            try:
                text, encoding = data.decode(declared), declared
            except (UnicodeDecodeError, LookupError):
                declared = None
        if not declared:
            text, encoding = decode_bytes(data, source or "<bytes>")
    elif isinstance(raw, str):
        text = raw
    else:
        raise TypeError(f"normalize() takes str or bytes, not {type(raw).__name__}")
    warnings: list[ParseWarning] = []
    text = _replace_surrogates(text, warnings)
    mt = MappedText(text)
    metadata: list[MetadataItem] = []
    fmt = format or ("html" if looks_like_html(text) else "text")
    if fmt == "html":
        page = extract_html(text)
        mt.apply(page.edits)
        metadata.extend(read_cells(page.cells))
        if page.title:
            metadata.append(("page_title", "<title>", page.title))

    mt.apply(_invisible_edits(mt.text))
    mt.apply(_fold_edits(mt.text))
    _until_stable(mt, _gloss_edits)
    mt.apply(_mojibake_repair_edits(mt.text))
    script = detect_script(mt.text)
    if script != "simplified":
        mt.apply(t2s_edits(mt.text))
        # the page's <title> and table cells were read before: same script as the text
        metadata = [(field, label, to_simplified(value)) for field, label, value in metadata]
    meta_edits, items = metadata_edits(mt.text)
    mt.apply(meta_edits)
    metadata.extend(items)
    _until_stable(mt, _noise_edits)
    mt.apply(_teaser_edits(mt.text))
    if fmt != "html":  # a page's lines are its blocks (<p>, <li>, <td>, <br>): never broken layout
        _until_stable(mt, _line_join_edits)
    mt.apply(_dot_edits(mt.text))
    mt.apply(_quote_edits(mt.text))
    mt.apply(_blank_line_edits(mt.text))
    mt.apply(_trim_edits(mt.text))
    warnings.extend(_mojibake_warnings(mt))
    cut = next((r for r in mt.removed if r.reason.startswith("boilerplate: truncation notice")), None)
    if cut is not None:
        warnings.append(
            ParseWarning(
                code="truncated",
                message=f"the source says it is cut short: {cut.text.strip()[:60]!r}",
                raw_start=cut.raw_start,
                raw_end=cut.raw_end,
            )
        )
    return CleanText(
        text=mt.text,
        raw=mt.raw,
        encoding=encoding,
        script=script,
        removed=tuple(mt.removed),
        warnings=tuple(warnings),
        _map=mt,
        format=fmt,
        metadata=tuple(metadata),
    )


_SURROGATE_RX = re.compile("[\ud800-\udfff]")


def _replace_surrogates(text: str, warnings: list[ParseWarning]) -> str:
    """Lone surrogates (from a lenient decoder upstream) become U+FFFD, with a warning.

    A ``str`` holding them cannot be encoded, so the Document could not be written as JSON,
    HTML, CSV or SQLite. The replacement keeps every offset.
    """
    first = _SURROGATE_RX.search(text)
    if first is None:
        return text
    count = len(_SURROGATE_RX.findall(text))
    warnings.append(
        ParseWarning(
            code="surrogate",
            message=f"{count} lone surrogate code point(s) replaced by U+FFFD; the input was not valid Unicode",
            raw_start=first.start(),
            raw_end=first.end(),
        )
    )
    return _SURROGATE_RX.sub("\ufffd", text)


def _until_stable(mt: MappedText, make: Callable[[str], list[Edit]], limit: int = 8) -> None:
    """Apply an edit maker until it proposes nothing (at most ``limit`` rounds)."""
    for _ in range(limit):
        edits = make(mt.text)
        if not edits or not mt.apply(edits):
            return


# -- stage 1 -----------------------------------------------------------------------------
def _invisible_edits(text: str) -> list[Edit]:
    edits = [Edit(m.start(), m.end(), "", "invisible character") for m in _INVISIBLE_RX.finditer(text)]
    edits.extend(
        Edit(m.start(), m.end(), "\n" * len(m.group(0)), "line break") for m in _LONE_CR_RX.finditer(text)
    )
    return edits


def _fold_edits(text: str) -> list[Edit]:
    return [
        Edit(m.start(), m.end(), "".join(_FOLD[c] for c in m.group(0)), "fold")
        for m in _FOLD_RX.finditer(text)
    ]


# -- stage 2 -----------------------------------------------------------------------------
def _gloss_edits(text: str) -> list[Edit]:
    edits = []
    neutral = neutral_pinyin()
    for m in _GLOSS_RX.finditer(text):
        body = m.group(1)
        if _TONE_RX.search(body) or (
            body in neutral and m.start() > 0 and _CJK_RX.match(text[m.start() - 1])
        ):
            edits.append(Edit(m.start(), m.end(), "", "pinyin gloss"))
    for m in _BROKEN_GLOSS_RX.finditer(text):
        if _TONE_RX.search(m.group(1)):
            edits.append(Edit(m.start(), m.end(), "", "mojibake: broken pinyin gloss"))
    return edits


# -- stage 3 -----------------------------------------------------------------------------
def _beside_cjk(text: str, start: int, end: int) -> bool:
    """Whether a CJK character stands just before ``start`` or at ``end``."""
    return bool((start and _CJK_CHAR_RX.match(text, start - 1)) or _CJK_CHAR_RX.match(text, end))


def _suspicious_runs(text: str) -> Iterator[tuple[int, int]]:
    """Runs of characters that betray mojibake, merged when closer than 3 characters."""
    start = end = -1
    for m in _SUSPICIOUS_RX.finditer(text):
        if text[m.start()] in "@?_" and not _beside_cjk(text, m.start(), m.end()):
            continue
        if start >= 0 and m.start() - end <= 3:
            end = m.end()
            continue
        if start >= 0:
            yield start, end
        start, end = m.start(), m.end()
    if start >= 0:
        yield start, end


def _gbk_shift_repair(window: str) -> str | None:
    """Repair GBK text decoded one byte out of step, when the result is clean Chinese."""
    try:
        data = window.encode("gbk")
    except UnicodeEncodeError:
        return None
    for cand in (data[1:], data[:-1], data[1:-1]):
        try:
            fixed = cand.decode("gbk")
        except UnicodeDecodeError:
            continue
        if fixed and _CLEAN_CHARS_RX.match(fixed) and _common_chinese(fixed) and _garbled(window, fixed):
            return to_simplified(fixed)
    return None


def _garbled(window: str, fixed: str) -> bool:
    """Strong evidence of a byte shift: the characters the repair changes are rare ones.

    A shift turns common characters into rare ones (這裡 → 谶@里). A repair that only drops
    the sign (博@ → 博) or turns a common character into another (逐步ア → 逐渐, 务ガ → 癀)
    would rewrite clean text.
    """
    simplified = to_simplified(fixed)
    altered = [c for c in window if _CJK_RX.match(c) and c not in fixed and c not in simplified]
    return bool(altered) and not any(_gb2312_level1(c) for c in altered)


def _gb2312_level1(c: str) -> bool:
    """One of the 3,755 most common characters (GB2312 level 1, B0A1-D7F9)."""
    try:
        b = c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0A1 <= int.from_bytes(b, "big") <= 0xD7F9


def _common_chinese(text: str) -> bool:
    """True when every character is in GB2312 once simplified (rare GBK-only ones betray a
    wrong repair)."""
    try:
        to_simplified(text).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _mojibake_repair_edits(text: str) -> list[Edit]:
    edits = []
    for a, b in _suspicious_runs(text):
        # Only kana and '@' betray a byte shift; '_' and '?' stand for lost characters.
        if b - a > 12 or not _SHIFT_SIGN_RX.search(text, a, b):
            continue
        done = False
        for left in (1, 0, 2):
            for right in (1, 0, 2):
                s, e = a - left, b + right
                if s < 0 or e > len(text):
                    continue
                window = text[s:e]
                if "\n" in window:
                    continue
                fixed = _gbk_shift_repair(window)
                if fixed is not None:
                    edits.append(Edit(s, e, fixed, "mojibake: GBK byte shift repaired"))
                    done = True
                    break
            if done:
                break
    return edits


def _mojibake_warnings(mt: MappedText) -> list[ParseWarning]:
    out: list[ParseWarning] = []
    for a, b in _suspicious_runs(mt.text):
        if len(out) >= 50:
            out.append(ParseWarning(code="mojibake", message="more mojibake runs not listed"))
            break
        ra, rb = mt.raw_span(max(0, a - 2), min(len(mt.text), b + 2))
        out.append(
            ParseWarning(
                code="mojibake",
                message=f"unrepaired mojibake kept: {mt.text[max(0, a - 2) : b + 2]!r}",
                raw_start=ra,
                raw_end=rb,
            )
        )
    return out


# -- stage 5 -----------------------------------------------------------------------------
def _noise_edits(text: str) -> list[Edit]:
    edits = []
    for pat in noise_patterns():
        for m in literal_finditer(pat.regex, text):  # most patterns need a rare literal: skip at once
            s, e = m.start(), m.end()
            if s == e:
                continue
            # A match that fills its line takes the line break with it.
            at_line_start = s == 0 or text[s - 1] == "\n"
            if at_line_start and e < len(text) and text[e] == "\n":
                e += 1
            edits.append(Edit(s, e, "", f"{pat.reason} ({pat.name})"))
    edits.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Edit] = []
    for ed in edits:  # keep the first of overlapping matches, the longest at a start
        if out and ed.start < out[-1].end:
            continue
        out.append(ed)
    return out


def _cut_off(line: str) -> bool:
    """A line that ends with '...' or '…' (a string test: a regex search is quadratic on dots)."""
    end = line.rstrip(" \t")
    return end.endswith(("...", "…"))


def _teaser_edits(text: str) -> list[Edit]:
    """Related-article teasers: a run of lines at the very end, each cut off with '......'."""
    lines = text.split("\n")
    i = len(lines) - 1
    while i >= 0 and not lines[i].strip():  # trailing blank lines
        i -= 1
    first = i + 1
    while i >= 0 and len(lines[i].strip()) >= 15 and _cut_off(lines[i]):
        first = i
        i -= 1
    count = sum(1 for line in lines[first:] if line.strip())
    if count < 2 or first == 0:  # one line is no block; the whole document is no teaser
        return []
    start = sum(len(line) + 1 for line in lines[:first])
    return [Edit(start - 1, len(text), "", "boilerplate: related-article teasers")]


# -- stage 6 -----------------------------------------------------------------------------
def _line_join_edits(text: str) -> list[Edit]:
    """Join a line break inside a paragraph: the line before is prose and stops mid-word.

    A word here may be a number, and a break may fall beside punctuation: a page's layout
    (a PDF, a hard-wrapped copy) breaks 2005年 as 20|05年, 《…规划》 as 《|… or …|》, and a
    clause after its comma, as readily as between two characters."""
    edits = []
    pos = 0
    prev_is_prose = False
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)
        nxt = lines[i + 1]
        heading = bool(_HEADING_START_RX.match(line)) and not prev_is_prose
        is_prose = not heading and (prev_is_prose or any(c in line for c in "，。；,、"))
        stripped = line.rstrip()
        if (
            is_prose
            and stripped
            and stripped == line
            and stripped[-1] not in _SENTENCE_FINAL
            and _open_end(stripped[-1])
            and nxt[:1]
            and _open_start(nxt[0])
            and not _HEADING_START_RX.match(nxt)
            and any(c in nxt for c in "，。；,、")  # the next line is prose too, not a title
        ):
            edits.append(Edit(end, end + 1, "", "line break inside a paragraph"))
            prev_is_prose = True
        else:
            prev_is_prose = False
        pos = end + 1
    return edits


# a line ending in one of these stops mid-sentence (besides a CJK character or a digit)
_CONTINUES_AFTER = "，、,《“‘（(「『"
# a line starting with one of these goes on from the line before (besides CJK or a digit)
_CONTINUES_BEFORE = "，、,。；;：:》”’）)」』《“‘（(「『%"


def _open_end(c: str) -> bool:
    return bool(_CJK_RX.match(c)) or _is_ascii_digit(c) or c in _CONTINUES_AFTER


def _open_start(c: str) -> bool:
    return bool(_CJK_RX.match(c)) or _is_ascii_digit(c) or c in _CONTINUES_BEFORE


def _dot_punctuated(text: str) -> bool:
    between = len(_DOT_BETWEEN_RX.findall(text))
    return between >= 5 and between > 3 * text.count("。")


_PERCENT_FOLLOWERS = set("的以左和或与及")
_SEP_RX = re.compile(r"[，。、；：,;:\n“”'‘’!！?？]")


def _is_ascii_digit(c: str) -> bool:
    """0-9 only: ``str.isdigit`` also accepts ², ① and ₁, which ``int()`` refuses."""
    return len(c) == 1 and "0" <= c <= "9"


def _dot_edits(text: str) -> list[Edit]:
    """Repair '.' standing for lost punctuation in documents that lost it throughout.

    A '.' after a number and before a Chinese character stands for '%' (70.以上) unless the
    number is a list marker at the start of a clause; a '.' between words stands for '、'
    between short list items and '，' elsewhere. '.' between digits stays (38.5, 12315.12366).
    """
    if not _dot_punctuated(text):
        return []
    edits = []
    n = len(text)
    for m in _DOT_ANY_RX.finditer(text):
        i = m.start()
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < n else ""
        if _is_ascii_digit(before) and _is_ascii_digit(after):
            continue
        if _is_ascii_digit(before) and _CJK_RX.match(after or " "):
            reading = _number_dot(text, i)
            if reading == "marker":
                continue  # a list marker: 1.大力建设
            if reading == "percent":
                edits.append(Edit(i, i + 1, "%", "punctuation: '.' for %"))
                continue
        sep = _separator_dot(text, i, before, after)
        if sep is not None:
            edits.append(Edit(i, i + 1, sep, "punctuation: '.' for " + sep))
    return edits


def _number_dot(text: str, i: int) -> Literal["marker", "percent", "separator"]:
    """What a '.' between a number and a Chinese character at ``i`` is: a list marker at the
    start of a clause (1.大力建设), a lost '%' (70.以上), or, after a number too large to be a
    share (12315.12366.作者), an ordinary separator."""
    j = i
    while j > 0 and _is_ascii_digit(text[j - 1]):
        j -= 1
    lead = text[j - 1] if j else "\n"
    # only the size matters (< 10, <= 100): never int() a run of thousands of digits
    number = int(text[j:i]) if i - j <= 4 else 10_000
    after_word = text[i + 1 : i + 3]
    percent_word = after_word[:1] in _PERCENT_FOLLOWERS or after_word in ("以上", "左右", "以下")
    at_clause_start = j == 0 or lead in "\n。，；：:;.、"
    if at_clause_start and number < 10 and not percent_word:
        return "marker"
    return "separator" if number > 100 else "percent"


def _separator_dot(text: str, i: int, before: str, after: str) -> str | None:
    """The punctuation a '.' beside Chinese text at ``i`` stands for: '。' at the end of a
    line, '、' between short list items without digits, '，' elsewhere; None when it is not
    beside Chinese text or sits between ASCII letters or digits."""
    if not (
        _CJK_RX.match(before or " ") or before in "'’”）)" or _CJK_RX.match(after or " ") or after in "'‘“（("
    ):
        return None
    if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
        return None
    n = len(text)
    # length of the segments on either side
    k = i - 1
    while k >= 0 and not _SEP_RX.match(text[k]) and text[k] != ".":
        k -= 1
    left = i - 1 - k
    k2 = i + 1
    while k2 < n and not _SEP_RX.match(text[k2]) and text[k2] != ".":
        k2 += 1
    right = k2 - i - 1
    if not after or after == "\n":
        return "。"
    if (
        left <= 4
        and right <= 4
        and (text[k] in ".、" if k >= 0 else True) | (text[k2] == "." if k2 < n else True)
        and not any(_is_ascii_digit(c) for c in text[max(0, i - left) : i + 1 + right])
    ):
        return "、"
    return "，"


def _quote_edits(text: str) -> list[Edit]:
    """ "'" used as Chinese quotation marks: alternate “ and ” within each paragraph."""
    edits = []
    for para_start, para in _paragraphs(text):
        idx = [m.start() for m in _QUOTE_RX.finditer(para)]
        if len(idx) < 2:
            continue
        cjk_adjacent = sum(
            1
            for i in idx
            if (i > 0 and _CJK_RX.match(para[i - 1])) or (i + 1 < len(para) and _CJK_RX.match(para[i + 1]))
        )
        if cjk_adjacent * 2 < len(idx):
            continue
        usable = idx[: len(idx) - len(idx) % 2]
        for k, i in enumerate(usable):
            mark = "“" if k % 2 == 0 else "”"
            edits.append(Edit(para_start + i, para_start + i + 1, mark, "punctuation: ' for quotes"))
    return edits


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _blank_line_edits(text: str) -> list[Edit]:
    """Runs of more than one blank line left by removals collapse to one line break."""
    return [Edit(m.start() + 1, m.end(), "", "blank lines") for m in re.finditer(r"\n(?:[ \t]*\n){2,}", text)]


def _trim_edits(text: str) -> list[Edit]:
    edits = []
    stripped = text.lstrip()
    if len(stripped) != len(text):
        edits.append(Edit(0, len(text) - len(stripped), "", "white space"))
    end = len(text.rstrip())
    if end < len(text) and end >= len(text) - len(stripped):
        edits.append(Edit(max(end, len(text) - len(stripped)), len(text), "", "white space"))
    return edits
