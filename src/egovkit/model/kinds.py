"""The registry of fact kinds: one row per kind, iterated by every layer that lists kinds.

Evaluation (the scored lists), the tidy tables and SQLite export (one table per kind), the
evidence viewer (one section per kind), the CLI's counts and ``Document.facts`` read
``FACT_KINDS`` instead of naming the kinds by hand, so a new kind of fact is a model, a
pipeline step that writes it (``egovkit.extract.document.STEPS``) and a row here — plus its
kind-specific columns where a layer needs them (a row builder in ``export.tables``, the
gold matching rule in ``evaluation``).

Examples:
    >>> from egovkit.model.kinds import FACT_KINDS, fact_kind
    >>> [k.name for k in FACT_KINDS]
    ['regions', 'plans', 'networks', 'milestones', 'indicators']
    >>> fact_kind("milestones").model.__name__, fact_kind("regions").attributes
    ('Milestone', ('regions', 'mentioned_regions'))
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from .entities import Indicator, Milestone, Network, Plan, Region

__all__ = ["FACT_KINDS", "FactKindInfo", "fact_kind"]


@dataclass(frozen=True)
class FactKindInfo:
    """One kind of fact, as every layer names it.

    Attributes:
        name: the plural name: the table, the gold list and the evaluation list
            (``"milestones"``).
        singular: one fact of the kind (``"milestone"``), as the viewer and the CLI say it.
        model: the pydantic model of one fact.
        attributes: the ``Document`` attributes that hold facts of the kind, in order (regions:
            the subjects, then the regions merely mentioned); each is also a scored list.
        step: the extraction step that writes the kind (``egovkit.pipeline_steps()``).
    """

    name: str
    singular: str
    model: type[BaseModel]
    attributes: tuple[str, ...]
    step: str


FACT_KINDS: tuple[FactKindInfo, ...] = (
    FactKindInfo("regions", "region", Region, ("regions", "mentioned_regions"), "regions"),
    FactKindInfo("plans", "plan", Plan, ("plans",), "plans"),
    FactKindInfo("networks", "network", Network, ("networks",), "networks"),
    FactKindInfo("milestones", "milestone", Milestone, ("milestones",), "milestones"),
    FactKindInfo("indicators", "indicator", Indicator, ("indicators",), "indicators"),
)


def fact_kind(name: str) -> FactKindInfo:
    """The kind of that plural or singular name; a KeyError for an unknown one."""
    for kind in FACT_KINDS:
        if name in (kind.name, kind.singular):
            return kind
    raise KeyError(name)
