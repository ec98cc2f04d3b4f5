"""The date cue words of data/date_cues.tsv: each kind matches its own examples and not the others'."""

from __future__ import annotations

import pytest

from egovkit.parse.dates import date_cue, date_cue_examples

KINDS = ["asof_before", "deadline_before", "deadline_after", "target_before"]


@pytest.mark.parametrize("kind", KINDS)
def test_cue_matches_its_examples(kind: str) -> None:
    must, must_not = date_cue_examples(kind)
    assert must and must_not, "every cue kind lists examples both ways"
    rx = date_cue(kind)
    for text in must:
        assert rx.search(text), (kind, text)
    for text in must_not:
        assert not rx.search(text), (kind, text)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("到2010年", "by"),
        ("截至2010年", None),
        ("2019年底前", "by"),
        ("2019年底", "end"),
        ("2020年前后", "approx"),
        ("2020年前", "by"),
    ],
)
def test_cues_set_the_qualifier(text: str, qualifier: str | None) -> None:
    from egovkit import find_dates

    (m,) = find_dates(text)
    assert m.value is not None
    assert (m.value.qualifier.value if m.value.qualifier else None) == qualifier
