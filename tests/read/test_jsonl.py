from __future__ import annotations

import gzip
import json

from tidings.model import InputFailure, RawDoc
from tidings.read.jsonl import iter_jsonl, wrap_fragment


def _write(path, lines, gz=False):
    data = "".join(lines).encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    return str(path)


def _rec(**kw):
    return json.dumps(kw) + "\n"


def test_html_text_and_feed_style_records(tmp_path):
    path = _write(tmp_path / "a.jsonl", [
        _rec(url="https://x.example/1", html="<html><body><p>Full page.</p></body></html>"),
        _rec(url="https://x.example/2", text="Plain article text.\n\nSecond paragraph."),
        _rec(url="https://x.example/3", title="Talks <resume>", published="2022-05-01T10:00:00Z",
             content_html="<p>A fragment only.</p>"),
        "\n",
    ])
    docs = list(iter_jsonl(path, 1_000_000))
    assert all(isinstance(d, RawDoc) for d in docs) and len(docs) == 3
    full, text, fragment = docs
    assert full.format_hint == "html" and full.data.startswith(b"<html>")
    assert text.format_hint == "text" and text.data.startswith(b"Plain article")
    assert fragment.hints == {"title": "Talks <resume>", "date": "2022-05-01T10:00:00Z"}
    page = fragment.data.decode()
    assert "<p>A fragment only.</p>" in page
    assert "<title>Talks &lt;resume&gt;</title>" in page  # metadata is escaped, never markup
    assert 'content="2022-05-01T10:00:00Z"' in page and 'href="https://x.example/3"' in page
    assert [d.source for d in docs] == [f"{path}#1", f"{path}#2", f"{path}#3"]


def test_bad_lines_fail_alone(tmp_path):
    path = _write(tmp_path / "b.jsonl", [
        _rec(url="https://x.example/1", text="Fine."),
        '{"url": "https://x.example/2", "text": "cut\n',
        "[1, 2]\n",
        _rec(url="https://x.example/4"),
        _rec(url="https://x.example/5", text="Also fine."),
    ])
    out = list(iter_jsonl(path, 1_000_000))
    kinds = [type(o).__name__ for o in out]
    assert kinds == ["RawDoc", "InputFailure", "InputFailure", "InputFailure", "RawDoc"]
    assert "line 2 is not valid JSON" in out[1].error and "\n" not in out[1].error
    assert "not a JSON object" in out[2].error
    assert "neither" in out[3].error


def test_gzip_and_truncated_gzip(tmp_path):
    lines = [_rec(url=f"https://x.example/{i}", text="Paragraph " * 50 + str(i)) for i in range(200)]
    path = _write(tmp_path / "c.jsonl.gz", lines, gz=True)
    assert sum(isinstance(d, RawDoc) for d in iter_jsonl(path, 1_000_000)) == 200
    data = (tmp_path / "c.jsonl.gz").read_bytes()
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    out = list(iter_jsonl(str(tmp_path / "cut.jsonl.gz"), 1_000_000))
    assert isinstance(out[-1], InputFailure) and "truncated" in out[-1].error
    assert 0 < sum(isinstance(d, RawDoc) for d in out) < 200


def test_overlong_line_is_skipped_without_reading_it_whole(tmp_path):
    path = _write(tmp_path / "d.jsonl", [
        _rec(url="https://x.example/big", html="<p>" + "x" * 50_000 + "</p>"),
        _rec(url="https://x.example/small", text="Short."),
    ])
    out = list(iter_jsonl(path, 10_000))
    assert isinstance(out[0], InputFailure) and "too large" in out[0].error
    assert isinstance(out[1], RawDoc) and out[1].url == "https://x.example/small"


def test_wrapped_fragment_cannot_break_out_of_its_json_ld():
    page = wrap_fragment("<p>x</p>", title="</script><script>alert(1)</script>", date=None, url=None)
    assert "<script>alert(1)" not in page


def test_a_file_without_any_page_is_one_failure(tmp_path):
    path = _write(tmp_path / "ids.jsonl", [_rec(id=f"{i:04d}", url=f"https://x.example/{i}") for i in range(50)])
    out = list(iter_jsonl(path, 1_000_000))
    assert len(out) == 1 and out[0].source == path and "none of its 50 records" in out[0].error


_STORY = "<p>The harbour office said on Monday that the morning ferry will leave earlier.</p>"


def _json_feed(indent):
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "Harbour notices",
        "items": [
            {"id": "1", "url": "https://port.example.org/1", "title": "Ferry notice",
             "content_html": _STORY, "date_published": "2025-06-02T08:00:00Z"},
            {"id": "2", "url": "https://port.example.org/2", "title": "Crane notice",
             "content_text": "Crane 4 is repaired and back at work, the harbour office said."},
            {"id": "3", "url": "https://port.example.org/3", "title": "Link only"},
        ]}, indent=indent)


def test_a_json_feed_gives_one_page_per_item_pretty_or_compact(tmp_path):
    for name, indent in (("pretty.json", 2), ("compact.json", None)):
        path = _write(tmp_path / name, [_json_feed(indent)])
        out = list(iter_jsonl(path, 1_000_000))
        docs = [o for o in out if isinstance(o, RawDoc)]
        assert [(d.source, d.url, d.hints.get("title"), d.format_hint) for d in docs] == [
            (f"{path}#1", "https://port.example.org/1", "Ferry notice", "html"),
            (f"{path}#2", "https://port.example.org/2", "Crane notice", "text")], name
        assert docs[0].hints["date"] == "2025-06-02T08:00:00Z" and b"morning ferry" in docs[0].data
        assert not [o for o in out if isinstance(o, InputFailure)]  # a link-only item is passed over, as in RSS


def test_one_pretty_printed_record_is_one_page_not_an_error_per_line(tmp_path):
    path = _write(tmp_path / "one.json", [json.dumps({"url": "https://port.example.org/9",
                                                      "html": _STORY}, indent=2)])
    (doc,) = iter_jsonl(path, 1_000_000)
    assert isinstance(doc, RawDoc) and doc.url == "https://port.example.org/9"
