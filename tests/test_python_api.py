"""The Python API: tidings.extract / analyze / Store call the same code as the CLI."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import tidings
from tidings.errors import TidingsError

sys.path.insert(0, str(Path(__file__).parent / "serve"))
from corpus_db import build_corpus  # noqa: E402

PAGE = """<!doctype html><html lang="en"><head><title>Ports deal signed | The Harbour Times</title>
<link rel="canonical" href="https://harbour.example/ports-deal">
<meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
<body><article><h1>Ports deal signed</h1><p class="byline">By Ada Lovelace</p>
<p>Norway and Sweden signed a deal on Tuesday to share the cost of a new rail link between
their two largest ports, the transport ministers said in a joint statement.</p>
<p>The link is expected to double the number of freight trains crossing the border each day
once it opens, according to the statement released by both governments.</p></article></body></html>"""


def test_extract_reads_a_page_without_nlp():
    article = tidings.extract(PAGE, nlp=False)
    assert article.title == "Ports deal signed"
    assert article.url == "https://harbour.example/ports-deal"
    assert article.date.startswith("2024-03-05")
    assert article.authors == ["Ada Lovelace"]
    assert article.analysis is None


def test_extract_raises_one_line_error_for_a_bad_page():
    with pytest.raises(TidingsError) as caught:
        tidings.extract(b"\x89PNG\r\n\x1a\n\x00\x00", nlp=False)
    assert "PNG" in str(caught.value) and "\n" not in str(caught.value)


def test_store_query_helpers(tmp_path):
    db = tmp_path / "t.db"
    build_corpus(db)
    with tidings.Store(str(db)) as store:
        hits = store.search("alliance")["results"]
        assert hits and "alliance" in (hits[0]["snippet"] + hits[0]["title"]).lower()
        article = store.article(hits[0]["id"])
        assert article["title"] == hits[0]["title"]
        series = store.relations("JPN", "USA", by="month")
        assert series["total"] >= 1 and series["periods"]
        assert any(p["a"] in ("JPN", "USA") for p in store.top_pairs())
        out = io.BytesIO()
        assert store.export("articles", "jsonl", out) == store.stats()["articles"]
        assert json.loads(out.getvalue().splitlines()[0])["title"]


def test_store_watches_and_alerts(tmp_path):
    db = tmp_path / "t.db"
    ids = build_corpus(db)
    with tidings.Store(str(db)) as store:
        store.add_watch("chips", "chips OR semiconductors", include_existing=True)
        shown = store.alerts()
        [watch] = shown["watches"]
        assert watch["name"] == "chips" and [h["id"] for h in watch["results"]] == [ids["china"]]
        assert store.mark_seen(upto=shown["upto"]) == 1
        assert store.alerts("chips")["watches"][0]["new"] == 0
        store.remove_watch("chips")
        assert store.alerts()["watches"] == []
