"""Every status cue of ``data/status_cues.tsv`` matches the examples it lists, and no others."""

from __future__ import annotations

import pytest

from egovkit.extract.status import _KINDS, _cue, status_cue_examples


@pytest.mark.parametrize("kind", _KINDS)
def test_status_cue_matches_its_examples(kind: str) -> None:
    at_start, must, must_not = status_cue_examples(kind)
    assert must and must_not, "every cue kind lists examples both ways"
    rx = _cue(kind)
    for text in must:
        assert (rx.match(text) if at_start else rx.search(text)), (kind, text)
    for text in must_not:
        assert not (rx.match(text) if at_start else rx.search(text)), (kind, text)


def test_the_old_constant_names_read_the_data_file() -> None:
    from egovkit.extract import status

    assert status._MODAL is _cue("modal")
    with pytest.raises(AttributeError):
        _ = status._NO_SUCH_CUE
