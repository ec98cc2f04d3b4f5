"""Turning what a user passes (text, bytes, a path) into raw input and a name."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from .errors import SourceError, SourceNotFoundError

__all__ = ["DEFAULT_MAX_BYTES", "Source", "load_source"]

Source = str | bytes | os.PathLike[str]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
"""The largest file ``load_source`` reads unless told otherwise (50 MB; a long report is < 1 MB)."""

_PATHLIKE_STR = re.compile(r"^[^\n\r\u3000-\u9fff]{0,1024}$")
_FILE_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 1024 or not s.strip():
        return False
    if not _PATHLIKE_STR.match(s):
        return False
    return bool(_FILE_SUFFIX.search(s)) or os.sep in s


def _is_file(s: str) -> bool:
    try:
        return os.path.isfile(s)
    except (OSError, ValueError):  # a name too long, or holding NUL
        return False


def _display_name(path: Path) -> str:
    """The file name as text that can always be encoded (undecodable bytes become U+FFFD)."""
    return path.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def load_source(
    source: Source, name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[str | bytes, str | None]:
    """Return the raw input (text or bytes) and a name for it.

    A ``str`` is a path when it names an existing file, or when it looks like a path (one
    line, no Chinese, a file suffix or a separator) — then a missing file is an error rather
    than a document made of its name. Only regular files are read (not a device, a FIFO or a
    socket, which may never end), and at most ``max_bytes`` of them.

    Raises:
        SourceNotFoundError: a path that does not exist.
        SourceError: a path that is a directory, not a regular file, larger than
            ``max_bytes``, or cannot be read.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), name
    if isinstance(source, str) and not _looks_like_path(source) and not _is_file(source):
        return source, name
    if not isinstance(source, str | os.PathLike):
        raise TypeError(f"parse() takes text, bytes or a path, not {type(source).__name__}")
    path = Path(os.fspath(source))
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        raise SourceNotFoundError(path) from exc
    except (OSError, ValueError) as exc:  # name too long, symlink loop, NUL in the name …
        raise SourceError(f"cannot read {path!r}: {getattr(exc, 'strerror', None) or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise SourceError(f"{path} is a directory; use egovkit.parse_many for many files")
    if not stat.S_ISREG(st.st_mode):
        raise SourceError(f"{path} is not a regular file (a device, FIFO or socket)")
    if st.st_size > max_bytes:
        raise SourceError(f"{path} holds {st.st_size} bytes, more than max_bytes={max_bytes}")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # a file may grow, or report no size (/proc)
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise SourceError(f"{path} holds more than max_bytes={max_bytes} bytes")
    return data, name if name is not None else _display_name(path)
