"""The registry of fact kinds agrees with the model, the pipeline and every layer that lists kinds."""

from __future__ import annotations

import typing

import pytest

import egovkit
from egovkit.evaluation import LISTS
from egovkit.export.sqlite import TABLES
from egovkit.export.tables import FACT_KINDS as TABLE_KINDS
from egovkit.model import Document
from egovkit.model.kinds import FACT_KINDS, fact_kind


@pytest.mark.parametrize("kind", FACT_KINDS, ids=lambda k: k.name)
def test_a_kind_names_document_lists_of_its_model_and_the_step_that_writes_them(kind: typing.Any) -> None:
    hints = typing.get_type_hints(Document)
    for attribute in kind.attributes:
        assert hints[attribute] == tuple[kind.model, ...], attribute
    step = next(s for s in egovkit.Pipeline().steps if s.name == kind.step)
    assert kind.attributes[0] in step.writes
    assert fact_kind(kind.name) is kind and fact_kind(kind.singular) is kind


def test_every_fact_list_of_document_is_a_kind() -> None:
    hints = typing.get_type_hints(Document)
    fact_models = {k.model for k in FACT_KINDS}
    lists = {
        n for n, h in hints.items() if typing.get_origin(h) is tuple and typing.get_args(h)[0] in fact_models
    }
    assert lists == {a for k in FACT_KINDS for a in k.attributes}


def test_the_layers_iterate_the_registry() -> None:
    attributes = [a for k in FACT_KINDS for a in k.attributes]
    assert list(LISTS) == [*attributes, "noise"]
    assert list(TABLES) == ["documents", *(k.name for k in FACT_KINDS), "evidence"]
    assert [(k.name, k.attributes) for k in TABLE_KINDS] == [(k.name, k.attributes) for k in FACT_KINDS]


def test_document_facts_follow_the_registry_order() -> None:
    doc = egovkit.parse("根据《克州电子政务发展规划》，克州电子政务内网于2005年2月建成。")
    expected = [f for k in FACT_KINDS for a in k.attributes for f in getattr(doc, a)]
    assert doc.facts() == expected and len(expected) >= 3


def test_an_unknown_kind_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        fact_kind("rumours")
