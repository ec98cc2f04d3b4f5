"""egovkit: Chinese e-government documents as typed, evidence-grounded data.

Examples:
    >>> import egovkit
    >>> doc = egovkit.parse("克州政府系统电子政务工作发展规划")
    >>> doc.script.value
    'simplified'

The public surface is what ``__all__`` lists; importing egovkit loads no dictionaries,
segmenter or converter (they load on first use).
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from . import errors
from .errors import EgovkitError

if TYPE_CHECKING:  # pragma: no cover - every public name is loaded on first use, see __getattr__
    from .analysis.compare import Comparison, IndicatorValue, MilestoneValue, PlanValue
    from .analysis.timeline import Timeline, TimelineEntry, TimelineSource
    from .api import compare, timeline, to_frames, to_sqlite, to_tables
    from .batch import ParseFailure, parse_many
    from .evaluation import ListScore, Scores, evaluate
    from .export.tables import Tables
    from .extract.document import DocState
    from .extract.pipeline import parse
    from .extract.steps import Pipeline, Step, pipeline_steps
    from .lexicon.resources import reload_data
    from .model import (
        Approx,
        Document,
        EthnicShare,
        Evidence,
        FuzzyDate,
        Genre,
        Indicator,
        Milestone,
        MilestoneCategory,
        Network,
        NetworkKind,
        OutlineNode,
        PageMetadata,
        ParseWarning,
        Period,
        Plan,
        PlanKind,
        PlanRole,
        Qualifier,
        Quantity,
        Region,
        RegionLevel,
        RemovedSpan,
        Script,
        Status,
    )
    from .parse import (
        DateMatch,
        EraMatch,
        PeriodMatch,
        QuantityMatch,
        find_dates,
        find_eras,
        find_periods,
        find_quantities,
        is_date,
        is_period,
        is_quantity,
        parse_date,
        parse_period,
        parse_quantity,
    )
    from .parse.regions import RegionMatch, find_regions, region_by_code, resolve_region
    from .text import CleanText, normalize

# Every public name lives in a submodule loaded when the name is first asked for, so that
# `import egovkit` loads neither pydantic nor any data (well under 0.1 s in a fresh interpreter);
# the first parse loads what it needs, as it would have at import time.
_MODEL = "model"
_PARSE = "parse"
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        [
            "Approx",
            "Document",
            "EthnicShare",
            "Evidence",
            "FuzzyDate",
            "Genre",
            "Indicator",
            "Milestone",
            "MilestoneCategory",
            "Network",
            "NetworkKind",
            "OutlineNode",
            "PageMetadata",
            "ParseWarning",
            "Period",
            "Plan",
            "PlanKind",
            "PlanRole",
            "Qualifier",
            "Quantity",
            "Region",
            "RegionLevel",
            "RemovedSpan",
            "Script",
            "Status",
        ],
        _MODEL,
    ),
    **dict.fromkeys(
        [
            "DateMatch",
            "EraMatch",
            "PeriodMatch",
            "QuantityMatch",
            "find_dates",
            "find_eras",
            "find_periods",
            "find_quantities",
            "is_date",
            "is_period",
            "is_quantity",
            "parse_date",
            "parse_period",
            "parse_quantity",
        ],
        _PARSE,
    ),
    **dict.fromkeys(["RegionMatch", "find_regions", "region_by_code", "resolve_region"], "parse.regions"),
    **dict.fromkeys(["CleanText", "normalize"], "text"),
    "parse": "extract.pipeline",
    "DocState": "extract.document",
    **dict.fromkeys(["Pipeline", "Step", "pipeline_steps"], "extract.steps"),
    "reload_data": "lexicon.resources",
    "Comparison": "analysis.compare",
    "IndicatorValue": "analysis.compare",
    "MilestoneValue": "analysis.compare",
    "PlanValue": "analysis.compare",
    "Timeline": "analysis.timeline",
    "TimelineEntry": "analysis.timeline",
    "TimelineSource": "analysis.timeline",
    "compare": "api",
    "timeline": "api",
    "to_sqlite": "api",
    "to_frames": "api",
    "to_tables": "api",
    "Tables": "export.tables",
    "ParseFailure": "batch",
    "parse_many": "batch",
    "ListScore": "evaluation",
    "Scores": "evaluation",
    "evaluate": "evaluation",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'egovkit' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """``egovkit.parse`` is the function: importing the subpackage ``egovkit.parse`` makes the
    import system bind the name to the module, which this refuses."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "parse" and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__version__ = "0.1.0"

__all__ = [
    "Approx",
    "CleanText",
    "Comparison",
    "DateMatch",
    "DocState",
    "Document",
    "EgovkitError",
    "EraMatch",
    "EthnicShare",
    "Evidence",
    "FuzzyDate",
    "Genre",
    "Indicator",
    "IndicatorValue",
    "ListScore",
    "Milestone",
    "MilestoneCategory",
    "MilestoneValue",
    "Network",
    "NetworkKind",
    "OutlineNode",
    "PageMetadata",
    "ParseFailure",
    "ParseWarning",
    "Period",
    "PeriodMatch",
    "Pipeline",
    "Plan",
    "PlanKind",
    "PlanRole",
    "PlanValue",
    "Qualifier",
    "Quantity",
    "QuantityMatch",
    "Region",
    "RegionLevel",
    "RegionMatch",
    "RemovedSpan",
    "Scores",
    "Script",
    "Status",
    "Step",
    "Tables",
    "Timeline",
    "TimelineEntry",
    "TimelineSource",
    "__version__",
    "compare",
    "errors",
    "evaluate",
    "find_dates",
    "find_eras",
    "find_periods",
    "find_quantities",
    "find_regions",
    "is_date",
    "is_period",
    "is_quantity",
    "json_schema",
    "normalize",
    "parse",
    "parse_date",
    "parse_many",
    "parse_period",
    "parse_quantity",
    "pipeline_steps",
    "region_by_code",
    "reload_data",
    "resolve_region",
    "timeline",
    "to_frames",
    "to_sqlite",
    "to_tables",
]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``Document`` (and so of every model it holds)."""
    from .model import Document

    return Document.model_json_schema()
