"""Server-rendered pages: the same query functions as the API, drawn with Jinja2 templates."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..analyse import alerts as alert_queries, queries, relations
from ..errors import msg
from ..model import PLOVER_TYPES
from . import charts
from .app import connection
from .highlight import article_paragraphs, marked_segments

router = APIRouter(include_in_schema=False)

_DATE = r"^(\d{4}-\d{2}-\d{2})?$"


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    html = env.get_template(template).render(request_path=request.url.path, **context)
    return HTMLResponse(html)


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: str | None = Query(None, max_length=500),
                date_from: str | None = Query(None, pattern=_DATE),
                date_to: str | None = Query(None, pattern=_DATE),
                country: str | None = Query(None, pattern=r"^([A-Za-z]{3})?$"),
                entity: str | None = Query(None, max_length=200),
                sort: str = Query("rank", pattern="^(rank|date)$"),
                offset: int = Query(0, ge=0), conn=Depends(connection)):
    filters = {"q": _blank(q), "date_from": _blank(date_from), "date_to": _blank(date_to),
               "country": _blank(country), "entity": _blank(entity), "sort": sort}
    result = queries.search(conn, filters["q"], date_from=filters["date_from"],
                            date_to=filters["date_to"], country=filters["country"],
                            entity=filters["entity"], sort=sort, limit=20, offset=offset)
    for hit in result["results"]:
        hit["title_segments"] = marked_segments(hit["title"] or "(untitled)", hit["title_marks"])
        hit["snippet_segments"] = marked_segments(hit["snippet"] or "", hit["snippet_marks"])
    return render(request, "search.html", result=result, filters=filters,
                  stats=queries.stats(conn), page_query={k: v for k, v in filters.items() if v})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int, event: int | None = None,
                 conn=Depends(connection)):
    a = queries.article(conn, article_id)
    if a is None:
        raise HTTPException(404, msg("E605", what="article", id=article_id))
    paragraphs = article_paragraphs(a["text"], a["entities"], a["quotes"], a["events"])
    for ev in a["events"]:
        ev["sentence"] = a["text"][ev["sentence_start"]:ev["sentence_end"]]
    return render(request, "article.html", a=a, paragraphs=paragraphs, selected_event=event,
                  entity_types=sorted({e["type"] for e in a["entities"]}))


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, q: str | None = Query(None, max_length=200),
                  type: str | None = Query(None, max_length=10),
                  country: str | None = Query(None, pattern=r"^([A-Za-z]{3})?$"),
                  offset: int = Query(0, ge=0), conn=Depends(connection)):
    filters = {"q": _blank(q), "type": _blank(type), "country": _blank(country)}
    result = queries.entities(conn, filters["q"], type=filters["type"], country=filters["country"],
                              limit=50, offset=offset)
    return render(request, "entities.html", result=result, filters=filters,
                  page_query={k: v for k, v in filters.items() if v})


@router.get("/entities/{actor_id}", response_class=HTMLResponse)
def entity_page(request: Request, actor_id: int, by: str = Query("month", pattern="^(day|week|month)$"),
                conn=Depends(connection)):
    e = queries.entity(conn, actor_id, by=by)
    if e is None:
        raise HTTPException(404, msg("E605", what="entity", id=actor_id))
    chart = charts.bar_chart(e["mentions"], "period", "mentions") if e["mentions"] else None
    return render(request, "entity.html", e=e, chart=chart)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, q: str | None = Query(None, max_length=500),
                speaker: str | None = Query(None, max_length=200), offset: int = Query(0, ge=0),
                conn=Depends(connection)):
    filters = {"q": _blank(q), "speaker": _blank(speaker)}
    result = queries.quotes(conn, filters["q"], speaker=filters["speaker"], limit=20, offset=offset)
    for hit in result["results"]:
        hit["segments"] = marked_segments(hit["text"], hit["marks"])
    return render(request, "quotes.html", result=result, filters=filters,
                  page_query={k: v for k, v in filters.items() if v})


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, country: str | None = Query(None, pattern=r"^([A-Za-z]{3})?$"),
                other: str | None = Query(None, pattern=r"^([A-Za-z]{3})?$"),
                type: str | None = Query(None, pattern=r"^[A-Za-z]{0,12}$"),
                date_from: str | None = Query(None, pattern=_DATE),
                date_to: str | None = Query(None, pattern=_DATE), conn=Depends(connection)):
    filters = {"country": _blank(country), "other": _blank(other), "type": _blank(type),
               "date_from": _blank(date_from), "date_to": _blank(date_to)}
    found = queries.events(conn, a=filters["country"], b=filters["other"], type=filters["type"],
                           date_from=filters["date_from"], date_to=filters["date_to"], limit=200)
    return render(request, "events.html", events=found, filters=filters, types=PLOVER_TYPES)


@router.get("/relations", response_class=HTMLResponse)
def relations_page(request: Request, a: str | None = Query(None, pattern=r"^([A-Za-z]{3})?$"),
                   b: str | None = Query(None, pattern=r"^([A-Za-z]{3})?$"),
                   conn=Depends(connection)):
    if a and b:  # the pair form on the overview
        return RedirectResponse(f"/relations/{a.upper()}/{b.upper()}", status_code=303)
    pairs = relations.top_pairs(conn, limit=25, by="month")
    for pair in pairs:
        pair["spark"] = charts.sparkline(pair["periods"])
    return render(request, "relations.html", pairs=pairs)


@router.get("/relations/{a}/{b}", response_class=HTMLResponse)
def pair_page(request: Request, a: str, b: str, by: str = Query("month", pattern="^(day|week|month)$"),
              date_from: str | None = Query(None, pattern=_DATE),
              date_to: str | None = Query(None, pattern=_DATE), conn=Depends(connection)):
    span = {"date_from": _blank(date_from), "date_to": _blank(date_to)}
    data = relations.relations(conn, a, b, by, **span)
    chart = charts.pair_chart(data["periods"])
    events = queries.events(conn, a=data["a"], b=data["b"], limit=100, **span)
    return render(request, "pair.html", r=data, chart=chart, events=events, span=span,
                  span_query={k: v for k, v in span.items() if v},
                  legend=[t for t in PLOVER_TYPES if t in data["by_type"]])


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request):
    """The API reference, rendered from the app's OpenAPI schema (Swagger UI would need a CDN)."""
    schema = request.app.openapi()
    routes = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            routes.append({"path": path, "method": method.upper(), "summary": op.get("summary", ""),
                           "description": op.get("description", ""),
                           "params": [{"name": p["name"], "in": p["in"],
                                       "required": p.get("required", False),
                                       "type": _schema_type(p.get("schema", {})),
                                       "description": p.get("description", "")}
                                      for p in op.get("parameters", [])]})
    return render(request, "docs.html", routes=routes, info=schema.get("info", {}))


def _schema_type(schema: dict) -> str:
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " or ".join(_schema_type(s) for s in schema["anyOf"])
    return schema.get("type", "")


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, watch: str | None = Query(None, max_length=100),
                conn=Depends(connection)):
    found = alert_queries.alerts(conn, _blank(watch), limit=20 if watch else 5)
    for w in found["watches"]:
        for hit in w["results"]:
            hit["title_segments"] = marked_segments(hit["title"] or "(untitled)", hit["title_marks"])
            hit["snippet_segments"] = marked_segments(hit["snippet"] or "", hit["snippet_marks"])
    return render(request, "alerts.html", found=found, one=_blank(watch))
