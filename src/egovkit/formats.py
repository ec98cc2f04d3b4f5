"""Input formats: which one a source is, and Word and PDF files turned into text.

=========  ======================  ==========================================================
format     read as                 needs
=========  ======================  ==========================================================
``text``   text (any encoding)     nothing
``html``   a web page's main text  nothing (the standard library's HTML parser)
``docx``   the paragraphs' text    ``pip install "egovkit[office]"`` (python-docx)
``pdf``    the pages' text layer   ``pip install "egovkit[pdf]"`` (pypdf)
=========  ======================  ==========================================================

The format comes from the ``format=`` argument, else the file suffix, else the content
(a ZIP holding ``word/document.xml``, ``%PDF-``, a page that opens like HTML). A file named
as text (``.txt``, ``.md``) that opens like an HTML page (``<!DOCTYPE html>``, ``<html>``) is a
page saved under the wrong name and is read as HTML. Binary Word
(``.doc``) and WPS files raise ``UnsupportedFormatError``: convert them to ``.docx``.

For Word and PDF the text made from the file is ``Document.raw``: evidence offsets point into
it, not into the file's bytes. What pypdf logs while it repairs a damaged PDF (``incorrect
startxref pointer`` …) is not printed on stderr: it becomes one ``pdf_repaired`` ParseWarning.
"""

from __future__ import annotations

import io
import logging
import os
from contextvars import ContextVar
from typing import Any

from .errors import MissingExtraError, SourceError, UnsupportedFormatError
from .model import ParseWarning

__all__ = ["FORMATS", "SUFFIXES", "file_format", "sniff_format", "to_text"]

#: The formats egovkit reads.
FORMATS = ("text", "html", "docx", "pdf")
#: File suffixes and the format each is read as.
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
_UNSUPPORTED = {
    ".doc": "binary Word (.doc)",
    ".wps": "WPS (.wps)",
    ".rtf": "RTF (.rtf)",
    ".xls": "Excel (.xls)",
    ".xlsx": "Excel (.xlsx)",
    ".ppt": "PowerPoint (.ppt)",
    ".pptx": "PowerPoint (.pptx)",
    ".odt": "OpenDocument (.odt)",
    ".ofd": "OFD (.ofd)",
}
_CONVERT = "convert it to .docx (Word or LibreOffice: Save As) or to text"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def file_format(path: str | os.PathLike[str]) -> str | None:
    """The format a file's suffix names, or None for an unknown suffix.

    Raises:
        UnsupportedFormatError: for ``.doc``, ``.wps`` and other office formats egovkit
            does not read.

    Examples:
        >>> file_format("通知.docx"), file_format("page.htm"), file_format("notes")
        ('docx', 'html', None)
    """
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix in _UNSUPPORTED:
        raise UnsupportedFormatError(os.fspath(path), _UNSUPPORTED[suffix], _CONVERT)
    return SUFFIXES.get(suffix)


def sniff_format(data: bytes, source: str = "<bytes>") -> str | None:
    """``"docx"`` or ``"pdf"`` for bytes that are such a file, else None (text or HTML, told
    apart after decoding).

    Raises:
        UnsupportedFormatError: for a binary Word or WPS file (an OLE2 container).
    """
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]:
        return "docx"
    if data.startswith(_OLE2):
        raise UnsupportedFormatError(source, "binary Word or WPS (OLE2)", _CONVERT)
    return None


def to_text(
    data: bytes, format: str, source: str = "<bytes>", *, warnings: list[ParseWarning] | None = None
) -> str:
    """The text of a Word (``docx``) or PDF (``pdf``) file: paragraphs (and table rows) on
    their own lines.

    ``warnings``, when given, receives a ``pdf_repaired`` ParseWarning for a PDF that pypdf
    could read only by repairing it (its messages are collected, never printed).

    Raises:
        MissingExtraError: the extra that reads the format is not installed.
        SourceError: the file is damaged or is not of that format.
    """
    if format == "docx":
        return _docx_text(data, source)
    if format == "pdf":
        return _pdf_text(data, source, warnings)
    raise ValueError(f"to_text reads docx and pdf, not {format!r}")


def _docx_text(data: bytes, source: str) -> str:
    try:
        import docx
        import docx.table
    except ImportError as exc:
        raise MissingExtraError("docx", "office", "python-docx") from exc
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():  # paragraphs and tables in the order they stand
            if isinstance(block, docx.table.Table):
                lines.extend(_row_text(row) for row in block.rows)
            else:
                lines.append(block.text)
    except Exception as exc:  # python-docx raises zipfile, KeyError and lxml errors alike
        raise SourceError(f"{source}: not a readable .docx file ({type(exc).__name__}: {exc})") from exc
    return "\n".join(lines)


def _row_text(row: Any) -> str:
    """A Word table row as tab-separated cells; a merged cell comes once per grid column it
    spans in python-docx, and once here."""
    cells: list[Any] = []
    for cell in row.cells:
        if not cells or cell._tc is not cells[-1]._tc:
            cells.append(cell)
    return "\t".join(cell.text for cell in cells)


# the messages pypdf logs while the current context reads a PDF (None: not reading one)
_PDF_LOG: ContextVar[list[str] | None] = ContextVar("egovkit_pdf_log", default=None)


class _PdfLogSink(logging.Handler):
    """Collects pypdf's log records for the PDF being read in this context. Being a handler
    of the ``pypdf`` logger, it also keeps Python from printing them on stderr when the
    program configured no logging (records still reach the handlers a program did set up)."""

    def emit(self, record: logging.LogRecord) -> None:
        sink = _PDF_LOG.get()
        if sink is not None:
            try:
                sink.append(record.getMessage())
            except Exception:  # a record whose arguments do not fit its format
                sink.append(str(record.msg))


def _pdf_log_sink() -> None:
    logger = logging.getLogger("pypdf")
    if not any(isinstance(h, _PdfLogSink) for h in logger.handlers):
        logger.addHandler(_PdfLogSink(logging.WARNING))


def _pdf_text(data: bytes, source: str, warnings: list[ParseWarning] | None = None) -> str:
    try:
        import pypdf
    except ImportError as exc:
        raise MissingExtraError("pdf", "pdf", "pypdf") from exc
    _pdf_log_sink()
    logged: list[str] = []
    token = _PDF_LOG.set(logged)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises its own errors and ValueError/KeyError on damage
        said = f"; the reader said: {'; '.join(dict.fromkeys(logged))[:200]}" if logged else ""
        raise SourceError(f"{source}: not a readable PDF file ({type(exc).__name__}: {exc}){said}") from exc
    finally:
        _PDF_LOG.reset(token)
    text = "\n".join(p.strip("\n") for p in pages)
    if not text.strip() and pages:
        raise SourceError(f"{source}: the PDF has no text layer (a scan?); run OCR first")
    if logged and warnings is not None:
        said = "; ".join(dict.fromkeys(m.strip() for m in logged))
        warnings.append(
            ParseWarning(
                code="pdf_repaired",
                message=f"the PDF is damaged; its text was read after repairs ({said[:300]})",
            )
        )
    return text
