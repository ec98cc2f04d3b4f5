"""When a document was written: the strongest evidence the text gives.

In order: an issue date closing a paragraph (…现印发给你们。二〇一〇年八月十一日); the year of
a document number (〔2012〕24号); else, inferred, the latest date the text reports as past or
present (deadlines with 到/争取 are targets, not the time of writing), or the latest era marker
(十七大) when only month-day dates are written and one falls after it — that month-day fixes
the month. An era marker alone bounds the date from below only, so it dates nothing.
"""

from __future__ import annotations

import re

from ..model import FuzzyDate, Qualifier
from ..parse import find_dates, find_eras
from ..parse.dates import date_cue

__all__ = ["date_document"]

_DOC_NUMBER_YEAR = re.compile(r"[〔\[［(（](19\d\d|20\d\d)[〕\]］)）]\s?\d{1,4}号")
_CLOSING = re.compile(r"[ \t]*(?:\n|$)")


def date_document(text: str) -> tuple[FuzzyDate | None, bool]:
    """Return the document's date and whether it was inferred.

    Examples:
        >>> date_document("现印发给你们，请认真贯彻执行。二〇一〇年八月十一日\\n克州规划")[0].iso
        '2010-08-11'
    """
    matches = find_dates(text)
    for m in matches:
        v = m.value
        if v is None or v.day is None or v.end is not None or m.relative:
            continue
        if _CLOSING.match(text, m.end):
            return v.model_copy(update={"qualifier": None, "inferred": False}), False
    number = _DOC_NUMBER_YEAR.search(text)
    if number:
        return FuzzyDate(year=int(number.group(1))), True
    reported = [
        m.value
        for m in matches
        if m.value is not None
        and not m.relative
        and m.value.end is None
        and m.value.qualifier not in (Qualifier.BY,)
        and not _is_target(text, m.start)
    ]
    if reported:
        latest = max(reported, key=lambda d: d.year)
        return FuzzyDate(year=latest.year, inferred=True), True
    eras = [e for e in find_eras(text) if e.kind == "congress"]
    if eras:
        era = max(eras, key=lambda e: e.date)
        later = [
            m
            for m in matches
            if m.value is None
            and m.month is not None
            and era.date.month is not None
            and m.month >= era.date.month
        ]
        if later:
            return FuzzyDate(year=era.date.year, month=max(m.month or 1 for m in later), inferred=True), True
    # An era marker alone (党的十六大报告提出…) only bounds the date from below: no date.
    return None, False


def _is_target(text: str, start: int) -> bool:
    return bool(date_cue("target_before").search(text, max(0, start - 4), start))
