"""Web pages: the main text of an HTML page, as edits on the HTML source.

The page is tokenized with the standard library's ``html.parser`` (no dependency, so a plain
``pip install egovkit`` reads web pages), which reports where each token starts in the source.
Text extractors that return only a string (trafilatura, readability, jusText) cannot say where
their text came from; egovkit must, so it picks the main-content element itself:

1. an element a known site structure names (``data/html_content.tsv``: gov.cn's
   ``#UCAP-CONTENT``, the TRS content editor's ``.TRS_Editor`` …);
2. else the element with the most text outside links, credited the way readability does
   (a text's own element in full, its parent and grandparent in part), discounted by the share
   of its text that is link text — then widened to its parent while the parent adds little.

Everything is expressed as ``egovkit.text.offsets.Edit`` values on the source, so the cleaned
text maps back to the characters of the HTML as received: tags, scripts, comments and
everything outside the main content are removed with a reason; block elements become line
breaks; entities are decoded; white space is collapsed as a browser would.

The label cells of the page outside the main content (gov.cn's metadata table, a 来源：… line
above an article) are returned as ``cells`` for ``egovkit.text.metadata`` to read.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..lexicon.resources import data_cache, data_rows
from .offsets import Edit

__all__ = ["HtmlExtract", "extract_html", "looks_like_html", "page_title", "sniff_charset"]

_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    ]
)
_CELL = frozenset({"td", "th"})
_SKIP = frozenset(
    [
        "script",
        "style",
        "head",
        "title",
        "noscript",
        "template",
        "iframe",
        "select",
        "textarea",
        "button",
        "svg",
        "object",
        "canvas",
    ]
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_LIST_BLOCKS = frozenset({"ul", "ol", "dl", "div", "table", "tbody", "section", "td"})
_CONTAINER = frozenset({"div", "td", "article", "section", "main", "body", "table", "tbody", "tr"})
_SPACE_RX = re.compile(r"[ \t\n\r\f\v\u00a0\u3000]+")
_CJK_END = re.compile(r"[\u3400-\u9fff\uf900-\ufaff，。、；：！？“”（）《》]")
_SNIFF_RX = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
    re.IGNORECASE,
)
_TAG_RX = re.compile(
    r"</?(?:p|div|br|table|tr|td|span|body|a|h[1-6]|li|ul|meta|title)\b[^<>]{0,300}>", re.IGNORECASE
)
_CHARSET_RX = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE
)
_TITLE_SEP_RX = re.compile(r"\s*(?:_|\||｜|\s[-－–—]\s|--|(?<![\d\s])[-－](?![\d\s]))\s*")
_SITE_RX = re.compile(
    r"(?:网|网站|门户|专栏|频道|栏目|首页|平台|人民政府|政府|办公厅|办公室|委员会|[厅局委]|中心)$|www\.|\.(?:gov|com|org|net)\b|^(?:正文|详情|文章|新闻)$"
)


def opens_like_html(text: str) -> bool:
    """Whether a text opens like an HTML page (``<!DOCTYPE html>``, ``<html>``, ``<head>``,
    after an XML declaration or comments): the stricter test, for files named as text.

    Examples:
        >>> opens_like_html("<!DOCTYPE html><html><body><p>克州</p></body></html>")
        True
        >>> opens_like_html("克州电子政务<b>内网</b>建成。<br>全州<i>56家</i>单位。</p>")
        False
    """
    return bool(_SNIFF_RX.match(text[:4096]))


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page: it opens like one, or its head is dense with tags.

    Examples:
        >>> looks_like_html("<!DOCTYPE html><html><body><p>克州</p></body></html>")
        True
        >>> looks_like_html("克州2005年建成<内网>。")
        False
    """
    head = text[:4096]
    if _SNIFF_RX.match(head):
        return True
    return len(_TAG_RX.findall(head)) >= 4 and "</" in head


def sniff_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag of its first 4 KB, or None."""
    m = _CHARSET_RX.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return "gb18030" if name in {"gbk", "gb2312", "x-gbk", "gb_2312-80"} else name


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    start: int
    parent: int
    end: int = -1
    text: int = 0  # characters of text directly inside, outside links
    link: int = 0  # characters of link text directly inside
    total_text: int = 0  # the same over the whole subtree
    total_link: int = 0
    score: float = 0.0


@dataclass
class _Token:
    start: int
    kind: str  # start, end, data, entity, other
    tag: str = ""
    owner: int = -1  # innermost open element
    skip: bool = False  # inside script, style, head …
    end: int = 0


class _Tokenizer(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        for m in re.finditer("\n", raw):
            self.line_starts.append(m.end())
        self.tokens: list[_Token] = []
        self.elements: list[_Element] = []
        self.stack: list[int] = []
        self.open_count: dict[str, int] = {}  # open elements per tag: an end tag's check in O(1)
        self.skip_depth = 0
        self.link_depth = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _token(self, kind: str, tag: str = "") -> _Token:
        tok = _Token(self._pos(), kind, tag, self.stack[-1] if self.stack else -1, self.skip_depth > 0)
        self.tokens.append(tok)
        return tok

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tok = self._token("start", tag)
        if tag in _VOID:
            return
        self.elements.append(_Element(tag, {k.lower(): v or "" for k, v in attrs}, tok.start, tok.owner))
        self.stack.append(len(self.elements) - 1)
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        if tag in _SKIP:
            self.skip_depth += 1
        if tag == "a":
            self.link_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._token("start", tag)

    def handle_endtag(self, tag: str) -> None:
        tok = self._token("end", tag)
        if not self.open_count.get(tag):
            return  # a stray end tag closes nothing
        while self.stack:
            i = self.stack.pop()
            el = self.elements[i]
            self.open_count[el.tag] -= 1
            el.end = tok.start  # fixed to the end of the end tag once tokens have ends
            if el.tag in _SKIP:
                self.skip_depth -= 1
            if el.tag == "a":
                self.link_depth -= 1
            if el.tag == tag:
                break

    def handle_data(self, data: str) -> None:
        tok = self._token("data")
        if tok.skip or tok.owner < 0:
            return
        n = len(data) - sum(len(m.group()) for m in _SPACE_RX.finditer(data))
        if self.link_depth:
            self.elements[tok.owner].link += n
        else:
            self.elements[tok.owner].text += n

    def handle_entityref(self, name: str) -> None:
        self._token("entity")

    def handle_charref(self, name: str) -> None:
        self._token("entity")

    def handle_comment(self, data: str) -> None:
        self._token("other", "comment")

    def handle_decl(self, decl: str) -> None:
        self._token("other", "decl")

    def handle_pi(self, data: str) -> None:
        self._token("other", "decl")

    def unknown_decl(self, data: str) -> None:
        self._token("other", "decl")


@dataclass
class HtmlExtract:
    """What ``extract_html`` found in a page.

    Attributes:
        edits: edits on the HTML source that leave the main text.
        title: the ``<title>`` with the site's name stripped, or None.
        cells: text of the cells and lines outside the main content, in order.
        main: (start, end) of the main-content element in the source.
    """

    edits: list[Edit]
    title: str | None
    cells: list[str] = field(default_factory=list)
    main: tuple[int, int] = (0, 0)


@data_cache()
def _content_rules() -> tuple[tuple[str, str], ...]:
    return tuple((row[0].lower(), row[1]) for row in data_rows("html_content.tsv", 3))


def _tokenize(raw: str) -> _Tokenizer:
    tk = _Tokenizer(raw)
    tk.feed(raw)
    tk.close()
    toks = tk.tokens
    for i, tok in enumerate(toks):
        tok.end = toks[i + 1].start if i + 1 < len(toks) else len(raw)
        if tok.end < tok.start:  # never expected; keep the map monotonic
            tok.end = tok.start
    ends = {t.start: t.end for t in toks if t.kind == "end"}
    for el in tk.elements:
        el.end = ends.get(el.end, el.end) if el.end >= 0 else len(raw)
    return tk


def _totals(els: list[_Element]) -> None:
    """Text and link text of each element's whole subtree."""
    for el in reversed(els):  # children come after their parents
        el.total_text += el.text
        el.total_link += el.link
        if el.parent >= 0 and el.tag not in _SKIP:
            els[el.parent].total_text += el.total_text
            els[el.parent].total_link += el.total_link


def _link_lists(els: list[_Element], main: tuple[int, int], main_idx: int) -> list[tuple[int, int]]:
    """Spans of the link lists inside the main content (related articles, a column's menu):
    a list or block whose text is mostly link text; ``nav`` and ``aside`` always."""
    spans: list[tuple[int, int]] = []
    for i, el in enumerate(els):
        if i == main_idx or not (main[0] <= el.start and el.end <= main[1]):
            continue
        if spans and el.start < spans[-1][1]:
            continue  # inside a list already taken
        if el.tag in {"nav", "aside"} or (
            el.tag in _LIST_BLOCKS and el.total_link >= 12 and el.total_link > 2 * el.total_text
        ):
            spans.append((el.start, el.end))
    return spans


def _choose_main(tk: _Tokenizer) -> int:
    """Index of the main-content element, or -1 for the whole page."""
    els = tk.elements
    for attr, value in _content_rules():
        for i, el in enumerate(els):
            got = el.attrs.get(attr)
            if got is None:
                continue
            if (attr == "class" and value.lower() in got.lower().split()) or got.lower() == value.lower():
                return i  # ids and classes as sites write them: zoom, Zoom, ZOOM
    for el in els:
        if el.text <= 0 or el.tag in _SKIP:
            continue
        el.score += el.text
        if el.parent >= 0:
            els[el.parent].score += el.text
            grand = els[el.parent].parent
            if grand >= 0:
                els[grand].score += el.text / 2
    best, best_score = -1, 0.0
    for i, el in enumerate(els):
        if el.tag not in _CONTAINER or el.total_text < 1:
            continue
        density = el.total_link / (el.total_text + el.total_link)
        score = el.score * (1 - density)
        if score > best_score:
            best, best_score = i, score
    if best < 0 or els[best].total_text < 50:
        return -1
    while True:  # widen while the parent adds little (a heading beside the body)
        parent = els[best].parent
        if parent < 0 or els[parent].tag in {"body", "html"}:
            break
        p = els[parent]
        density = p.total_link / max(1, p.total_text + p.total_link)
        if els[best].total_text < 0.8 * p.total_text or density > 0.25:
            break
        best = parent
    return best


def page_title(text: str) -> str | None:
    """A ``<title>`` without the site's name (…_中国政府网, … - 某某市人民政府).

    Examples:
        >>> page_title("国务院关于印发某某方案的通知_政府信息公开专栏")
        '国务院关于印发某某方案的通知'
        >>> page_title("克州召开电子政务会议 - 克孜勒苏柯尔克孜自治州人民政府")
        '克州召开电子政务会议'
    """
    parts = [p for p in _TITLE_SEP_RX.split(_html.unescape(text).strip()) if p]
    kept = [p for p in parts if not _SITE_RX.search(p)]
    if not kept and len(parts) == 1 and len(parts[0]) > 12:  # one long segment is a title
        kept = parts
    return max(kept, key=len) if kept else None


def extract_html(raw: str) -> HtmlExtract:
    """The main text of an HTML page as edits on ``raw`` (see the module docstring)."""
    tk = _tokenize(raw)
    _totals(tk.elements)
    main_idx = _choose_main(tk)
    if main_idx >= 0:
        main = (tk.elements[main_idx].start, tk.elements[main_idx].end)
    else:
        body = next((el for el in tk.elements if el.tag == "body"), None)
        main = (body.start, body.end) if body else (0, len(raw))
    title_parts: list[str] = []
    cells: list[str] = []
    cell: list[str] = []
    # pieces: (start, end, kept text or None, reason when dropped, break: "\n" / " " / "")
    pieces: list[tuple[int, int, str | None, str, str]] = []
    in_title = False
    lists = _link_lists(tk.elements, main, main_idx)
    k = 0
    for tok in tk.tokens:
        s, e = tok.start, tok.end
        inside = main[0] <= s and e <= main[1]
        while k < len(lists) and lists[k][1] <= s:
            k += 1
        if inside and k < len(lists) and lists[k][0] <= s:
            pieces.append((s, e, None, "html: link list", "\n" if tok.kind in ("start", "end") else ""))
            continue
        if tok.kind == "start" and tok.tag == "title":
            in_title = True
        elif tok.kind == "end" and tok.tag == "title":
            in_title = False
        elif in_title and tok.kind in ("data", "entity"):
            title_parts.append(raw[s:e])
        if not inside:
            if tok.kind in ("start", "end") and (tok.tag in _BLOCK or tok.tag in _CELL):
                got = "".join(cell).strip()
                if got or (tok.kind == "end" and tok.tag in _CELL):  # an empty cell is a value too
                    cells.append(got)
                cell = []
            elif tok.kind in ("data", "entity") and not tok.skip:
                cell.append(_html.unescape(raw[s:e]) if tok.kind == "entity" else raw[s:e])
            pieces.append((s, e, None, "html: outside the main content", ""))
            continue
        if tok.kind in ("start", "end"):
            brk = "\n" if tok.tag in _BLOCK else " " if tok.tag in _CELL else ""
            reason = (
                "html: markup" if not tok.skip and tok.tag not in _SKIP else f"html: {tok.tag or 'script'}"
            )
            if tok.skip or tok.tag in _SKIP:
                reason = "html: script, style or head"
            pieces.append((s, e, None, reason, brk))
        elif tok.kind == "other" or tok.skip:
            reason = "html: comment" if tok.tag == "comment" else "html: script, style or head"
            if tok.tag == "decl":
                reason = "html: markup"
            pieces.append((s, e, None, reason, ""))
        elif tok.kind == "entity":
            value = _html.unescape(raw[s:e])
            if _SPACE_RX.fullmatch(value):
                pieces.append((s, e, None, "html: white space", " "))
            else:
                pieces.append((s, e, value, "html: entity", ""))
        else:
            pos = s
            for m in _SPACE_RX.finditer(raw, s, e):
                if m.start() > pos:
                    pieces.append((pos, m.start(), raw[pos : m.start()], "", ""))
                sep = "\n?" if "\n" in m.group() else " "
                pieces.append((m.start(), m.end(), None, "html: white space", sep))
                pos = m.end()
            if pos < e:
                pieces.append((pos, e, raw[pos:e], "", ""))
    if "".join(cell).strip():
        cells.append("".join(cell).strip())
    title = page_title("".join(title_parts)) if title_parts else None
    return HtmlExtract(edits=_edits(raw, pieces), title=title, cells=cells, main=main)


def _edits(raw: str, pieces: list[tuple[int, int, str | None, str, str]]) -> list[Edit]:
    """Edits from the pieces: kept text stays (entities replaced), each run of dropped pieces
    is removed by reason and leaves one separator: a line break after a block, else a space."""
    edits: list[Edit] = []
    last_char = ""  # the last kept character
    i, n = 0, len(pieces)
    while i < n:
        s, e, kept, reason, _ = pieces[i]
        if kept is not None:
            if kept != raw[s:e]:
                edits.append(Edit(s, e, kept, reason))
            last_char = kept[-1:] or last_char
            i += 1
            continue
        j = i
        seps: set[str] = set()
        while j < n and pieces[j][2] is None:
            seps.add(pieces[j][4])
            j += 1
        following = pieces[j][2] if j < n else None
        next_char = following[:1] if following else ""
        if not last_char or not next_char:
            sep = ""
        elif "\n" in seps:
            sep = "\n"
        elif "\n?" in seps and _CJK_END.match(last_char) and _CJK_END.match(next_char):
            sep = ""  # a line break in the source inside Chinese text
        elif seps & {" ", "\n?"}:
            sep = " "
        else:
            sep = ""
        if sep:
            edits.append(Edit(s, s, sep, "html: separator"))
        run_start, run_reason = s, reason
        for k in range(i, j + 1):
            if k == j or pieces[k][3] != run_reason:
                edits.append(Edit(run_start, pieces[k - 1][1], "", run_reason))
                if k < j:
                    run_start, run_reason = pieces[k][0], pieces[k][3]
        i = j
    return edits
