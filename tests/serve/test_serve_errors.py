"""Every API error has one JSON shape (like datasette's tests/test_error_shape.py)."""
from __future__ import annotations

import pytest


def _assert_error_shape(response, status):
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["code"], str) and body["error"]["code"]
    message = body["error"]["message"]
    assert isinstance(message, str) and message and "\n" not in message
    assert "Traceback" not in message
    return body["error"]


def test_every_api_error_has_one_shape(client, monkeypatch):
    cases = [
        ("get", "/api/articles/999999", 404),
        ("get", "/api/articles/not-a-number", 400),
        ("get", "/api/entities/424242", 404),
        ("get", "/api/relations/US/JPN", 400),
        ("get", "/api/relations/USA/JPN?by=year", 400),
        ("get", "/api/search?limit=0", 400),
        ("get", "/api/search?date_from=yesterday", 400),
        ("get", "/api/no-such-route", 404),
        ("post", "/api/search", 405),
    ]
    for method, url, status in cases:
        _assert_error_shape(getattr(client, method)(url), status)

    # a query the store cannot answer (QueryError from the library) is a 400 in the same shape
    err = _assert_error_shape(client.get("/api/relations/USA/JPN?date_from=2025-13-45"), 400)
    assert "YYYY-MM-DD" in err["message"]

    # an unexpected failure is a 500 with no traceback or internals in it
    from tidings.analyse import queries

    def boom(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(queries, "stats", boom)
    err = _assert_error_shape(client.get("/api/stats"), 500)
    assert "secret" not in err["message"]


@pytest.mark.parametrize("url", ["/articles/999999", "/entities/999999", "/relations/US/JPN"])
def test_page_errors_are_pages(client, url):
    r = client.get(url)
    assert r.status_code in (400, 404)
    assert r.headers["content-type"].startswith("text/html")
    assert "<h1>" in r.text and "Traceback" not in r.text


@pytest.mark.parametrize("url", [
    "/api/search?offset=99999999999999999999", "/api/quotes?offset=99999999999999999999",
    "/api/entities?offset=99999999999999999999", "/api/articles/99999999999999999999",
    "/api/entities/99999999999999999999"])
def test_a_number_past_the_database_range_is_a_bad_request(client, url):
    # SQLite integers stop at 2**63 - 1; a bigger one in a URL is the client's mistake.
    err = _assert_error_shape(client.get(url), 400)
    assert "out of range" in err["message"]


@pytest.mark.parametrize("url", ["/?offset=99999999999999999999", "/articles/99999999999999999999",
                                 "/entities?offset=99999999999999999999", "/quotes?offset=99999999999999999999"])
def test_a_page_with_a_number_past_the_range_says_so(client, url):
    r = client.get(url)
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "out of range" in r.text
