"""Shared fixtures: the bundled seed documents and their gold annotations."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = SEEDS / "gold"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus"

settings.register_profile(
    "default", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("default")


def gold_for(path: Path) -> dict[str, Any]:
    """The gold annotation of a seed file."""
    data: dict[str, Any] = json.loads((GOLD / (path.stem + ".json")).read_text(encoding="utf-8"))
    return data


@pytest.fixture(params=SEED_FILES, ids=[p.name[:3] for p in SEED_FILES])
def seed_path(request: pytest.FixtureRequest) -> Path:
    """Each bundled seed document in turn."""
    path: Path = request.param
    return path


def assert_evidence(doc: Any) -> int:
    """Check the evidence invariants on every fact of ``doc``; return how many were checked."""
    n = 0
    for ev in doc.evidence():
        assert doc.text[ev.start : ev.end] == ev.quote
        assert 0 <= ev.raw_start <= ev.raw_end <= len(doc.raw)
        n += 1
    return n
