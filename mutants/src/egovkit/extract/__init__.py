"""Document-level extraction: metadata, regions, plans, networks, milestones, indicators."""

from .pipeline import parse

__all__ = ["parse"]
