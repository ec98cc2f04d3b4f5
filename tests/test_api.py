"""The public surface: pinned names, cheap import, JSON Schema."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import egovkit

PUBLIC = {
    "reload_data",
    "Approx",
    "Comparison",
    "IndicatorValue",
    "MilestoneValue",
    "PlanValue",
    "Timeline",
    "TimelineEntry",
    "TimelineSource",
    "compare",
    "timeline",
    "to_sqlite",
    "to_tables",
    "to_frames",
    "Tables",
    "ParseFailure",
    "parse_many",
    "CleanText",
    "ListScore",
    "RegionMatch",
    "Scores",
    "evaluate",
    "find_regions",
    "region_by_code",
    "resolve_region",
    "Document",
    "EgovkitError",
    "EthnicShare",
    "Evidence",
    "FuzzyDate",
    "Genre",
    "Indicator",
    "Milestone",
    "MilestoneCategory",
    "Network",
    "NetworkKind",
    "OutlineNode",
    "PageMetadata",
    "ParseWarning",
    "Period",
    "Plan",
    "PlanKind",
    "PlanRole",
    "DateSource",
    "Qualifier",
    "Quantity",
    "Region",
    "RegionLevel",
    "RemovedSpan",
    "Script",
    "Status",
    "__version__",
    "errors",
    "json_schema",
    "normalize",
    "parse",
    # lexical parsers (issue 4)
    "DateMatch",
    "EraMatch",
    "PeriodMatch",
    "QuantityMatch",
    "find_dates",
    "find_eras",
    "find_periods",
    "find_quantities",
    "is_date",
    "is_period",
    "is_quantity",
    "parse_date",
    "parse_period",
    "parse_quantity",
    "DocState",
    "Pipeline",
    "Step",
    "pipeline_steps",
}


def test_all_is_pinned() -> None:
    # Names may be added (update this set on purpose); none may silently disappear.
    assert set(egovkit.__all__) == PUBLIC
    for name in egovkit.__all__:
        assert hasattr(egovkit, name), name


def test_public_callables_have_docstrings() -> None:
    for name in egovkit.__all__:
        obj = getattr(egovkit, name)
        if callable(obj):
            assert obj.__doc__ and obj.__doc__.strip(), name


def test_import_loads_no_heavy_modules() -> None:
    heavy = (
        "jieba",
        "opencc",
        "charset_normalizer",
        "pandas",
        "matplotlib",
        "egovkit.extract.document",  # the extractors load on the first parse
        "egovkit.evaluation",
        "egovkit.analysis",
        "pydantic",  # building the models is most of what import used to cost (issue #19)
        "egovkit.model",
        "egovkit.text.clean",
    )
    code = f"import sys, egovkit; print(','.join(m for m in sys.modules if m.startswith({heavy!r})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_json_schema_describes_document() -> None:
    schema = egovkit.json_schema()
    json.dumps(schema)
    for key in ("raw", "text", "regions", "plans", "networks", "milestones", "indicators", "removed"):
        assert key in schema["properties"], key


def test_errors_are_value_errors() -> None:
    assert issubclass(egovkit.EgovkitError, ValueError)
    for name in egovkit.errors.__all__:
        assert issubclass(getattr(egovkit.errors, name), egovkit.EgovkitError)


def test_egovkit_parse_is_the_function_not_the_subpackage() -> None:
    import importlib

    importlib.import_module("egovkit.parse.dates")  # importing the subpackage's modules again
    assert callable(egovkit.parse)
    assert egovkit.parse.__module__ == "egovkit.extract.pipeline"
    assert isinstance(egovkit.parse("克州电子政务"), egovkit.Document)


def test_parse_stays_the_function_when_the_subpackage_is_imported_first() -> None:
    # names load lazily, so the subpackage egovkit.parse may be imported before egovkit.parse is
    # ever asked for; the import system must not rebind the name to the module
    code = (
        "import egovkit.parse.dates, egovkit.parse.quantities, egovkit;"
        "print(callable(egovkit.parse), egovkit.parse.__module__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "egovkit.extract.pipeline"]


def test_a_short_ascii_word_warns_it_looks_like_a_missing_path() -> None:
    assert [w.code for w in egovkit.parse("nonexist").warnings] == ["looks_like_path"]
    assert egovkit.parse("克州电子政务").warnings == ()
    assert egovkit.parse("2005").warnings == ()


def test_parse_failure_prints_source_error_and_message(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    (failure,) = egovkit.parse_many([missing], workers=1)
    assert isinstance(failure, egovkit.ParseFailure)
    assert str(failure).startswith(f"{missing}: SourceNotFoundError: ") and "no such file" in str(failure)


def test_the_many_document_functions_take_the_date_of_what_they_parse(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("今年，克州电子政务内网建成开通，覆盖全州56家单位。\n", encoding="utf-8")
    (entry,) = egovkit.timeline(path, date="2012-05")
    assert entry.date.year == 2012
    rows = egovkit.to_tables([path], date="2012-05")["documents"]
    assert [row["date"] for row in rows] == ["2012-05"]
    kept = egovkit.parse(path, date="2009")  # a parsed Document is kept as it is
    (entry,) = egovkit.timeline([kept], date="2012-05")
    assert entry.date.year == 2009
    assert "2012" in egovkit.compare(path, date="2012-05").to_json()
    assert "2012" not in egovkit.compare(path, date="2010").to_json()


def test_importing_the_extractors_reads_no_data_file() -> None:
    # data files load on the first parse (reload_data and EGOVKIT_DATA_PATH then apply); a
    # module-level pattern built from one reads it at import, before a user can set the path
    code = (
        "import egovkit.lexicon.resources as r\n"
        "read = []\n"
        "orig = r.data_lines\n"
        "r.data_lines = lambda name: read.append(name) or orig(name)\n"
        "import egovkit.extract.document\n"
        "print(','.join(read))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
