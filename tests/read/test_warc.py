from __future__ import annotations

from tidings.model import InputFailure, RawDoc
from tidings.read.warc import iter_warc

from warc_builder import build_warc

PAGE = ("<html><head><title>Harbour reopens</title></head><body><article>"
        "<p>The port of Valletta reopened on Monday after a three-day strike.</p>"
        "</article></body></html>").encode()


def _split(items):
    return ([i for i in items if isinstance(i, RawDoc)], [i for i in items if isinstance(i, InputFailure)])


def _records():
    return [
        {"url": "https://news.example.com/a", "body": PAGE},
        {"url": "https://news.example.com/logo.png", "body": b"\x89PNG\r\n\x1a\n" + b"0" * 200,
         "content_type": "image/png"},
        {"url": "https://news.example.com/gone", "body": b"<html>not here</html>", "status": "404 Not Found"},
        {"url": "https://news.example.com/saved", "body": PAGE.replace(b"Valletta", b"Gozo"),
         "type": "resource"},
    ]


def test_html_responses_and_resources_become_pages(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(_records()))
    docs, failures = _split(list(iter_warc(str(path), 1_000_000)))
    assert failures == []
    assert [d.url for d in docs] == ["https://news.example.com/a", "https://news.example.com/saved"]
    assert docs[0].data == PAGE
    assert docs[0].format_hint == "html" and docs[0].crawl_date is not None
    assert docs[0].source.startswith(str(path) + "#")
    assert docs[0].source != docs[1].source


def test_uncompressed_warc(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(build_warc(_records()[:1], gzip=False))
    docs, failures = _split(list(iter_warc(str(path), 1_000_000)))
    assert len(docs) == 1 and not failures


def test_truncated_warc_keeps_earlier_pages_and_reports_the_cut(tmp_path):
    big = PAGE.replace(b"</article>", b"<p>" + b"More lines of the report. " * 2000 + b"</p></article>")
    data = build_warc([{"url": "https://news.example.com/a", "body": PAGE},
                       {"url": "https://news.example.com/b", "body": big}], gzip=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: len(data) - 20_000])
    docs, failures = _split(list(iter_warc(str(path), 1_000_000)))
    assert [d.url for d in docs] == ["https://news.example.com/a"]
    assert len(failures) == 1 and "truncated" in failures[0].error


def test_truncated_gzip_warc(tmp_path):
    big = PAGE.replace(b"</article>", b"<p>" + bytes(range(32, 127)) * 3000 + b"</p></article>")
    data = build_warc([{"url": "https://news.example.com/a", "body": PAGE},
                       {"url": "https://news.example.com/b", "body": big}])
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 3000])
    docs, failures = _split(list(iter_warc(str(path), 1_000_000)))
    assert [d.url for d in docs] == ["https://news.example.com/a"]
    assert len(failures) == 1 and "\n" not in failures[0].error


def test_oversized_record_is_refused_not_read(tmp_path):
    path = tmp_path / "big.warc.gz"
    path.write_bytes(build_warc([{"url": "https://x.example/a", "body": PAGE + b" " * 5000}]))
    docs, failures = _split(list(iter_warc(str(path), 2000)))
    assert not docs and "too large" in failures[0].error


def test_http_charset_is_honoured(tmp_path):
    body = "<html><body><p>Le président a visité Orléans.</p></body></html>".encode("latin-1")
    path = tmp_path / "latin.warc.gz"
    path.write_bytes(build_warc([{"url": "https://x.example/fr", "body": body,
                                  "content_type": "text/html; charset=ISO-8859-1"}]))
    docs, _ = _split(list(iter_warc(str(path), 1_000_000)))
    assert "président" in docs[0].data.decode("utf-8")


def test_not_a_warc_and_no_pages(tmp_path):
    junk = tmp_path / "junk.warc"
    junk.write_bytes(b"this is not an archive\n" * 10)
    _, failures = _split(list(iter_warc(str(junk), 1_000_000)))
    assert len(failures) == 1
    only_images = tmp_path / "images.warc.gz"
    only_images.write_bytes(build_warc([_records()[1]]))
    _, failures = _split(list(iter_warc(str(only_images), 1_000_000)))
    assert "no HTML pages" in failures[0].error


def test_arc_files_are_named_as_unsupported(tmp_path):
    arc = tmp_path / "old.arc"
    arc.write_bytes(b"filedesc://old.arc 0.0.0.0 20050614070144 text/plain 75\n1 0 tidings\n")
    _, failures = _split(list(iter_warc(str(arc), 1_000_000)))
    assert "ARC" in failures[0].error


def test_content_and_transfer_encodings_are_undone(tmp_path):
    import gzip as gz

    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (PAGE[:50], PAGE[50:])) + b"0\r\n\r\n"
    path = tmp_path / "enc.warc.gz"
    path.write_bytes(build_warc([
        {"url": "https://x.example/gz", "body": gz.compress(PAGE), "headers": [("Content-Encoding", "gzip")]},
        {"url": "https://x.example/chunked", "body": chunked, "headers": [("Transfer-Encoding", "chunked")]},
        # Stored decoded by the crawler, header kept: left as it is.
        {"url": "https://x.example/plain", "body": PAGE, "headers": [("Content-Encoding", "gzip")]},
    ]))
    docs, failures = _split(list(iter_warc(str(path), 1_000_000)))
    assert not failures
    assert [d.data for d in docs] == [PAGE, PAGE, PAGE]


def test_gzip_bomb_in_a_record_is_bounded(tmp_path):
    import gzip as gz

    bomb = gz.compress(b"<html><body>" + b" " * 3_000_000)
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(build_warc([{"url": "https://x.example/b", "body": bomb,
                                  "headers": [("Content-Encoding", "gzip")]}]))
    docs, failures = _split(list(iter_warc(str(path), 100_000)))
    assert not docs and "too large" in failures[0].error


def test_gzip_is_told_by_content_not_by_the_file_name(tmp_path):
    # Crawlers and downloads name files freely: a gzipped WARC saved as .warc or .bin, a
    # plain one as .warc.gz. Sniffing already says "warc" by the bytes; reading must agree.
    page = {"url": "https://quay.example/1", "body": b"<html><title>Quay</title><p>Open.</p></html>"}
    for name, gz in (("crawl.warc", True), ("crawl.bin", True), ("plain.warc.gz", False)):
        path = tmp_path / name
        path.write_bytes(build_warc([page], gzip=gz))
        out = list(iter_warc(str(path), 1_000_000))
        assert [type(o).__name__ for o in out] == ["RawDoc"], (name, out)
        assert out[0].url == "https://quay.example/1"
