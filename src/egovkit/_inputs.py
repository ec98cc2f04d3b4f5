"""Documents from what users pass: parsed Documents, file paths, directories or globs."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Document

if TYPE_CHECKING:
    from .parse.dates import Reference

__all__ = [
    "DOCUMENT_SUFFIXES",
    "TEXT_SUFFIXES",
    "Inputs",
    "Skipped",
    "expand_paths",
    "is_glob",
    "is_report",
    "iter_documents",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm"})
#: Suffixes of the files a folder is read for: text, web pages, Word (.docx) and PDF.
DOCUMENT_SUFFIXES = frozenset({*TEXT_SUFFIXES, ".shtml", ".xhtml", ".docx", ".pdf"})
#: (path, why it was skipped)
Skipped = tuple[str, str]
_OFFICE_SUFFIXES = {
    ".doc": "binary Word",
    ".wps": "WPS",
    ".rtf": "RTF",
    ".odt": "OpenDocument",
    ".ofd": "OFD",
}
Inputs = Iterable[Document | str | os.PathLike[str]] | Document | str | os.PathLike[str]


def is_report(path: str | os.PathLike[str]) -> bool:
    """Whether a file is an HTML report egovkit wrote (``egovkit report``, ``to_html``)."""
    if not os.fspath(path).lower().endswith((".html", ".htm")):
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(400)
    except OSError:
        return False
    return b'<meta name="generator" content="egovkit' in head


def is_glob(text: str) -> bool:
    """Whether a path argument is a glob pattern (``*``, ``?`` or ``[``) rather than a file."""
    return "\n" not in text and any(c in text for c in "*?[") and not os.path.exists(text)


def _skip_reason(path: Path) -> str | None:
    """Why a file found in a folder is not read, or None to read it."""
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        return "an egovkit report" if is_report(path) else None
    if suffix in _OFFICE_SUFFIXES:
        return f"{_OFFICE_SUFFIXES[suffix]} ({suffix}) is not supported; convert it to .docx"
    return f"not a document egovkit reads ({suffix or 'no suffix'})"


def expand_paths(
    item: str | os.PathLike[str], *, recursive: bool = False, skipped: list[Skipped] | None = None
) -> list[str]:
    """A folder's documents (sorted; with ``recursive``, its subfolders' too), a glob's
    matches, or the path itself. Files a folder holds that egovkit does not read (images,
    ``.doc``, its own HTML reports) are left out and, when ``skipped`` is given, listed there
    with the reason; hidden files and folders are passed over silently."""
    text = os.fspath(item)
    if os.path.isdir(text):
        out: list[str] = []
        found = sorted(Path(text).rglob("*") if recursive else Path(text).iterdir())
        for p in found:
            rel = p.relative_to(text).parts
            if any(part.startswith(".") for part in rel) or not p.is_file():
                continue
            reason = _skip_reason(p)
            if reason is None:
                out.append(str(p))
            elif skipped is not None:
                skipped.append((str(p), reason))
        return out
    if is_glob(text):
        matches = [m for m in sorted(glob.glob(text, recursive=True)) if os.path.isfile(m)]
        kept: list[str] = []
        for m in matches:
            if is_report(m):
                if skipped is not None:
                    skipped.append((m, "an egovkit report"))
            else:
                kept.append(m)
        return kept or [text]
    return [text]


def iter_documents(items: Inputs, *, date: Reference = None) -> Iterator[Document]:
    """Each input as a Document, parsing paths (files, directories, globs) on the way, with
    ``date`` as ``parse(date=)`` takes it (parsed Documents are kept as they are)."""
    from .extract import parse

    if isinstance(items, (Document, str, os.PathLike)):
        items = [items]
    for item in items:
        if isinstance(item, Document):
            yield item
        else:
            for path in expand_paths(item):
                yield parse(Path(path), date=date)
