"""cue_table: the one reader of the cue tables (date_cues.tsv, dating_cues.tsv)."""

from __future__ import annotations

import pytest

from egovkit.errors import DataFileError
from egovkit.lexicon import resources


def _rows(monkeypatch: pytest.MonkeyPatch, *rows: tuple[str, str, str, str]) -> None:
    records = [(f"cues.tsv:{i + 1}", list(r)) for i, r in enumerate(rows)]
    monkeypatch.setattr(resources, "data_records", lambda name, columns: records)


def test_each_kind_is_compiled_with_its_examples_and_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    _rows(monkeypatch, ("a", "到|截至", "到|截至", "达到了"), ("b", "底前", "底前", ""))
    table = resources.cue_table("cues.tsv", ("a", "b"), lambda kind, rx: f"^(?:{rx})" if kind == "b" else rx)
    assert table["a"][1:] == (["到", "截至"], ["达到了"])
    assert table["b"][2] == []
    assert table["b"][0].pattern == "^(?:底前)"
    assert table["a"][0].search("争取到")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ((("a", "x", "", ""), ("c", "y", "", "")), "'c' is not a cue kind"),
        ((("a", "x", "", ""), ("a", "y", "", ""), ("b", "z", "", "")), "written twice"),
        ((("a", "x", "", ""),), "no row for b"),
        ((("a", "(", "", ""), ("b", "z", "", "")), "not a valid regular expression"),
    ],
)
def test_a_table_with_a_wrong_row_names_it(
    monkeypatch: pytest.MonkeyPatch, rows: tuple[tuple[str, str, str, str], ...], message: str
) -> None:
    _rows(monkeypatch, *rows)
    with pytest.raises(DataFileError, match=message):
        resources.cue_table("cues.tsv", ("a", "b"))
