"""RSS / Atom feeds -> RawDoc: one page per item that carries content (feedparser).

A feed item is an HTML fragment (full `content:encoded`, else the summary); it is wrapped
as a page stating the item's title, date and link, like a JSONL record's `content_html`.
"""
from __future__ import annotations

import time
from typing import Iterator

import feedparser

from ..errors import InputError, msg
from ..model import InputFailure, RawDoc
from .files import GZIP_MAGIC, gunzip_bounded, read_bounded
from .jsonl import wrap_fragment


def _iso(parsed: time.struct_time | None, raw: str | None) -> str | None:
    if parsed is not None:
        try:
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
        except (TypeError, ValueError):
            pass
    return raw


def _content(entry) -> str | None:
    html = [c.get("value") for c in entry.get("content") or [] if c.get("value")]
    if html:
        return max(html, key=len)
    summary = entry.get("summary")
    return summary if summary and summary.strip() else None


def iter_feed(path: str, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    try:
        data = read_bounded(path, max_bytes)
        if data[:2] == GZIP_MAGIC:
            data = gunzip_bounded(data, max_bytes)
    except InputError as exc:
        yield InputFailure(path, str(exc))
        return
    except OSError as exc:
        yield InputFailure(path, msg("E109", reason=exc.strerror or str(exc)))
        return
    # feedparser never fetches here: it is given bytes, and resolves no external entities.
    feed = feedparser.parse(data, resolve_relative_uris=False)
    if not feed.entries:
        reason = str(feed.get("bozo_exception") or "no items").splitlines()[0]
        yield InputFailure(path, msg("E112", reason=reason))
        return
    found = 0
    for i, entry in enumerate(feed.entries, 1):
        content = _content(entry)
        if content is None:
            continue
        found += 1
        url = entry.get("link")
        title = entry.get("title")
        date = _iso(entry.get("published_parsed") or entry.get("updated_parsed"),
                    entry.get("published") or entry.get("updated"))
        page = wrap_fragment(content, title=title, date=date, url=url)
        hints = {k: v for k, v in (("title", title), ("date", date)) if v}
        yield RawDoc(source=f"{path}#{i}", data=page.encode("utf-8", errors="replace"), url=url,
                     format_hint="html", hints=hints)
    if not found:
        yield InputFailure(path, msg("E110", kind="feed"))
