"""Documents from what users pass: parsed Documents, file paths, directories or globs."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Document

__all__ = ["TEXT_SUFFIXES", "Inputs", "expand_paths", "is_report", "iter_documents"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm"})
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


def expand_paths(item: str | os.PathLike[str]) -> list[str]:
    """A directory's text files (sorted), a glob's matches, or the path itself; egovkit's own
    HTML reports found in a directory or by a glob are left out."""
    text = os.fspath(item)
    if os.path.isdir(text):
        return [
            str(p)
            for p in sorted(Path(text).iterdir())
            if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not is_report(p)
        ]
    if any(c in text for c in "*?[") and not os.path.exists(text):
        return [p for p in sorted(glob.glob(text, recursive=True)) if not is_report(p)] or [text]
    return [text]


def iter_documents(items: Inputs) -> Iterator[Document]:
    """Each input as a Document, parsing paths (files, directories, globs) on the way."""
    from .extract import parse

    if isinstance(items, (Document, str, os.PathLike)):
        items = [items]
    for item in items:
        if isinstance(item, Document):
            yield item
        else:
            for path in expand_paths(item):
                yield parse(Path(path))
