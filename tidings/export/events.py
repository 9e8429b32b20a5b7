"""Events counted once: a GDELT-like CSV and PLOVER JSON, one record per event group.

An event group is one happening however often it was reported (see analyse/stories.py);
each record keeps every report: the number of sentences (mentions), articles and distinct
sites (sources) that carried it, and the URL of the first report.

GDELT-like columns follow GDELT 2.0's event table where a field exists there
(GlobalEventID, Day, Actor1Name, Actor1CountryCode, Actor1Type1Code, EventCode,
EventRootCode, GoldsteinScale-like intensity, NumMentions, NumSources, NumArticles,
ActionGeo_FullName, SOURCEURL), plus the PLOVER type and mode GDELT doesn't have.
"""
from __future__ import annotations

import sqlite3
from typing import Iterator
from urllib.parse import urlsplit

_GROUPS = """
SELECT s.group_id, s.type, s.mode, s.cameo, s.source_name, s.source_country, s.source_sector,
       s.source_actor_id, s.target_name, s.target_country, s.target_sector, s.target_actor_id,
       s.event_date, s.first_report_date, s.place, s.intensity, s.n_mentions, s.n_articles,
       s.n_stories
FROM event_group_summary s ORDER BY COALESCE(s.event_date, s.first_report_date), s.group_id
"""

_REPORTS = """
SELECT e.group_id, e.id AS event_id, e.article_id, a.url, a.date AS article_date, a.story_id,
       e.sentence_start, e.sentence_end,
       substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
FROM events e JOIN articles a ON a.id = e.article_id
WHERE e.group_id = ? ORDER BY a.date, e.id
"""

GDELT_COLUMNS = [
    "GlobalEventID", "Day", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "EventCode", "EventRootCode",
    "PloverType", "PloverMode", "Intensity", "NumMentions", "NumSources", "NumArticles",
    "NumStories", "ActionGeo_FullName", "DateIsReported", "SOURCEURL",
]


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).netloc.lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def event_groups(conn: sqlite3.Connection) -> Iterator[tuple[dict, list[dict]]]:
    """(group summary, its reports in date order) for every distinct event."""
    cur = conn.execute(_GROUPS)
    names = [d[0] for d in cur.description]
    while rows := cur.fetchmany(500):
        for row in rows:
            group = dict(zip(names, row))
            reports = [dict(r) for r in _rows(conn, _REPORTS, (group["group_id"],))]
            yield group, reports


def _rows(conn, sql, args):
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def gdelt_rows(conn: sqlite3.Connection) -> Iterator[dict]:
    for g, reports in event_groups(conn):
        day = g["event_date"] or g["first_report_date"]
        hosts = {_host(r["url"]) for r in reports} - {None}
        cameo = g["cameo"] or None
        yield {
            "GlobalEventID": g["group_id"],
            "Day": day[:10].replace("-", "") if day else None,
            "Actor1Name": g["source_name"], "Actor1CountryCode": g["source_country"],
            "Actor1Type1Code": g["source_sector"],
            "Actor2Name": g["target_name"], "Actor2CountryCode": g["target_country"],
            "Actor2Type1Code": g["target_sector"],
            "EventCode": cameo, "EventRootCode": cameo[:2] if cameo else None,
            "PloverType": g["type"], "PloverMode": g["mode"],
            "Intensity": round(g["intensity"], 2) if g["intensity"] is not None else None,
            "NumMentions": g["n_mentions"], "NumSources": len(hosts) or 1,
            "NumArticles": g["n_articles"], "NumStories": g["n_stories"],
            "ActionGeo_FullName": g["place"],
            # 1 when no report gave the event's own date and Day is the first report's date.
            "DateIsReported": 0 if g["event_date"] else 1,
            "SOURCEURL": next((r["url"] for r in reports if r["url"]), None),
        }


def _actor(name, country, sector, actor_id) -> dict:
    return {"name": name, "country": country, "sector": sector, "actor_id": actor_id}


def plover_records(conn: sqlite3.Connection) -> Iterator[dict]:
    """PLOVER-style event records (one per distinct event), with every report as a source."""
    for g, reports in event_groups(conn):
        yield {
            "event_id": g["group_id"],
            "event_date": g["event_date"],
            "first_report_date": g["first_report_date"],
            "event_type": g["type"],
            "event_mode": g["mode"],
            "cameo": g["cameo"],
            "intensity": g["intensity"],
            "source": _actor(g["source_name"], g["source_country"], g["source_sector"],
                             g["source_actor_id"]),
            "target": _actor(g["target_name"], g["target_country"], g["target_sector"],
                             g["target_actor_id"]),
            "location": g["place"],
            "num_mentions": g["n_mentions"], "num_articles": g["n_articles"],
            "num_stories": g["n_stories"],
            "reports": [{"article_id": r["article_id"], "url": r["url"], "date": r["article_date"],
                         "story_id": r["story_id"], "sentence": r["sentence"],
                         "span": [r["sentence_start"], r["sentence_end"]]} for r in reports],
        }
