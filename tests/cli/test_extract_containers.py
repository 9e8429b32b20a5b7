"""`tidings extract` opens a WARC, JSONL file or feed as `ingest` does: one record per page."""
from __future__ import annotations

import io
import json
import subprocess
import sys

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def _page(n: int) -> bytes:
    return (f"<html><head><title>Ferry timetable change {n}</title></head><body><article>"
            f"<h1>Ferry timetable change {n}</h1><p>The harbour office said on Monday that the "
            f"morning ferry number {n} will leave half an hour earlier from next week, to meet "
            f"the first train to the city.</p><p>Passengers with season tickets need not change "
            f"anything, a spokeswoman for the ferry company said.</p></article></body></html>").encode()


def _warc(path) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for n, (ctype, body) in enumerate([("text/html", _page(1)), ("image/png", b"\x89PNG\r\n\x1a\n"),
                                       ("text/html", _page(2))]):
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://port.example.org/{n}", "response",
                                                      payload=io.BytesIO(body), http_headers=http))
    path.write_bytes(buf.getvalue())


def _extract(*args):
    return subprocess.run([sys.executable, "-m", "tidings", "extract", "--no-nlp", *args],
                          capture_output=True, text=True, timeout=300)


def test_a_warc_gives_one_record_per_html_page(tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    _warc(crawl)
    done = _extract(str(crawl))  # one path, no --jsonl: still one record per line
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["title"] for r in records] == ["Ferry timetable change 1", "Ferry timetable change 2"]
    assert all(r["source"].startswith(f"{crawl}#") for r in records)
    assert [r["url"] for r in records] == ["https://port.example.org/0", "https://port.example.org/2"]


def test_a_feed_gives_one_record_per_item_with_the_item_title_and_date(tmp_path):
    body = "<p>The harbour office said on Monday that the morning ferry will leave half an hour " \
           "earlier from next week, to meet the first train to the city.</p>"
    items = "".join(f"<item><title>Ferry notice {n}</title><link>https://port.example.org/n{n}</link>"
                    f"<pubDate>Mon, 0{n} Jun 2025 08:00:00 GMT</pubDate>"
                    f"<description><![CDATA[{body}]]></description></item>" for n in (1, 2))
    feed = tmp_path / "notices.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port</title>{items}</channel></rss>')
    done = _extract("--jsonl", str(feed))
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["source"], r["title"], r["date"][:10]) for r in records] == [
        (f"{feed}#1", "Ferry notice 1", "2025-06-01"), (f"{feed}#2", "Ferry notice 2", "2025-06-02")]
