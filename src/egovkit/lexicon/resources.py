"""Cached loaders for the data files under ``egovkit/data``, and your additions to them.

Every loader reads its file once, on first use (never at import), and validates each row;
a malformed row raises ``egovkit.errors.DataFileError`` naming the file and line.

Your own rows: set ``EGOVKIT_DATA_PATH`` to one or more directories (separated like
``PATH``) holding files named like the packaged ones listed in ``EXTENSIBLE``. Their rows
are read *before* the packaged rows, so where the first match wins (indicator rules,
milestone categories, aliases) yours win. Set the variable before the first parse, or call
``reload_data`` after changing it; worker processes inherit it.
"""

from __future__ import annotations

import functools
import os
import re
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import ParamSpec, TypeVar

from ..errors import DataFileError

__all__ = [
    "DATA_PATH_VARIABLE",
    "EXTENSIBLE",
    "CueRow",
    "NoisePattern",
    "cue_table",
    "data_cache",
    "data_lines",
    "data_records",
    "data_regex",
    "data_rows",
    "neutral_pinyin",
    "noise_patterns",
    "reload_data",
    "t2s_fixes",
]

DATA_PATH_VARIABLE = "EGOVKIT_DATA_PATH"
#: The data files your directories on ``EGOVKIT_DATA_PATH`` may extend.
EXTENSIBLE = frozenset(
    {
        "noise.tsv",
        "region_aliases.tsv",
        "special_zones.tsv",
        "indicator_rules.tsv",
        "milestone_categories.tsv",
        "egov_terms.txt",
        "numeric_phrases.txt",
        "html_content.tsv",
        "page_metadata.tsv",
    }
)

P = ParamSpec("P")
T = TypeVar("T")
_CACHES: list[Callable[[], None]] = []  # each data cache's clear


def data_cache(maxsize: int | None = None) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """``functools.lru_cache`` for anything built from data files: ``reload_data`` clears it.

    A lock makes the first build happen once: ``lru_cache`` alone lets eight threads that
    start together each build the tokenizer (seconds each) before one result is cached.
    Once a first call has returned, calls go to the cache without the lock (a parse makes
    about two thousand calls per document; the lock cost four times the lookup). The cache
    is thread-safe by itself; a later key of a keyed cache (cheap ones: a code, a window)
    may then be computed twice by two threads at once, with the same result.
    """

    def wrap(fn: Callable[P, T]) -> Callable[P, T]:
        cached = functools.lru_cache(maxsize=maxsize)(fn)
        lock = threading.RLock()
        built = False

        @functools.wraps(fn)
        def call(*args: P.args, **kwargs: P.kwargs) -> T:
            nonlocal built
            if built:
                return cached(*args, **kwargs)  # type: ignore[arg-type]
            with lock:
                value = cached(*args, **kwargs)  # type: ignore[arg-type]
                built = True
                return value

        def cache_clear() -> None:
            nonlocal built
            with lock:
                built = False
                cached.cache_clear()

        call.cache_clear = cache_clear  # type: ignore[attr-defined]
        _CACHES.append(cache_clear)
        return call

    return wrap


def reload_data() -> None:
    """Forget every loaded data file, so the next parse reads them (and ``EGOVKIT_DATA_PATH``) anew."""
    for clear in _CACHES:
        clear()


def _user_files(name: str) -> list[Path]:
    out = []
    for entry in os.environ.get(DATA_PATH_VARIABLE, "").split(os.pathsep):
        if not entry:
            continue
        folder = Path(entry)
        if not folder.is_dir():
            raise DataFileError(entry, f"{DATA_PATH_VARIABLE} names a directory that does not exist")
        path = folder / name
        if os.path.lexists(path):  # present, even as a dangling link: it must be a readable file
            _check_regular(path)
            out.append(path)
    return out


_MAX_DATA_BYTES = 64 * 1024 * 1024


def _check_regular(path: Path) -> None:
    """A file of yours on the data path must be a regular file of sane size, else DataFileError."""
    try:
        st = path.stat()
    except (OSError, ValueError) as exc:  # a dangling link, a symlink loop, no permission
        raise DataFileError(str(path), f"cannot open it ({getattr(exc, 'strerror', None) or exc})") from exc
    if not stat.S_ISREG(st.st_mode):
        raise DataFileError(str(path), "is not a regular file (a directory, device or pipe)")
    if st.st_size > _MAX_DATA_BYTES:
        raise DataFileError(str(path), f"is larger than {_MAX_DATA_BYTES} bytes")


def _read(name: str) -> str:
    return resources.files("egovkit.data").joinpath(name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[tuple[str, str]]:
    """Non-empty, non-comment lines of a data file, each with where it came from (``file:line``).

    For a file in ``EXTENSIBLE``, the lines of your files on ``EGOVKIT_DATA_PATH`` come
    first, in the order of the path.
    """
    sources: list[tuple[str, str]] = []
    if name in EXTENSIBLE:
        for path in _user_files(name):
            try:
                sources.append((str(path), path.read_text(encoding="utf-8-sig")))
            except (OSError, UnicodeDecodeError) as exc:
                raise DataFileError(str(path), f"cannot read it as UTF-8 text ({exc})") from exc
    sources.append((f"egovkit/data/{name}", _read(name)))
    out = []
    for origin, text in sources:
        for i, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                out.append((f"{origin}:{i}", line.rstrip("\n")))
    return out


def data_records(name: str, columns: int) -> list[tuple[str, list[str]]]:
    """Tab-separated rows of a data file with where each came from, checked to have ``columns`` fields."""
    rows = []
    for origin, line in data_lines(name):
        fields = line.split("\t")
        if len(fields) != columns:
            raise DataFileError(origin, f"expected {columns} tab-separated fields, found {len(fields)}")
        rows.append((origin, fields))
    return rows


def data_rows(name: str, columns: int) -> list[list[str]]:
    """Tab-separated rows of a data file, each checked to have ``columns`` fields."""
    return [fields for _, fields in data_records(name, columns)]


def data_regex(origin: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern of a data file, or raise DataFileError naming the row."""
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise DataFileError(origin, f"{pattern!r} is not a valid regular expression: {exc}") from exc


#: One kind of a cue table: its compiled pattern, the examples it must match and must not.
CueRow = tuple[re.Pattern[str], list[str], list[str]]


def cue_table(
    name: str, kinds: tuple[str, ...], wrap: Callable[[str, str], str] | None = None
) -> dict[str, CueRow]:
    """Read a cue table (columns: kind, regex, ``|``-separated examples that must match, those
    that must not), one row for each of ``kinds`` and no other; ``wrap(kind, regex)`` may
    anchor a kind's pattern before it is compiled. A row of an unknown kind, a kind written
    twice or a kind missing is a DataFileError naming the file or row."""
    out: dict[str, CueRow] = {}
    for origin, (kind, rx, yes, no) in data_records(name, 4):
        if kind not in kinds:
            raise DataFileError(origin, f"{kind!r} is not a cue kind of {name} ({', '.join(kinds)})")
        if kind in out:
            raise DataFileError(origin, f"{kind!r} is written twice")
        pattern = wrap(kind, rx) if wrap is not None else rx
        out[kind] = (data_regex(origin, pattern), yes.split("|") if yes else [], no.split("|") if no else [])
    missing = [k for k in kinds if k not in out]
    if missing:
        raise DataFileError(f"egovkit/data/{name}", f"no row for {', '.join(missing)}")
    return out


@dataclass(frozen=True, slots=True)
class NoisePattern:
    """One boilerplate pattern of ``noise.tsv``."""

    name: str
    reason: str
    regex: re.Pattern[str]


@data_cache()
def noise_patterns() -> tuple[NoisePattern, ...]:
    """The boilerplate patterns of ``data/noise.tsv`` (and yours), compiled."""
    return tuple(
        NoisePattern(name, reason, data_regex(origin, pattern, re.MULTILINE))
        for origin, (name, reason, pattern) in data_records("noise.tsv", 3)
    )


@data_cache()
def t2s_fixes() -> dict[str, str]:
    """Phrase fixes applied after traditional-to-simplified conversion."""
    out = {}
    for src, dst in data_rows("t2s_fixes.tsv", 2):
        if len(src) != len(dst):
            raise DataFileError("egovkit/data/t2s_fixes.tsv", f"{src!r} and {dst!r} differ in length")
        out[src] = dst
    return out


@data_cache()
def neutral_pinyin() -> frozenset[str]:
    """Toneless pinyin syllables accepted as glosses."""
    return frozenset(line.strip() for _, line in data_lines("pinyin_neutral.txt"))
