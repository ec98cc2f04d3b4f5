"""Page metadata: the label–value pairs a government page states about itself.

gov.cn pages carry a table (索 引 号：… 主题分类：… 发文机关：… 成文日期：… 标　　题：… 发文字号：…
发布日期：…); other sites put label lines above or below an article (来源：新华社 发布时间：2009-06-09,
责任编辑：…). The labels are data (``data/page_metadata.tsv``). ``read_cells`` reads the cells of
an HTML page outside its main content; ``metadata_edits`` finds label lines in a text, returns
their values and the edits that remove them, so no label stays in the cleaned text.

Values are strings here (the text layer parses nothing); ``egovkit.extract`` types them.
"""

from __future__ import annotations

import re

from ..lexicon.resources import data_cache, data_rows
from .offsets import Edit

__all__ = ["MetadataItem", "is_label", "metadata_edits", "read_cells"]

#: (field, label as written, value)
MetadataItem = tuple[str, str, str]

_GAP = "[ \u3000\u00a0]{0,3}"
_MAX_VALUE = 80
_VALUE_STOP = re.compile(r"[ \t\u3000\u00a0]{2,}|[。；]")


@data_cache()
def _labels() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    fields: dict[str, str] = {}
    for field, label in data_rows("page_metadata.tsv", 2):
        fields[label] = field
    alts = "|".join(_GAP.join(re.escape(c) for c in lab) for lab in sorted(fields, key=len, reverse=True))
    # a label at a line start or after a space or bar, followed by a colon
    line_rx = re.compile(
        r"(?:(?<=^)|(?<=[ \t\u3000\u00a0|｜【\[]))(" + alts + r")" + _GAP + "[:：]", re.MULTILINE
    )
    cell_rx = re.compile(r"^\s*(" + alts + r")" + _GAP + r"[:：]?\s*$")
    return fields, line_rx, cell_rx


def _field(label: str) -> str:
    return _labels()[0].get(re.sub(r"[ \u3000\u00a0]", "", label), "")


def _segments(line: str) -> list[tuple[int, int, str, str]]:
    """Label segments of one line: (start, end, label, value), the value running to the next
    label, a wide gap or the line end."""
    _, line_rx, _ = _labels()
    hits = list(line_rx.finditer(line))
    out = []
    for k, m in enumerate(hits):
        stop = hits[k + 1].start() if k + 1 < len(hits) else len(line)
        value_start = m.end()
        while value_start < stop and line[value_start] in " \t\u3000\u00a0":
            value_start += 1
        gap = _VALUE_STOP.search(line, value_start, stop)
        end = gap.start() if gap else stop
        value = line[value_start:end].rstrip()
        is_title = _field(m.group(1)) == "title"  # a title may be long and hold a comma
        if len(value) > (160 if is_title else _MAX_VALUE) or ("，" in value and not is_title):
            return []  # prose, not a label line
        out.append((m.start(), value_start + len(value), m.group(1), value))
    return out


def read_cells(cells: list[str]) -> list[MetadataItem]:
    """Label–value pairs from the cells of a page: a label cell and the cell after it, or
    ``label：value`` pairs within a cell.

    Examples:
        >>> read_cells(["发文机关：", "国务院", "来源：新华社 作者：张三"])
        [('issuer', '发文机关', '国务院'), ('source', '来源', '新华社'), ('author', '作者', '张三')]
    """
    _, _, cell_rx = _labels()
    out: list[MetadataItem] = []
    i = 0
    while i < len(cells):
        cell = cells[i]
        m = cell_rx.match(cell)
        if m:
            nxt = cells[i + 1] if i + 1 < len(cells) else ""
            if not nxt and i + 1 < len(cells):  # an empty value cell
                i += 2
                continue
            limit = 160 if _field(m.group(1)) == "title" else _MAX_VALUE
            if nxt and not cell_rx.match(nxt) and len(nxt) <= limit and not _segments(nxt):
                out.append((_field(m.group(1)), _clean_label(m.group(1)), nxt.strip()))
                i += 2
                continue
            i += 1
            continue
        for _, _, label, value in _segments(cell):
            if value:
                out.append((_field(label), _clean_label(label), value))
        i += 1
    return out


def _clean_label(label: str) -> str:
    return re.sub(r"[ \u3000\u00a0]", "", label)


def is_label(line: str) -> bool:
    """Whether a line is only a metadata label, with or without its colon (标题, 来 源：).

    Examples:
        >>> is_label("标　　题："), is_label("标题"), is_label("标题党")
        (True, True, False)
    """
    return bool(_labels()[2].match(line))


def _is_label_line(line: str) -> bool:
    return bool(line.strip()) and len(line) <= 160 and (is_label(line) or bool(_segments(line)))


def _label_value(lines: list[str], i: int) -> bool:
    """Whether the line after the label alone on line ``i`` is its value. A value is a name,
    a date or a number, never a sentence. A label written without a colon (标题 alone) is one
    only among other label lines, or when its value is a name (no comma): otherwise it is a
    word of the text, and the line after it stays in the text."""
    value = lines[i + 1].strip()
    if "。" in value or value.endswith(("！", "？", "!", "?", "；", ";", "：", ":")):
        return False
    if lines[i].rstrip().endswith((":", "：")):
        return True
    near = (lines[k] for k in (i - 2, i - 1, i + 2, i + 3) if 0 <= k < len(lines))
    return any(_is_label_line(line) for line in near) or not any(c in value for c in "，,、")


def metadata_edits(text: str) -> tuple[list[Edit], list[MetadataItem]]:
    """Edits removing the label lines of ``text`` (and label pairs inside a line), and the
    values read from them.

    A line made only of label pairs goes with its line break; a label alone on its line takes
    the next short line as its value. Lines longer than 160 characters, or a value with a
    comma, are prose and stay.

    Examples:
        >>> edits, items = metadata_edits("宁波市规划\\n来源:中国电子政务网 更新时间:2014-03-30\\n正文")
        >>> items
        [('source', '来源', '中国电子政务网'), ('updated', '更新时间', '2014-03-30')]
        >>> [(e.start, e.end) for e in edits]
        [(6, 33)]
    """
    _, _, cell_rx = _labels()
    edits: list[Edit] = []
    items: list[MetadataItem] = []
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    skip_next = False
    for i, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        if len(line) > 160 or not line.strip():
            continue
        base = starts[i]
        line_end = base + len(line) + (1 if i + 1 < len(lines) else 0)
        m = cell_rx.match(line)
        if m:  # a label alone: the value is the next line
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            is_title = _field(m.group(1)) == "title"
            limit = 160 if is_title else _MAX_VALUE
            if (
                nxt.strip()
                and len(nxt.strip()) <= limit
                and (is_title or "，" not in nxt)
                and not _segments(nxt)
                and _label_value(lines, i)
            ):
                items.append((_field(m.group(1)), _clean_label(m.group(1)), nxt.strip()))
                end = starts[i + 1] + len(nxt) + (1 if i + 2 < len(lines) else 0)
                edits.append(Edit(base, end, "", f"page metadata ({_clean_label(m.group(1))})"))
                skip_next = True
            continue
        segs = _segments(line)
        if not segs:
            continue
        names = "，".join(_clean_label(label) for _, _, label, _ in segs)
        items.extend((_field(label), _clean_label(label), value) for _, _, label, value in segs if value)
        covered = sum(e - s for s, e, _, _ in segs)
        if covered >= len(line.strip()) - line.count(" ") - line.count("\u3000"):
            edits.append(Edit(base, line_end, "", f"page metadata ({names})"))
            continue
        for s, e, label, _ in segs:
            while s > 0 and line[s - 1] in " \t\u3000\u00a0":
                s -= 1
            edits.append(Edit(base + s, base + e, "", f"page metadata ({_clean_label(label)})"))
    return edits, items
