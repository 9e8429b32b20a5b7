"""Read-only questions over the store: search, article, entity, quotes.

Every function takes an open ``sqlite3.Connection`` (the store's) and returns plain
dicts and lists, ready for JSON; the dashboard's HTML pages are built from the very
same dicts, so the API and the pages never disagree. Nothing here writes.

Full-text snippets come back as plain text plus ``marks`` ([start, end) offsets of the
matched words) rather than as HTML, because article text is untrusted: whoever shows a
snippet escapes it and draws the marks itself.
"""
from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from .relations import MAX_FILLED_PERIODS, period_range, period_sql, prepare

# FTS5 snippet()/highlight() markers: control characters that extraction never leaves
# in article text, so they can be told apart from the text and turned into offsets.
_OPEN, _CLOSE = "\x02", "\x03"
SNIPPET_TOKENS = 24
MAX_LIMIT = 200

_PHRASE = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def rows(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def one(conn: sqlite3.Connection, sql: str, params: Any = ()) -> dict[str, Any] | None:
    found = rows(conn, sql, params)
    return found[0] if found else None


def clamp_limit(limit: int | None, default: int = 20) -> int:
    if limit is None:
        return default
    return max(1, min(int(limit), MAX_LIMIT))


def fts_query(text: str | None) -> str | None:
    """A user's search box text -> a safe FTS5 MATCH expression (None when empty).

    Raw user text is not valid FTS5 syntax in general ("U.S.-Japan", a lone quote,
    AND/NEAR as words), so every word becomes a quoted term; "double-quoted phrases"
    stay phrases, a trailing * keeps prefix search and a bare OR stays an operator.
    """
    if not text:
        return None
    parts: list[str] = []
    for phrase, word in _PHRASE.findall(text[:500]):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        if word == "OR" and parts and parts[-1] != "OR":
            parts.append("OR")
            continue
        prefix = word.endswith("*")
        for i, w in enumerate(_WORD.findall(word)):
            last = i == len(_WORD.findall(word)) - 1
            parts.append(f'"{w}"' + ("*" if prefix and last else ""))
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts) or None


def parse_marked(marked: str | None) -> tuple[str, list[list[int]]]:
    """Text with FTS markers -> (plain text, [[start, end], ...] of the marked parts)."""
    if not marked:
        return marked or "", []
    out: list[str] = []
    marks: list[list[int]] = []
    pos, start = 0, None
    for ch in marked:
        if ch == _OPEN:
            start = pos
        elif ch == _CLOSE:
            if start is not None and pos > start:
                marks.append([start, pos])
            start = None
        else:
            out.append(ch)
            pos += 1
    return "".join(out), marks


def _json_list(value: str | None) -> list:
    if not value:
        return []
    try:
        found = json.loads(value)
    except ValueError:
        return []
    return found if isinstance(found, list) else []


def _day_range(day_sql: str, date_from: str | None, date_to: str | None) -> tuple[list[str], list[Any]]:
    """Inclusive bounds on a YYYY-MM-DD expression; either end may be open."""
    where: list[str] = []
    params: list[Any] = []
    for bound, op in ((date_from, ">="), (date_to, "<=")):
        if bound:
            where.append(f"{day_sql} {op} ?")
            params.append(bound)
    return where, params


def _article_filters(date_from, date_to, country, entity, stored_after: int | None = None,
                     stored_upto: int | None = None) -> tuple[list[str], list[Any]]:
    where, params = _day_range("substr(a.date, 1, 10)", date_from, date_to)
    # Article ids only grow: "stored after" a watch's mark is "id greater than it".
    for bound, op in ((stored_after, ">"), (stored_upto, "<=")):
        if bound is not None:
            where.append(f"a.id {op} ?")
            params.append(int(bound))
    if country:
        where.append("EXISTS (SELECT 1 FROM entities c WHERE c.article_id = a.id AND c.country = ?)")
        params.append(country.upper())
    if entity:
        if str(entity).isdigit():
            where.append("EXISTS (SELECT 1 FROM entities n WHERE n.article_id = a.id AND n.actor_id = ?)")
            params.append(int(entity))
        else:
            # A name typed by a user: "Blinken" should find "Antony Blinken".
            where.append("EXISTS (SELECT 1 FROM entities n WHERE n.article_id = a.id"
                         " AND n.name LIKE ? ESCAPE '\\')")
            params.append("%" + re.sub(r"([%_\\])", r"\\\1", str(entity)) + "%")
    return where, params


def search(conn: sqlite3.Connection, q: str | None = None, *, date_from: str | None = None,
           date_to: str | None = None, country: str | None = None, entity: str | int | None = None,
           sort: str = "rank", limit: int | None = 20, offset: int = 0,
           stored_after: int | None = None, stored_upto: int | None = None,
           facets: bool = True) -> dict[str, Any]:
    """Articles matching words (FTS5, best first) and filters; newest first without words.

    Each hit has ``title``/``title_marks`` and a ``snippet``/``snippet_marks`` pair.
    ``stored_after``/``stored_upto`` bound the article ids (the order articles were stored in).
    """
    limit = clamp_limit(limit)
    offset = max(0, int(offset or 0))
    match = fts_query(q)
    where, params = _article_filters(date_from, date_to, country, entity, stored_after, stored_upto)
    cols = ("a.id, a.title, a.date, a.url, a.dateline, a.section, a.credits, a.authors, "
            "a.story_id, a.language")
    if match:
        order = "f.rank" if sort != "date" else "a.date DESC, a.id DESC"
        base = (" FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ?"
                + "".join(" AND " + w for w in where))
        all_params = [match, *params]
        sql = (f"SELECT {cols}, highlight(articles_fts, 0, ?, ?) AS title_marked,"
               f" snippet(articles_fts, 1, ?, ?, ' … ', {SNIPPET_TOKENS}) AS snippet_marked"
               f"{base} ORDER BY {order} LIMIT ? OFFSET ?")
        found = rows(conn, sql, [_OPEN, _CLOSE, _OPEN, _CLOSE, *all_params, limit, offset])
        total = conn.execute("SELECT COUNT(*)" + base, all_params).fetchone()[0]
    else:
        base = " FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
        sql = (f"SELECT {cols}, a.title AS title_marked, substr(a.text, 1, 300) AS snippet_marked"
               f"{base} ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?")
        found = rows(conn, sql, [*params, limit, offset])
        total = conn.execute("SELECT COUNT(*)" + base, params).fetchone()[0]
    results = []
    for r in found:
        title, title_marks = parse_marked(r.pop("title_marked"))
        snippet, snippet_marks = parse_marked(r.pop("snippet_marked"))
        if not match and len(snippet) == 300:
            snippet += " …"
        r.update(title=title or r["title"], title_marks=title_marks, snippet=snippet,
                 snippet_marks=snippet_marks, credits=_json_list(r["credits"]),
                 authors=_json_list(r["authors"]))
        results.append(r)
    matched = ("SELECT a.id" + base, all_params if match else params)
    return {"query": q or "", "match": match, "total": total, "limit": limit, "offset": offset,
            "results": results, "facets": _facets(conn, *matched) if facets else None}


FACET_SIZE = 8


def _facets(conn: sqlite3.Connection, matched_sql: str, params: list) -> dict[str, list]:
    """The countries and the people/organisations most often in the matching articles,
    so a reader can narrow a search by what it actually contains."""
    countries = rows(conn, "SELECT country, COUNT(DISTINCT article_id) AS n FROM entities"
                           f" WHERE article_id IN ({matched_sql}) AND country IS NOT NULL"
                           " GROUP BY country ORDER BY n DESC, country LIMIT ?",
                     [*params, FACET_SIZE])
    actors = rows(conn, "SELECT e.actor_id AS id, ac.name, ac.type, COUNT(DISTINCT e.article_id) AS n"
                        " FROM entities e JOIN actors ac ON ac.id = e.actor_id"
                        f" WHERE e.article_id IN ({matched_sql}) AND e.type IN ('PERSON', 'ORG')"
                        " GROUP BY e.actor_id ORDER BY n DESC, ac.name LIMIT ?",
                  [*params, FACET_SIZE])
    return {"countries": countries, "actors": actors}


def article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """One article with everything found in it: entities (with their mentions), quotes,
    events (with how many articles report the same event), the other copies of its story
    and related coverage in other stories (analyse/coverage.py)."""
    a = one(conn, "SELECT * FROM articles WHERE id = ?", (article_id,))
    if a is None:
        return None
    for name in ("authors", "credits", "captions", "tags", "related"):
        a[name] = _json_list(a[name])
    a["related"] = [r for r in a["related"] if isinstance(r, dict) and r.get("title")]
    ents = rows(conn, "SELECT id AS row_id, entity_id AS id, actor_id, name, type, aliases, title,"
                      " country, sector, n_mentions FROM entities WHERE article_id = ?"
                      " ORDER BY n_mentions DESC, id", (article_id,))
    by_row = {}
    for e in ents:
        e["aliases"] = _json_list(e["aliases"])
        e["mentions"] = []
        by_row[e["row_id"]] = e
    for m in conn.execute("SELECT entity_row, start, end FROM mentions WHERE article_id = ?"
                          " ORDER BY start", (article_id,)):
        if m[0] in by_row:
            by_row[m[0]]["mentions"].append([m[1], m[2]])
    for e in ents:
        del e["row_id"]
    a["entities"] = ents
    a["quotes"] = [{**q, "direct": bool(q["direct"])} for q in rows(
        conn, "SELECT id, text, start, end, speaker, speaker_entity_id, speaker_actor_id, cue, direct"
              " FROM quotes WHERE article_id = ? ORDER BY start", (article_id,))]
    a["events"] = rows(
        conn, "SELECT e.id, e.group_id, e.type, e.mode, e.cameo, e.sentence_start, e.sentence_end,"
              " e.source_name, e.source_entity_id, e.source_actor_id, e.source_country, e.source_sector,"
              " e.target_name, e.target_entity_id, e.target_actor_id, e.target_country, e.target_sector,"
              " e.date, e.place, e.intensity,"
              " (SELECT COUNT(DISTINCT o.article_id) FROM events o WHERE o.group_id = e.group_id)"
              " AS n_articles"
              " FROM events e WHERE e.article_id = ? ORDER BY e.sentence_start, e.id", (article_id,))
    a["copies"] = rows(conn, "SELECT id, title, date, url, source FROM articles"
                             " WHERE story_id = ? AND id != ? ORDER BY date, id",
                       (a["story_id"], article_id)) if a["story_id"] is not None else []
    from .coverage import coverage

    a["coverage"] = coverage(conn, article_id)
    return a


def entities(conn: sqlite3.Connection, q: str | None = None, *, type: str | None = None,
             country: str | None = None, limit: int | None = 50, offset: int = 0) -> dict[str, Any]:
    """Actors of the registry, most widely reported first."""
    limit = clamp_limit(limit, 50)
    where, params = [], []
    if q:
        where.append("name LIKE ? ESCAPE '\\'")
        params.append("%" + re.sub(r"([%_\\])", r"\\\1", q) + "%")
    if type:
        where.append("type = ?")
        params.append(type.upper())
    if country:
        where.append("country = ?")
        params.append(country.upper())
    cond = " WHERE " + " AND ".join(where) if where else ""
    found = rows(conn, "SELECT id, name, type, country, sector, first_seen, last_seen, n_articles"
                       f" FROM actors{cond} ORDER BY n_articles DESC, name LIMIT ? OFFSET ?",
                 [*params, limit, max(0, offset)])
    total = conn.execute(f"SELECT COUNT(*) FROM actors{cond}", params).fetchone()[0]
    return {"total": total, "limit": limit, "offset": offset, "results": found}


def entity(conn: sqlite3.Connection, actor_id: int, *, by: str = "month",
           limit: int | None = 50) -> dict[str, Any] | None:
    """One actor: names, titles over time, mentions over time, quotes, events, articles."""
    limit = clamp_limit(limit, 50)
    actor = one(conn, "SELECT * FROM actors WHERE id = ?", (actor_id,))
    if actor is None:
        return None
    period = period_sql(by, "a.date")
    actor["names"] = [r[0] for r in conn.execute(
        "SELECT name FROM entities WHERE actor_id = ? GROUP BY name ORDER BY COUNT(*) DESC LIMIT 20",
        (actor_id,))]
    actor["titles"] = rows(conn, "SELECT title, country, first_seen, last_seen, n_articles"
                                 " FROM actor_titles WHERE actor_id = ? ORDER BY first_seen, title",
                           (actor_id,))
    actor["by"] = by
    actor["mentions"] = rows(
        conn, f"SELECT {period} AS period, SUM(e.n_mentions) AS mentions,"
              " COUNT(DISTINCT a.id) AS articles FROM entities e JOIN articles a ON a.id = e.article_id"
              f" WHERE e.actor_id = ? AND {period} IS NOT NULL GROUP BY 1 ORDER BY 1", (actor_id,))
    actor["mentions"] = _fill(actor["mentions"], by, {"mentions": 0, "articles": 0})
    # The same words in a story's syndicated copies are one quote, shown with its first report.
    actor["quotes"] = [{**q, "direct": bool(q["direct"])} for q in rows(
        conn, "WITH g AS (SELECT MIN(q.id) AS id, COUNT(DISTINCT q.article_id) AS n_articles"
              " FROM quotes q WHERE q.speaker_actor_id = ? GROUP BY q.text)"
              " SELECT q.id, q.text, q.cue, q.direct, q.article_id, a.title AS article_title,"
              " a.date AS article_date, g.n_articles FROM g JOIN quotes q ON q.id = g.id"
              " JOIN articles a ON a.id = q.article_id ORDER BY a.date DESC, q.id LIMIT ?",
        (actor_id, limit))]
    actor["events"] = events(conn, actor_id=actor_id, limit=limit)
    actor["articles"] = rows(
        conn, "SELECT a.id, a.title, a.date FROM entities e JOIN articles a ON a.id = e.article_id"
              " WHERE e.actor_id = ? GROUP BY a.id ORDER BY a.date DESC, a.id DESC LIMIT ?",
        (actor_id, limit))
    return actor


def _fill(series: list[dict[str, Any]], by: str, empty: dict[str, Any]) -> list[dict[str, Any]]:
    """Add the quiet periods between the first and last, so a chart shows gaps as gaps."""
    if not series:
        return series
    keys = period_range(series[0]["period"], series[-1]["period"], by)
    if len(keys) > MAX_FILLED_PERIODS:
        return series
    have = {r["period"]: r for r in series}
    return [have.get(k) or {"period": k, **empty} for k in keys]


def _grouped_events(conn, cond: str, params: tuple, limit: int, *, outer: str = "",
                    outer_params: tuple = ()) -> list[dict[str, Any]]:
    """Events matching ``cond``, each distinct happening once (a story's copies and
    repeated sentences share an event group), with the sentence of its first report.
    ``date`` is the event's own date as coded ("2022-W21"), else its first report's;
    ``day`` is the day the relations series puts it on (None when it has none).
    ``outer`` filters the grouped events (``g``), e.g. on their resolved date."""
    return rows(
        prepare(conn),
        "WITH g AS (SELECT MIN(e.id) AS id, MIN(e.type) AS type, MIN(e.mode) AS mode,"
        " MIN(e.cameo) AS cameo, MIN(e.source_name) AS source_name,"
        " MIN(e.source_country) AS source_country, MIN(e.source_actor_id) AS source_actor_id,"
        " MIN(e.target_name) AS target_name, MIN(e.target_country) AS target_country,"
        " MIN(e.target_actor_id) AS target_actor_id,"
        " CASE WHEN MIN(e.date) IS NOT NULL THEN MIN(tidings_day(e.date))"
        "      ELSE MIN(tidings_day(a.date)) END AS day,"
        " COALESCE(MIN(e.date), MIN(substr(a.date, 1, 10))) AS date, MIN(e.place) AS place,"
        " AVG(e.intensity) AS intensity, COUNT(DISTINCT e.article_id) AS n_articles"
        f" FROM events e JOIN articles a ON a.id = e.article_id WHERE {cond}"
        " GROUP BY COALESCE(e.group_id, -e.id))"
        " SELECT g.*, f.article_id,"
        " substr(t.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence"
        " FROM g JOIN events f ON f.id = g.id JOIN articles t ON t.id = f.article_id"
        + (f" WHERE {outer}" if outer else "")
        + " ORDER BY g.day IS NULL, g.day DESC, g.id DESC LIMIT ?",
        (*params, *outer_params, limit))


def events(conn: sqlite3.Connection, *, a: str | None = None, b: str | None = None,
           actor_id: int | None = None, type: str | None = None, date_from: str | None = None,
           date_to: str | None = None, limit: int | None = 50) -> list[dict[str, Any]]:
    """Distinct events, newest first: involving country a (and b, either direction),
    an actor (as source or target), of a PLOVER type, and/or dated within a range."""
    where, params = ["1"], []
    if a and b:
        where.append("((e.source_country = ? AND e.target_country = ?)"
                     " OR (e.source_country = ? AND e.target_country = ?))")
        params += [a.upper(), b.upper(), b.upper(), a.upper()]
    elif a or b:
        where.append("(e.source_country = ? OR e.target_country = ?)")
        params += [(a or b).upper()] * 2
    if actor_id is not None:
        where.append("(e.source_actor_id = ? OR e.target_actor_id = ?)")
        params += [int(actor_id)] * 2
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    # Dated like the relations series: the event's own date, else its first report's.
    outer, outer_params = _day_range("g.day", date_from, date_to)
    return _grouped_events(conn, " AND ".join(where), tuple(params), clamp_limit(limit, 50),
                           outer=" AND ".join(outer), outer_params=tuple(outer_params))


def quotes(conn: sqlite3.Connection, q: str | None = None, *, speaker: str | None = None,
           actor_id: int | None = None, limit: int | None = 20, offset: int = 0) -> dict[str, Any]:
    """Quotes matching words (FTS5 over quote text and speaker) and/or a speaker."""
    limit = clamp_limit(limit)
    offset = max(0, int(offset or 0))
    match = fts_query(q)
    where, params = [], []
    if speaker:
        where.append("q.speaker LIKE ? ESCAPE '\\'")
        params.append("%" + re.sub(r"([%_\\])", r"\\\1", speaker) + "%")
    if actor_id is not None:
        where.append("q.speaker_actor_id = ?")
        params.append(int(actor_id))
    cols = ("q.id, q.speaker, q.speaker_actor_id, q.cue, q.direct, q.start, q.end, q.article_id,"
            " a.title AS article_title, a.date AS article_date")
    if match:
        base = (" FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id"
                " WHERE quotes_fts MATCH ?" + "".join(" AND " + w for w in where))
        all_params = [match, *params]
        sql = (f"SELECT {cols}, highlight(quotes_fts, 0, ?, ?) AS marked{base}"
               " ORDER BY f.rank LIMIT ? OFFSET ?")
        found = rows(conn, sql, [_OPEN, _CLOSE, *all_params, limit, offset])
    else:
        base = (" FROM quotes q JOIN articles a ON a.id = q.article_id"
                + (" WHERE " + " AND ".join(where) if where else ""))
        all_params = params
        found = rows(conn, f"SELECT {cols}, q.text AS marked{base}"
                           " ORDER BY a.date DESC, q.id LIMIT ? OFFSET ?", [*params, limit, offset])
    total = conn.execute("SELECT COUNT(*)" + base, all_params).fetchone()[0]
    for r in found:
        r["text"], r["marks"] = parse_marked(r.pop("marked"))
        r["direct"] = bool(r["direct"])
    return {"query": q or "", "match": match, "total": total, "limit": limit, "offset": offset,
            "results": found}


def stats(conn: sqlite3.Connection) -> dict[str, Any]:
    """How much the store holds, for the dashboard's front page."""
    count = lambda table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: E731
    first, last = conn.execute("SELECT MIN(substr(date, 1, 10)), MAX(substr(date, 1, 10))"
                               " FROM articles").fetchone()
    n_events = conn.execute("SELECT COUNT(DISTINCT COALESCE(group_id, -id)) FROM events").fetchone()[0]
    return {"articles": count("articles"), "stories": count("stories"), "actors": count("actors"),
            "quotes": count("quotes"), "events": n_events, "event_reports": count("events"),
            "input_errors": count("input_errors"), "first_date": first, "last_date": last}
