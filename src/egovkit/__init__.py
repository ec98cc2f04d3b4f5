"""egovkit: Chinese e-government documents as typed, evidence-grounded data.

>>> import egovkit
>>> doc = egovkit.parse("克州政府系统电子政务工作发展规划")
>>> doc.script.value
'simplified'

The public surface is what ``__all__`` lists; importing egovkit loads no dictionaries,
segmenter or converter (they load on first use).
"""

from __future__ import annotations

from typing import Any

from . import errors
from .errors import EgovkitError
from .evaluation import ListScore, Scores, evaluate
from .extract import parse
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

__version__ = "0.1.0"

__all__ = [
    "Approx",
    "CleanText",
    "DateMatch",
    "Document",
    "EgovkitError",
    "EraMatch",
    "EthnicShare",
    "Evidence",
    "FuzzyDate",
    "Genre",
    "Indicator",
    "ListScore",
    "Milestone",
    "MilestoneCategory",
    "Network",
    "NetworkKind",
    "OutlineNode",
    "ParseWarning",
    "Period",
    "PeriodMatch",
    "Plan",
    "PlanKind",
    "PlanRole",
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
    "__version__",
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
    "parse_period",
    "parse_quantity",
    "region_by_code",
    "resolve_region",
]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Document` (and so of every model it holds)."""
    return Document.model_json_schema()
