"""Alerts: what a user's watches (saved searches) matched since they last looked.

A watch is search words and/or a country and/or an entity, exactly as in the search box
(`queries.search`), so an alert never disagrees with the search page. Its alerts are the
matching articles stored after its `seen_upto` mark; `Store.mark_seen` moves the mark.
Like the rest of analyse/, nothing here writes.
"""
from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import QueryError, msg
from ..store.db import newest_article_id
from .queries import clamp_limit, rows, search


def _watch_rows(conn: sqlite3.Connection, name: str | None) -> list[dict[str, Any]]:
    # A database from before watches existed, opened read-only, is not migrated yet.
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'watches'").fetchone()
    if not has_table:
        if name is not None:
            raise QueryError(msg("E606", name=name))
        return []
    if name is None:
        return rows(conn, "SELECT * FROM watches ORDER BY name")
    found = rows(conn, "SELECT * FROM watches WHERE name = ?", (name,))
    if not found:
        raise QueryError(msg("E606", name=name))
    return found


def _matches(conn, watch: dict[str, Any], upto: int, limit: int) -> dict[str, Any]:
    return search(conn, watch["query"], country=watch["country"], entity=watch["entity"],
                  sort="date", limit=limit, stored_after=watch["seen_upto"], stored_upto=upto,
                  facets=False)


def alerts(conn: sqlite3.Connection, name: str | None = None, *, limit: int | None = 10) -> dict[str, Any]:
    """{upto, watches: [{name, query, country, entity, created_at, seen_upto, seen_at,
    new, results: [search hits, newest first]}]}.

    `upto` is the newest article id considered: pass it to `Store.mark_seen` so that
    articles stored while the user reads still alert next time.
    """
    limit = clamp_limit(limit, default=10)
    upto = newest_article_id(conn)
    out = []
    for watch in _watch_rows(conn, name):
        found = _matches(conn, watch, upto, limit)
        out.append({**watch, "new": found["total"], "results": found["results"]})
    return {"upto": upto, "watches": out}


def new_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """(name, number of new matches) for every watch that has any: the end-of-ingest line."""
    upto = newest_article_id(conn)
    counts = []
    for watch in _watch_rows(conn, None):
        n = _matches(conn, watch, upto, 1)["total"]
        if n:
            counts.append((watch["name"], n))
    return counts
