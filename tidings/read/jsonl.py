"""JSONL (optionally gzipped) -> RawDoc: one page per line.

A line is a JSON object with the page as `html` (or `content_html`, `raw_html`) or as
`text` (or `content`), and optionally `url`/`link`, `title`, `published`/`date`. A bare
HTML fragment (a feed's or API's `content_html`) is wrapped in a small page whose head
carries the record's title, date and URL in the tags extractors read (JSON-LD, meta,
canonical link), so the article date and title come out as the source stated them.
"""
from __future__ import annotations

import gzip
import html as htmlmod
import json
import re
import zlib
from typing import BinaryIO, Iterator

from ..errors import msg
from ..model import InputFailure, RawDoc
from .files import GZIP_MAGIC

HTML_KEYS = ("html", "content_html", "raw_html", "body_html")
TEXT_KEYS = ("text", "content", "body", "content_text")
URL_KEYS = ("url", "link", "canonical_url")
DATE_KEYS = ("published", "date", "published_at", "pubDate", "datePublished", "date_published")
_DOCUMENT = re.compile(rb"<\s*(html|body|head)[\s>]", re.I)


def _first(obj: dict, keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = obj.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return None


def wrap_fragment(fragment: str, *, title: str | None, date: str | None, url: str | None) -> str:
    """A whole page around an HTML fragment, stating the container's metadata the standard way."""
    head = ['<meta charset="utf-8">']
    ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if title:
        head.append(f"<title>{htmlmod.escape(title)}</title>")
        head.append(f'<meta property="og:title" content="{htmlmod.escape(title)}">')
        ld["headline"] = title
    if date:
        head.append(f'<meta property="article:published_time" content="{htmlmod.escape(date)}">')
        ld["datePublished"] = date
    if url:
        head.append(f'<link rel="canonical" href="{htmlmod.escape(url)}">')
        ld["url"] = url
    # "</" inside JSON would end the script element early; \u003c keeps it inert.
    head.append('<script type="application/ld+json">'
                + json.dumps(ld, ensure_ascii=False).replace("<", "\\u003c") + "</script>")
    return ("<!DOCTYPE html>\n<html><head>" + "".join(head) + "</head><body><article>\n"
            + fragment + "\n</article></body></html>")


def record_to_doc(obj: dict, source: str, line: int) -> RawDoc | InputFailure:
    """One JSONL record -> a RawDoc (or a failure saying what is missing)."""
    url = _first(obj, URL_KEYS)
    title = _first(obj, ("title", "headline"))
    date = _first(obj, DATE_KEYS)
    hints = {k: v for k, v in (("title", title), ("date", date)) if v}
    page = _first(obj, HTML_KEYS)
    if page is not None:
        data = page.encode("utf-8", errors="replace")
        if not _DOCUMENT.search(data[:4096]):
            data = wrap_fragment(page, title=title, date=date, url=url).encode("utf-8", errors="replace")
        return RawDoc(source=source, data=data, url=url, format_hint="html", hints=hints)
    text = _first(obj, TEXT_KEYS)
    if text is not None:
        return RawDoc(source=source, data=text.encode("utf-8", errors="replace"), url=url,
                      format_hint="text", hints=hints)
    return InputFailure(source, msg("E108"))


def _bounded_lines(f: BinaryIO, max_bytes: int) -> Iterator[tuple[bytes, bool]]:
    """(line, too_long) pairs; an over-long line is skipped to its end, never held whole."""
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line
                rest = f.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield b"", True
        else:
            yield line, False


_HELD = 100  # record-without-page failures held back until the file shows it has pages


def iter_jsonl(path: str, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    """Pages of a JSONL file. A file of records none of which holds a page (an index, a
    URL list) is one failure, not one per line; once a page is seen, each bad line is named.
    A JSON Feed, or one record pretty-printed over many lines, is read as the one document
    it is."""
    document = _one_document(path, max_bytes)
    if document is not None:
        yield from _document_pages(document, path)
        return
    held: list[InputFailure] = []
    missing = 0
    pages = 0
    for item in _iter_records(path, max_bytes):
        if isinstance(item, RawDoc):
            pages += 1
            yield from held
            held.clear()
            yield item
        elif item.error == msg("E108") and not pages:
            missing += 1
            if len(held) < _HELD:
                held.append(item)
        else:
            yield item
    if not pages and missing:
        yield InputFailure(path, msg("E110", kind=f"JSONL file (none of its {missing} records has 'html' or 'text')"))


def _open_text(path: str):
    raw = open(path, "rb")
    if raw.read(2) == GZIP_MAGIC:
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw)
    raw.seek(0)
    return raw


def _one_document(path: str, max_bytes: int) -> dict | None:
    """The file's JSON object when the file is one document, not one record per line: a
    JSON Feed (https://jsonfeed.org; its items are the pages), compact or pretty-printed,
    or a single record spread over lines. None for JSONL (and for anything unreadable,
    which the line reader then reports line by line)."""
    try:
        with _open_text(path) as f:
            first = f.readline(1 << 20)
            try:
                obj = json.loads(first)
            except (ValueError, RecursionError):
                obj = None
            else:
                return obj if _is_json_feed(obj) else None
            if not first.strip().startswith(b"{"):
                return None
            whole = first + f.read(max_bytes + 1 - len(first))
        if len(whole) > max_bytes:
            return None
        obj = json.loads(whole)
    except (OSError, EOFError, zlib.error, ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) else None


def _is_json_feed(obj) -> bool:
    return (isinstance(obj, dict) and isinstance(obj.get("items"), list)
            and "jsonfeed.org" in str(obj.get("version", "")))


def _document_pages(document: dict, path: str) -> Iterator[RawDoc | InputFailure]:
    if not _is_json_feed(document):
        yield record_to_doc(document, path, 1)
        return
    found = 0
    for i, item in enumerate(document["items"], 1):
        # As in an RSS feed, an item with no content (a bare link) is passed over.
        doc = record_to_doc(item, f"{path}#{i}", i) if isinstance(item, dict) else None
        if isinstance(doc, RawDoc):
            found += 1
            yield doc
    if not found:
        yield InputFailure(path, msg("E110", kind="JSON Feed"))


def _iter_records(path: str, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    lineno = 0
    try:
        with open(path, "rb") as raw:
            magic = raw.read(2)
            raw.seek(0)
            f = gzip.GzipFile(fileobj=raw) if magic == GZIP_MAGIC else raw
            for lineno, (line, too_long) in enumerate(_bounded_lines(f, max_bytes), 1):
                source = f"{path}#{lineno}"
                if too_long:
                    yield InputFailure(source, msg("E103", size=f"over {max_bytes}", limit=max_bytes))
                    continue
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except (ValueError, RecursionError) as exc:
                    reason = " ".join(str(exc).split()) or type(exc).__name__
                    yield InputFailure(source, msg("E107", line=lineno, reason=reason))
                    continue
                if not isinstance(obj, dict):
                    yield InputFailure(source, msg("E111", line=lineno))
                    continue
                yield record_to_doc(obj, source, lineno)
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        reason = str(exc) or "compressed stream ends early"
        yield InputFailure(f"{path}#{lineno + 1}", msg("E105", reason=f"after line {lineno}: {reason}"))
    except OSError as exc:
        yield InputFailure(path, msg("E109", reason=exc.strerror or str(exc)))
