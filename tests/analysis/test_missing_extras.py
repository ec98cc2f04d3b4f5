"""Charts and frames without their optional extra say which extra to install."""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from egovkit import compare, parse, timeline
from egovkit.errors import MissingExtraError

DOC = parse("克州电子政务简报\n克州已建成政府网站47个。2005年2月，克州电子政务内网建成。", name="ke.txt")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize(("module", "extra"), [("matplotlib", "plot"), ("pandas", "pandas")])
def test_plot_and_frame_without_the_extra_name_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, module: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # importing it now raises ImportError
    calls: list[Callable[[], object]] = (
        [lambda: timeline([DOC]).plot(tmp_path / "t.png"), lambda: compare([DOC], regions=["克州"]).plot(tmp_path / "c.png")]
        if extra == "plot"
        else [lambda: timeline([DOC]).to_frame(), lambda: compare([DOC], regions=["克州"]).to_frame()]
    )
    for call in calls:
        with pytest.raises(MissingExtraError, match=rf"egovkit\[{extra}\]") as info:
            call()
        assert info.value.extra == extra and isinstance(info.value, ImportError)


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_an_example_that_uses_an_extra_says_which_in_its_docstring(script: Path) -> None:
    source = script.read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(source)) or ""
    needs = {"plot": ".plot(" in source, "pandas": "import pandas" in source, "excel": ".xlsx" in source}
    named = " ".join(doc.split("egovkit[")[1:])
    for extra, used in needs.items():
        assert not used or extra in named, f"{script.name} needs egovkit[{extra}] and does not say so"
