"""Page metadata typed (``PageMetadata``), and what it settles in a Document: the title, the
issuer, the date, and the subject Plan's issuer, number and issue date."""

from __future__ import annotations

import re

from ..errors import DateParseError
from ..model import Evidence, FuzzyDate, PageMetadata, Plan, PlanRole
from ..parse.dates import find_dates
from ..text.metadata import MetadataItem
from .context import DocContext

__all__ = ["metadata_plans", "page_metadata"]

_TEXT_FIELDS = ("index_number", "topic", "issuer", "title", "number", "source", "author", "page_title")
# 国发〔2019〕5号, 国办发明电〔2018〕15号, 国令第706号: a number, not a placeholder (无, 　)
_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:[〔\[［(（]\d{4}[〕\]］)）]\s?|第)?\d{1,6}号$")


def _date(value: str) -> FuzzyDate | None:
    """The first full date of a metadata value (2019年01月27日, 2009-06-09 10:30)."""
    try:
        found = find_dates(value)
    except (DateParseError, ValueError):
        return None
    for m in found:
        if m.value is not None and m.value.end is None and not m.relative and m.start <= 2:
            return m.value.model_copy(update={"qualifier": None, "inferred": False})
    return None


def page_metadata(items: tuple[MetadataItem, ...]) -> PageMetadata | None:
    """A PageMetadata from the (field, label, value) items cleaning read; the first value of a
    field wins (an HTML page's table comes before label lines in its body)."""
    if not items:
        return None
    values: dict[str, object] = {}
    for field, _, value in items:
        value = value.strip()
        if not value or field in values:
            continue
        if field in ("written", "published"):
            date = _date(value)
            if date is not None:
                values[field] = date
        elif field == "number":
            if _NUMBER.match(value.replace(" ", "")):
                values[field] = value.replace(" ", "")
        elif field in _TEXT_FIELDS:
            values[field] = value
    fields = tuple((label, value.strip()) for field, label, value in items if field != "page_title")
    return PageMetadata(**values, fields=fields)


def _title_span(text: str, title: str) -> tuple[int, int] | None:
    """Where the title stands in the text, maybe broken over lines (a two-line heading)."""
    at = text.find(title)
    if at >= 0:
        return at, at + len(title)
    chars = [re.escape(c) for c in title if not c.isspace()]
    if not chars or len(chars) > 200:
        return None
    m = re.search("[ \t\u3000]*\n?[ \t\u3000]*".join(chars), text[:3000])
    return m.span() if m else None


def metadata_plans(
    plans: list[Plan], meta: PageMetadata, ctx: DocContext, region: str | None
) -> list[Plan]:
    """The subject Plans completed by the page's metadata: issuer, number and issue date;
    the document itself becomes a subject Plan when the page states its title and number."""
    update: dict[str, object] = {}
    if meta.issuer:
        update["issuer"] = meta.issuer
    if meta.number:
        update["number"] = meta.number
    if meta.written:
        update["issued"] = meta.written
    out = [p.model_copy(update=update) if p.role is PlanRole.SUBJECT else p for p in plans]
    if meta.title and meta.number:
        own = re.sub(r"\s", "", meta.title)
        if not any(re.sub(r"\s", "", p.title) == own for p in out):
            from .plans import plan_kind

            span = _title_span(ctx.text, meta.title)
            evidence: tuple[Evidence, ...] = (ctx.evidence(*span),) if span else ()
            own_plan = Plan(
                title=meta.title,
                kind=plan_kind(meta.title),
                region=region,
                role=PlanRole.SUBJECT,
                evidence=evidence,
                **update,
            )
            out.insert(0, own_plan)
    return out
