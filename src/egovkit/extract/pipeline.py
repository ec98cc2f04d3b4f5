"""``parse``: source → cleaned text → lexical mentions → a Document of grounded facts."""

from __future__ import annotations

import datetime as _dt

from ..model import Document, FuzzyDate, ParseWarning, Script
from ..parse.dates import as_reference
from ..source import Source, load_source
from ..text import CleanText, normalize
from .dating import date_document

__all__ = ["parse"]

Reference = _dt.date | FuzzyDate | str | None


def parse(source: Source, *, name: str | None = None, reference: Reference = None) -> Document:
    """Parse one document into a :class:`~egovkit.model.Document`.

    Args:
        source: the document as text (``str``), ``bytes`` in any common Chinese encoding,
            or a path (``os.PathLike``, or a ``str`` naming a file).
        name: a name for the document (defaults to the file name for paths).
        reference: a date that relative expressions (今年, 11月7日) resolve against when
            the document does not date itself: a ``datetime.date``, a FuzzyDate or an ISO
            string such as ``"2006"``.

    Raises:
        SourceNotFoundError: a path that does not exist.
        DecodeError: bytes that are binary or undecodable.

    >>> doc = parse("克州电子政务内网于2005年2月完成一期工程。")
    >>> doc.text
    '克州电子政务内网于2005年2月完成一期工程。'
    """
    raw, name = load_source(source, name)
    clean = normalize(raw, source=name)
    return build_document(clean, name=name, reference=reference)


def build_document(clean: CleanText, *, name: str | None, reference: Reference = None) -> Document:
    """Build the Document of an already cleaned text."""
    warnings = list(clean.warnings)
    if not clean.text.strip():
        warnings.append(ParseWarning(code="empty", message="the document has no text"))
    script = Script.TRADITIONAL if clean.script == "traditional" else Script.SIMPLIFIED
    if clean.script == "mixed":
        script = Script.MIXED
    date, inferred = date_document(clean.text)
    if date is None:
        ref = as_reference(reference)
        if ref is not None:
            date, inferred = ref.model_copy(update={"inferred": True}), True
    return Document(
        name=name,
        script=script,
        date=date,
        date_inferred=inferred,
        encoding=clean.encoding,
        raw=clean.raw,
        text=clean.text,
        removed=clean.removed,
        warnings=tuple(warnings),
    )
