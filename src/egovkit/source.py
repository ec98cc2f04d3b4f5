"""Turning what a user passes (text, bytes, a path) into raw input and a name."""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import SourceError, SourceNotFoundError

__all__ = ["Source", "load_source"]

Source = str | bytes | os.PathLike[str]

_PATHLIKE_STR = re.compile(r"^[^\n\r\u3000-\u9fff]{0,1024}$")
_FILE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 1024 or not s.strip():
        return False
    if not _PATHLIKE_STR.match(s):
        return False
    return bool(_FILE_SUFFIX.search(s)) or os.sep in s


def load_source(source: Source, name: str | None = None) -> tuple[str | bytes, str | None]:
    """Return the raw input (text or bytes) and a name for it.

    A ``str`` is a path when it names an existing file, or when it looks like a path (one
    line, no Chinese, a file suffix or a separator) — then a missing file is an error rather
    than a document made of its name.

    Raises:
        SourceNotFoundError: a path that does not exist.
        SourceError: a path that is a directory or cannot be read.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), name
    if isinstance(source, str) and not _looks_like_path(source) and not os.path.isfile(source):
        return source, name
    if not isinstance(source, str | os.PathLike):
        raise TypeError(f"parse() takes text, bytes or a path, not {type(source).__name__}")
    path = Path(os.fspath(source))
    if not path.exists():
        raise SourceNotFoundError(path)
    if path.is_dir():
        raise SourceError(f"{path} is a directory; use egovkit.parse_many for many files")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return data, name if name is not None else path.name
