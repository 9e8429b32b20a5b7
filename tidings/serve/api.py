"""The JSON API under /api: thin routes over analyse/queries.py and analyse/relations.py.

Routes are plain ``def`` functions: FastAPI runs them in its thread pool, each with its
own read-only connection, so a slow query never blocks the event loop.
"""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from ..analyse import alerts as alert_queries, queries, relations
from ..errors import msg
from .app import connection

router = APIRouter(prefix="/api", tags=["api"])

Period = Literal["day", "week", "month"]


def _date_query():
    return Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")


def _country_path():
    # One Path() per parameter: a shared instance would make both parameters one.
    return Path(..., pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3 code, e.g. USA")


def _found(value, what: str, id_):
    if value is None:
        raise HTTPException(404, msg("E605", what=what, id=id_))
    return value


@router.get("/stats", summary="How much the store holds")
def stats(conn=Depends(connection)):
    """{articles, stories, actors, quotes, events (distinct), event_reports, input_errors, first_date, last_date}"""
    return queries.stats(conn)


@router.get("/search", summary="Full-text search of articles, with filters")
def search(q: str | None = Query(None, max_length=500, description="words; \"a phrase\"; word*; OR"),
           date_from: str | None = _date_query(), date_to: str | None = _date_query(),
           country: str | None = Query(None, pattern=r"^[A-Za-z]{3}$",
                                       description="articles mentioning an actor of this country"),
           entity: str | None = Query(None, max_length=200,
                                      description="actor id, or part of an entity's name"),
           sort: Literal["rank", "date"] = "rank",
           limit: int = Query(20, ge=1, le=queries.MAX_LIMIT), offset: int = Query(0, ge=0),
           conn=Depends(connection)):
    """{total, results: [{id, title, title_marks, snippet, snippet_marks, date, url, ...}], facets}.

    `*_marks` are [start, end) offsets of the matched words in `title`/`snippet`.
    """
    return queries.search(conn, q, date_from=date_from, date_to=date_to, country=country,
                          entity=entity, sort=sort, limit=limit, offset=offset)


@router.get("/articles/{article_id}", summary="One article with its entities, quotes, events and copies")
def article(article_id: int, conn=Depends(connection)):
    """The article record with `entities` (mentions as offsets into `text`), `quotes`,
    `events` (sentence offsets, `n_articles` reporting the same event), `copies` (the same
    story) and `coverage` (other stories sharing its events or rarer people and organisations:
    [{id, title, date, url, score, shared_events, shared}])."""
    return _found(queries.article(conn, article_id), "article", article_id)


@router.get("/entities", summary="Actors of the registry, most reported first")
def entities(q: str | None = Query(None, max_length=200), type: str | None = Query(None, max_length=10),
             country: str | None = Query(None, pattern=r"^[A-Za-z]{3}$"),
             limit: int = Query(50, ge=1, le=queries.MAX_LIMIT), offset: int = Query(0, ge=0),
             conn=Depends(connection)):
    """{total, results: [{id, name, type, country, sector, first_seen, last_seen, n_articles}]}"""
    return queries.entities(conn, q, type=type, country=country, limit=limit, offset=offset)


@router.get("/entities/{actor_id}",
            summary="One actor: titles and mentions over time, quotes, events, articles")
def entity(actor_id: int, by: Period = "month", limit: int = Query(50, ge=1, le=queries.MAX_LIMIT),
           conn=Depends(connection)):
    """The actor with `names`, `titles` (with first/last seen), `mentions` per period,
    `quotes`, `events` (each counted once) and `articles`."""
    return _found(queries.entity(conn, actor_id, by=by, limit=limit), "entity", actor_id)


@router.get("/quotes", summary="Search quotes by words and/or speaker")
def quotes(q: str | None = Query(None, max_length=500), speaker: str | None = Query(None, max_length=200),
           actor_id: int | None = None, limit: int = Query(20, ge=1, le=queries.MAX_LIMIT),
           offset: int = Query(0, ge=0), conn=Depends(connection)):
    """{total, results: [{id, text, marks, speaker, speaker_actor_id, cue, direct, article_id, ...}]}"""
    return queries.quotes(conn, q, speaker=speaker, actor_id=actor_id, limit=limit, offset=offset)


@router.get("/events", summary="Distinct events (each counted once), filtered")
def events(a: str | None = Query(None, pattern=r"^[A-Za-z]{3}$", description="a country in the event"),
           b: str | None = Query(None, pattern=r"^[A-Za-z]{3}$", description="the other country"),
           actor_id: int | None = None, type: str | None = Query(None, max_length=12),
           date_from: str | None = _date_query(), date_to: str | None = _date_query(),
           limit: int = Query(50, ge=1, le=queries.MAX_LIMIT), conn=Depends(connection)):
    """{results: [{id, type, source_*, target_*, date, place, intensity, n_articles, article_id, sentence}]}"""
    return {"results": queries.events(conn, a=a, b=b, actor_id=actor_id, type=type,
                                      date_from=date_from, date_to=date_to, limit=limit)}


@router.get("/relations", summary="The most active country pairs and how their balance moved")
def relations_overview(by: Period = "month", limit: int = Query(20, ge=1, le=200),
                       conn=Depends(connection)):
    """{by, pairs: [{a, b, n, mean_intensity, cooperative, conflictual, earlier_mean, later_mean,
    shift, first, last, periods: [{period, n, mean_intensity}]}]}"""
    return {"by": by, "pairs": relations.top_pairs(conn, limit=limit, by=by)}


@router.get("/relations/{a}/{b}",
            summary="Events between two countries per period: counts by PLOVER type, mean intensity")
def relations_pair(a: str = _country_path(), b: str = _country_path(), by: Period = "month",
                   date_from: str | None = _date_query(), date_to: str | None = _date_query(),
                   conn=Depends(connection)):
    """{a, b, by, total, undated, types, by_type, balance, periods: [{period, n, mean_intensity,
    by_type, from_a, from_b}]}; quiet periods between the first and last event have n = 0."""
    return relations.relations(conn, a, b, by, date_from=date_from, date_to=date_to)


@router.get("/alerts", summary="New articles matching each watch (saved search) since it was last marked seen")
def alerts(watch: str | None = Query(None, max_length=100, description="one watch's name (default: all)"),
           limit: int = Query(10, ge=1, le=queries.MAX_LIMIT), conn=Depends(connection)):
    """{upto, watches: [{name, query, country, entity, seen_upto, new, results: [search hits]}]}.

    Watches are added and marked seen with the CLI (`tidings watch add`, `tidings alerts
    --mark-seen`): the server itself never writes.
    """
    return alert_queries.alerts(conn, watch, limit=limit)
