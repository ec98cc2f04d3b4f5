"""Script detection and traditional-to-simplified conversion (OpenCC).

Detection counts characters that exist only in traditional script against characters that
exist only in simplified script, using OpenCC's own character tables; it costs one pass over
the text and loads OpenCC's tables (not its converter) on first use. Conversion uses
OpenCC's ``t2s`` converter, then the phrase fixes of ``data/t2s_fixes.tsv``.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Literal

from ..lexicon.resources import data_cache, t2s_fixes
from .offsets import Edit

__all__ = ["ScriptName", "detect_script", "t2s_edits", "to_simplified"]

ScriptName = Literal["simplified", "traditional", "mixed"]


def _opencc_table(name: str) -> dict[str, str]:
    text = resources.files("opencc").joinpath("dictionary").joinpath(name).read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            table[key] = values.split(" ")[0]
    return table


@functools.cache
def _script_sets() -> tuple[frozenset[str], frozenset[str]]:
    ts = _opencc_table("TSCharacters.txt")
    st = _opencc_table("STCharacters.txt")
    trad_only = frozenset(c for c, s in ts.items() if s != c and c not in st and len(c) == 1)
    simp_only = frozenset(c for c, t in st.items() if t != c and c not in ts and len(c) == 1)
    return trad_only, simp_only


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _marking_table() -> str:
    """A ``str.translate`` table over the BMP marking each script's own characters.

    Traditional-only characters become ``\\x01``, simplified-only ones ``\\x02``, every
    other character ``\\x00``; characters beyond the BMP are left as they are.
    """
    trad_only, simp_only = _script_sets()
    marks = ["\x00"] * 0x10000
    for chars, mark in ((trad_only, "\x01"), (simp_only, "\x02")):
        for ch in chars:
            if ord(ch) < 0x10000:
                marks[ord(ch)] = mark
    return "".join(marks)


def detect_script(text: str) -> ScriptName:
    """Tell whether ``text`` is written in simplified, traditional or mixed script.

    Examples:
        >>> detect_script("电子政务发展规划")
        'simplified'
        >>> detect_script("電子政務發展規劃")
        'traditional'
    """
    marked = text.translate(_marking_table())  # one C pass: \x01 traditional, \x02 simplified
    trad, simp = marked.count("\x01"), marked.count("\x02")
    if _ASTRAL.search(text):  # the table covers the BMP; count the few characters beyond it
        trad_only, simp_only = _script_sets()
        for ch in _ASTRAL.findall(text):
            trad += ch in trad_only
            simp += ch in simp_only
    if trad == 0 or (trad < 3 and simp > 0):
        return "simplified"
    if simp == 0 or trad >= 4 * simp:
        return "traditional"
    if simp >= 4 * trad:
        return "simplified"
    return "mixed"


@functools.cache
def _converter() -> object:
    from opencc import OpenCC

    return OpenCC("t2s")


@data_cache()
def _fix_regex() -> re.Pattern[str]:
    keys = sorted(t2s_fixes(), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


def to_simplified(text: str) -> str:
    """Convert traditional script to simplified (OpenCC t2s plus egovkit's phrase fixes).

    Examples:
        >>> to_simplified("隨著電子政務")
        '随着电子政务'
    """
    converted: str = _converter().convert(text)  # type: ignore[attr-defined]
    fixes = t2s_fixes()
    return _fix_regex().sub(lambda m: fixes[m.group(0)], converted)


def t2s_edits(text: str) -> list[Edit]:
    """Edits that turn ``text`` into simplified script, line by line.

    A line whose conversion keeps its length becomes an equal-length edit (a one-to-one
    offset map); a line whose length changes becomes one replacement of the whole line.
    """
    edits = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body:
            conv = to_simplified(body)
            if conv != body:
                if len(conv) == len(body):
                    # Split into per-run edits so that unchanged characters keep their map.
                    i = 0
                    n = len(body)
                    while i < n:
                        if conv[i] == body[i]:
                            i += 1
                            continue
                        j = i
                        while j < n and conv[j] != body[j]:
                            j += 1
                        edits.append(Edit(pos + i, pos + j, conv[i:j], "script: t2s"))
                        i = j
                else:
                    edits.append(Edit(pos, pos + len(body), conv, "script: t2s"))
        pos += len(line)
    return edits
