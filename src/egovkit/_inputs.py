"""Documents from what users pass: parsed Documents, file paths, directories or globs."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Document

__all__ = ["TEXT_SUFFIXES", "Inputs", "expand_paths", "iter_documents"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm"})
Inputs = Iterable[Document | str | os.PathLike[str]] | Document | str | os.PathLike[str]


def expand_paths(item: str | os.PathLike[str]) -> list[str]:
    """A directory's text files (sorted), a glob's matches, or the path itself."""
    text = os.fspath(item)
    if os.path.isdir(text):
        return [
            str(p) for p in sorted(Path(text).iterdir()) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
        ]
    if any(c in text for c in "*?[") and not os.path.exists(text):
        return sorted(glob.glob(text, recursive=True)) or [text]
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
