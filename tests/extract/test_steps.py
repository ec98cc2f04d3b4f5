"""The extraction pipeline: declared steps, each reading only what earlier steps wrote."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

import egovkit
from egovkit.errors import ArgumentError
from egovkit.extract.document import INPUTS, STEPS, DocState, assemble

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]
SLOTS = {f.name for f in dataclasses.fields(DocState)}


class _Recorder(DocState):
    """A DocState that records which slots each step reads and sets."""

    def __init__(self, **kwargs: Any) -> None:
        object.__setattr__(self, "_log", None)
        super().__init__(**kwargs)

    def __getattribute__(self, name: str) -> Any:
        log = object.__getattribute__(self, "_log")
        if log is not None and name in SLOTS:
            log[0].add(name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        log = object.__getattribute__(self, "_log")
        if log is not None:
            log[1].add(name)
        object.__setattr__(self, name, value)


def test_the_step_names_are_the_declared_order() -> None:
    assert egovkit.pipeline_steps() == tuple(s.name for s in STEPS)
    assert len(set(egovkit.pipeline_steps())) == len(STEPS)
    assert egovkit.Pipeline().names == egovkit.pipeline_steps()


def test_each_step_touches_only_the_slots_it_declares() -> None:
    clean = egovkit.normalize(SEED.read_bytes(), source=SEED.name)
    state = _Recorder(clean=clean, name=SEED.name)
    written = set(INPUTS)
    for step in STEPS:
        log: tuple[set[str], set[str]] = (set(), set())
        object.__setattr__(state, "_log", log)
        step.func(state)
        object.__setattr__(state, "_log", None)
        reads, writes = log
        assert writes <= set(step.writes), (step.name, writes)
        # a step reads only inputs, its own slots and what earlier steps wrote, and declares it
        undeclared = reads - set(step.reads) - set(step.writes) - set(INPUTS)
        assert not undeclared, (step.name, undeclared)
        assert not (set(step.reads) - written), step.name
        written |= writes
    assert assemble(state).model_dump() == egovkit.parse(SEED).model_dump() | {"name": SEED.name}


def test_timings_name_every_step_and_add_up_over_runs() -> None:
    timings: dict[str, float] = {}
    egovkit.parse("克州电子政务内网于2005年2月建成。", timings=timings)
    first = dict(timings)
    assert list(first) == list(egovkit.pipeline_steps())
    assert all(t >= 0 for t in first.values())
    egovkit.parse("克州电子政务内网于2005年2月建成。", timings=timings)
    assert all(timings[k] >= first[k] for k in first)


def test_a_step_can_be_dropped_or_replaced() -> None:
    text = "克州电子政务内网于2005年2月建成。"
    full = egovkit.parse(text)
    assert full.milestones and full.networks
    fewer = egovkit.parse(text, pipeline=egovkit.Pipeline().without("milestones", "networks"))
    assert fewer.milestones == () and fewer.networks == ()
    assert fewer.regions == full.regions

    def no_regions(state: DocState) -> None:
        state.regions, state.mentioned = (), ()

    replaced = egovkit.parse(text, pipeline=egovkit.Pipeline().replace("regions", no_regions))
    assert replaced.regions == () and replaced.milestones == full.milestones


def test_a_step_can_be_added_where_its_inputs_exist() -> None:
    seen: list[int] = []

    def count_plans(state: DocState) -> None:
        seen.append(len(state.plans))

    step = egovkit.Step("count_plans", count_plans, reads=("plans",))
    pipeline = egovkit.Pipeline().add(step, after="plans")
    assert pipeline.names.index("count_plans") == pipeline.names.index("plans") + 1
    doc = egovkit.parse("根据《克州电子政务发展规划》，建成内网。", pipeline=pipeline)
    assert seen == [len(doc.plans)] == [1]
    assert egovkit.Pipeline().add(step).names[-1] == "count_plans"
    with pytest.raises(ArgumentError):
        egovkit.Pipeline().add(step, after="nosuchstep")
    needs_context = egovkit.Step("early", count_plans, reads=("ctx",))
    with pytest.raises(ArgumentError):
        egovkit.Pipeline().add(needs_context, after="metadata")


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.without("nosuchstep"),
        lambda p: p.replace("nosuchstep", lambda s: None),
        lambda p: p.without("context"),  # plans and the rest need the shared context
        lambda p: egovkit.Pipeline([*p.steps, p.steps[0]]),  # two steps of one name
    ],
    ids=["unknown-drop", "unknown-replace", "context-needed", "duplicate"],
)
def test_a_broken_pipeline_is_refused_when_built(change: Any) -> None:
    with pytest.raises(ArgumentError):
        change(egovkit.Pipeline())


def test_the_titles_step_hands_on_a_copy_and_leaves_the_earlier_context_alone() -> None:
    clean = egovkit.normalize("2006年电子政务蓝皮书发布。2006年建成内网。")
    state = DocState(clean=clean)
    for step in STEPS:
        if step.name == "titles":
            break
        step.func(state)
    before = state.context
    state.plans = []
    next(s for s in STEPS if s.name == "titles").func(state)
    assert state.context is not before
    marked = before.with_titles([(0, 12)])
    assert marked.in_title(5) and not before.in_title(5)
    assert not marked.in_title(14)
