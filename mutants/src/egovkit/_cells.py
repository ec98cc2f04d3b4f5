"""Spreadsheet safety: text cells that a spreadsheet would run as a formula are neutralised.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some
spreadsheets skip before looking) is a formula to Excel, LibreOffice and Google Sheets; a quote
scraped from a web page must not become one. The cell gets a leading apostrophe, the mark
spreadsheets themselves use for "this is text" (OWASP, "CSV Injection").
"""

from __future__ import annotations

__all__ = ["FORMULA_START", "safe_cell"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """``value`` itself, or for a text that a spreadsheet would read as a formula, the text
    behind an apostrophe.

    Examples:
        >>> safe_cell("=HYPERLINK(\\"http://x\\")")
        '\\'=HYPERLINK("http://x")'
        >>> safe_cell(-3), safe_cell("克州")
        (-3, '克州')
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
