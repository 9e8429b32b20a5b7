"""Related coverage: other stories about the same happening or the same people.

Copies of one story (near-duplicate text) are `stories.py`'s business. This module links
*different* stories: ones that report one of the same events (an event group, see
`stories.event_key`), or that name several of the same people and organisations around
the same time. A shared actor counts by how rare it is (inverse document frequency), so
"the State Department", named in most of a ministry's releases, links little, while a
visiting minister named in three articles links them strongly.
"""
from __future__ import annotations

import math
import sqlite3
from datetime import date, timedelta
from typing import Any

from .queries import rows

WINDOW_DAYS = 30          # coverage further apart than this is history, not related news
EVENT_WEIGHT = 4.0        # one shared event outweighs two rare shared names
MIN_SCORE = 3.0
# An actor in more articles than this is too common to link anything; skipping it also
# bounds the work per article on a store of millions of articles.
MAX_ACTOR_ARTICLES = 5_000


def _window(day: str | None) -> tuple[str, str] | None:
    try:
        d = date.fromisoformat((day or "")[:10])
    except ValueError:
        return None
    return (d - timedelta(days=WINDOW_DAYS)).isoformat(), (d + timedelta(days=WINDOW_DAYS)).isoformat()


def coverage(conn: sqlite3.Connection, article_id: int, *, limit: int = 8) -> list[dict[str, Any]]:
    """[{id, title, date, url, score, shared_events, shared: [actor names, rarest first]}],
    best first.

    Articles of the same story are left out (they are its copies), and of each other
    story only its best-linked article is kept.
    """
    me = conn.execute("SELECT story_id, date FROM articles WHERE id = ?", (article_id,)).fetchone()
    if me is None:
        return []
    story, window = me[0], _window(me[1])
    total = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] or 1
    actors = rows(conn, "SELECT e.actor_id, MIN(e.name) AS name, COUNT(DISTINCT o.article_id) AS df"
                        " FROM entities e JOIN entities o ON o.actor_id = e.actor_id"
                        " WHERE e.article_id = ? AND e.actor_id IS NOT NULL AND e.type IN ('PERSON', 'ORG')"
                        " GROUP BY e.actor_id", (article_id,))
    weight = {a["actor_id"]: math.log((total + 1) / a["df"]) for a in actors
              if 1 < a["df"] <= MAX_ACTOR_ARTICLES}
    names = {a["actor_id"]: a["name"] for a in actors}
    rarity = {names[i]: w for i, w in weight.items()}  # shared names are listed rarest first
    date_sql, date_params = "", []
    if window:
        # Undated articles stay candidates: no date is no evidence they are far apart.
        date_sql = " AND (a.date IS NULL OR substr(a.date, 1, 10) BETWEEN ? AND ?)"
        date_params = list(window)
    scores: dict[int, dict[str, Any]] = {}

    def slot(row) -> dict[str, Any]:
        return scores.setdefault(row["article_id"], {"score": 0.0, "shared": [], "shared_events": 0,
                                                     "story_id": row["story_id"]})

    if weight:
        marks = ",".join("?" * len(weight))
        for r in rows(conn, f"SELECT DISTINCT e.article_id, e.actor_id, a.story_id FROM entities e"
                            f" JOIN articles a ON a.id = e.article_id"
                            f" WHERE e.actor_id IN ({marks}) AND e.article_id != ?{date_sql}",
                      [*weight, article_id, *date_params]):
            s = slot(r)
            s["score"] += weight[r["actor_id"]]
            s["shared"].append(names[r["actor_id"]])
    for r in rows(conn, "SELECT o.article_id, COUNT(DISTINCT o.group_id) AS n, a.story_id FROM events e"
                        " JOIN events o ON o.group_id = e.group_id AND o.article_id != e.article_id"
                        f" JOIN articles a ON a.id = o.article_id WHERE e.article_id = ?{date_sql}"
                        " GROUP BY o.article_id", [article_id, *date_params]):
        s = slot(r)
        s["score"] += EVENT_WEIGHT * r["n"]
        s["shared_events"] = r["n"]
    best_per_story: dict[Any, tuple[int, dict[str, Any]]] = {}
    for aid, s in scores.items():
        if s["score"] < MIN_SCORE or (story is not None and s["story_id"] == story):
            continue
        key = s["story_id"] if s["story_id"] is not None else ("article", aid)
        if key not in best_per_story or s["score"] > best_per_story[key][1]["score"]:
            best_per_story[key] = (aid, s)
    ranked = sorted(best_per_story.values(), key=lambda p: (-p[1]["score"], p[0]))[:max(0, limit)]
    if not ranked:
        return []
    info = {r["id"]: r for r in rows(conn, "SELECT id, title, date, url FROM articles WHERE id IN ("
                                            + ",".join("?" * len(ranked)) + ")", [aid for aid, _ in ranked])}
    return [{**info[aid], "score": round(s["score"], 2), "shared_events": s["shared_events"],
             "shared": sorted(set(s["shared"]), key=lambda n: (-rarity[n], n))} for aid, s in ranked]
