"""Building a Document from cleaned text: the extraction steps, in the order the data flows.

Each step is a small function that reads the ``DocState`` slots earlier steps wrote and sets
its own; ``STEPS`` declares their order (see ``egovkit.extract.steps.Pipeline``, which runs
them, and ``docs/concepts/pipeline.md`` for how to add one). Imported on the first parse, not
with ``egovkit``, so that ``import egovkit`` stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..model import (
    DateSource,
    Document,
    FuzzyDate,
    Genre,
    Indicator,
    Milestone,
    Network,
    OutlineNode,
    PageMetadata,
    ParseWarning,
    Plan,
    Region,
    Script,
)
from ..parse.dates import DateMatch, Reference, as_reference, find_dates
from ..parse.quantities import QuantityMatch, find_quantities
from ..parse.regions import RegionMatch, find_regions
from ..text import CleanText
from .context import DocContext
from .dating import check_milestone_dates, find_document_date
from .events import extract_milestones
from .indicators import extract_indicators
from .links import link_plans
from .metadata import metadata_plans, page_metadata
from .networks import extract_networks
from .plans import extract_plans
from .regions import (
    document_regions,
    fact_subject,
    foreign_event_warnings,
    founding_year,
    mention_scope,
    region_facts,
    subject_of,
    with_evidence,
)
from .steps import Pipeline, Step
from .structure import document_author, document_genre, document_title, layout, outline

__all__ = ["INPUTS", "REQUIRED", "STEPS", "DocState", "assemble", "build_document", "default_pipeline"]


@dataclass
class DocState:
    """What the extraction steps share: the inputs, then one slot per result.

    A slot keeps its default (nothing found) until the step that writes it has run; a step
    reads only slots of steps before it in ``STEPS`` (``Pipeline`` checks the order).
    """

    # the inputs, set before the first step
    clean: CleanText
    name: str | None = None
    reference: Reference = None
    format: str | None = None
    given_date: Reference = None  # parse(..., date=...): wins over what the page or text says
    # every step may add warnings; they start as the cleaner's
    warnings: list[ParseWarning] = field(default_factory=list)
    # document fields
    meta: PageMetadata | None = None
    script: Script = Script.SIMPLIFIED
    date: FuzzyDate | None = None
    date_inferred: bool = False
    date_source: DateSource | None = None
    title: str | None = None
    author: str | None = None
    genre: Genre | None = None
    outline: tuple[OutlineNode, ...] = ()
    # regions: the subject codes, every mention (found once), the Regions
    subjects: list[str] = field(default_factory=list)
    uncoded: Region | None = None
    mentions: list[RegionMatch] = field(default_factory=list)
    regions: tuple[Region, ...] = ()
    mentioned: tuple[Region, ...] = ()
    # what every extractor shares: text, layout, outline, subject, mentions, names
    ctx: DocContext | None = None
    # lexical matches
    dates: list[DateMatch] = field(default_factory=list)
    quantities: list[QuantityMatch] = field(default_factory=list)
    # facts
    plans: list[Plan] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    founded: int | None = None
    networks: list[Network] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.warnings:
            self.warnings = list(self.clean.warnings)

    @property
    def text(self) -> str:
        """The cleaned text."""
        return self.clean.text

    @property
    def year(self) -> int | None:
        """The document's year, once the ``date`` step has run."""
        return self.date.year if self.date else None

    @property
    def context(self) -> DocContext:
        """The shared context (the ``context`` step must have run: ``Pipeline`` checks it)."""
        if self.ctx is None:
            raise RuntimeError("the 'context' step has not run")
        return self.ctx


# the slots a pipeline starts with, and those a step cannot do without
INPUTS = ("clean", "name", "reference", "format", "given_date", "warnings")
REQUIRED = frozenset({"ctx"})


def _metadata(s: DocState) -> None:
    """Page metadata (gov.cn table, 来源/发布时间 lines) as PageMetadata."""
    s.meta = page_metadata(s.clean.metadata)


def _text(s: DocState) -> None:
    """The script of the source, and a warning when there is no text."""
    if not s.text.strip():
        s.warnings.append(ParseWarning(code="empty", message="the document has no text"))
    s.script = Script.TRADITIONAL if s.clean.script == "traditional" else Script.SIMPLIFIED
    if s.clean.script == "mixed":
        s.script = Script.MIXED


def _date(s: DocState) -> None:
    """The document's date from the strongest source (``egovkit.extract.dating``): the caller's
    date, the page's metadata, the text's signature, dateline, title …, the reference."""
    meta = s.meta
    dated = find_document_date(
        s.text,
        title=meta.title if meta is not None else None,
        date=as_reference(s.given_date),
        written=meta.written if meta is not None else None,
        published=meta.published if meta is not None else None,
        reference=as_reference(s.reference),
    )
    if dated is not None:
        s.date, s.date_inferred, s.date_source = dated.date, dated.inferred, dated.source


def _title(s: DocState) -> None:
    """The title: the page's metadata, else the text's first lines."""
    title, _ = document_title(s.text)
    if s.meta is not None:
        title = s.meta.title or s.meta.page_title or title
    s.title = title


def _author(s: DocState) -> None:
    """The author or issuer: the page's metadata, else a byline."""
    author, _ = document_author(s.text)
    if s.meta is not None:
        author = s.meta.issuer or s.meta.author or author
    s.author = author


def _genre(s: DocState) -> None:
    """The genre, from the title and the text (a page with a document number is a notice)."""
    byline = s.author is not None and "作者" in s.text[:600]
    byline = byline or (s.meta is not None and s.meta.author is not None)  # a 作者： line read as metadata
    genre: Genre | None = document_genre(s.title, s.text, has_byline=byline)
    if not s.text.strip():
        genre = None  # nothing to tell a genre by: unknown, not news
    if s.meta is not None and s.meta.number and not re.search(r"(?:规划|纲要|计划|方案)$", s.title or ""):
        genre = Genre.NOTICE  # a page with a document number (发文字号) issues an official document
    s.genre = genre


def _outline(s: DocState) -> None:
    """The heading tree."""
    s.outline = outline(s.text)


def _subjects(s: DocState) -> None:
    """The regions the document is about (codes, central first), or an uncoded 我县."""
    s.subjects, s.uncoded = subject_of(s.title, s.text, s.year)


def _mentions(s: DocState) -> None:
    """Every region mention, resolved in the subjects' context (the one region lookup)."""
    scope = mention_scope(s.subjects, s.uncoded)
    s.mentions = find_regions(s.text, as_of=s.year, context=scope or None, include_unresolved=True)


def _context(s: DocState) -> None:
    """The context every extractor shares: layout, outline, date, subject, mentions."""
    subject = fact_subject(s.subjects)
    s.ctx = DocContext(s.clean, layout(s.text), s.outline, s.date, subject, s.mentions)


def _regions(s: DocState) -> None:
    """The subject regions and the other regions named, each with its evidence."""
    found = document_regions(s.mentions, s.subjects, s.uncoded, s.year, s.text)
    s.regions, s.mentioned = with_evidence(found, s.mentions, s.context.evidence)


def _dates(s: DocState) -> None:
    """Every date, relative ones resolved against the document's date."""
    s.dates = find_dates(s.text, reference=s.date)


def _quantities(s: DocState) -> None:
    """Every quantity."""
    s.quantities = find_quantities(s.text)


def _plans(s: DocState) -> None:
    """Plans the text issues or cites, completed by the page's metadata."""
    plans = extract_plans(s.context, s.title, s.author)
    if s.meta is not None:
        # the page's own document governs what its unplaced facts do: for places its title
        # lists (山西、安徽省…的通报), the region they share
        plans = metadata_plans(plans, s.meta, s.context, s.context.subject)
    s.plans = plans


def _titles(s: DocState) -> None:
    """A context that also knows the plan titles found without 《》 as names."""
    s.ctx = s.context.with_titles([(e.start, e.end) for p in s.plans for e in p.evidence])


def _indicators(s: DocState) -> None:
    """Quantities named after the indicator vocabulary."""
    s.indicators = extract_indicators(s.context, s.quantities, s.dates)


def _founding(s: DocState) -> None:
    """The year the subject region was founded (成立于…年), from the opening of the text."""
    s.founded = founding_year(s.text)


def _region_facts(s: DocState) -> None:
    """The subject region with what the indicators state about it (population, area …); a
    population or area that cannot be true at its level is a warning, not a value."""
    if s.regions and s.regions[0].code:
        subject, implausible = region_facts(s.regions[0], s.indicators, s.founded)
        s.regions = (subject, *s.regions[1:])
        s.warnings.extend(implausible)


def _networks(s: DocState) -> None:
    """Government networks the text names."""
    s.networks = extract_networks(s.context, s.quantities)


def _milestones(s: DocState) -> None:
    """Dated events, done or planned."""
    s.milestones = extract_milestones(s.context, s.dates, s.title)
    s.warnings.extend(foreign_event_warnings(s.context, s.milestones))  # left without a region


def _date_checks(s: DocState) -> None:
    """Done events after the document's date re-read or flagged; plans due well before it flagged."""
    s.milestones, warnings = check_milestone_dates(s.milestones, s.dates, s.date)
    s.warnings.extend(warnings)


def _links(s: DocState) -> None:
    """Planned milestones and indicators linked to the plan that sets them; each plan's goals."""
    s.plans, s.milestones, s.indicators = link_plans(s.context, s.plans, s.milestones, s.indicators, s.genre)


STEPS: tuple[Step, ...] = (
    Step("metadata", _metadata, (), ("meta",)),
    Step("text", _text, (), ("script", "warnings")),
    Step("date", _date, ("meta",), ("date", "date_inferred", "date_source")),
    Step("title", _title, ("meta",), ("title",)),
    Step("author", _author, ("meta",), ("author",)),
    Step("genre", _genre, ("title", "author", "meta"), ("genre",)),
    Step("outline", _outline, (), ("outline",)),
    Step("subjects", _subjects, ("title", "date"), ("subjects", "uncoded")),
    Step("mentions", _mentions, ("subjects", "uncoded", "date"), ("mentions",)),
    Step("context", _context, ("outline", "date", "subjects", "mentions"), ("ctx",)),
    Step("regions", _regions, ("mentions", "subjects", "uncoded", "date", "ctx"), ("regions", "mentioned")),
    Step("dates", _dates, ("date",), ("dates",)),
    Step("quantities", _quantities, (), ("quantities",)),
    Step("plans", _plans, ("ctx", "title", "author", "meta"), ("plans",)),
    Step("titles", _titles, ("ctx", "plans"), ("ctx",)),
    Step("indicators", _indicators, ("ctx", "quantities", "dates"), ("indicators",)),
    Step("founding", _founding, (), ("founded",)),
    Step("region_facts", _region_facts, ("regions", "indicators", "founded"), ("regions", "warnings")),
    Step("networks", _networks, ("ctx", "quantities"), ("networks",)),
    Step("milestones", _milestones, ("ctx", "dates", "title"), ("milestones", "warnings")),
    Step("date_checks", _date_checks, ("milestones", "dates", "date"), ("milestones", "warnings")),
    Step(
        "links",
        _links,
        ("ctx", "plans", "milestones", "indicators", "genre"),
        ("plans", "milestones", "indicators"),
    ),
)


def assemble(s: DocState) -> Document:
    """The Document of a state every step has run on."""
    return Document(
        name=s.name,
        title=s.title,
        author=s.author,
        genre=s.genre,
        outline=s.outline,
        regions=s.regions,
        mentioned_regions=s.mentioned,
        plans=tuple(s.plans),
        networks=tuple(s.networks),
        milestones=tuple(s.milestones),
        indicators=tuple(s.indicators),
        script=s.script,
        date=s.date,
        date_inferred=s.date_inferred,
        encoding=s.clean.encoding,
        raw=s.clean.raw,
        text=s.clean.text,
        removed=s.clean.removed,
        warnings=tuple(s.warnings),
        format=s.format or s.clean.format,
        metadata=s.meta,
        date_source=s.date_source,
    )


@cache
def default_pipeline() -> Pipeline:
    """The pipeline of ``STEPS`` (built once)."""
    return Pipeline(STEPS)


def build_document(
    clean: CleanText,
    *,
    name: str | None,
    reference: Reference = None,
    format: str | None = None,
    pipeline: Pipeline | None = None,
    timings: dict[str, float] | None = None,
    date: Reference = None,
) -> Document:
    """Build the Document of an already cleaned text by running ``pipeline`` (default: STEPS)."""
    pipeline = pipeline or default_pipeline()
    return pipeline.run(clean, name=name, reference=reference, format=format, timings=timings, date=date)
