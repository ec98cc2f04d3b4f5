"""The dating cue words of data/dating_cues.tsv: each kind matches its own examples, as the
dating applies it (searched, matched after a year, or matching a whole stretch), and not the
examples it lists against."""

from __future__ import annotations

import re

import pytest

from egovkit.extract.dating import _CUE_MODES, dating_cue, dating_cue_examples


def _hits(rx: re.Pattern[str], mode: str, text: str) -> bool:
    if mode == "after":
        return rx.match(text) is not None
    if mode == "link":
        return rx.fullmatch(text) is not None
    return rx.search(text) is not None


@pytest.mark.parametrize("kind", sorted(_CUE_MODES))
def test_cue_matches_its_examples(kind: str) -> None:
    mode, must, must_not = dating_cue_examples(kind)
    assert must and must_not, "every cue kind lists examples both ways"
    rx = dating_cue(kind)
    for text in must:
        assert _hits(rx, mode, text), (kind, text)
    for text in must_not:
        assert not _hits(rx, mode, text), (kind, text)


def test_an_after_cue_is_read_at_the_position_given() -> None:
    # the dating matches these at the end of a year, inside the whole text
    text = "一、2024年工作回顾\n"
    assert dating_cue("review_after").match(text, text.index("工作"))
    assert not dating_cue("review_after").match(text, 0)
