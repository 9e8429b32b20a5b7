"""Alerts in the JSON API and on the dashboard, against the real app over a stored corpus."""
from __future__ import annotations

import pytest
from conftest import TestClient
from corpus_db import build_corpus

from tidings.store import Store

HOSTILE_NAME = "<script>alert('watch')</script>"


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    from tidings.serve import create_app

    path = tmp_path_factory.mktemp("alerts") / "corpus.db"
    ids = build_corpus(path)
    with Store(path) as store:
        store.add_watch("alliance", query="alliance", include_existing=True)
        store.add_watch("china", country="CHN", include_existing=True)
        store.add_watch(HOSTILE_NAME, query="bullying", include_existing=True)
        store.add_watch("later", query="alliance")  # nothing stored after it
    with TestClient(create_app(path), raise_server_exceptions=False) as client:
        yield client, ids


def test_api_alerts_lists_new_matches_per_watch(watched):
    client, ids = watched
    body = client.get("/api/alerts").json()
    by_name = {w["name"]: w for w in body["watches"]}
    assert {h["id"] for h in by_name["alliance"]["results"]} == {ids["alliance"], ids["copy"]}
    assert [h["id"] for h in by_name["china"]["results"]] == [ids["china"]]
    assert by_name["later"]["new"] == 0 and body["upto"] == max(ids.values())
    one = client.get("/api/alerts", params={"watch": "china"}).json()
    assert [w["name"] for w in one["watches"]] == ["china"]
    missing = client.get("/api/alerts", params={"watch": "nope"})
    assert missing.status_code == 400 and "no watch named 'nope'" in missing.json()["error"]["message"]


def test_alerts_page_shows_watches_and_escapes_their_names(watched):
    client, ids = watched
    r = client.get("/alerts")
    assert r.status_code == 200
    assert f'href="/articles/{ids["china"]}"' in r.text and "Alerts</a>" in r.text
    assert HOSTILE_NAME not in r.text and "&lt;script&gt;alert(" in r.text
    assert "Nothing new." in r.text  # the "later" watch
    one = client.get("/alerts", params={"watch": "alliance"})
    assert one.status_code == 200 and f'href="/articles/{ids["copy"]}"' in one.text
    assert f'href="/articles/{ids["china"]}"' not in one.text
