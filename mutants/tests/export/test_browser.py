"""The evidence viewer in a real headless browser: it renders, and clicking a fact finds it.

Needs Chromium (Debian's ``chromium`` package) and playwright; CI installs both. Where no
browser can be installed the test is skipped with the reason.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from egovkit import parse

from ..conftest import SEED_FILES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if CHROMIUM is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


def test_viewer_renders_and_finds_a_fact(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = parse(SEED_FILES[2])
    page_file = tmp_path / "doc.html"
    page_file.write_text(doc.to_html(), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(page_file.as_uri())
    assert page.locator("mark").count() > 20
    assert page.locator("#facts li").count() == len(doc.facts())
    item = page.locator('#facts li[data-kind="milestone"]').first
    fact = item.get_attribute("data-fact")
    item.click()
    flashed = page.locator(f'mark.flash[data-facts~="{fact}"]')
    assert flashed.count() >= 1
    assert "raw: " in (flashed.first.get_attribute("title") or "")
    shot = page.screenshot(path=str(tmp_path / "viewer.png"), full_page=False)
    assert len(shot) > 20_000  # a rendered page, not a blank one
    page.close()
