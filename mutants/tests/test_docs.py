"""The documentation stays true: its code runs, and it covers the API, the CLI and the data."""

from __future__ import annotations

import argparse
import doctest
import os
import re
from pathlib import Path

import pytest

import egovkit

ROOT = Path(__file__).resolve().parents[1]
PAGES = [*sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
_FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def _page_id(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", PAGES, ids=_page_id)
def test_the_python_blocks_of_a_page_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ```python block runs, in order, in one namespace per page, beside the seeds."""
    blocks = _FENCE.findall(page.read_text(encoding="utf-8"))
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EGOVKIT_DATA_PATH", raising=False)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    try:
        for i, block in enumerate(blocks):
            code = compile(block, f"{_page_id(page)} (python block {i + 1})", "exec")
            exec(code, namespace)
    finally:
        os.environ.pop("EGOVKIT_DATA_PATH", None)
        egovkit.reload_data()


@pytest.mark.parametrize("page", PAGES, ids=_page_id)
def test_the_doctest_examples_of_a_page_pass(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {"egovkit": egovkit}, _page_id(page), str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0


def test_some_page_has_code() -> None:
    assert sum(len(_FENCE.findall(p.read_text(encoding="utf-8"))) for p in PAGES) >= 20


def test_the_api_reference_lists_every_public_name() -> None:
    listed = {
        line.split()[-1].rsplit(".", 1)[-1]
        for line in (ROOT / "docs/reference/api.md").read_text(encoding="utf-8").splitlines()
        if line.startswith(":::")
    }
    if "errors" in listed:  # the module's page documents each error class
        listed |= set(egovkit.errors.__all__)
    missing = set(egovkit.__all__) - listed - {"__version__"}
    assert not missing


def test_the_cli_reference_lists_every_command_and_option() -> None:
    from egovkit.cli import _parser

    page = (ROOT / "docs/reference/cli.md").read_text(encoding="utf-8")
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, parser in sub.choices.items():
        assert f"## egovkit {name}" in page
        for action in parser._actions:
            for flag in action.option_strings:
                if flag not in ("-h", "--help"):
                    assert f"`{flag}" in page, f"{name} {flag}"


def test_the_data_page_lists_every_data_file() -> None:
    page = (ROOT / "docs/data-sources.md").read_text(encoding="utf-8")
    files = [p.name for p in (ROOT / "src/egovkit/data").iterdir() if p.suffix in (".tsv", ".txt")]
    assert files
    for name in files:
        assert f"`{name}`" in page, name


def test_every_extensible_file_is_documented() -> None:
    from egovkit.lexicon.resources import EXTENSIBLE

    page = (ROOT / "docs/data-sources.md").read_text(encoding="utf-8")
    section = page.split("## Adding rows of your own", 1)[1]
    for name in EXTENSIBLE:
        assert f"`{name}`" in section, name


def test_the_nav_names_every_page() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in (ROOT / "docs").rglob("*.md"):
        assert str(page.relative_to(ROOT / "docs")) in nav, page
