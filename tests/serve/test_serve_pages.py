"""Server-rendered pages: highlights, story copies, charts, and escaping of untrusted text."""
from __future__ import annotations

import re
from html.parser import HTMLParser

from corpus_db import HOSTILE_TITLE


class _Elements(HTMLParser):
    """Collects (tag, attrs) of every element, to check what a browser would build."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Elements:
    p = _Elements()
    p.feed(html)
    return p


def test_hostile_markup_in_title_body_and_fields_is_shown_as_text(client, ids):
    r = client.get(f"/articles/{ids['hostile']}")
    assert r.status_code == 200
    page = _parse(r.text)
    scripts = [a for tag, a in page.elements if tag == "script"]
    assert scripts == [{"src": "/static/tidings.js", "defer": None}]  # only our own script
    assert not any(tag in ("img", "b") for tag, _ in page.elements)
    assert not any(k.startswith("on") for _, attrs in page.elements for k in attrs)
    text = "".join(page.text)
    assert HOSTILE_TITLE in text  # the title is there, as text
    assert "<script>alert('body')</script>" in text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in r.text
    # javascript: links from the page never become hrefs
    hrefs = [a.get("href", "") for tag, a in page.elements if tag == "a"]
    assert not any(h.strip().lower().startswith("javascript") for h in hrefs)
    assert "javascript:alert(&#39;url&#39;)" in r.text  # the URL is shown as text


def test_hostile_title_in_search_results_is_escaped(client):
    r = client.get("/", params={"q": "markup"})
    assert "<script>alert(" not in r.text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in r.text
    assert "<mark>markup</mark>" in r.text


def test_pages_forbid_inline_and_foreign_scripts(client):
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp


def test_article_highlights_entities_quotes_and_events(client, ids):
    r = client.get(f"/articles/{ids['alliance']}")
    html = r.text
    assert re.search(r'<span class="ent ent-PERSON[^"]*"[^>]*><a href="/entities/\d+">Takeshi Iwaya</a>', html)
    assert '<span class="quote">The alliance is the cornerstone of peace in the region,</span>' in html
    events = sorted(set(re.findall(r'href="/articles/\d+\?event=(\d+)#ev-\1"', html)))
    assert len(events) == 2
    for ev in events:  # each event links to an anchor at its sentence, which is highlighted
        assert f'id="ev-{ev}"' in html and f"ev-{ev}" in html
    assert "ev-sel" not in html
    # selecting an event marks its sentence on the server (works without JavaScript)
    chosen = client.get(f"/articles/{ids['alliance']}", params={"event": events[1]}).text
    selected = re.findall(r'<span class="([^"]*ev-sel[^"]*)"[^>]*>([^<]*)<', chosen)
    assert selected and "".join(t for _, t in selected).startswith("The two ministers agreed")
    # the CONSULT event's sentence shows Iwaya as its source and Rubio as its target
    consult = client.get(f"/articles/{ids['alliance']}", params={"event": events[0]}).text
    assert re.search(r'<span class="[^"]*role-src"[^>]*><a [^>]*>Takeshi Iwaya</a>', consult)
    assert re.search(r'<span class="[^"]*role-tgt"[^>]*><a [^>]*>Marco Rubio</a>', consult)
    assert "role-src" not in html.replace('<span class="role-src">source</span>', "")
    # metadata the issue asks for
    for field in ("WASHINGTON", "Jane Doe", "Kyodo", "Iwaya and Rubio shake hands in Washington.",
                  "Diplomacy", "Tokyo stocks rise", "2025-01-21"):
        assert field in html, field


def test_article_lists_other_copies_of_its_story(client, ids):
    html = client.get(f"/articles/{ids['alliance']}").text
    copies = html[html.index('id="copies"'):]
    assert f'href="/articles/{ids["copy"]}"' in copies
    alone = client.get(f"/articles/{ids['china']}").text
    assert "None stored." in alone[alone.index('id="copies"'):]


def test_entity_page(client):
    found = client.get("/api/entities", params={"q": "Iwaya"}).json()["results"][0]
    html = client.get(f"/entities/{found['id']}").text
    assert "Foreign Minister" in html and "2025-03-05" in html
    heights = [float(h) for h in re.findall(r'<rect class="bar plain"[^>]* height="([\d.]+)"', html)]
    assert len(heights) == 3 and heights[1] == 0 and heights[0] > heights[2] > 0  # Jan, (Feb), Mar
    assert "We want clear rules for our companies," in html
    assert "CONSULT" in html and "AGREE" in html


def test_quotes_page(client):
    html = client.get("/quotes", params={"q": "bullying"}).text
    assert "<mark>bullying</mark>" in html and "Wang Yi" in html


def test_pair_page_draws_an_svg_chart(client):
    html = client.get("/relations/USA/JPN").text
    svg = html[html.index("<svg"):html.index("</svg>")]
    # one bar per type per month with events: January CONSULT+AGREE, March CONSULT+REQUEST
    bars = re.findall(r'<rect class="bar (t-\w+)"', svg)
    assert sorted(bars) == sorted(["t-AGREE", "t-CONSULT", "t-CONSULT", "t-REQUEST"])
    assert svg.count("<polyline") == 0  # February has no events, so no line joins the two dots
    assert svg.count("<circle") == 2
    assert "2025-02" in svg  # the quiet month is on the axis
    assert "China" not in html


def test_relations_overview_and_pair_form(client):
    html = client.get("/relations").text
    assert 'href="/relations/JPN/USA"' in html and 'class="spark"' in html
    r = client.get("/relations", params={"a": "usa", "b": "chn"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/relations/USA/CHN"


def test_search_page_filters_and_paging(client, ids):
    html = client.get("/", params={"entity": "Wang"}).text
    assert f'href="/articles/{ids["china"]}"' in html and "1 article," in html
    assert client.get("/", params={"country": "U"}).status_code == 400
    assert client.get("/", params={"country": "", "date_from": ""}).status_code == 200


def test_static_assets_are_local(client):
    css = client.get("/static/tidings.css")
    js = client.get("/static/tidings.js")
    assert css.status_code == js.status_code == 200
    for text in (css.text, js.text):
        assert "http://" not in text and "https://" not in text and "@import" not in text
    for url in ("/", "/relations", "/relations/USA/JPN", "/quotes", "/entities", "/docs"):
        page = _parse(client.get(url).text)
        loaded = [a.get("src") or a.get("href") for tag, a in page.elements
                  if tag in ("script", "link", "img", "iframe")]
        assert loaded and all(u.startswith(("/static/", "data:")) for u in loaded), (url, loaded)


def test_every_page_works_on_an_empty_store(tmp_path):
    from fastapi.testclient import TestClient

    from tidings.serve import create_app
    from tidings.store import Store

    Store(tmp_path / "empty.db").close()
    with TestClient(create_app(tmp_path / "empty.db")) as c:
        for url in ("/", "/?q=anything", "/quotes", "/quotes?q=x", "/entities", "/relations",
                    "/relations/USA/JPN", "/relations/USA/JPN?by=day", "/docs", "/api/stats",
                    "/api/relations", "/api/relations/USA/JPN", "/api/search?q=x", "/api/events"):
            r = c.get(url)
            assert r.status_code == 200, url
        assert "No articles match." in c.get("/").text
        assert "No dated events between USA and JPN." in c.get("/relations/USA/JPN").text


def test_search_page_offers_facets_that_narrow_the_search(client, ids):
    html = client.get("/", params={"q": "alliance"}).text
    assert re.search(r'href="/\?q=alliance[^"]*&amp;country=JPN"', html)
    link = re.search(r'href="(/\?q=alliance[^"]*&amp;entity=\d+)">Takeshi Iwaya', html)
    narrowed = client.get(link.group(1).replace("&amp;", "&")).text
    assert narrowed.count('class="hit"') == 2


def test_pair_page_date_range(client):
    html = client.get("/relations/USA/JPN", params={"date_from": "2025-02-01", "by": "week"}).text
    assert "2 distinct events" in html
    assert "Japanese Foreign Minister" not in html  # January's events are outside the range
    assert "Japan asked the United States" in html
    assert 'href="/relations/USA/JPN?date_from=2025-02-01&amp;by=day"' in html
    assert client.get("/relations/USA/JPN", params={"date_to": "soon"}).status_code == 400


def test_events_page_filters(client):
    html = client.get("/events").text
    assert html.count('class="event-link etype') == 6  # eight reports, six distinct events
    pair = client.get("/events", params={"country": "usa", "other": "jpn", "type": "CONSULT"}).text
    assert pair.count('class="event-link etype') == 2 and 'href="/relations/USA/JPN"' in pair
    dated = client.get("/events", params={"date_from": "2025-02-01", "date_to": "2025-02-28"}).text
    shown = re.findall(r'class="event-link etype t-(\w+)"', dated)
    assert sorted(shown) == ["ACCUSE", "SUPPORT"]
    assert client.get("/events", params={"type": "<script>"}).status_code == 400


def test_templates_never_mark_text_safe():
    from pathlib import Path

    from tidings.serve.app import make_templates

    env = make_templates()
    assert env.autoescape is True
    templates = Path(__file__).resolve().parents[2] / "tidings" / "serve" / "templates"
    for path in templates.glob("*.html"):
        source = path.read_text()
        assert not re.search(r"\|\s*safe\b(?!_)", source), path.name
        assert "autoescape false" not in source and "Markup" not in source, path.name
