"""The offset map of ``MappedText`` against a naive per-character reference.

The reference keeps, for every character of the current text, the raw span it came from,
and applies edits one character at a time; hypothesis generates raw texts and rounds of
edits (deletions, equal-length and length-changing replacements, insertions, overlapping
and out-of-range edits). After every round the real map must equal the reference, and the
kept raw spans plus the removed spans must tile the raw text exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from egovkit.errors import AlignmentError
from egovkit.text.offsets import Edit, MappedText


@dataclass
class Reference:
    """One entry per current character: (char, raw start, raw end). Slow and obvious."""

    raw: str
    chars: list[tuple[str, int, int]] = field(default_factory=list)
    removed: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.chars = [(c, i, i + 1) for i, c in enumerate(self.raw)]

    @property
    def text(self) -> str:
        return "".join(c for c, _, _ in self.chars)

    def apply(self, edits: list[Edit]) -> int:
        n = len(self.chars)
        new: list[tuple[str, int, int]] = []
        deleted: list[tuple[int, int, int, str]] = []  # (index in new text, raw start, raw end, reason)
        pos = applied = 0
        for e in sorted(edits, key=lambda e: (e.start, e.end)):
            if e.start < pos or e.end < e.start or e.end > n or (e.start == e.end and not e.replacement):
                continue
            new.extend(self.chars[pos : e.start])
            old = self.chars[e.start : e.end]
            if e.replacement and len(e.replacement) == len(old):
                new.extend((c, a, b) for c, (_, a, b) in zip(e.replacement, old, strict=True))
            elif e.replacement:
                if old:  # the whole raw span, less what the text before it stands for
                    a = max(old[0][1], max((c[2] for c in new), default=0))
                    b = min(old[-1][2], self.chars[e.end][1] if e.end < n else len(self.raw))
                    a = min(a, b)
                else:
                    a = b = self.chars[e.start][1] if e.start < n else len(self.raw)
                new.extend((c, a, b) for c in e.replacement)
            else:
                deleted.append((len(new), old[0][1], old[-1][2], e.reason))
            pos = e.end
            applied += 1
        new.extend(self.chars[pos:])
        covered = {p for _, a, b in new for p in range(a, b)}
        fresh = []
        for _, a, b, reason in deleted:
            taken = {p for fa, fb, _ in fresh for p in range(fa, fb)}
            free = [p for p in range(a, b) if p not in covered and p not in taken]
            if free:
                assert free == list(range(free[0], free[-1] + 1)), "a removal must be one span"
                fresh.append((free[0], free[-1] + 1, reason))
        kept_old = [
            r
            for r in self.removed
            if not any(fa <= r[0] and r[1] <= fb for fa, fb, _ in fresh)
            and not any(a <= r[0] and r[1] <= b and a < b for _, a, b in new)
        ]
        self.removed = sorted(kept_old + fresh)
        self.chars = new
        return applied


_ALPHABET = "克州电子政务网。，\n ab"


@st.composite
def edit_rounds(draw: st.DrawFn) -> tuple[str, list[list[tuple[int, int, str]]]]:
    raw = draw(st.text(alphabet=_ALPHABET, max_size=30))
    rounds = []
    for _ in range(draw(st.integers(1, 4))):
        edits = []
        for _ in range(draw(st.integers(0, 6))):
            start = draw(st.integers(0, 34))
            end = start + draw(st.integers(-1, 5))
            repl = draw(st.sampled_from(["", "", "X", "XY", "XYZ", "-"]))
            edits.append((start, end, repl))
        rounds.append(edits)
    return raw, rounds


def _tiles(mt: MappedText) -> None:
    spans = [(a, b) for a, b in mt.kept_raw_spans() if a < b] + [(r.raw_start, r.raw_end) for r in mt.removed]
    pos = 0
    for a, b in sorted(spans):
        assert a == pos, (sorted(spans), mt.raw)
        pos = b
    assert pos == len(mt.raw)


@settings(max_examples=600)  # cheap, and the rare paths (shared spans) need many rounds
@given(edit_rounds())
# an insertion inside a grown replacement, then a deletion beside it: the raw text its
# neighbours still stand for is not removed
@example(("a", [[(0, 1, "XYZ")], [(2, 3, ""), (2, 2, "X")]]))
# two grown replacements side by side inside one grown replacement: the second starts after
# what the first's left neighbour stands for, not after the first's empty span
@example(("a", [[(0, 1, "XYZ")], [(1, 2, "XY"), (2, 3, "XY")]]))
@example(("a", [[(0, 1, "XY")], [(1, 1, "X"), (1, 2, "XY")]]))
def test_the_map_equals_the_naive_reference(case: tuple[str, list[list[tuple[int, int, str]]]]) -> None:
    raw, rounds = case
    mt, ref = MappedText(raw), Reference(raw)
    for i, spec in enumerate(rounds):
        edits = [Edit(s, e, r, f"round {i}") for s, e, r in spec]
        assert mt.apply(edits) == ref.apply(edits)
        assert mt.text == ref.text
        for k, (_, a, b) in enumerate(ref.chars):
            assert mt.raw_span(k, k + 1) == (a, b)
        assert [(r.raw_start, r.raw_end, r.reason) for r in mt.removed] == ref.removed
        for r in mt.removed:
            assert r.text == raw[r.raw_start : r.raw_end]
        _tiles(mt)


@given(st.text(alphabet=_ALPHABET, max_size=20), st.data())
def test_spans_map_to_the_first_start_and_the_last_end(raw: str, data: st.DataObject) -> None:
    mt = MappedText(raw)
    mt.apply([Edit(0, min(2, len(raw)), "", "cut"), Edit(3, 4, "XYZ", "grow")])
    n = len(mt.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    a, b = mt.raw_span(start, end)
    if start < end:
        assert (a, b) == (mt.raw_span(start, start + 1)[0], mt.raw_span(end - 1, end)[1])
    else:
        assert a == b == mt.raw_offset(start)
    assert 0 <= a <= b <= len(raw)


@pytest.mark.parametrize(("start", "end"), [(-1, 0), (0, 6), (3, 2), (6, 6)])
def test_a_span_outside_the_text_is_an_alignment_error(start: int, end: int) -> None:
    with pytest.raises(AlignmentError):
        MappedText("克州电子政").raw_span(start, end)


def test_an_empty_span_maps_before_its_character_or_to_the_end() -> None:
    mt = MappedText("ab克州")
    mt.apply([Edit(0, 2, "", "cut")])
    assert mt.raw_span(0, 0) == (2, 2)
    assert mt.raw_span(2, 2) == (4, 4)
    assert MappedText("").raw_span(0, 0) == (0, 0)


def test_a_length_changing_replacement_maps_each_new_character_to_the_whole_span() -> None:
    mt = MappedText("甲(wù)乙")
    assert mt.apply([Edit(1, 5, "··", "shrink")]) == 1
    assert mt.text == "甲··乙"
    assert [mt.raw_span(i, i + 1) for i in range(4)] == [(0, 1), (1, 5), (1, 5), (5, 6)]
    assert mt.kept_raw_spans() == [(0, 1), (1, 5), (5, 6)]


def test_overlapping_edits_after_the_first_are_skipped() -> None:
    mt = MappedText("abcdef")
    assert mt.apply([Edit(1, 3, "", "first"), Edit(2, 4, "", "overlaps"), Edit(4, 5, "E", "ok")]) == 2
    assert mt.text == "adEf"
    assert [(r.raw_start, r.raw_end, r.reason) for r in mt.removed] == [(1, 3, "first")]


def test_a_later_removal_swallows_the_removals_inside_it() -> None:
    mt = MappedText("ab(x)cd")
    mt.apply([Edit(2, 5, "", "gloss")])
    mt.apply([Edit(1, 3, "", "boilerplate")])  # "b" + "c" around the removed gloss
    assert mt.text == "ad"
    assert [(r.raw_start, r.raw_end, r.reason) for r in mt.removed] == [(1, 6, "boilerplate")]


def test_deleting_part_of_a_grown_replacement_removes_no_raw_text() -> None:
    """The raw span stays covered by the replacement's other characters."""
    mt = MappedText("ab")
    mt.apply([Edit(0, 2, "XYZ", "grow")])
    mt.apply([Edit(1, 2, "", "cut")])
    assert mt.text == "XZ" and mt.removed == []
    mt.apply([Edit(0, 2, "", "cut all")])
    assert [(r.raw_start, r.raw_end) for r in mt.removed] == [(0, 2)]


def _removed(mt: MappedText) -> list[tuple[int, int, str]]:
    return [(r.raw_start, r.raw_end, r.reason) for r in mt.removed]


@pytest.mark.parametrize(
    ("cut", "text"), [((0, 1), "YZ"), ((1, 2), "XZ"), ((2, 3), "XY")], ids=["first", "middle", "last"]
)
def test_deleting_one_character_of_a_grown_replacement_removes_nothing(
    cut: tuple[int, int], text: str
) -> None:
    mt = MappedText("ab")
    mt.apply([Edit(0, 2, "XYZ", "grow")])
    mt.apply([Edit(*cut, "", "cut")])
    assert mt.text == text and mt.removed == []
    assert mt.kept_raw_spans() == [(0, 2)]


def test_a_growth_over_an_earlier_removal_takes_its_place() -> None:
    mt = MappedText("a(x)b c")
    mt.apply([Edit(1, 4, "", "gloss"), Edit(5, 6, "", "space")])
    assert _removed(mt) == [(1, 4, "gloss"), (5, 6, "space")]
    mt.apply([Edit(0, 2, "XYZ", "grow")])  # "ab" grows over the removed gloss
    assert mt.text == "XYZc"
    assert _removed(mt) == [(5, 6, "space")]
    assert mt.kept_raw_spans() == [(0, 5), (6, 7)]


def test_removals_before_and_after_a_new_one_are_kept_in_order() -> None:
    mt = MappedText("abcdefg")
    mt.apply([Edit(1, 2, "", "one"), Edit(5, 6, "", "three")])
    mt.apply([Edit(2, 3, "", "two")])  # "d" in "acdeg"
    assert _removed(mt) == [(1, 2, "one"), (3, 4, "two"), (5, 6, "three")]


def test_adjacent_removals_are_not_merged_and_not_swallowed() -> None:
    mt = MappedText("abcd")
    mt.apply([Edit(1, 2, "", "one")])
    mt.apply([Edit(1, 2, "", "two")])  # "c", right after the removed "b"
    assert _removed(mt) == [(1, 2, "one"), (2, 3, "two")]
    mt.apply([Edit(0, 2, "", "all")])  # "a" and "d" around both: swallows them
    assert _removed(mt) == [(0, 4, "all")]


def test_an_empty_span_at_the_end_maps_after_the_last_kept_character() -> None:
    mt = MappedText("克州ab")
    mt.apply([Edit(2, 4, "", "cut")])
    assert mt.raw_span(2, 2) == (2, 2)
    assert mt.raw_offset(1) == 1


def test_alignment_errors_say_where() -> None:
    with pytest.raises(AlignmentError, match=r"\(2, 9\) is outside the text \(length 5\)"):
        MappedText("克州电子政").raw_span(2, 9)


def test_inserted_characters_have_no_kept_raw_span() -> None:
    mt = MappedText("克州")
    mt.apply([Edit(1, 1, "\n", "layout")])
    assert mt.text == "克\n州"
    assert mt.raw_span(1, 2) == (1, 1)
    assert mt.kept_raw_spans() == [(0, 1), (1, 2)]
