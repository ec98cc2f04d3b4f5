"""``parse``: source → cleaned text → lexical mentions → a Document of grounded facts."""

from __future__ import annotations

from ..model import Document
from ..parse.dates import Reference
from ..source import DEFAULT_MAX_BYTES, Source, load_source
from ..text import CleanText, normalize

__all__ = ["build_document", "parse"]


def parse(
    source: Source,
    *,
    name: str | None = None,
    reference: Reference = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
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

    Raises:
        SourceNotFoundError: a path that does not exist.
        SourceError: a path that is not a regular file, or larger than ``max_bytes``.
        DecodeError: bytes that are binary or undecodable.

    Examples:
        >>> doc = parse("克州电子政务内网于2005年2月完成一期工程。")
        >>> doc.text
        '克州电子政务内网于2005年2月完成一期工程。'
    """
    raw, name = load_source(source, name, max_bytes=max_bytes)
    clean = normalize(raw, source=name)
    return build_document(clean, name=name, reference=reference)


def build_document(clean: CleanText, *, name: str | None, reference: Reference = None) -> Document:
    """Build the Document of an already cleaned text (see ``egovkit.extract.document``)."""
    from .document import build_document as build  # the extractors load on first use

    return build(clean, name=name, reference=reference)
