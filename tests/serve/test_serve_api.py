"""The JSON API against the real app on a real stored corpus."""
from __future__ import annotations


def test_search(client, ids):
    r = client.get("/api/search", params={"q": "alliance", "sort": "date"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2 and {h["id"] for h in body["results"]} == {ids["alliance"], ids["copy"]}
    hit = body["results"][0]
    assert [hit["snippet"][s:e].lower() for s, e in hit["snippet_marks"]][0] == "alliance"
    filtered = client.get("/api/search", params={"country": "CHN", "date_from": "2025-02-01"}).json()
    assert [h["id"] for h in filtered["results"]] == [ids["china"]]


def test_article(client, ids):
    a = client.get(f"/api/articles/{ids['alliance']}").json()
    assert a["title"] == "Japan and US pledge closer alliance" and a["dateline"] == "WASHINGTON"
    assert {e["name"] for e in a["entities"]} >= {"Takeshi Iwaya", "Marco Rubio"}
    assert [e["type"] for e in a["events"]] == ["CONSULT", "AGREE"]
    assert [c["id"] for c in a["copies"]] == [ids["copy"]]


def test_entities_and_entity(client):
    listing = client.get("/api/entities", params={"q": "iwaya"}).json()
    [iwaya] = listing["results"]
    e = client.get(f"/api/entities/{iwaya['id']}").json()
    assert e["titles"][0]["title"] == "Foreign Minister"
    assert len(e["quotes"]) == 2 and {ev["type"] for ev in e["events"]} == {"CONSULT", "AGREE"}
    assert client.get("/api/entities", params={"type": "PERSON", "country": "CHN"}).json()["total"] == 1


def test_quotes(client, ids):
    body = client.get("/api/quotes", params={"q": "bullying"}).json()
    assert [q["speaker"] for q in body["results"]] == ["Wang Yi"]
    assert client.get("/api/quotes", params={"speaker": "Iwaya"}).json()["total"] == 3


def test_relations(client):
    r = client.get("/api/relations/usa/JPN", params={"by": "month"}).json()
    assert [(p["period"], p["n"]) for p in r["periods"]] == [("2025-01", 2), ("2025-02", 0), ("2025-03", 2)]
    overview = client.get("/api/relations").json()
    assert [(p["a"], p["b"]) for p in overview["pairs"]][0] == ("JPN", "USA")
    events = client.get("/api/events", params={"a": "CHN", "b": "USA"}).json()["results"]
    assert [e["type"] for e in events] == ["ACCUSE"]
    assert events[0]["sentence"].startswith("China accused the United States")


def test_stats(client):
    s = client.get("/api/stats").json()
    assert s["articles"] == 5 and s["events"] == 6


def test_openapi_and_docs_page(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/search", "/api/articles/{article_id}", "/api/relations/{a}/{b}",
            "/api/quotes", "/api/entities/{actor_id}"} <= set(schema["paths"])
    assert not any(not p.startswith("/api") for p in schema["paths"])  # HTML pages stay out
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/api/relations/{a}/{b}" in docs.text
    # no CDN: the docs page loads nothing from another host
    assert "cdn." not in docs.text and "https://" not in docs.text


def test_serving_never_writes_to_the_database(client, corpus, ids):
    import hashlib

    path = corpus[0]
    digest = lambda: hashlib.sha256(path.read_bytes()).hexdigest()  # noqa: E731
    before = digest()
    for url in ("/", "/?q=alliance", f"/articles/{ids['alliance']}", "/entities", "/quotes?q=peace",
                "/relations", "/relations/USA/JPN", "/api/search?q=talks", "/api/relations",
                f"/api/articles/{ids['china']}", "/api/stats"):
        assert client.get(url).status_code == 200, url
    assert digest() == before
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_events_by_date(client):
    found = client.get("/api/events", params={"date_from": "2025-03-01"}).json()["results"]
    assert sorted(e["type"] for e in found) == ["CONSULT", "REQUEST"]
