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

from typing import TYPE_CHECKING, Any

from . import errors
from .errors import EgovkitError
from .extract import parse as _parse
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

if TYPE_CHECKING:  # pragma: no cover - loaded on first use, see __getattr__
    from .analysis.compare import Comparison, IndicatorValue, MilestoneValue, PlanValue
    from .analysis.timeline import Timeline, TimelineEntry, TimelineSource
    from .api import compare, timeline, to_sqlite
    from .batch import ParseFailure, parse_many
    from .evaluation import ListScore, Scores, evaluate

# `egovkit.parse` is the function: importing the subpackage egovkit.parse (above, and again
# whenever its modules are first imported) binds the name to the module unless this comes last
parse = _parse

# the analysis layer is loaded when first asked for, so that `import egovkit` stays cheap
_LAZY = {
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


__version__ = "0.1.0"

__all__ = [
    "Approx",
    "CleanText",
    "Comparison",
    "DateMatch",
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
    "ParseFailure",
    "ParseWarning",
    "Period",
    "PeriodMatch",
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
    "region_by_code",
    "reload_data",
    "resolve_region",
    "timeline",
    "to_sqlite",
]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``Document`` (and so of every model it holds)."""
    return Document.model_json_schema()
