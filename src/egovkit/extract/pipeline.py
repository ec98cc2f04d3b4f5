"""``parse``: source → cleaned text → lexical mentions → a Document of grounded facts."""

from __future__ import annotations

import dataclasses
import os
import re

from ..errors import SourceError, UnsupportedFormatError
from ..model import Document, ParseWarning
from ..parse.dates import Reference
from ..source import DEFAULT_MAX_BYTES, Source, load_source
from ..text import CleanText, normalize
from .steps import Pipeline

__all__ = ["build_document", "parse"]


def parse(
    source: Source,
    *,
    name: str | None = None,
    reference: Reference = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    format: str | None = None,
    pipeline: Pipeline | None = None,
    timings: dict[str, float] | None = None,
    date: Reference = None,
) -> Document:
    """Parse one document into a ``egovkit.model.Document``.

    Args:
        source: the document as text (``str``), ``bytes`` in any common Chinese encoding,
            or a path (``os.PathLike``, or a ``str`` naming a file).
        name: a name for the document (defaults to the file name for paths).
        reference: a date that relative expressions (今年, 11月7日) resolve against when
            the document does not date itself: a ``datetime.date``, a FuzzyDate or an ISO
            string such as ``"2006"``.
        max_bytes: the largest file read from a path (default 50 MB); raise it for huge files.
        format: ``"text"``, ``"html"``, ``"docx"``, ``"pdf"``, or None (the default) to tell by
            the file suffix, else by the content (see ``egovkit.formats``).
        pipeline: the extraction steps to run (``egovkit.Pipeline``; default: all of them).
        timings: a dict that each extraction step's time in seconds is added to, by name.
        date: the document's date when you know it (``datetime.date``, FuzzyDate or ISO
            string): it wins over everything the page or the text says
            (``doc.date_source`` is then ``caller``); relative words resolve against it.

    Raises:
        SourceNotFoundError: a path that does not exist.
        SourceError: a path that is not a regular file, or larger than ``max_bytes``.
        DecodeError: bytes that are binary or undecodable.
        UnsupportedFormatError: a ``.doc`` or ``.wps`` file (convert it to ``.docx``).
        MissingExtraError: a Word or PDF file without the extra that reads it.

    Examples:
        >>> doc = parse("克州电子政务内网于2005年2月完成一期工程。")
        >>> doc.text
        '克州电子政务内网于2005年2月完成一期工程。'
    """
    from ..formats import FORMATS, file_format, sniff_format, to_text

    if format is not None and format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS} or None, not {format!r}")
    fmt = format
    if fmt is None and isinstance(source, os.PathLike | str):
        path = os.fspath(source)
        if "\n" not in path and len(path) < 1024:
            try:
                fmt = file_format(path)
            except UnsupportedFormatError:
                if isinstance(source, os.PathLike) or os.path.isfile(path):
                    raise
    raw, name = load_source(source, name, max_bytes=max_bytes)
    if fmt == "text" and format is None and _saved_page(raw):
        fmt = "html"  # a web page saved under a text name (page.txt) is read as the page it is
    if isinstance(raw, bytes) and fmt is None:
        fmt = sniff_format(raw, name or "<bytes>")
    if fmt in ("docx", "pdf"):
        if not isinstance(raw, bytes):
            raise SourceError(f"{name or '<text>'}: a {fmt} file must be given as bytes or a path")
        noted: list[ParseWarning] = []
        clean = normalize(to_text(raw, fmt, name or "<bytes>", warnings=noted), source=name, format="text")
        if noted:
            clean = dataclasses.replace(clean, warnings=(*noted, *clean.warnings))
    else:
        clean = normalize(raw, source=name, format=fmt)
    doc = build_document(
        clean,
        name=name,
        reference=reference,
        format=fmt or clean.format,
        pipeline=pipeline,
        timings=timings,
        date=date,
    )
    if isinstance(source, str) and raw is source and _MISSING_PATH.fullmatch(source):
        warning = ParseWarning(
            code="looks_like_path",
            message=f"the text {source!r} looks like a file name, but no such file exists;"
            " it was parsed as text",
        )
        doc = doc.model_copy(update={"warnings": (*doc.warnings, warning)})
    return doc


def _saved_page(raw: str | bytes) -> bool:
    from ..text.html import opens_like_html

    head = raw[:4096].decode("utf-8", "ignore") if isinstance(raw, bytes) else raw[:4096]
    return opens_like_html(head)


# a short one-word ASCII string (no CJK, no spaces): a mistyped path more likely than a document
_MISSING_PATH = re.compile(r"(?=[^A-Za-z]*[A-Za-z])[\w.~:/\\-]{1,255}", re.ASCII)


def build_document(
    clean: CleanText,
    *,
    name: str | None,
    reference: Reference = None,
    format: str | None = None,
    pipeline: Pipeline | None = None,
    timings: dict[str, float] | None = None,
    date: Reference = None,
) -> Document:
    """Build the Document of an already cleaned text (see ``egovkit.extract.document``)."""
    from .document import build_document as build  # the extractors load on first use

    return build(
        clean, name=name, reference=reference, format=format, pipeline=pipeline, timings=timings, date=date
    )
