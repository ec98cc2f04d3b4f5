"""Building a Document from cleaned text: every extractor, in the order the data flows.

Imported on the first parse, not with ``egovkit``, so that ``import egovkit`` stays cheap.
"""

from __future__ import annotations

import re

from ..model import Document, Genre, ParseWarning, Script
from ..parse.dates import Reference, as_reference, find_dates
from ..parse.quantities import find_quantities
from ..parse.regions import find_regions
from ..text import CleanText
from .context import DocContext
from .dating import date_document
from .events import extract_milestones
from .indicators import extract_indicators
from .metadata import metadata_plans, page_metadata
from .networks import extract_networks
from .plans import extract_plans
from .regions import attach_region_facts, document_regions, subject_of, subject_scope, with_evidence
from .structure import document_author, document_genre, document_title, layout, outline

__all__ = ["build_document"]


def build_document(
    clean: CleanText, *, name: str | None, reference: Reference = None, format: str | None = None
) -> Document:
    """Build the Document of an already cleaned text."""
    warnings = list(clean.warnings)
    meta = page_metadata(clean.metadata)
    if not clean.text.strip():
        warnings.append(ParseWarning(code="empty", message="the document has no text"))
    script = Script.TRADITIONAL if clean.script == "traditional" else Script.SIMPLIFIED
    if clean.script == "mixed":
        script = Script.MIXED
    date, inferred = date_document(clean.text)
    if meta is not None and (meta.written or meta.published):  # the page's own date outranks the body
        date, inferred = meta.written or meta.published, False
    if date is None:
        ref = as_reference(reference)
        if ref is not None:
            date, inferred = ref.model_copy(update={"inferred": True}), True
    text = clean.text
    title, _ = document_title(text)
    author, _ = document_author(text)
    if meta is not None:
        title = meta.title or meta.page_title or title
        author = meta.issuer or meta.author or author
    genre = document_genre(title, text, has_byline=author is not None and "作者" in text[:600])
    if meta is not None and meta.number and genre is not Genre.PLAN:
        genre = Genre.NOTICE  # a page with a document number (发文字号) is an official document
    tree = outline(text)
    year = date.year if date else None
    subjects, uncoded = subject_of(title, text, year)
    scope = [*subjects, *subject_scope(subjects[0])[1:]] if subjects else []
    mentions = find_regions(text, as_of=year, context=scope or None, include_unresolved=True)
    regions, mentioned = document_regions(mentions, subjects, uncoded, year)
    ctx = DocContext(clean, layout(text), tree, date, subjects[0] if subjects else None, mentions)
    regions, mentioned = with_evidence((regions, mentioned), mentions, ctx.evidence)
    dates = find_dates(text, reference=date)
    quantities = find_quantities(text)
    plans = extract_plans(ctx, title, author)
    if meta is not None:
        plans = metadata_plans(plans, meta, ctx, regions[0].code if regions else None)
    ctx.mark_titles([(e.start, e.end) for p in plans for e in p.evidence])
    indicators = extract_indicators(ctx, quantities, dates)
    if regions and regions[0].code:
        founded = re.search(r"成立于((?:19|20)\d\d)年", text[:2000])
        regions = (
            attach_region_facts(regions[0], indicators, int(founded.group(1)) if founded else None),
            *regions[1:],
        )
    return Document(
        name=name,
        title=title,
        author=author,
        genre=genre,
        outline=tree,
        regions=regions,
        mentioned_regions=mentioned,
        plans=tuple(plans),
        networks=tuple(extract_networks(ctx, quantities)),
        milestones=tuple(extract_milestones(ctx, dates, title)),
        indicators=tuple(indicators),
        script=script,
        date=date,
        date_inferred=inferred,
        encoding=clean.encoding,
        raw=clean.raw,
        text=clean.text,
        removed=clean.removed,
        warnings=tuple(warnings),
        format=format or clean.format,
        metadata=meta,
    )
