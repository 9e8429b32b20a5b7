"""The dispatcher: folders expanded, containers opened by content, bad files fail alone."""
from __future__ import annotations

import gzip
import json
import shutil

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
