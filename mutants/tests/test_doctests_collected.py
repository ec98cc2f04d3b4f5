"""The docstring examples in ``src/`` run in CI: pytest collects them, and there are many."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re

import egovkit

from .conftest import ROOT


def test_pytest_collects_src_as_doctests() -> None:
    toml = (ROOT / "pyproject.toml").read_text(encoding="utf-8")  # no tomllib on Python 3.10
    testpaths = re.search(r"^testpaths = \[(.*)\]", toml, re.M)
    assert testpaths is not None and '"src"' in testpaths.group(1)
    assert re.search(r"^addopts = .*--doctest-modules", toml, re.M)


def test_the_package_has_docstring_examples() -> None:
    finder = doctest.DocTestFinder()
    examples = 0
    for info in pkgutil.walk_packages(egovkit.__path__, "egovkit."):
        if info.name.endswith("__main__"):  # runs the CLI when imported
            continue
        module = importlib.import_module(info.name)
        examples += sum(len(t.examples) for t in finder.find(module))
    assert examples >= 30
