"""The dispatcher: folders expanded, containers opened by content, bad files fail alone."""
from __future__ import annotations

import gzip
import io
import json
import shutil
import sys

from tidings.model import InputFailure, RawDoc
from tidings.read import iter_inputs
from tidings.read.sniff import container_kind


def test_kinds_are_decided_by_content(tmp_path, fixtures_dir):
    rss = tmp_path / "feed.xml"
    shutil.copy(fixtures_dir / "feeds" / "harbour-news.rss", rss)
    warc = tmp_path / "crawl.bin"
    shutil.copy(fixtures_dir / "warc" / "harbour.warc.gz", warc)
    jl = tmp_path / "records.txt.gz"
    jl.write_bytes(gzip.compress((json.dumps({"url": "u", "text": "t"}) + "\n").encode()))
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Hello</p></body></html>")
    assert container_kind(str(rss)) == "feed"
    assert container_kind(str(warc)) == "warc"
    assert container_kind(str(jl)) == "jsonl"
    assert container_kind(str(page)) == "file"


def test_mixed_folder(tmp_path, fixtures_dir, config):
    shutil.copytree(fixtures_dir / "feeds", tmp_path / "feeds")
    shutil.copytree(fixtures_dir / "jsonl", tmp_path / "jsonl")
    shutil.copytree(fixtures_dir / "warc", tmp_path / "warc")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (tmp_path / "story.html").write_text("<html><head><title>T</title></head><body><p>Body.</p></body></html>")
    out = list(iter_inputs([str(tmp_path), str(tmp_path / "missing.html")], config))
    docs = [o for o in out if isinstance(o, RawDoc)]
    fails = [o for o in out if isinstance(o, InputFailure)]
    # 3 feed items, 4 JSONL pages, 2 WARC pages, 3 plain files (empty and PNG are refused later
    # by decoding, the reader only reads bytes), and the missing path.
    assert len(docs) == 3 + 4 + 2 + 3
    assert {f.source.rsplit("#", 1)[-1] for f in fails if "news.jsonl" in f.source} == {"5", "6", "7"}
    assert any("no such file" in f.error for f in fails)


class _Stdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


def test_a_container_on_stdin_is_opened_like_a_file(monkeypatch, config, fixtures_dir):
    # `zcat crawl.jsonl.gz | tidings ingest -` must store each record, not the JSONL as one page.
    lines = [json.dumps({"url": f"https://dock.example.org/{n}", "text": f"Crane {n} was repaired."})
             for n in (1, 2, 3)]
    monkeypatch.setattr(sys, "stdin", _Stdin(("\n".join(lines) + "\n").encode()))
    out = list(iter_inputs(["-"], config))
    assert [(o.source, o.url) for o in out] == [(f"-#{n}", f"https://dock.example.org/{n}") for n in (1, 2, 3)]

    monkeypatch.setattr(sys, "stdin", _Stdin((fixtures_dir / "warc" / "harbour.warc.gz").read_bytes()))
    out = list(iter_inputs(["-"], config))
    assert len(out) == 2 and all(isinstance(o, RawDoc) and o.source.startswith("-#") for o in out)


def test_a_page_on_stdin_is_still_one_page(monkeypatch, config):
    page = b"<html><head><title>Dock</title></head><body><p>{Crane} repaired.</p></body></html>"
    monkeypatch.setattr(sys, "stdin", _Stdin(gzip.compress(page)))
    (doc,) = iter_inputs(["-"], config)
    assert isinstance(doc, RawDoc) and doc.source == "-" and doc.data == page
    monkeypatch.setattr(sys, "stdin", _Stdin(b"x" * 5000))
    (failure,) = iter_inputs(["-"], config.with_overrides(max_bytes=1000))
    assert isinstance(failure, InputFailure) and "too large" in failure.error
