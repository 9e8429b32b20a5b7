"""The dashboard and JSON API: ``create_app(db_path, config)`` builds the FastAPI app.

Like datasette's ``Datasette.app()``, one object (here the app, with the Store on its
state) serves both the JSON API under /api and the server-rendered pages. Each request
gets its own read-only SQLite connection, so the server never writes and threads never
share a connection.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import Config, load_config
from ..errors import QueryError, StoreError, TidingsError, msg
from ..store import Store

HERE = Path(__file__).parent
log = logging.getLogger("tidings.serve")

# Pages load nothing from elsewhere: no CDN, no inline script, no inline style.
SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                "script-src 'self'; object-src 'none'; base-uri 'none'; "
                                "frame-ancestors 'none'; form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

_ERROR_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
                422: "bad_request", 500: "internal_error"}


def error_body(status: int, message: str) -> dict:
    """The one shape of every API error."""
    return {"error": {"status": status, "code": _ERROR_CODES.get(status, f"http_{status}"),
                      "message": message}}


def safe_url(url: str | None) -> str | None:
    """A link target from a page, only if it is a plain web address (never javascript:)."""
    if not url or not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def make_templates() -> jinja2.Environment:
    # Autoescape everywhere: every string shown on a page comes from untrusted pages.
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["signed"] = lambda v: "" if v is None else f"{float(v):+.1f}"
    env.globals["version"] = __version__
    return env


def create_app(db_path: str | Path, config: Config | None = None) -> FastAPI:
    """The app over an existing tidings database (raises StoreError if there is none)."""
    from . import api, pages

    config = config if config is not None else load_config()
    if not Path(db_path).is_file():
        raise StoreError(msg("E604", path=db_path))
    store = Store(db_path, readonly=True)  # fails now, with one line, not on the first request
    app = FastAPI(title="tidings", version=__version__,
                  description="Search news, read articles with their entities, quotes and "
                              "events, and follow relations between countries.",
                  docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.config = config
    app.state.templates = make_templates()
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def _respond(request: Request, status: int, message: str):
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse(error_body(status, message), status_code=status)
        html = app.state.templates.get_template("error.html").render(
            status=status, message=message, request_path=request.url.path)
        return HTMLResponse(html, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors()[:3]:
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return _respond(request, 400, "bad parameter " + "; ".join(parts))

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        return _respond(request, 400, str(exc))

    @app.exception_handler(TidingsError)
    async def tidings_error(request: Request, exc: TidingsError):
        return _respond(request, 500, str(exc))

    @app.exception_handler(OverflowError)
    async def overflow(request: Request, exc: OverflowError):
        # An id or offset from the URL past SQLite's 64-bit integers fails where it is bound
        # to the query: the client's mistake, whichever route it came through.
        if "SQLite INTEGER" in str(exc):
            return _respond(request, 400, "bad parameter: a number out of range")
        return await unexpected(request, exc)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        # The traceback goes to the server log, never to the client.
        log.exception("error serving %s", request.url.path)
        return _respond(request, 500, "internal error")

    return app


def connection(request: Request) -> Iterator:
    """FastAPI dependency: a read-only connection for this request, closed after it."""
    conn = request.app.state.store.connect(readonly=True)
    try:
        yield conn
    finally:
        conn.close()
