"""The interactive HTML map in a real headless Chromium (Debian's, driven by Playwright).

`make test` installs Debian's `chromium` when it can (root with apt-get); this test skips
only when no Chromium is installed, and says so.
"""

from __future__ import annotations

import io
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageStat
from playwright.sync_api import Browser, Page, Route, sync_playwright

from argmap.cli._new import write_starter_map
from argmap.loader import load_map
from argmap.render.html import render_html

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("ARGMAP_CHROMIUM"), "/usr/bin/chromium"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = chromium_path()
    if path is None:
        pytest.skip(
            "Chromium is not installed and could not be installed here: `make test` installs "
            "Debian's chromium when run as root with apt-get (or set ARGMAP_CHROMIUM)"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def html_map(tmp_path: Path) -> Path:
    argmap = load_map(write_starter_map(str(tmp_path / "tea")))
    page = render_html(
        argmap,
        statuses={"good": "undecided", "harm": "in"},
        explanations={"good": "Rebutted by 'harm', which nothing attacks."},
    )
    path = tmp_path / "tea.html"
    path.write_text(page, encoding="utf-8")
    return path


@pytest.fixture
def page(browser: Browser, html_map: Path) -> Iterator[tuple[Page, list[str], list[str]]]:
    """The page opened from file://, with every non-file request blocked and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    fetches: list[str] = []
    problems: list[str] = []

    def block(route: Route) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            fetches.append(url)
            route.abort()

    context.route("**/*", block)
    page = context.new_page()
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "console",
        lambda message: problems.append(message.text) if message.type == "error" else None,
    )
    page.on(
        "request",
        lambda request: None if request.url.startswith("file://") else fetches.append(request.url),
    )
    page.goto(html_map.as_uri())
    page.wait_for_selector('g[data-key="good"]')
    try:
        yield page, fetches, problems
    finally:
        context.close()


def transform(page: Page) -> str:
    value: Any = page.eval_on_selector("#am-canvas", "el => el.style.transform")
    return str(value)


def test_clicking_a_node_shows_its_quote_source_and_status(
    page: tuple[Page, list[str], list[str]],
) -> None:
    tab, fetches, problems = page
    tab.click('g.node[data-key="good"]')
    panel = tab.inner_text("#am-panel")
    assert tab.inner_text("#am-panel blockquote") == "it is good for you"
    assert "Green tea is good for you." in panel
    assert "Ann (proponent)" in panel
    assert "The secretary, Minutes of the tea meeting, 2024-05-01" in panel
    assert "line 1" in panel
    assert "undecided" in panel
    assert "Rebutted by 'harm', which nothing attacks." in panel
    # A relation in the panel leads to the other element.
    tab.click("#am-panel a.am-key >> text=harm")
    assert "Green tea can harm the liver" in tab.inner_text("#am-panel h2")
    assert fetches == []
    assert problems == []


def test_clicking_an_argument_shows_its_weight_and_critical_questions(
    page: tuple[Page, list[str], list[str]],
) -> None:
    tab, fetches, problems = page
    tab.click('g.node[data-key="main"]')
    panel = tab.inner_text("#am-panel")
    assert "Weight" in panel
    assert "none" in panel  # unweighted, and the panel says so
    assert "Critical questions" in panel
    assert "CQ1 fact (assumption): open" in panel
    assert "Does a definitely have property F?" in panel
    assert fetches == []
    assert problems == []


def test_clicking_an_objection_arrow_shows_the_objection(
    page: tuple[Page, list[str], list[str]],
) -> None:
    tab, _, _ = page
    key = tab.eval_on_selector('g.edge[data-key^="undercut"]', "el => el.getAttribute('data-key')")
    tab.eval_on_selector(
        f'g.edge[data-key="{key}"]',
        "el => el.dispatchEvent(new PointerEvent('pointerdown', {bubbles: true, button: 0}))",
    )
    tab.eval_on_selector(
        f'g.edge[data-key="{key}"] path',
        "el => el.dispatchEvent(new PointerEvent('pointerup', {bubbles: true, button: 0}))",
    )
    assert tab.text_content("#am-panel .am-kind") == "objection (undercut)"


def test_search_highlights_matches_and_keyboard_selects(
    page: tuple[Page, list[str], list[str]],
) -> None:
    tab, _, _ = page
    tab.fill("#am-search", "antioxidants")
    matched = tab.eval_on_selector_all(
        "g.am-match", "els => els.map(e => e.getAttribute('data-key'))"
    )
    assert set(matched) >= {"rich", "link", "no_link", "study"}
    assert "good" not in matched
    assert tab.inner_text("#am-count") == f"{len(matched)} matches"
    tab.press("#am-search", "Enter")
    assert tab.inner_text("#am-panel h2") != ""
    tab.fill("#am-search", "no such words anywhere")
    assert tab.inner_text("#am-count") == "0 matches"


def test_pan_and_zoom_move_the_diagram(page: tuple[Page, list[str], list[str]]) -> None:
    tab, _, _ = page
    start = transform(tab)
    tab.click("#am-zoom-in")
    zoomed = transform(tab)
    assert zoomed != start
    box = tab.locator("#am-viewport").bounding_box()
    assert box is not None
    x, y = box["x"] + 20, box["y"] + box["height"] - 20  # an empty corner of the diagram
    tab.mouse.move(x, y)
    tab.mouse.down()
    tab.mouse.move(x + 120, y - 60, steps=5)
    tab.mouse.up()
    assert transform(tab) != zoomed
    tab.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    before_wheel = transform(tab)
    tab.mouse.wheel(0, -400)
    deadline = time.monotonic() + 10
    while transform(tab) == before_wheel and time.monotonic() < deadline:
        tab.wait_for_timeout(50)
    assert transform(tab) != before_wheel
    tab.click("#am-fit")
    assert transform(tab) != before_wheel


def test_screenshot_is_not_blank(page: tuple[Page, list[str], list[str]], tmp_path: Path) -> None:
    tab, fetches, _ = page
    png = tab.screenshot(full_page=True)
    (tmp_path / "shot.png").write_bytes(png)
    image = Image.open(io.BytesIO(png)).convert("L")
    stats = ImageStat.Stat(image)
    assert image.size == (1280, 800)
    assert stats.stddev[0] > 10, "the screenshot is (almost) one flat colour"
    dark = sum(image.histogram()[:128])
    assert dark > 500, "hardly any dark pixels: no text or lines drawn"
    assert fetches == []


def test_live_preview_updates_itself_and_shows_errors(browser: Browser, tmp_path: Path) -> None:
    """`argmap watch` in a real browser: an edit appears without a reload; so does an error."""
    from argmap.cli._watch import LivePreview

    path = write_starter_map(str(tmp_path / "tea"))
    preview = LivePreview(path, port=0, poll_interval=0.05, debounce=0.1, keepalive=1.0)
    preview.start()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        tab = context.new_page()
        problems: list[str] = []
        tab.on("pageerror", lambda error: problems.append(str(error)))
        tab.goto(preview.url)
        tab.wait_for_selector('g.node[data-key="good"]')
        tab.click('g.node[data-key="good"]')
        good = path.read_text(encoding="utf-8")
        path.write_text(good.replace("Green tea is good for you.", "Green tea is GREAT."))
        tab.wait_for_selector('g.node[data-key="good"] >> text=Green tea is GREAT.', timeout=20_000)
        assert tab.inner_text("#am-panel h2") == "Green tea is GREAT."  # selection kept
        assert not tab.is_visible("#am-error")
        path.write_text(good.replace("MAP = b.build()", "MAP = b.build(", 1), encoding="utf-8")
        tab.wait_for_selector("#am-error", state="visible", timeout=20_000)
        assert f"{path}:" in tab.inner_text("#am-error")
        assert tab.is_visible('g.node[data-key="good"]')  # the last good diagram stays
        path.write_text(good, encoding="utf-8")
        tab.wait_for_selector("#am-error", state="hidden", timeout=20_000)
        assert problems == []
    finally:
        context.close()
        preview.stop()
