"""The facts egovkit extracts and the Document that holds them.

Every fact carries ``Evidence``: offsets into ``Document.text`` whose slice equals the
quote, and the mapped offsets into ``Document.raw``. Region references on facts are GB/T 2260
codes (``"653000"``), or ``"CN"`` for the whole country, exactly as the gold format writes them.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .values import (
    DateSource,
    FuzzyDate,
    Genre,
    MilestoneCategory,
    NetworkKind,
    Period,
    PlanKind,
    PlanRole,
    Quantity,
    RegionLevel,
    Script,
    Status,
)

__all__ = [
    "Document",
    "EthnicShare",
    "Evidence",
    "Indicator",
    "Milestone",
    "Network",
    "OutlineNode",
    "PageMetadata",
    "ParseWarning",
    "Plan",
    "Region",
    "RemovedSpan",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Evidence(BaseModel):
    """The exact passage a fact came from.

    ``quote == document.text[start:end]`` and ``document.raw[raw_start:raw_end]`` is the same
    passage in the input as decoded (before cleaning).
    """

    model_config = _FROZEN

    start: int = Field(ge=0, description="Start offset into Document.text.")
    end: int = Field(ge=0, description="End offset (exclusive) into Document.text.")
    quote: str = Field(description="Equals Document.text[start:end].")
    raw_start: int = Field(ge=0, description="Start offset into Document.raw.")
    raw_end: int = Field(ge=0, description="End offset (exclusive) into Document.raw.")

    @model_validator(mode="after")
    def _check(self) -> Evidence:
        if self.end < self.start or self.raw_end < self.raw_start:
            raise ValueError("an evidence span cannot end before it starts")
        if len(self.quote) != self.end - self.start:
            raise ValueError("the quote must be as long as its span")
        return self


class RemovedSpan(BaseModel):
    """A span of ``Document.raw`` that cleaning removed, with the reason."""

    model_config = _FROZEN

    raw_start: int = Field(ge=0, description="Start offset into Document.raw.")
    raw_end: int = Field(ge=0, description="End offset (exclusive) into Document.raw.")
    text: str = Field(description="Equals Document.raw[raw_start:raw_end].")
    reason: str = Field(description="Why it was removed, e.g. 'boilerplate: 文库 teaser'.")


class ParseWarning(BaseModel):
    """Something a user should know about a document that did not stop the parse."""

    model_config = _FROZEN

    code: str = Field(description="A stable machine-readable code, e.g. 'mojibake'.")
    message: str = Field(description="A human-readable explanation.")
    raw_start: int | None = Field(default=None, description="Where in Document.raw, if known.")
    raw_end: int | None = Field(default=None, description="End in Document.raw, if known.")


class OutlineNode(BaseModel):
    """A heading of the document's outline (一、 (一) 1、 第一章 第一条)."""

    model_config = _FROZEN

    level: int = Field(ge=1, description="Depth: 1 for 一、/第一章, 2 for (一), 3 for 1、 …")
    marker: str = Field(description="The numbering as written, e.g. '(一)'.")
    title: str = Field(description="The heading text after the marker.")
    start: int = Field(ge=0, description="Start offset of the heading line in Document.text.")
    end: int = Field(ge=0, description="End offset of the section it opens in Document.text.")
    section: str | None = Field(
        default=None, description="'status' for 现状-like sections, 'plan' for 目标/任务 ones."
    )


class EthnicShare(BaseModel):
    """The share of one ethnic group in a region's population (哈萨克族占25.5%)."""

    model_config = _FROZEN

    group: str = Field(description="The group's name, e.g. 哈萨克族.")
    share: float = Field(ge=0, le=100, description="Percent of the population.")


class Region(BaseModel):
    """An administrative division, as it stood at the document's date.

    ``code`` is the GB/T 2260 six-digit code, ``"CN"`` for the whole country, or ``None`` for a
    region the text names too vaguely to code (我县 with no name; ``hint`` then says what is
    known). Facts the text states about the region (population, area …) are filled in when
    the document gives them.
    """

    model_config = _FROZEN

    name: str | None = Field(description="The official full name, e.g. 克孜勒苏柯尔克孜自治州.")
    code: str | None = Field(description="GB/T 2260 code, 'CN', or None when uncodable.")
    level: RegionLevel = Field(description="country, province, prefecture, county, township, other.")
    parent_code: str | None = Field(default=None, description="Code of the parent region.")
    aliases: tuple[str, ...] = Field(default=(), description="Short forms the document uses.")
    population: Quantity | None = Field(default=None, description="Population the text states.")
    area: Quantity | None = Field(default=None, description="Area the text states.")
    ethnic_composition: tuple[EthnicShare, ...] = Field(
        default=(), description="Shares of ethnic groups the text states."
    )
    ethnic_groups: int | None = Field(default=None, description="Number of ethnic groups stated.")
    founded: int | None = Field(default=None, description="Founding year the text states.")
    subdivisions: tuple[str, ...] = Field(
        default=(), description="Subordinate divisions the text states (两个地区, 10个直属县市)."
    )
    hint: str | None = Field(default=None, description="What is known of an uncoded region.")
    evidence: tuple[Evidence, ...] = Field(default=(), description="Where the text names it.")


class Plan(BaseModel):
    """A plan, programme or normative document the text issues (subject) or cites (reference)."""

    model_config = _FROZEN

    title: str = Field(description="The title as written in 《》 or as a heading.")
    kind: PlanKind | None = Field(default=None, description="plan, guide, regulation, report, notice.")
    region: str | None = Field(default=None, description="Code of the region the plan governs.")
    issuer: str | None = Field(default=None, description="The body that issues it.")
    number: str | None = Field(default=None, description="Its 文号, e.g. 新质监办发〔2012〕24号.")
    issued: FuzzyDate | None = Field(default=None, description="Date of issue.")
    period: Period | None = Field(default=None, description="Its span (十二五 → 2011–2015).")
    role: PlanRole = Field(description="subject (the document's own) or reference (cited).")
    goals: tuple[str, ...] = Field(
        default=(),
        description="The targets the text states it sets (its linked facts' clauses), in text order.",
    )
    evidence: tuple[Evidence, ...] = Field(default=(), description="Where the text names it.")


class Network(BaseModel):
    """A government network the text describes (内网, 外网, 专网 …)."""

    model_config = _FROZEN

    kind: NetworkKind | None = Field(description="intranet, extranet, private, backbone, internet, lan, wan.")
    name: str | None = Field(default=None, description="The name the text gives it.")
    region: str | None = Field(default=None, description="Code of the region whose network it is.")
    operator: str | None = Field(default=None, description="Who runs or built it (中国电信).")
    coverage: tuple[Quantity, ...] = Field(default=(), description="What it reaches (56家单位, 8县2市).")
    bandwidth: Quantity | None = Field(default=None, description="Its bandwidth (2 Mbps).")
    evidence: tuple[Evidence, ...] = Field(default=(), description="Passages that describe it.")


class Milestone(BaseModel):
    """A dated event, done or planned."""

    model_config = _FROZEN

    date: FuzzyDate = Field(description="When it happened or is due.")
    region: str | None = Field(default=None, description="Code of the region where it happened.")
    event: str = Field(description="The clause that states it.")
    category: MilestoneCategory = Field(description="What it is about.")
    status: Status = Field(description="done or planned.")
    plan: str | None = Field(
        default=None,
        description="Title of the plan that sets it (a planned event the text ties to one), else None.",
    )
    evidence: Evidence = Field(description="The sentence that states it.")


class Indicator(BaseModel):
    """A quantitative fact about e-government or a region, named from the gold vocabulary."""

    model_config = _FROZEN

    name: str = Field(description="A name from the indicator vocabulary (gov_websites …).")
    quantity: Quantity = Field(description="The value with unit and approximation.")
    region: str | None = Field(default=None, description="Code of the region it measures.")
    date: FuzzyDate | None = Field(default=None, description="As-of date, when the text gives one.")
    status: Status = Field(default=Status.DONE, description="done for a fact, planned for a target.")
    group: str | None = Field(default=None, description="Ethnic group, for ethnic_share.")
    purpose: str | None = Field(default=None, description="For funds: invested, saved or budget.")
    scope: str | None = Field(default=None, description="Whose share or count it is, from the text.")
    period: Period | None = Field(default=None, description="Period a target spans, if any.")
    plan: str | None = Field(
        default=None, description="Title of the plan that sets it (a target the text ties to one), else None."
    )
    evidence: Evidence = Field(description="The passage that states it.")


class PageMetadata(BaseModel):
    """What a page states about itself in its metadata block (gov.cn's 索引号 … 发布日期 table,
    a 来源：… 发布时间：… line), read from HTML pages and from text copies of them alike.

    These labels are removed from ``Document.text``; their values outrank what the body
    suggests: ``title`` becomes the Document's title, ``issuer`` its author, ``written`` (else
    ``published``) its date, and they fill the subject Plan's issuer, number and issue date.
    """

    model_config = _FROZEN

    index_number: str | None = Field(default=None, description="索引号, e.g. 000014349/2019-00007.")
    topic: str | None = Field(default=None, description="主题分类, the subject category.")
    issuer: str | None = Field(default=None, description="发文机关, the issuing body.")
    written: FuzzyDate | None = Field(default=None, description="成文日期, the date it was written.")
    title: str | None = Field(default=None, description="标题, the document's title.")
    number: str | None = Field(default=None, description="发文字号, e.g. 国发〔2019〕5号.")
    published: FuzzyDate | None = Field(
        default=None, description="发布日期/发布时间, when the page was published."
    )
    source: str | None = Field(default=None, description="来源, e.g. 新华社.")
    author: str | None = Field(default=None, description="作者, the byline.")
    page_title: str | None = Field(
        default=None, description="An HTML page's <title> without the site's name."
    )
    fields: tuple[tuple[str, str], ...] = Field(
        default=(), description="Every (label, value) as the page states it, in order (更新时间, 责任编辑 …)."
    )


class Document(BaseModel):
    """One parsed document: its metadata, cleaned text and every extracted fact.

    ``raw`` is the input as decoded; ``text`` the cleaned text every ``Evidence`` points
    into; ``removed`` lists what cleaning took out of ``raw`` and why.
    """

    model_config = _FROZEN

    name: str | None = Field(default=None, description="The source's name (file name).")
    title: str | None = Field(default=None, description="The document's own title.")
    author: str | None = Field(default=None, description="Author or issuing body.")
    genre: Genre | None = Field(default=None, description="plan, news, speech, article, report, notice.")
    script: Script = Field(default=Script.SIMPLIFIED, description="Script of the source as given.")
    encoding: str | None = Field(default=None, description="Encoding the bytes were decoded with.")
    date: FuzzyDate | None = Field(default=None, description="When it was written or issued.")
    date_inferred: bool = Field(default=False, description="True when date is inferred.")
    raw: str = Field(description="The input as decoded.")
    text: str = Field(description="The cleaned text, in simplified script.")
    removed: tuple[RemovedSpan, ...] = Field(default=(), description="Spans of raw removed by cleaning.")
    outline: tuple[OutlineNode, ...] = Field(default=(), description="The heading tree, in order.")
    regions: tuple[Region, ...] = Field(default=(), description="Regions it is about, most central first.")
    mentioned_regions: tuple[Region, ...] = Field(default=(), description="Other regions it names.")
    plans: tuple[Plan, ...] = Field(default=(), description="Plans it issues or cites.")
    networks: tuple[Network, ...] = Field(default=(), description="Government networks it describes.")
    milestones: tuple[Milestone, ...] = Field(default=(), description="Dated events.")
    indicators: tuple[Indicator, ...] = Field(default=(), description="Quantitative facts.")
    warnings: tuple[ParseWarning, ...] = Field(default=(), description="What did not stop the parse.")
    format: str = Field(default="text", description="How the input was read: text, html, docx or pdf.")
    metadata: PageMetadata | None = Field(
        default=None, description="What the page states about itself (索引号, 发文机关 …), if anything."
    )
    date_source: DateSource | None = Field(
        default=None, description="Where date came from: caller, metadata, signature, dateline, title, …"
    )

    def facts(self) -> list[Region | Plan | Network | Milestone | Indicator]:
        """Every extracted fact, regions first, in the order of the lists."""
        from .kinds import FACT_KINDS  # the registry of kinds imports these models

        out: list[Region | Plan | Network | Milestone | Indicator] = []
        for kind in FACT_KINDS:
            for attribute in kind.attributes:
                out.extend(getattr(self, attribute))
        return out

    def evidence(self) -> list[Evidence]:
        """Every evidence span of every fact."""
        out: list[Evidence] = []
        for fact in self.facts():
            ev = fact.evidence
            if isinstance(ev, Evidence):
                out.append(ev)
            else:
                out.extend(ev)
        return out

    @property
    def region(self) -> Region | None:
        """The most central region (the first of ``regions``), or None."""
        return self.regions[0] if self.regions else None

    def to_html(self, *, title: str | None = None) -> str:
        """A self-contained HTML page: the cleaned text with every fact's evidence highlighted,
        the list of facts beside it (click to find the passage), the raw span on hover."""
        from ..export.html import document_html  # export builds on the model, loaded on use

        return document_html(self, title=title)

    def _repr_html_(self) -> str:
        """The summary a Jupyter notebook shows: metadata, counts, milestones by date, indicators."""
        from ..export.html import document_summary_html

        return document_summary_html(self)
