"""Robustness on real government texts from ../shared/corpus (present beside the checkout
in CI and on developer machines). Every document must clean and parse without an exception,
and every lexical match must fit its span."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

import pytest

from egovkit import find_dates, find_quantities, normalize, parse

from .conftest import CORPUS, assert_evidence


def _corpus_texts() -> Iterator[tuple[str, str]]:
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        path = CORPUS / name
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            yield f"{name[:3]}{i:02d}", row.get("content") or ""
    for path in sorted((CORPUS / "notices").glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")


pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside this checkout")


def test_corpus_is_present_in_ci() -> None:
    # Guard against the skip above hiding everything: the corpus must really be here.
    assert sum(1 for _ in _corpus_texts()) >= 80


def test_every_corpus_document_parses() -> None:
    for key, text in _corpus_texts():
        doc = parse(text, name=key)
        assert doc.raw == text
        clean = normalize(text)
        assert clean.text == doc.text
        # removed spans are exact slices of raw
        for r in doc.removed:
            assert text[r.raw_start : r.raw_end] == r.text
        assert_evidence(doc)
        for region in (*doc.regions, *doc.mentioned_regions):
            assert region.code is None or region.code == "CN" or len(region.code) == 6


def test_lexical_matches_fit_their_spans() -> None:
    for _key, text in _corpus_texts():
        clean = normalize(text).text
        for m in find_dates(clean, reference="2000"):
            assert clean[m.start : m.end] == m.text
        for q in find_quantities(clean):
            assert clean[q.start : q.end] == q.text


def test_legal_database_headers_are_removed() -> None:
    for path in sorted((CORPUS / "notices").glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8")).text
        assert "法宝引证码" not in text
        assert "原文链接" not in text


def _all_corpus_texts() -> Iterator[tuple[str, str]]:
    yield from _corpus_texts()
    for sub, pattern in (("govcn", "*.html"), ("egov-pages", "*.txt")):
        for path in sorted((CORPUS / sub).glob(pattern)):
            yield path.name, path.read_text(encoding="utf-8", errors="replace")


_PUNCT_REPAIRS = {(".", c) for c in "，、。%"} | {("'", c) for c in "“”‘’"}
_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _explained(piece: str, char: str, script: str) -> bool:
    """Whether a cleaned character is its raw source or one of the recorded kinds of change."""
    from egovkit.text.clean import _FOLD
    from egovkit.text.script import to_simplified

    if piece == char or _FOLD.get(piece) == char or (piece, char) in _PUNCT_REPAIRS:
        return True
    if piece == "" and char in "\n ":  # a line break or space laid out from HTML or a join
        return True
    if piece.startswith("&") and piece.endswith(";"):
        return html.unescape(piece) == char
    if len(piece) == 1 and to_simplified(piece) == char:
        return True
    # a phrase converted in context (憑藉 → 凭借) in a traditional or mixed text
    return script != "simplified" and len(piece) == 1 and bool(_CJK.match(piece) and _CJK.match(char))


def test_real_text_passes_the_cleaner_unchanged_apart_from_recorded_changes() -> None:
    """No silent damage: each kept character is its raw source, or a fold, a conversion to
    simplified script, an entity or a punctuation repair; all else is in ``removed``, and
    kept plus removed raw spans tile the raw text exactly."""
    damage = []
    for key, text in _all_corpus_texts():
        clean = normalize(text)
        for k, char in enumerate(clean.text):
            a, b = clean.raw_span(k, k + 1)
            if not _explained(clean.raw[a:b], char, clean.script):
                damage.append((key, clean.raw[a:b][:20], char))
        spans = sorted(clean.kept_raw_spans() + [(r.raw_start, r.raw_end) for r in clean.removed])
        assert [a for a, _ in spans] == [0] + [b for _, b in spans[:-1]], key
        assert spans[-1][1] == len(clean.raw), key
    assert damage == []
