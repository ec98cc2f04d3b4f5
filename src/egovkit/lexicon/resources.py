"""Cached loaders for the data files under ``egovkit/data``.

Every loader reads its file once, on first use (never at import), and validates each row;
a malformed row raises :class:`RuntimeError` naming the file and line, because a broken data
file is a packaging bug, not a user error.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "NoisePattern",
    "data_lines",
    "data_rows",
    "neutral_pinyin",
    "noise_patterns",
    "t2s_fixes",
]


def _read(name: str) -> str:
    return resources.files("egovkit.data").joinpath(name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[tuple[int, str]]:
    """Non-empty, non-comment lines of a data file, with their 1-based line numbers."""
    out = []
    for i, line in enumerate(_read(name).splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            out.append((i, line.rstrip("\n")))
    return out


def data_rows(name: str, columns: int) -> list[list[str]]:
    """Tab-separated rows of a data file, each checked to have ``columns`` fields."""
    rows = []
    for lineno, line in data_lines(name):
        fields = line.split("\t")
        if len(fields) != columns:
            raise RuntimeError(f"egovkit/data/{name}:{lineno}: expected {columns} fields")
        rows.append(fields)
    return rows


@dataclass(frozen=True, slots=True)
class NoisePattern:
    """One boilerplate pattern of ``noise.tsv``."""

    name: str
    reason: str
    regex: re.Pattern[str]


@functools.cache
def noise_patterns() -> tuple[NoisePattern, ...]:
    """The boilerplate patterns of ``data/noise.tsv``, compiled."""
    out = []
    for name, reason, pattern in data_rows("noise.tsv", 3):
        try:
            rx = re.compile(pattern, re.MULTILINE)
        except re.error as exc:  # pragma: no cover - guarded by a data test
            raise RuntimeError(f"egovkit/data/noise.tsv: pattern {name!r}: {exc}") from exc
        out.append(NoisePattern(name, reason, rx))
    return tuple(out)


@functools.cache
def t2s_fixes() -> dict[str, str]:
    """Phrase fixes applied after traditional-to-simplified conversion."""
    out = {}
    for src, dst in data_rows("t2s_fixes.tsv", 2):
        if len(src) != len(dst):
            raise RuntimeError(f"egovkit/data/t2s_fixes.tsv: {src!r} and {dst!r} differ in length")
        out[src] = dst
    return out


@functools.cache
def neutral_pinyin() -> frozenset[str]:
    """Toneless pinyin syllables accepted as glosses."""
    return frozenset(line.strip() for _, line in data_lines("pinyin_neutral.txt"))
