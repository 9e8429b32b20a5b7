"""Builds small WARC files for reader tests with warcio (the writer side of a real library)."""
from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def build_warc(records: list[dict], gzip: bool = True) -> bytes:
    """records: {url, body: bytes, status: '200 OK', content_type, headers: [(k, v)],
    type: response|resource}. The body is stored as given (already encoded, if headers say so)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tidings-tests"}))
    for r in records:
        kind = r.get("type", "response")
        if kind == "response":
            http = StatusAndHeaders(r.get("status", "200 OK"),
                                    [("Content-Type", r.get("content_type", "text/html")),
                                     *r.get("headers", [])],
                                    protocol="HTTP/1.1")
            rec = writer.create_warc_record(r["url"], "response", payload=io.BytesIO(r["body"]),
                                            http_headers=http)
        else:
            rec = writer.create_warc_record(r["url"], kind, payload=io.BytesIO(r["body"]),
                                            warc_content_type=r.get("content_type", "text/html"))
        writer.write_record(rec)
    return buf.getvalue()
