"""The dashboard in a real browser: real ingest, real uvicorn, Debian's chromium via Playwright.

Run with ``pytest --browser``. It ingests tests/fixtures/serve/ through the whole pipeline
(spaCy included), starts ``tidings serve`` as a subprocess on a free port, then searches,
opens an article, checks its highlights and loads a country-pair chart.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "serve"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"tidings serve exited early: {proc.stderr.read().decode()}")
        try:
            with urllib.request.urlopen(url + "/api/stats", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"tidings serve did not answer at {url} within {seconds}s")


@pytest.fixture(scope="module")
def server(tmp_path_factory, config):
    from tidings.ingest import ingest

    db = tmp_path_factory.mktemp("browser") / "dash.db"
    report = ingest([str(PAGES)], db=str(db), config=config, workers=1)
    assert not report.failed
    from tidings.store import Store

    with Store(db) as store:
        store.add_watch("alliance news", query="alliance", include_existing=True)
    port = _free_port()
    env = {**os.environ, "TIDINGS_CONFIG": os.devnull}
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


def test_search_article_highlights_and_pair_chart(server, browser):
    from playwright.sync_api import expect

    page = browser.new_page()
    problems: list[str] = []  # script errors and CSP violations show up here
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: problems.append("off-site request " + r.url)
            if not r.url.startswith(server) else None)

    # search
    page.goto(server + "/")
    page.fill("input[name=q]", "alliance")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=alliance*")
    hits = page.locator("ol.results li.hit")
    expect(hits).to_have_count(1)
    expect(hits.first.locator("mark").first).to_have_text("alliance", ignore_case=True)

    # open the article and see its highlights
    hits.first.locator("a.hit-title").click()
    page.wait_for_url("**/articles/*")
    expect(page.locator("h1")).to_have_text("Japan and US vow to deepen alliance in first talks")
    body = page.locator("#body")
    expect(body.locator(".ent-PERSON", has_text="Takeshi Iwaya").first).to_be_visible()
    expect(body.locator(".quote").first).to_be_visible()
    assert body.locator(".ev").count() > 0
    # an event in the list lights up its sentence in the body
    link = page.locator("a.event-link").first
    event_id = link.get_attribute("data-event")
    link.click()
    focused = body.locator(f".ev-{event_id}.ev-focus")
    expect(focused.first).to_be_visible()
    color = focused.first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert color not in ("rgba(0, 0, 0, 0)", "transparent")
    # the CONSULT meeting's sentence names its source and target
    consult = page.locator("li.event", has_text="CONSULT").first.locator("a.event-link").first
    consult.click()
    expect(body.locator(".role-src", has_text="Takeshi Iwaya").first).to_be_visible()
    expect(body.locator(".role-tgt").first).to_be_visible()
    # the layer switch turns entity highlighting off
    page.uncheck("input[data-layer=ent]")
    expect(body).not_to_have_class("show-ent")

    # the relations overview leads to a country-pair chart
    page.goto(server + "/relations")
    pair = page.locator("table.pairs a", has_text="JPN – USA")
    expect(pair).to_be_visible()
    pair.click()
    page.wait_for_url("**/relations/JPN/USA")
    chart = page.locator("svg.pair-chart")
    expect(chart).to_be_visible()
    assert chart.locator("rect.bar").count() >= 1
    box = chart.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    page.click("nav.periods a:has-text('week')")
    page.wait_for_url("**by=week")
    expect(page.locator("svg.pair-chart rect.bar").first).to_be_visible()

    # the Alerts page lists the watch's matches and leads to the article
    page.click("header nav a:has-text('Alerts')")
    page.wait_for_url("**/alerts")
    watch = page.locator("section.watch", has_text="alliance news")
    expect(watch.locator("h2")).to_contain_text("1 new")
    watch.locator("a.hit-title").first.click()
    page.wait_for_url("**/articles/*")
    expect(page.locator("h1")).to_have_text("Japan and US vow to deepen alliance in first talks")

    assert problems == []
    page.close()
