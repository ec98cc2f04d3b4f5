"""The evaluator implements the scoring rules of seeds/gold/FORMAT.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from egovkit import evaluate, parse
from egovkit.cli import main
from egovkit.errors import GoldFormatError
from egovkit.evaluation import score_document

from .conftest import GOLD, SEED_FILES

TEXT = "克州电子政务规划\n克州于2005年2月完成内网一期工程，已建成政府网站47家。"


def _gold(**lists: object) -> dict[str, object]:
    base: dict[str, object] = {
        "document": "x.txt",
        "title": "克州电子政务规划",
        "genre": "plan",
        "script": "simplified",
        "date": None,
    }
    base.update(lists)
    return base


def test_a_matching_milestone_and_indicator_score_one() -> None:
    doc = parse(TEXT, name="x.txt")
    gold = _gold(
        milestones=[
            {
                "date": "2005-02",
                "region": "653000",
                "category": "network",
                "status": "done",
                "keywords": ["一期工程"],
            }
        ],
        indicators=[
            {"name": "gov_websites", "value": 47, "unit": "家", "region": "653000", "keywords": ["政府网站"]}
        ],
    )
    lists, _ = score_document(doc, gold)
    assert lists["milestones"].matched == 1 and lists["milestones"].accuracy["category"] == 1.0
    assert lists["indicators"].f1 == 1.0


@pytest.mark.parametrize(
    "change",
    [{"date": "2005"}, {"region": "650000"}, {"keywords": ["视频会议"]}],
    ids=["coarser-date", "other-region", "missing-keyword"],
)
def test_a_milestone_that_differs_does_not_match(change: dict[str, object]) -> None:
    doc = parse(TEXT, name="x.txt")
    ms = {"date": "2005-02", "region": "653000", "keywords": ["一期工程"], **change}
    lists, _ = score_document(doc, _gold(milestones=[ms]))
    assert lists["milestones"].matched == 0 and lists["milestones"].recall == 0.0


def test_units_must_agree() -> None:
    doc = parse(TEXT, name="x.txt")
    ind = {"name": "gov_websites", "value": 47, "unit": "个", "region": "653000", "keywords": []}
    lists, _ = score_document(doc, _gold(indicators=[ind]))
    assert lists["indicators"].matched == 0


def test_plan_titles_ignore_quotes_and_brackets() -> None:
    doc = parse("依据《克州“十二五”规划》开展工作。", name="x.txt")
    lists, _ = score_document(doc, _gold(plans=[{"title": "克州'十二五'规划", "role": "reference"}]))
    assert lists["plans"].matched == 1


def test_one_prediction_matches_one_gold_entry() -> None:
    doc = parse(TEXT, name="x.txt")
    ind = {"name": "gov_websites", "value": 47, "unit": "家", "region": "653000", "keywords": []}
    lists, _ = score_document(doc, _gold(indicators=[ind, ind]))
    assert lists["indicators"].matched == 1 and lists["indicators"].recall == 0.5


def test_evaluate_seeds_reports_every_document() -> None:
    scores = evaluate(SEED_FILES, GOLD)
    assert set(scores.documents) == {p.name for p in SEED_FILES}
    assert not scores.missing_gold
    assert "milestones" in scores.table()


def test_bad_gold_is_a_typed_error(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldFormatError):
        evaluate([parse(TEXT, name="x.txt")], tmp_path)
    with pytest.raises(GoldFormatError):
        evaluate([], tmp_path / "missing")


def test_documents_without_gold_are_listed() -> None:
    scores = evaluate([parse(TEXT, name="y.txt"), SEED_FILES[0]], GOLD)
    assert scores.missing_gold == ("y.txt",)
    assert SEED_FILES[0].name in scores.documents


def test_cli_evaluate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(SEED_FILES[0]), "--gold", str(GOLD), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["lists"]) >= {"plans", "milestones", "indicators"}
    assert main(["evaluate", str(SEED_FILES[0]), "--gold", "/nonexistent"]) == 1


def test_explain_lists_misses_and_extras(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = parse(TEXT, name="x.txt")
    gold = _gold(
        indicators=[{"name": "gov_websites", "value": 48, "unit": "家", "region": "653000", "keywords": []}]
    )
    lists, _ = score_document(doc, gold)
    assert lists["indicators"].missed[0]["value"] == 48
    assert any("47" in u and "gov_websites" in u for u in lists["indicators"].unmatched)
    (tmp_path / "gold").mkdir()
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold" / "x.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "x.txt"), "--gold", str(tmp_path / "gold"), "--explain"]) == 0
    out = capsys.readouterr().out
    assert '- missed indicators: {"name": "gov_websites", "value": 48' in out
    assert "+ extra indicators: " in out


@pytest.mark.parametrize(
    ("lists", "named"),
    [
        ({"plans": [{"kind": "plan"}]}, "plans[0] lacks the key 'title'"),
        ({"plans": ["克州电子政务规划"]}, "plans[0] must be an object"),
        ({"indicators": [{"value": 47}]}, "indicators[0] lacks the key 'unit'"),
        ({"indicators": [{"value": "many", "unit": "家"}]}, "indicators[0]['value'] must be a number"),
        ({"indicators": [{"value": None, "unit": "家"}]}, "indicators[0]['value'] must be a number"),
        (
            {"networks": [{"kind": "intranet", "bandwidth": 100}]},
            "networks[0]['bandwidth'] must be an object",
        ),
        ({"networks": [{"coverage": [{"value": 3}]}]}, "networks[0]['coverage'][0] lacks the key 'unit'"),
        ({"networks": [{"keywords": "内网"}]}, "networks[0]['keywords'] must be a list of strings"),
        ({"noise": [{"phrase": "x"}]}, "noise[0] must be a string"),
        ({"milestones": {"date": "2005"}}, "'milestones' must be a list"),
    ],
    ids=[
        "no-title",
        "plan-not-object",
        "no-unit",
        "value-word",
        "value-null",
        "bandwidth-number",
        "coverage-no-unit",
        "keywords-string",
        "noise-object",
        "list-not-list",
    ],
)
def test_malformed_gold_names_the_file_and_the_key(
    tmp_path: Path, lists: dict[str, object], named: str
) -> None:
    (tmp_path / "x.json").write_text(json.dumps(_gold(**lists), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        evaluate([parse(TEXT, name="x.txt")], tmp_path)
    assert named in str(info.value)
    assert info.value.path == str(tmp_path / "x.json")


def test_a_gold_folder_that_matches_no_document_is_an_error(tmp_path: Path) -> None:
    # perfect scores over zero documents once looked like a result (exit 0 in the CLI)
    from egovkit.cli import main

    with pytest.raises(GoldFormatError, match="no gold file for any"):
        evaluate(SEED_FILES, tmp_path)
    assert main(["evaluate", str(SEED_FILES[0]), "--gold", str(tmp_path)]) == 1


def _indicator_scores(**extra: object) -> tuple[dict[str, float], dict[str, int]]:
    doc = parse(TEXT, name="x.txt")
    ind = {"name": "gov_websites", "value": 47, "unit": "家", "region": "653000", "keywords": [], **extra}
    lists, _ = score_document(doc, _gold(indicators=[ind]))
    assert lists["indicators"].matched == 1
    return lists["indicators"].accuracy, lists["indicators"].scored


def test_a_scope_is_scored_where_gold_writes_one() -> None:
    accuracy, scored = _indicator_scores(scope="政府网站")  # egovkit reads 建成政府网站: one holds the other
    assert accuracy["scope"] == 1.0 and scored["scope"] == 1
    accuracy, _ = _indicator_scores(scope="乡镇（街道）")
    assert accuracy["scope"] == 0.0
    accuracy, scored = _indicator_scores()
    assert "scope" not in accuracy and "scope" not in scored and scored["name"] == 1


def test_a_period_is_scored_where_gold_writes_one() -> None:
    accuracy, _ = _indicator_scores(period=[2006, 2010])  # the text states none
    assert accuracy["period"] == 0.0
    accuracy, _ = _indicator_scores(period=None)
    assert accuracy["period"] == 1.0


def test_totals_weigh_an_attribute_by_the_pairs_it_was_scored_on() -> None:
    scores = evaluate(SEED_FILES, GOLD)
    indicators = scores.lists["indicators"]
    assert indicators.scored["name"] == indicators.matched
    assert 0 < indicators.scored["scope"] < indicators.matched  # gold writes a scope on a few


def test_the_document_fields_scored_are_the_listed_ones() -> None:
    from egovkit.evaluation import FIELDS

    doc = parse("克州电子政务工作总结\n克州电子政务内网于2005年2月建成。")
    _, fields = score_document(
        doc, {"title": "克州电子政务工作总结", "script": "simplified", "genre": "speech", "date": "1999"}
    )
    assert tuple(fields) == FIELDS == ("date", "genre", "script", "title")
    assert fields["title"] and fields["script"] and not fields["genre"] and not fields["date"]
