"""WARC / WARC.gz -> RawDoc: one page per HTTP response record with HTML (fastwarc).

`resource` records holding HTML (as wget and ArchiveBox write saved pages) count too.

Records are streamed, so a crawl file of any size passes through in constant memory;
each page is bounded by max_bytes. Non-HTML responses (images, scripts, JSON) and
non-200 answers are not pages and are passed over. A file cut short yields the pages
before the cut, then one failure naming where it broke.
"""
from __future__ import annotations

import io
import re
import zlib
from typing import Iterator

from fastwarc.stream_io import BrotliReader, ChunkedReader
from fastwarc.warc import ArchiveIterator, WarcRecordType

from ..errors import InputError, msg
from ..model import InputFailure, RawDoc
from .files import GZIP_MAGIC, gunzip_bounded
from .sniff import peek

_CHUNK_HEAD = re.compile(rb"^[0-9a-fA-F]{1,8}[ \t]*(;[^\r\n]*)?\r?\n")

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


def _inflate(data: bytes, max_bytes: int) -> bytes:
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):  # zlib-wrapped, then raw deflate
        try:
            out = zlib.decompressobj(wbits).decompress(data, max_bytes + 1)
        except zlib.error:
            continue
        return out
    raise InputError(msg("E105", reason="bad deflate content encoding"))


def decode_http(data: bytes, transfer: str | None, encoding: str | None, max_bytes: int) -> bytes:
    """Undo HTTP transfer and content encodings, bounded by max_bytes.

    Decoding is done here, on bytes already checked for truncation, because the stored
    length is that of the encoded body. Crawlers sometimes store the decoded body and keep
    the header, so an encoding the bytes don't show is left alone.
    """
    if transfer and "chunked" in transfer.lower() and _CHUNK_HEAD.match(data):
        data = ChunkedReader(io.BytesIO(data), fsspec_args=False).read(max_bytes + 1)
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):
        if coding in ("gzip", "x-gzip"):
            if data[:2] == GZIP_MAGIC:
                data = gunzip_bounded(data, max_bytes)
        elif coding == "deflate":
            if data.lstrip()[:1] != b"<":
                data = _inflate(data, max_bytes)
        elif coding == "br":
            if data.lstrip()[:1] != b"<":
                data = BrotliReader(io.BytesIO(data), fsspec_args=False).read(max_bytes + 1)
        elif coding not in ("identity", "none"):
            raise InputError(msg("E109", reason=f"unknown content encoding {coding!r}"))
    return data


def looks_like_arc(head: bytes) -> bool:
    return head.lstrip().startswith(b"filedesc://")


def iter_warc(path: str, max_bytes: int) -> Iterator[RawDoc | InputFailure]:
    if looks_like_arc(peek(path, 64)):
        yield InputFailure(path, msg("E113"))
        return
    pages = 0
    where = 0
    try:
        # Handed a file object, not the name: fastwarc then tells gzip by the bytes, as
        # sniffing did, where by name it took a gzipped WARC without '.gz' (or a plain one
        # with it) for corrupt. auto_decode stays off: truncation is judged on the stored
        # bytes (see below).
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream, record_types=WarcRecordType.response | WarcRecordType.resource,
                                      parse_http=True, fsspec_args=False, auto_decode="none")
            for rec in records:
                where = rec.stream_pos
                source = f"{path}#{where}"
                transfer = encoding = None
                if rec.record_type == WarcRecordType.resource:
                    content_type, charset = rec.headers.get("Content-Type"), None
                else:
                    headers = rec.http_headers
                    if headers is None or headers.status_code != 200:
                        continue
                    content_type, charset = rec.http_content_type, rec.http_charset
                    transfer, encoding = headers.get("Transfer-Encoding"), headers.get("Content-Encoding")
                data = rec.reader.read(max_bytes + 1)
                if len(data) > max_bytes:
                    if _is_html(content_type, data):
                        pages += 1
                        yield InputFailure(source, msg("E103", size=f"over {max_bytes}", limit=max_bytes))
                    continue
                # fastwarc sets content_length to the stored payload's length after parsing
                # HTTP; fewer bytes than that means the file ends inside this record.
                if len(data) < rec.content_length:
                    if _is_html(content_type, data):
                        yield InputFailure(source, msg("E105", reason=f"record at byte {where} is cut short "
                                                        f"({len(data)} of {rec.content_length} bytes)"))
                        pages += 1
                    return
                if not _is_html(content_type, data):
                    continue
                pages += 1
                try:
                    data = decode_http(data, transfer, encoding, max_bytes)
                except InputError as exc:
                    yield InputFailure(source, str(exc))
                    continue
                if len(data) > max_bytes:
                    yield InputFailure(source, msg("E103", size=f"over {max_bytes} decoded", limit=max_bytes))
                    continue
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
