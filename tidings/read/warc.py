"""WARC / WARC.gz -> RawDoc: one page per HTTP response record with HTML (fastwarc).

`resource` records holding HTML (as wget and ArchiveBox write saved pages) count too.

Records are streamed, so a crawl file of any size passes through in constant memory;
each page is bounded by max_bytes. Non-HTML responses (images, scripts, JSON) and
non-200 answers are not pages and are passed over. A file cut short yields the pages
before the cut, then one failure naming where it broke.
"""
from __future__ import annotations

from typing import Iterator

from fastwarc.warc import ArchiveIterator, WarcRecordType

from ..errors import msg
from ..model import InputFailure, RawDoc
from .sniff import peek

_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")


def _is_html(content_type: str | None, head: bytes) -> bool:
    if content_type:
        return content_type.split(";")[0].strip().lower() in _HTML_TYPES
    sniff = head[:1024].lstrip().lower()
    return sniff.startswith((b"<!doctype html", b"<html")) or b"<html" in sniff


def _transcode(data: bytes, charset: str | None) -> bytes:
    """Honour the HTTP charset by handing the extractor UTF-8 (which it tries first)."""
    if not charset or charset.lower().replace("-", "") in ("utf8", "usascii", "ascii"):
        return data
    try:
        return data.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return data  # a wrong header: leave the bytes to the page's own charset detection


def looks_like_arc(head: bytes) -> bool:
    return head.lstrip().startswith(b"filedesc://")


def iter_warc(path: str, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    if looks_like_arc(peek(path, 64)):
        yield InputFailure(path, msg("E113"))
        return
    pages = 0
    where = 0
    try:
        records = ArchiveIterator(path, record_types=WarcRecordType.response | WarcRecordType.resource,
                                  parse_http=True, fsspec_args=False)
        for rec in records:
            where = rec.stream_pos
            source = f"{path}#{where}"
            if rec.record_type == WarcRecordType.resource:
                content_type, charset = rec.headers.get("Content-Type"), None
            else:
                headers = rec.http_headers
                if headers is None or headers.status_code != 200:
                    continue
                content_type, charset = rec.http_content_type, rec.http_charset
            data = rec.reader.read(max_bytes + 1)
            if not _is_html(content_type, data):
                continue
            pages += 1
            if len(data) > max_bytes:
                yield InputFailure(source, msg("E103", size=f"over {max_bytes}", limit=max_bytes))
                continue
            # fastwarc sets content_length to the payload length after parsing HTTP;
            # fewer bytes than that means the file ends inside this record.
            if len(data) < rec.content_length:
                yield InputFailure(source, msg("E105", reason=f"record at byte {where} is cut short "
                                                f"({len(data)} of {rec.content_length} bytes)"))
                return
            date = rec.record_date
            yield RawDoc(source=source, data=_transcode(data, charset),
                         url=(rec.headers.get("WARC-Target-URI") or "").strip("<> ") or None,
                         format_hint="html",
                         crawl_date=date.date().isoformat() if date is not None else None)
    except OSError as exc:
        reason = str(exc) or type(exc).__name__
        if where:
            reason += f" (after byte {where})"
        yield InputFailure(path, msg("E105", reason=reason))
        return
    if pages == 0:
        yield InputFailure(path, msg("E110", kind="WARC file"))
