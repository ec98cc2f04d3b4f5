"""Table cells: neutralised for spreadsheets, escaped for HTML.

A cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which some
spreadsheets skip before looking) is a formula to Excel, LibreOffice and Google Sheets; a quote
scraped from a web page must not become one. The cell gets a leading apostrophe, the mark
spreadsheets themselves use for "this is text" (OWASP, "CSV Injection").
"""

from __future__ import annotations

import html
from collections.abc import Sequence

__all__ = ["FORMULA_START", "html_table", "safe_cell"]

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


def html_table(head: Sequence[str], rows: Sequence[Sequence[object]], more: int = 0) -> str:
    """An HTML table with every cell escaped; ``more`` rows left out are counted in a last row.

    Examples:
        >>> html_table(["a"], [["<b>"]])
        '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>&lt;b&gt;</td></tr></tbody></table>'
    """
    cells = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if c is None else str(c))}</td>" for c in row) + "</tr>"
        for row in rows
    )
    tail = f"<tr><td colspan='{len(head)}'>… and {more} more</td></tr>" if more > 0 else ""
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{body}{tail}</tbody></table>"
