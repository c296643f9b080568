"""The search page in a real headless Chromium: type a query, filter by speaker, follow a result to its article."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = Path(os.environ.get("WARTA_SCREENSHOT", "/tmp/warta-search.png"))

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                "(apt-get install -y chromium); Playwright must not download a browser")


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync"],
        )
        opened = browser.new_page(viewport={"width": 1100, "height": 900})
        opened.set_default_timeout(10_000)
        yield opened
        browser.close()


def test_browser_search_filter_by_speaker_and_follow_to_the_article(page, base_url, outlet):
    page.goto(base_url + "/")
    page.fill("#q", "bansos")
    page.click("#search")
    page.wait_for_url("**/?q=bansos*")
    assert page.inner_text("#count") == "3 quotes"
    assert page.locator(".hit mark").first.inner_text() == (
        "data penerima bansos diperbarui setiap tiga bulan sesuai Permensos Nomor 3 Tahun 2021")

    page.fill("#speaker", "Al Haris")
    page.press("#speaker", "Enter")
    page.wait_for_url("**speaker=Al+Haris*")
    assert page.inner_text("#count") == "2 quotes"
    assert page.locator(".hit .speaker").all_inner_texts() == ["Al Haris", "Al Haris"]
    assert page.locator(".hit .source").all_inner_texts() == ["jambi.antaranews.com", "www.jambiekspose.net"]
    page.screenshot(path=str(SCREENSHOT), full_page=True)

    page.select_option("#source", "www.jambiekspose.net")
    page.click("#search")
    page.wait_for_url("**source=www.jambiekspose.net*")
    assert page.inner_text("#count") == "1 quote"

    page.click(".hit .article-link")
    page.wait_for_url(f"{outlet}/jambi-rakor")
    assert page.inner_text("#headline") == "Gubernur Jambi Tegaskan Komitmen Tekan Kemiskinan"


def test_browser_speaker_page_lists_everything_they_said(page, base_url):
    page.goto(base_url + "/?speaker=Al+Haris&source=www.jambiekspose.net")
    page.click(".hit .speaker")
    page.wait_for_url("**/speaker/*")
    assert page.inner_text("#speaker-name") == "Al Haris"
    assert page.locator(".positions li").all_inner_texts() == ["Gubernur", "Ketua DPW PAN Jambi"]
    assert page.inner_text("#count") == "2 quotes"
    page.screenshot(path=str(SCREENSHOT.with_name(SCREENSHOT.stem + "-speaker.png")), full_page=True)
